// Start links: ?scenario=north-2023&seed=ZVECAN-4821&role=kfor[&difficulty=hard][&speed=fast]
// skip the menus. role=none watches an all-AI game; role=serbia,kosovo,kfor
// (2 to 8 actors, any of the eight) starts a hot-seat game. A bad link is
// explained, never half-started.

import { z } from 'zod';
import { findScenario } from '../scenarios';
import { ACTOR_IDS, type ActorId, DIFFICULTIES, type Result } from '../sim/types';
import { type GameSetup, MAX_PLAYERS, MIN_PLAYERS, orderPlayers, PLAYABLE_ACTORS, type ScenarioId, SEED_MAX_LENGTH } from './session';

export type WatchSpeed = 'normal' | 'fast';

export interface StartLink {
  setup: GameSetup;
  speed: WatchSpeed;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

// The link's fields, each with the message a teacher or student will see.
const linkSchema = z.object({
  scenario: z
    .string()
    .default('north-2023')
    .refine((id) => id.length <= 100 && findScenario(id) !== undefined, {
      error: (i) => `The link names an unknown scenario: “${clip(String(i.input), 60)}”.`,
    }),
  seed: z
    .string({ error: 'The link has no seed code.' })
    .trim()
    .min(1, 'The link has no seed code.')
    .max(SEED_MAX_LENGTH, {
      error: (i) => `The seed code in the link is too long (${String(i.input).length} characters; at most ${SEED_MAX_LENGTH}).`,
    }),
  role: z
    .string()
    .default('none')
    .transform((r) => r.toLowerCase())
    .refine((r) => r.includes(',') || r === 'none' || r === 'watch' || (PLAYABLE_ACTORS as readonly string[]).includes(r), {
      error: (i) =>
        `The link names a role that cannot be played: “${clip(String(i.input), 40)}”. Playable: ${PLAYABLE_ACTORS.join(', ')}, or none to watch.`,
    })
    // Several roles, comma-separated: a hot-seat game.
    .transform((r) => (r.includes(',') ? r.split(',').map((p) => p.trim()) : r))
    .superRefine((r, ctx) => {
      if (typeof r === 'string') return;
      const unknown = r.find((p) => !(ACTOR_IDS as readonly string[]).includes(p));
      if (unknown !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message:
            unknown === ''
              ? 'The link has an empty role between its commas.'
              : `The link names an unknown actor: “${clip(unknown, 40)}”. Actors: ${ACTOR_IDS.join(', ')}.`,
        });
      } else if (new Set(r).size !== r.length) {
        ctx.addIssue({ code: 'custom', message: 'The link names a role twice.' });
      } else if (r.length < MIN_PLAYERS || r.length > MAX_PLAYERS) {
        ctx.addIssue({ code: 'custom', message: `A hot-seat link names ${MIN_PLAYERS} to ${MAX_PLAYERS} roles (it names ${r.length}).` });
      }
    }),
  difficulty: z
    .enum(DIFFICULTIES, { error: (i) => `The link names an unknown difficulty: “${clip(String(i.input), 20)}”.` })
    .default('normal'),
  speed: z
    .enum(['normal', 'fast'], { error: (i) => `The link names an unknown speed: “${clip(String(i.input), 20)}” (normal or fast).` })
    .default('normal'),
});

/** Parses a location.search; null when the link asks for nothing (plain page). */
export function parseStartLink(search: string): Result<StartLink> | null {
  const p = new URLSearchParams(search);
  if (!p.has('scenario') && !p.has('seed') && !p.has('role')) return null;
  const fields: Record<string, string> = {};
  for (const key of ['scenario', 'seed', 'role', 'difficulty', 'speed']) {
    const v = p.get(key);
    if (v !== null) fields[key] = v;
  }
  const r = linkSchema.safeParse(fields);
  if (!r.success) return { ok: false, error: r.error.issues[0]?.message ?? 'The link could not be read.' };
  const { scenario, seed, role, difficulty, speed } = r.data;
  if (Array.isArray(role)) {
    const players = orderPlayers(role);
    const first = players[0] as ActorId;
    return { ok: true, value: { setup: { scenarioId: scenario as ScenarioId, role: first, seed, difficulty, players }, speed } };
  }
  const setupRole: GameSetup['role'] = role === 'none' || role === 'watch' ? 'watch' : (role as ActorId);
  return { ok: true, value: { setup: { scenarioId: scenario as ScenarioId, role: setupRole, seed, difficulty }, speed } };
}

/** The start link for a setup, relative to the page. */
export function startLinkFor(setup: GameSetup, base: string): string {
  const role = setup.players ? setup.players.join(',') : setup.role === 'watch' ? 'none' : setup.role;
  const p = new URLSearchParams({ scenario: setup.scenarioId, seed: setup.seed, role });
  if (setup.difficulty !== 'normal') p.set('difficulty', setup.difficulty);
  return `${base}?${p.toString()}`;
}
