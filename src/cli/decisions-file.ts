import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { LIMITS } from '../sim/replay';
import type { ActorId, Result } from '../sim/types';

// The --decisions file of `npm run sim`: a list of {turn, action} (with
// "actor" when several roles are human), or any object with such a
// "decisions" list (a replay file works too).
const entry = z.strictObject({
  turn: z.number().int().min(1).max(1000),
  actor: z.string().max(40).optional(),
  action: z.string().max(100),
});
const list = z.array(entry).max(LIMITS.decisions);
const fileSchema = z.union([list, z.looseObject({ decisions: list })]);

/** Reads the file into "turn|actor" → action; the error names the problem. */
export function readDecisionsFile(path: string, roles: readonly ActorId[]): Result<Map<string, string>> {
  let raw: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    if (text.length > LIMITS.fileBytes) return { ok: false, error: `${path} is too large` };
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `cannot read decisions file ${path}: ${(e as Error).message}` };
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return {
      ok: false,
      error: `${path}: expected a JSON list of {"turn": 1, "action": "…"} entries (${i ? `${i.path.join('.') || 'file'}: ${i.message}` : 'unreadable'})`,
    };
  }
  const entries = Array.isArray(parsed.data) ? parsed.data : parsed.data.decisions;
  const byKey = new Map<string, string>();
  for (const [n, e] of entries.entries()) {
    const actor = e.actor ?? (roles.length === 1 ? roles[0] : undefined);
    if (!actor || !roles.includes(actor))
      return { ok: false, error: `${path}: entry ${n + 1} is for "${e.actor ?? '?'}", which is not a --role` };
    byKey.set(`${e.turn}|${actor}`, e.action);
  }
  return { ok: true, value: byKey };
}
