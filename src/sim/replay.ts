import { z } from 'zod';
import { stateHash } from './hash';
import { findLength, lengthIds } from './lengths';
import { RULES_VERSION } from './rules';
import { type GamePoint, type Played, type SimulateOptions, simulate } from './simulate';
import { cleanTeamName, TEAM_MAX_CHARS } from './team';
import {
  type Decision,
  DIFFICULTIES,
  type Difficulty,
  type GameState,
  type LengthId,
  type Result,
  type Scenario,
  type ScenarioLookup,
} from './types';

// Replay files (documented in docs/replay-format.md): everything needed to
// re-derive a game — AI decisions are not stored, they are re-played.
// Format 3 may add the game's length, where it was stopped early or where an
// unfinished game stood, and a team name; format 2 files (without them) read
// as full, finished games, exactly as before. Format 2 records the rules
// version; format 1 files (made before it) are read as rules version 1: they
// re-play, but their code cannot be checked.

export const REPLAY_FORMAT = 'flashpoint-replay/3';
const FORMAT_2 = 'flashpoint-replay/2';
const FORMAT_1 = 'flashpoint-replay/1';
const READS = [FORMAT_1, FORMAT_2, REPLAY_FORMAT];
export const LIMITS = { fileBytes: 1_000_000, seedChars: 200, decisions: 2_000, roles: 40, teamChars: TEAM_MAX_CHARS } as const;

export interface Replay {
  format: typeof REPLAY_FORMAT;
  /** The engine's rules version that made it (1 for format-1 files). */
  rules: number;
  scenario: { id: string; version: number };
  seed: string;
  difficulty: Difficulty;
  /** The human roles; every other actor is played by its machine. */
  roles: string[];
  decisions: Decision[];
  /** The verification code of the final state (of the state at `unfinished` for a game still going). */
  verification: string;
  /** The game's length, when not the full game. */
  length?: LengthId;
  /** The players ended the game early, here ("End now"). */
  stopped?: GamePoint;
  /** The game was still going: the replay runs to here. */
  unfinished?: GamePoint;
  /** The team or student who played (display and file names only: never part of the game or its code). */
  team?: string;
}

const actorId = z.string().min(1).max(40);

const fields = {
  scenario: z.strictObject({ id: z.string().max(100), version: z.number().int().positive() }),
  seed: z.string().max(LIMITS.seedChars, `the seed is longer than ${LIMITS.seedChars} characters`),
  difficulty: z.enum(DIFFICULTIES).default('normal'),
  roles: z
    .array(actorId)
    .max(LIMITS.roles)
    .refine((r) => new Set(r).size === r.length, 'a role is listed twice'),
  decisions: z
    .array(z.strictObject({ turn: z.number().int().min(1).max(1000), actor: actorId, action: z.string().max(100) }))
    .max(LIMITS.decisions, `more than ${LIMITS.decisions} decisions`),
  verification: z.string().regex(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/, 'the verification code must look like 1A2B-3C4D-5E6F'),
};
const point = z.strictObject({ turn: z.number().int().min(0).max(1000), phase: z.enum(['news', 'decisions']) });
const rules = z.number().int().min(1).max(1000);
const format3Schema = z
  .strictObject({
    format: z.literal(REPLAY_FORMAT),
    rules,
    ...fields,
    length: z.string().min(1).max(40).optional(),
    stopped: point.optional(),
    unfinished: point.optional(),
    team: z.string().max(TEAM_MAX_CHARS, `the team name is longer than ${TEAM_MAX_CHARS} characters`).optional(),
  })
  .refine((r) => !(r.stopped && r.unfinished), 'a game cannot be both stopped and unfinished');
const format2Schema = z.strictObject({ format: z.literal(FORMAT_2), rules, ...fields });
const format1Schema = z.strictObject({ format: z.literal(FORMAT_1), ...fields });

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
  if (!READS.includes(format)) {
    return { ok: false, error: `unsupported replay format "${format}" (this version reads ${READS.join(', ')})` };
  }
  const schema = format === FORMAT_1 ? format1Schema : format === FORMAT_2 ? format2Schema : format3Schema;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `malformed replay: ${parsed.error.issues.slice(0, 3).map(describeIssue).join('; ')}` };
  const rulesOf = 'rules' in parsed.data ? parsed.data.rules : 1;
  const value: Replay = { ...parsed.data, format: REPLAY_FORMAT, rules: rulesOf };
  if (value.team !== undefined) {
    const team = cleanTeamName(value.team);
    if (team) value.team = team;
    else delete value.team;
  }
  return { ok: true, value };
}

/** The scenario a replay names, if this build has it; its roles must be actors of it. */
export function scenarioFor(replay: Pick<Replay, 'scenario' | 'roles' | 'length'>, scenarios: ScenarioLookup): Result<Scenario> {
  const scenario = scenarios(replay.scenario.id);
  if (!scenario) return { ok: false, error: `unknown scenario "${replay.scenario.id}"` };
  const stranger = replay.roles.find((r) => !scenario.actorIds.includes(r));
  if (stranger !== undefined) return { ok: false, error: `"${stranger}" is not an actor of scenario "${scenario.id}"` };
  if (replay.length !== undefined && !findLength(scenario, replay.length))
    return { ok: false, error: `scenario "${scenario.id}" has no length "${replay.length}" (it has: ${lengthIds(scenario).join(', ')})` };
  return { ok: true, value: scenario };
}

/** How to re-play a replay: its game, its decisions, and where it stops. */
export function replayOptions(replay: Replay): SimulateOptions {
  return {
    seed: replay.seed,
    humans: replay.roles,
    difficulty: replay.difficulty,
    decisions: replay.decisions,
    ...(replay.length !== undefined ? { length: replay.length } : {}),
    ...(replay.stopped ? { stopAt: replay.stopped } : {}),
    ...(replay.unfinished ? { pauseAt: replay.unfinished } : {}),
  };
}

/**
 * Why this build cannot check a replay's code, or null when it can: the code
 * belongs to the rules and the scenario version that made the game.
 */
export function uncheckableBecause(replay: Pick<Replay, 'rules' | 'scenario'>, scenario: Scenario): string | null {
  if (replay.rules !== RULES_VERSION) {
    return `it was made with rules version ${replay.rules}, and this version of the game plays rules version ${RULES_VERSION}, so its code cannot be checked here`;
  }
  if (replay.scenario.version !== scenario.version) {
    return `it was made with version ${replay.scenario.version} of scenario "${scenario.id}", and this version of the game has version ${scenario.version}, so its code cannot be checked here`;
  }
  return null;
}

export interface Verified {
  played: Played;
  /** The code of the game re-played here. */
  code: string;
  /** True when the code was checked and matches; false when the file comes from other rules (see `uncheckable`). */
  checked: boolean;
  /** Why the code could not be checked (older rules or scenario version), or null. */
  uncheckable: string | null;
}

/**
 * Re-plays a replay under this build's rules and checks its verification code.
 * A file from other rules re-plays (when its decisions are still legal) with
 * `checked: false` and the reason; a code that differs under the same rules is an error.
 */
export function verifyReplay(replay: Replay, scenarios: ScenarioLookup): Result<Verified> {
  const scenario = scenarioFor(replay, scenarios);
  if (!scenario.ok) return scenario;
  const uncheckable = uncheckableBecause(replay, scenario.value);
  const run = simulate(scenario.value, replayOptions(replay));
  if (!run.ok) {
    const why = uncheckable ? ` (${uncheckable}; its decisions no longer fit these rules)` : '';
    return { ok: false, error: `illegal decision: ${run.error}${why}` };
  }
  const code = stateHash(run.value.game.state);
  if (!uncheckable && code !== replay.verification) {
    run.value.game.dispose();
    return {
      ok: false,
      error: `verification mismatch: the replay says ${replay.verification}, but re-playing it gives ${code} (the file was changed, or made by a different version)`,
    };
  }
  return { ok: true, value: { played: run.value, code, checked: !uncheckable, uncheckable } };
}

/**
 * The replay of a game: finished, stopped early, or still going (then it
 * runs to where the game stands, and its code is of that state, as it was
 * before anyone gave orders for the open turn). `team` names who played.
 */
export function makeReplay(state: Readonly<GameState>, decisions: readonly Decision[], team?: string): Replay {
  const end = state.log.at(-1);
  const stopped = state.outcome === 'stopped' && end?.kind === 'end';
  const going = state.phase !== 'over';
  const point = (phase: GamePoint['phase']): GamePoint => ({ turn: state.turn, phase });
  const cleanTeam = team === undefined ? '' : cleanTeamName(team);
  return {
    format: REPLAY_FORMAT,
    rules: RULES_VERSION,
    scenario: { ...state.scenario },
    seed: state.seed,
    difficulty: state.difficulty,
    roles: [...state.humans],
    decisions: decisions.map((d) => ({ ...d })),
    verification: stateHash(going ? openedState(state) : state),
    ...(state.length !== undefined ? { length: state.length } : {}),
    ...(stopped ? { stopped: point(end.stoppedDuring ?? 'news') } : {}),
    ...(going ? { unfinished: point(state.phase === 'decisions' ? 'decisions' : 'news') } : {}),
    ...(cleanTeam ? { team: cleanTeam } : {}),
  };
}

/**
 * A game still going, as it stood when its turn's orders opened: orders
 * already given by people at the screen are not part of it yet (they are
 * not in the log, so a replay cannot hold them).
 */
function openedState(state: Readonly<GameState>): GameState {
  if (state.phase !== 'decisions') return state as GameState;
  return { ...state, orders: state.orders.filter((o) => o.by !== 'human'), awaiting: [...state.humans] } as GameState;
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
