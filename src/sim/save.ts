import { z } from 'zod';
import { migrateStateV1 } from './state-migration';
import { gameStateSchema } from './state-schema';
import { cleanTeamName, TEAM_MAX_CHARS } from './team';
import { type ActorId, DIFFICULTIES, type Difficulty, type GameState, type Result, type ScenarioLookup } from './types';

// Save files: a versioned envelope around a GameState. Older versions are
// migrated step by step; newer or unreadable ones are refused with a reason
// (the caller keeps the original text untouched).

export const SAVE_FORMAT = 'flashpoint-save';
/** 2: the generic engine (places, troops, reasons as data); version 1 saves are migrated. */
export const SAVE_VERSION = 2;
export const MAX_SAVE_CHARS = 5_000_000;

export interface SaveFile {
  format: typeof SAVE_FORMAT;
  version: typeof SAVE_VERSION;
  /** When it was written (ISO text from the browser's clock: display only, never hashed). */
  savedAt: string;
  /** The role chosen in the menus ('watch' = all AI). */
  role: string;
  difficulty: Difficulty;
  /** A game taken over from a replay: the replay's code and the turn it branched after. */
  branchOf?: { replay: string; afterTurn: number };
  /** Hot-seat: every human role at the screen, in the fixed actor order (`role` is the first). Absent for one player. */
  players?: ActorId[];
  /** The team or student name typed at setup (for the replay file; never part of the game). */
  team?: string;
  state: GameState;
}

// The envelope is checked first; the state is then checked against its own scenario's schema.
const envelopeSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  savedAt: z.string().max(40),
  role: z.string().max(20),
  difficulty: z.enum(DIFFICULTIES),
  branchOf: z.strictObject({ replay: z.string().max(20), afterTurn: z.number().int().min(0).max(1000) }).optional(),
  players: z
    .array(z.string().max(40))
    .min(2)
    .max(40)
    .refine((p) => new Set(p).size === p.length, 'a player is listed twice')
    .optional(),
  team: z.string().max(TEAM_MAX_CHARS).optional(),
  state: z.unknown(),
});

type RawSave = Record<string, unknown> & { version: number };

/** Migration steps: MIGRATIONS[v] turns a version-v save into version v+1. */
export const MIGRATIONS: Record<number, (raw: RawSave) => RawSave> = {
  1: (raw) => ({ ...raw, version: 2, state: migrateStateV1(raw.state) }),
};

/** Brings a parsed save of any known version up to the current one. */
export function migrateSave(raw: RawSave): Result<RawSave> {
  let cur = raw;
  while (cur.version < SAVE_VERSION) {
    const step = MIGRATIONS[cur.version];
    if (!step) return { ok: false, error: `this save is version ${cur.version}, which can no longer be read` };
    cur = step(cur);
  }
  return { ok: true, value: cur };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${issue.path.length ? issue.path.join('.') : 'the save'}: ${issue.message}`;
}

/** Reads a save's text; `scenarios` finds the scenario its state belongs to. The error names the problem in plain words. */
export function parseSave(text: string, scenarios: ScenarioLookup): Result<SaveFile> {
  if (text.length > MAX_SAVE_CHARS) return { ok: false, error: `the save is too large (${text.length} characters)` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the save is damaged: it is not valid JSON (it may have been cut short)' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== SAVE_FORMAT) {
    return { ok: false, error: 'this is not a Flashpoint save' };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: false, error: 'the save has no valid version number' };
  if (version > SAVE_VERSION) {
    return {
      ok: false,
      error: `this save was made by a newer version of the game (save version ${version}; this game reads up to ${SAVE_VERSION})`,
    };
  }
  const migrated = migrateSave(raw as RawSave);
  if (!migrated.ok) return migrated;
  const envelope = envelopeSchema.safeParse(migrated.value);
  if (!envelope.success) return damaged(envelope.error.issues);
  const scenarioId = (envelope.data.state as { scenario?: { id?: unknown } } | null)?.scenario?.id;
  const scenario = typeof scenarioId === 'string' ? scenarios(scenarioId) : undefined;
  if (!scenario) return { ok: false, error: `the save belongs to a scenario this version does not have ("${String(scenarioId)}")` };
  // A flag the scenario added after the save was made starts unset (balance: scenario v3 added one).
  const saved = envelope.data.state as { flags?: Record<string, unknown> } | null;
  if (saved && typeof saved.flags === 'object' && saved.flags) for (const f of scenario.flags) saved.flags[f] ??= false;
  const state = gameStateSchema(scenario).safeParse(envelope.data.state);
  if (!state.success) return damaged(state.error.issues, 'state.');
  // A game saved under an older version of its scenario continues under the current rules (checkStateFits still checks it fits).
  if (state.data.scenario.version < scenario.version) state.data.scenario.version = scenario.version;
  return { ok: true, value: { ...envelope.data, state: state.data } };
}

function damaged(issues: readonly z.core.$ZodIssue[], prefix = ''): Result<never> {
  const where = (i: z.core.$ZodIssue) => (i.path.length ? `${prefix}${i.path.join('.')}: ${i.message}` : describeIssue(i));
  return { ok: false, error: `the save is damaged: ${issues.slice(0, 2).map(where).join('; ')}` };
}

export function saveToText(
  state: Readonly<GameState>,
  role: string,
  savedAt: string,
  branchOf?: SaveFile['branchOf'],
  players?: readonly ActorId[],
  team?: string,
): string {
  const file: SaveFile = {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    savedAt,
    role,
    difficulty: state.difficulty,
    ...(branchOf ? { branchOf } : {}),
    ...(players ? { players: [...players] } : {}),
    ...(team ? { team: cleanTeamName(team) } : {}),
    state: state as GameState,
  };
  return JSON.stringify(file);
}
