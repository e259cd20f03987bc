// The player's choices between the menus and the game: which scenario, which
// role, which seed, which difficulty. Kept in this module until the game
// scene turns them into a GameState. (UI-side only: the simulation never
// imports this.)

import type * as Phaser from 'phaser';
import { actors } from '../scenarios/north-2023/actors';
import { ACTOR_IDS, type ActorId, type Difficulty } from '../sim/types';
import { openScene } from './lazy-scenes';
import { SCENE } from './scene-keys';

export type ScenarioId = 'north-2023';

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
   * Hot-seat: 2 to 8 human actors sharing one screen, in the scenario's fixed
   * order (ACTOR_IDS). `role` is then the first of them (for older code).
   * Any actor may be played here, even those that are AI-only alone.
   */
  players?: ActorId[];
}

export interface BranchMark {
  /** The verification code of the replay it branched from. */
  replay: string;
  afterTurn: number;
}

export const SEED_MAX_LENGTH = 200;

/** Hot-seat: how many people may share the screen. */
export const MIN_PLAYERS = 2;
export const MAX_PLAYERS = ACTOR_IDS.length;

/** The actors a person may play, in the scenario's order. */
export const PLAYABLE_ACTORS: readonly ActorId[] = ACTOR_IDS.filter((id) => actors[id].playable);

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
export function orderPlayers(players: readonly string[]): ActorId[] {
  return ACTOR_IDS.filter((a) => players.includes(a));
}

/** A hot-seat setup: the players put in the fixed order, `role` the first of them. */
export function hotseatSetup(players: readonly ActorId[], seed: string, difficulty: Difficulty): GameSetup {
  const ordered = orderPlayers(players);
  return { scenarioId: 'north-2023', role: ordered[0] ?? 'watch', seed, difficulty, players: ordered };
}

/** "Serbia, Kosovo and KFOR". */
export function playerNames(players: readonly ActorId[]): string {
  const names = players.map((a) => actors[a].short);
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Why a list of hot-seat players cannot start, or null. */
export function playersProblem(players: readonly string[]): string | null {
  const unknown = players.find((p) => !(ACTOR_IDS as readonly string[]).includes(p));
  if (unknown !== undefined) return `"${unknown}" is not an actor of this scenario.`;
  if (new Set(players).size !== players.length) return 'A role is chosen twice.';
  if (players.length < MIN_PLAYERS) return `Choose at least ${MIN_PLAYERS} players (keys 1–8).`;
  if (players.length > MAX_PLAYERS) return `At most ${MAX_PLAYERS} players.`;
  return null;
}

/** Checks a setup; returns a reason when it cannot start. */
export function validateSetup(setup: GameSetup): string | null {
  if (setup.scenarioId !== 'north-2023') return `Unknown scenario "${setup.scenarioId}".`;
  if (setup.players !== undefined) {
    const problem = playersProblem(setup.players);
    if (problem) return problem;
    if (setup.players.some((p, i) => orderPlayers(setup.players ?? []).indexOf(p) !== i))
      return 'The players must be listed in the scenario’s order.';
    if (setup.role !== setup.players[0]) return 'The role of a hot-seat game must be its first player.';
    if (setup.branchOf) return 'A game taken over from a replay has one player.';
  } else if (setup.role !== 'watch' && !PLAYABLE_ACTORS.includes(setup.role)) return `"${setup.role}" is not a playable role.`;
  if (setup.seed.trim().length === 0) return 'Enter a seed code or press Random.';
  if (setup.seed.length > SEED_MAX_LENGTH) return `The seed is longer than ${SEED_MAX_LENGTH} characters.`;
  if (!['easy', 'normal', 'hard'].includes(setup.difficulty)) return `Unknown difficulty "${setup.difficulty}".`;
  return null;
}

/** Stores a setup without changing scene (e.g. from a start link); returns the cleaned setup. Throws when invalid. */
export function rememberSetup(setup: GameSetup): GameSetup {
  const clean: GameSetup = { ...setup, seed: setup.seed.trim() };
  const problem = validateSetup(clean);
  if (problem) throw new Error(problem);
  current = clean;
  return clean;
}

/**
 * Stores the setup (seed trimmed) and starts the Briefing scene from `from`
 * (the scene that is showing, usually Setup). Throws on an invalid setup:
 * the Setup screen validates first.
 */
export function startGame(setup: GameSetup, from: Phaser.Scene): void {
  const clean: GameSetup = { ...setup, seed: setup.seed.trim() };
  const problem = validateSetup(clean);
  if (problem) throw new Error(problem);
  current = clean;
  openScene(from, SCENE.Briefing);
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
