import { z } from 'zod';
import { findScenario } from '../scenarios';
import { stateHash } from './hash';
import { type Played, simulate } from './simulate';
import { ACTOR_IDS, type Decision, DIFFICULTIES, type Difficulty, type GameState, type Result, type Scenario } from './types';

// Replay file format v1 (documented in docs/replay-format.md): everything needed
// to re-derive a game — AI decisions are not stored, they are re-played.

export const REPLAY_FORMAT = 'flashpoint-replay/1';
export const LIMITS = { fileBytes: 1_000_000, seedChars: 200, decisions: 2_000 } as const;

export interface Replay {
  format: typeof REPLAY_FORMAT;
  scenario: { id: string; version: number };
  seed: string;
  difficulty: Difficulty;
  /** The human roles; every other actor is played by its machine. */
  roles: string[];
  decisions: Decision[];
  /** The verification code of the final state. */
  verification: string;
}

const actorId = z.enum(ACTOR_IDS);

const replaySchema = z.strictObject({
  format: z.string(),
  scenario: z.strictObject({ id: z.string().max(100), version: z.number().int().positive() }),
  seed: z.string().max(LIMITS.seedChars, `the seed is longer than ${LIMITS.seedChars} characters`),
  difficulty: z.enum(DIFFICULTIES).default('normal'),
  roles: z
    .array(actorId)
    .max(ACTOR_IDS.length)
    .refine((r) => new Set(r).size === r.length, 'a role is listed twice'),
  decisions: z
    .array(z.strictObject({ turn: z.number().int().min(1).max(1000), actor: actorId, action: z.string().max(100) }))
    .max(LIMITS.decisions, `more than ${LIMITS.decisions} decisions`),
  verification: z.string().regex(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/, 'the verification code must look like 1A2B-3C4D-5E6F'),
});

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join('.') : 'the file';
  return `${where}: ${issue.message}`;
}

/** Reads a replay file's text; the error names the problem. */
export function parseReplay(text: string): Result<Replay> {
  if (text.length > LIMITS.fileBytes)
    return { ok: false, error: `the file is too large (${text.length} characters; at most ${LIMITS.fileBytes})` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not a valid JSON file (it may be truncated): ${(e as Error).message}` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'not a replay: expected a JSON object' };
  const format = (raw as { format?: unknown }).format;
  if (typeof format !== 'string' || !format.startsWith('flashpoint-replay/')) {
    return { ok: false, error: 'not a Flashpoint replay: the "format" field is missing or wrong' };
  }
  if (format !== REPLAY_FORMAT) return { ok: false, error: `unsupported replay format "${format}" (this version reads ${REPLAY_FORMAT})` };
  const parsed = replaySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `malformed replay: ${parsed.error.issues.slice(0, 3).map(describeIssue).join('; ')}` };
  return { ok: true, value: { ...parsed.data, format: REPLAY_FORMAT } };
}

/** The scenario a replay names, if this build has that id and version. */
export function scenarioFor(replay: Pick<Replay, 'scenario'>): Result<Scenario> {
  const scenario = findScenario(replay.scenario.id);
  if (!scenario) return { ok: false, error: `unknown scenario "${replay.scenario.id}"` };
  if (scenario.version !== replay.scenario.version) {
    return {
      ok: false,
      error: `scenario "${scenario.id}" is version ${scenario.version} here, but the replay was made with version ${replay.scenario.version}`,
    };
  }
  return { ok: true, value: scenario };
}

export interface Verified {
  played: Played;
  code: string;
}

/** Re-plays a replay and checks its verification code. */
export function verifyReplay(replay: Replay): Result<Verified> {
  const scenario = scenarioFor(replay);
  if (!scenario.ok) return scenario;
  const humans = replay.roles as Replay['decisions'][number]['actor'][];
  const run = simulate(scenario.value, { seed: replay.seed, humans, difficulty: replay.difficulty, decisions: replay.decisions });
  if (!run.ok) return { ok: false, error: `illegal decision: ${run.error}` };
  const code = stateHash(run.value.game.state);
  if (code !== replay.verification) {
    run.value.game.dispose();
    return {
      ok: false,
      error: `verification mismatch: the replay says ${replay.verification}, but re-playing it gives ${code} (the file was changed, or made by a different version)`,
    };
  }
  return { ok: true, value: { played: run.value, code } };
}

/** The replay of a finished (or ongoing) game. */
export function makeReplay(state: Readonly<GameState>, decisions: readonly Decision[]): Replay {
  return {
    format: REPLAY_FORMAT,
    scenario: { ...state.scenario },
    seed: state.seed,
    difficulty: state.difficulty,
    roles: [...state.humans],
    decisions: decisions.map((d) => ({ ...d })),
    verification: stateHash(state),
  };
}

/** Decisions recorded in a state's log (human orders only), for making a replay. */
export function humanDecisions(state: Readonly<GameState>): Decision[] {
  const out: Decision[] = [];
  for (const e of state.log)
    if (e.kind === 'decision' && e.order.by === 'human') out.push({ turn: e.turn, actor: e.order.actor, action: e.order.action });
  return out;
}

export function replayToText(replay: Replay): string {
  return `${JSON.stringify(replay, null, 2)}\n`;
}
