import { assign } from 'xstate';
import type { MindContext, WorldEvent, WorldView } from '../sim/types';

// The generic parts of every scenario's posture machines. Each machine is its
// own setup(...).createMachine(...) in its own file (e.g. src/machines/north-2023/);
// these helpers keep the transition records uniform so every AI decision can
// name the guard that fired. A posture's title and summary are messages
// (`posture.<actor>.<posture>.title` / `.summary`), not part of the machine.

/** What a posture offers the AI: weighted actions. */
export interface PostureMeta {
  /** action id -> base weight (integers). */
  weights: Record<string, number>;
}

export const initialMind = (): MindContext => ({ last: null, since: 0 });

/** Turns spent in the current posture, counting this one (1 on the turn after entering it). */
export const tenure = (context: MindContext, world: WorldView): number => world.turn - context.since;

export interface NoteParams {
  from: string;
  to: string;
  guard: string;
}

/** The machine's memory after a transition: which one it took, and when. */
export const notedMind = (turn: number, params: NoteParams): MindContext => ({
  last: { turn, from: params.from, to: params.to, guard: params.guard },
  since: turn,
});

/** Records the transition (with its guard) in the machine's own context. */
export const noteTransition = assign<MindContext, WorldEvent, NoteParams, WorldEvent, never>(({ event }, params) =>
  notedMind(event.world.turn, params),
);

/** A guarded transition that records itself. */
export function go<G extends string>(from: string, to: string, guard: G) {
  return { target: to, guard, actions: { type: 'note' as const, params: { from, to, guard } } };
}
