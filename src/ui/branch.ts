// "Take over from here": a replay's game continued by a person from any turn,
// and the memory of where it came from, so the debrief can show the original
// ending beside the new one (BranchCompare).

import type * as Phaser from 'phaser';
import type { Replay } from '../sim/replay';
import { branchFrom, type ReplayTimeline } from '../sim/replay-tools';
import type { ActorId, GameState, Result } from '../sim/types';
import { openScene } from './lazy-scenes';
import { PlaySession, setActiveSession } from './play';
import { SCENE } from './scene-keys';
import type { GameSetup, ScenarioId } from './session';

export interface BranchOrigin {
  /** The replay the branch was taken from. */
  replay: Replay;
  /** Where the original game ended (its last state). */
  finalState: GameState;
  /** The branch continues after this turn (0 = from the start). */
  fromTurn: number;
  /** The role the person took over. */
  role: ActorId;
  /** The replay's file name, for labels. */
  name: string;
}

let origin: BranchOrigin | null = null;

export function setBranchOrigin(o: BranchOrigin | null): void {
  origin = o;
}

/** The replay the current branch was taken from, or null when the current game is not a branch. */
export function branchOrigin(): BranchOrigin | null {
  return origin;
}

export function clearBranchOrigin(): void {
  origin = null;
}

/** Whether `state` (e.g. the finished game in the Debrief) is the branch recorded in `o`. */
export function isBranchOf(o: BranchOrigin, state: Readonly<GameState>): boolean {
  return (
    state.scenario.id === o.replay.scenario.id &&
    state.seed === o.replay.seed &&
    state.difficulty === o.replay.difficulty &&
    state.humans.length === 1 &&
    state.humans[0] === o.role
  );
}

/** A PlaySession around a game that is already under way (e.g. a branch), for the Game scene. */
export function sessionFromGame(setup: GameSetup, state: GameState): PlaySession {
  return new PlaySession(setup, state);
}

/**
 * Branches `timeline` after `afterTurn` with `role` played by a person,
 * records the branch origin, and returns the session for the Game scene.
 */
export function takeOver(timeline: ReplayTimeline, afterTurn: number, role: ActorId, name: string): Result<PlaySession> {
  const b = branchFrom(timeline, afterTurn, role);
  if (!b.ok) return b;
  const game = b.value;
  const state = game.snapshot();
  game.dispose();
  const replay = timeline.replay;
  const setup: GameSetup = {
    scenarioId: replay.scenario.id as ScenarioId,
    role,
    seed: replay.seed,
    difficulty: replay.difficulty,
    branchOf: { replay: replay.verification, afterTurn },
  };
  let session: PlaySession;
  try {
    session = sessionFromGame(setup, state);
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  const finalState = timeline.states[timeline.states.length - 1];
  if (finalState) setBranchOrigin({ replay, finalState, fromTurn: afterTurn, role, name });
  return { ok: true, value: session };
}

/**
 * Hands a session (a continued save, a branch) to the Game scene: it becomes
 * the page's active session, and is also passed as init data `{ session }`.
 */
export function playSession(from: Phaser.Scene, session: PlaySession): void {
  setActiveSession(session);
  openScene(from, SCENE.Game, { session });
}
