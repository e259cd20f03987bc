import { type Actor, type AnyStateMachine, createActor } from 'xstate';
import { actorMachines, type PostureMeta } from '../machines';
import { ACTOR_IDS, type ActorId, type GameState, type MindContext, type WorldEvent } from './types';

// The eight posture machines of one game, as live XState actors with explicit
// ids. Their snapshots (posture + context) are copied into the GameState after
// every step, so the live actors can always be rebuilt from a saved state.

type MindActor = Actor<AnyStateMachine>;
export type Minds = Record<ActorId, MindActor>;

const machineOf = (id: ActorId): AnyStateMachine => actorMachines[id] as unknown as AnyStateMachine;

/** Starts every actor's machine, at its saved posture if the state has one. */
export function startMinds(state: GameState): Minds {
  const minds = {} as Minds;
  for (const id of ACTOR_IDS) {
    const machine = machineOf(id);
    const saved = state.actors[id];
    const snapshot = saved.posture ? machine.resolveState({ value: saved.posture, context: { ...saved.mind } }) : undefined;
    const actor = createActor(machine, { id, snapshot }).start();
    if (!saved.posture) saved.posture = String(actor.getSnapshot().value);
    minds[id] = actor;
  }
  return minds;
}

/** Sends the world to one machine; returns the transition it took (null if none). */
export function stepMind(minds: Minds, state: GameState, event: WorldEvent): { from: string; to: string; guard: string } | null {
  const id = event.self.actor;
  const a = state.actors[id];
  const from = a.posture;
  minds[id].send(event);
  const snap = minds[id].getSnapshot();
  const ctx = snap.context as MindContext;
  a.posture = String(snap.value);
  a.mind = { last: ctx.last ? { ...ctx.last } : null, since: ctx.since };
  return a.posture !== from && ctx.last ? { from: ctx.last.from, to: ctx.last.to, guard: ctx.last.guard } : null;
}

export function stopMinds(minds: Minds): void {
  for (const id of ACTOR_IDS) minds[id].stop();
}

/** A posture's meta (title, summary, weights), read from the machine definition itself. */
export function postureMeta(actor: ActorId, posture: string): PostureMeta {
  const node = (machineOf(actor).states as Record<string, { meta?: PostureMeta }>)[posture];
  if (!node?.meta) throw new Error(`no posture "${posture}" for ${actor}`);
  return node.meta;
}

/** All postures of an actor, in definition order. */
export function posturesOf(actor: ActorId): string[] {
  return Object.keys(machineOf(actor).states);
}
