// The player's choices between the menus and the game: which scenario, which
// role, which seed, which difficulty. Kept in this module until the game
// scene turns them into a GameState. (UI-side only: the simulation never
// imports this.)

import type * as Phaser from 'phaser';
import { findLength } from '../sim/lengths';
import { cleanTeamName } from '../sim/team';
import { type ActorId, type Difficulty, FULL_LENGTH, type LengthId, type MessageRef, type Scenario, type ScenarioCard } from '../sim/types';
import { actorName } from '../text/describe';
import { listText, plainList } from '../text/lists';
import { SCENE } from './scene-keys';

export { scenarioSpan } from '../text/dates';

import type { Messages } from '../text/messages';
import { openScene } from './lazy-scenes';
import { scenarioById } from './scenario-source';

/** The id of a scenario of the registry (see scenario-source.ts). */
export type ScenarioId = string;

/** 'watch' = every actor is played by the AI. */
export type Role = ActorId | 'watch';

export interface GameSetup {
  scenarioId: ScenarioId;
  role: Role;
  seed: string;
  difficulty: Difficulty;
  /** Set when the game was taken over from a replay: it then has its own save slot, and no v1 replay file. */
  branchOf?: BranchMark;
  /**
   * Hot-seat: 2 or more human actors sharing one screen, in the scenario's fixed
   * order (its actorIds). `role` is then the first of them (for older code).
   * Any actor may be played here, even those that are AI-only alone.
   */
  players?: ActorId[];
  /** One of the scenario's lengths; absent = the full game. */
  length?: LengthId;
  /** The team or student name (kept in the replay file and its name, never in the game). Absent when none. */
  team?: string;
}

export interface BranchMark {
  /** The verification code of the replay it branched from. */
  replay: string;
  afterTurn: number;
}

export const SEED_MAX_LENGTH = 200;

/** Hot-seat: how many people may share the screen (at most one per actor). */
export const MIN_PLAYERS = 2;
export const maxPlayers = (scenario: ScenarioCard): number => scenario.actorIds.length;

/** The actors a person may play alone, in the scenario's order. */
export const playableActors = (scenario: ScenarioCard): ActorId[] => scenario.actorIds.filter((id) => scenario.actors[id]?.playable);

const ref = (key: string, params?: MessageRef['params']): MessageRef => (params ? { key, params } : { key });

let current: GameSetup | null = null;

/** Whether a saved game exists to continue (save/continue comes later: always false for now). */
export function hasSavedGame(): boolean {
  return false;
}

/** The setup chosen last, or null before the first Start. */
export function currentSetup(): GameSetup | null {
  return current;
}

/** The actors controlled by humans for a setup ([] when watching; the players in hot-seat). */
export function humanActors(setup: GameSetup): ActorId[] {
  if (setup.players) return [...setup.players];
  return setup.role === 'watch' ? [] : [setup.role];
}

/** Whether a setup is a hot-seat game (several people at one screen). */
export function isHotseatSetup(setup: GameSetup): boolean {
  return setup.players !== undefined;
}

/** Known actors only, each once, in the scenario's fixed order. */
export function orderPlayers(scenario: Scenario, players: readonly string[]): ActorId[] {
  return scenario.actorIds.filter((a) => players.includes(a));
}

/** A hot-seat setup: the players put in the fixed order, `role` the first of them. */
export function hotseatSetup(
  scenario: Scenario,
  players: readonly ActorId[],
  seed: string,
  difficulty: Difficulty,
  extra: Pick<GameSetup, 'length' | 'team'> = {},
): GameSetup {
  const ordered = orderPlayers(scenario, players);
  return { scenarioId: scenario.id, role: ordered[0] ?? 'watch', seed, difficulty, players: ordered, ...extra };
}

/** "Serbia, Kosovo and KFOR", joined the way the reader's language joins a list. */
export function playerNames(m: Messages, players: readonly ActorId[]): string {
  const names = players.map((a) => actorName(m, a));
  return listText(m, names);
}

/** "Serbia, Kosovo, KFOR": the players as a plain list (a label, a count's details). */
export function playerList(m: Messages, players: readonly ActorId[]): string {
  const names = players.map((a) => actorName(m, a));
  return plainList(m, names);
}

/** Why a list of hot-seat players cannot start (a message), or null. */
export function playersProblem(scenario: Scenario, players: readonly string[]): MessageRef | null {
  const unknown = players.find((p) => !scenario.actorIds.includes(p));
  if (unknown !== undefined) return ref('setup.problem.unknown-actor', { actor: unknown });
  if (new Set(players).size !== players.length) return ref('setup.problem.role-twice');
  if (players.length < MIN_PLAYERS) return ref('setup.problem.too-few-players', { min: MIN_PLAYERS, max: maxPlayers(scenario) });
  if (players.length > maxPlayers(scenario)) return ref('setup.problem.too-many-players', { max: maxPlayers(scenario) });
  return null;
}

/** Checks a setup; returns why it cannot start (a message), or null. */
export function validateSetup(setup: GameSetup): MessageRef | null {
  const scenario = scenarioById(setup.scenarioId);
  if (!scenario) return ref('setup.problem.unknown-scenario', { scenario: setup.scenarioId });
  if (setup.players !== undefined) {
    const problem = playersProblem(scenario, setup.players);
    if (problem) return problem;
    if (setup.players.some((p, i) => orderPlayers(scenario, setup.players ?? []).indexOf(p) !== i))
      return ref('setup.problem.player-order');
    if (setup.role !== setup.players[0]) return ref('setup.problem.hotseat-role');
    if (setup.branchOf) return ref('setup.problem.branch-one-player');
  } else if (setup.role !== 'watch' && !playableActors(scenario).includes(setup.role))
    return ref('setup.problem.not-playable', { role: setup.role });
  if (setup.seed.trim().length === 0) return ref('setup.problem.no-seed');
  if (setup.seed.length > SEED_MAX_LENGTH) return ref('setup.problem.seed-too-long', { max: SEED_MAX_LENGTH });
  if (!['easy', 'normal', 'hard'].includes(setup.difficulty))
    return ref('setup.problem.unknown-difficulty', { difficulty: setup.difficulty });
  if (setup.length !== undefined && !findLength(scenario, setup.length))
    return ref('lesson.problem.unknown-length', { length: setup.length.slice(0, 40) });
  if (setup.branchOf && setup.length !== undefined && setup.length !== FULL_LENGTH) return ref('lesson.problem.branch-length');
  return null;
}

/** The briefing's paragraphs (message keys) for a setup: its length's own, else the scenario's. */
export function briefingOf(scenario: Scenario, setup: GameSetup): readonly string[] {
  return findLength(scenario, setupLength(setup))?.briefing ?? scenario.briefing;
}

/** A setup's length (the full game when it names none). */
export const setupLength = (setup: GameSetup): LengthId => setup.length ?? FULL_LENGTH;

/**
 * A setup made tidy: the seed trimmed, the team name cleaned (dropped when
 * empty), and the full length left out (it is the default).
 */
export function cleanSetup(setup: GameSetup): GameSetup {
  const { team, length, ...rest } = setup;
  const clean: GameSetup = { ...rest, seed: setup.seed.trim() };
  const t = team === undefined ? '' : cleanTeamName(team);
  if (t) clean.team = t;
  if (length !== undefined && length !== FULL_LENGTH) clean.length = length;
  return clean;
}

/** A setup that cannot start; `problem` says why, as a message to show. */
export class SetupProblem extends Error {
  constructor(readonly problem: MessageRef) {
    super(problem.key);
  }
}

/** Stores a setup without changing scene (e.g. from a start link); returns the cleaned setup. Throws a SetupProblem when invalid. */
export function rememberSetup(setup: GameSetup): GameSetup {
  const clean = cleanSetup(setup);
  const problem = validateSetup(clean);
  if (problem) throw new SetupProblem(problem);
  current = clean;
  return clean;
}

/**
 * Stores the setup (seed trimmed) and starts the Background scene (the primer, then the
 * Briefing; `intro: false` goes to the Briefing directly) from `from`
 * (the scene that is showing, usually Setup). Throws a SetupProblem on an invalid setup:
 * the Setup screen validates first.
 */
export function startGame(setup: GameSetup, from: Phaser.Scene, options: { intro?: boolean } = {}): void {
  rememberSetup(setup);
  // The primer and background come first (they pass straight on when skipped or absent).
  if (options.intro === false) openScene(from, SCENE.Briefing);
  else openScene(from, SCENE.Background, { mode: 'intro' });
}

// ---------------------------------------------------------------------------
// Seed codes a teacher can read aloud, e.g. ZVECAN-4821. The UI picks them
// with crypto.getRandomValues; the simulation only ever sees the string.
// ---------------------------------------------------------------------------

/** Words that read the same in both languages once written without diacritics, or neutral words. */
const SEED_WORDS = [
  'ZVECAN',
  'ZUBIN',
  'MITROVICA',
  'KOPAONIK',
  'RIVER',
  'BRIDGE',
  'LAKE',
  'VALLEY',
  'MEADOW',
  'ORCHARD',
  'STONE',
  'HARVEST',
  'SPRING',
  'MAPLE',
  'HARBOUR',
  'LANTERN',
] as const;

/** Uniform integer in [0, n) from the platform's CSPRNG (no modulo bias). */
function randomBelow(n: number): number {
  const buf = new Uint32Array(1);
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  for (;;) {
    crypto.getRandomValues(buf);
    const v = buf[0] ?? 0;
    if (v < limit) return v % n;
  }
}

/** A fresh readable seed code like "ZVECAN-4821". */
export function randomSeedCode(): string {
  const word = SEED_WORDS[randomBelow(SEED_WORDS.length)] ?? 'RIVER';
  const digits = String(randomBelow(9000) + 1000);
  return `${word}-${digits}`;
}
