import { assign } from 'xstate';
import type { MindContext, WorldEvent } from '../sim/types';

// Shared parts of the eight posture machines. Each machine is its own
// setup(...).createMachine(...) in its own file; these helpers keep the
// transition records uniform so every AI decision can name the guard that fired.

/** What a posture offers: a title for the UI and weighted actions for the AI. */
export interface PostureMeta {
  title: string;
  summary: string;
  /** action id -> base weight (integers). */
  weights: Record<string, number>;
}

export const initialMind = (): MindContext => ({ last: null, turnsInPosture: 0 });

interface NoteParams {
  from: string;
  to: string;
  guard: string;
}

/** Records the transition (with its guard) in the machine's own context. */
export const noteTransition = assign<MindContext, WorldEvent, NoteParams, WorldEvent, never>(({ event }, params) => ({
  last: { turn: event.world.turn, from: params.from, to: params.to, guard: params.guard },
  turnsInPosture: 0,
}));

/** No guard fired: the actor stays in its posture one more turn. */
export const stayInPosture = assign<MindContext, WorldEvent, undefined, WorldEvent, never>(({ context }) => ({
  turnsInPosture: context.turnsInPosture + 1,
}));

/** A guarded transition that records itself. */
export function go<G extends string>(from: string, to: string, guard: G) {
  return { target: to, guard, actions: { type: 'note' as const, params: { from, to, guard } } };
}

/** The fallback when no guard fires. */
export const stay = { actions: 'stay' as const };
