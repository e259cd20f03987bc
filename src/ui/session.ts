// The player's choices between the menus and the game: which scenario, which
// role, which seed, which difficulty. Kept in this module until the game
// scene turns them into a GameState. (UI-side only: the simulation never
// imports this.)

import type * as Phaser from 'phaser';
import { actors } from '../scenarios/north-2023/actors';
import { ACTOR_IDS, type ActorId, type Difficulty } from '../sim/types';

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
}

export interface BranchMark {
  /** The verification code of the replay it branched from. */
  replay: string;
  afterTurn: number;
}

export const SEED_MAX_LENGTH = 200;

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

/** The actors controlled by humans for a setup ([] when watching). */
export function humanActors(setup: GameSetup): ActorId[] {
  return setup.role === 'watch' ? [] : [setup.role];
}

/** Checks a setup; returns a reason when it cannot start. */
export function validateSetup(setup: GameSetup): string | null {
  if (setup.scenarioId !== 'north-2023') return `Unknown scenario "${setup.scenarioId}".`;
  if (setup.role !== 'watch' && !PLAYABLE_ACTORS.includes(setup.role)) return `"${setup.role}" is not a playable role.`;
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
  from.scene.start('Briefing');
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
