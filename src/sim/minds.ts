import { type Actor, type AnyStateMachine, createActor } from 'xstate';
import type { PostureMeta } from '../machines/posture';
import type { ActorId, GameState, MindContext, Scenario, WorldEvent } from './types';

// The posture machines of one game, as live XState actors with explicit ids.
// Their snapshots (posture + context) are copied into the GameState after
// every step, so the live actors can always be rebuilt from a saved state.
// The machines come from the scenario; the engine knows none of them.

type MindActor = Actor<AnyStateMachine>;
export type Minds = ReadonlyMap<ActorId, MindActor>;

function machineOf(scenario: Scenario, id: ActorId): AnyStateMachine {
  const machine = scenario.machines[id];
  if (!machine) throw new Error(`scenario "${scenario.id}" has no posture machine for "${id}"`);
  return machine;
}

/** Starts every actor's machine, at its saved posture if the state has one. */
export function startMinds(scenario: Scenario, state: GameState): Minds {
  const minds = new Map<ActorId, MindActor>();
  for (const id of scenario.actorIds) {
    const machine = machineOf(scenario, id);
    const saved = state.actors[id]!;
    const snapshot = saved.posture ? machine.resolveState({ value: saved.posture, context: { ...saved.mind } }) : undefined;
    const actor = createActor(machine, { id, snapshot }).start();
    if (!saved.posture) saved.posture = String(actor.getSnapshot().value);
    minds.set(id, actor);
  }
  return minds;
}

/** Sends the world to one machine; returns the transition it took (null if none). */
export function stepMind(minds: Minds, state: GameState, event: WorldEvent): { from: string; to: string; guard: string } | null {
  const id = event.self.actor;
  const a = state.actors[id]!;
  const mind = minds.get(id)!;
  const from = a.posture;
  mind.send(event);
  const snap = mind.getSnapshot();
  const ctx = snap.context as MindContext;
  a.posture = String(snap.value);
  a.mind = { last: ctx.last ? { ...ctx.last } : null, since: ctx.since };
  return a.posture !== from && ctx.last ? { from: ctx.last.from, to: ctx.last.to, guard: ctx.last.guard } : null;
}

export function stopMinds(minds: Minds): void {
  for (const mind of minds.values()) mind.stop();
}

/** A posture's meta (its weighted actions), read from the machine definition itself. */
export function postureMeta(scenario: Scenario, actor: ActorId, posture: string): PostureMeta {
  const node = (machineOf(scenario, actor).states as Record<string, { meta?: PostureMeta }>)[posture];
  if (!node?.meta) throw new Error(`no posture "${posture}" for ${actor}`);
  return node.meta;
}

/** All postures of an actor, in definition order. */
export function posturesOf(scenario: Scenario, actor: ActorId): string[] {
  return Object.keys(machineOf(scenario, actor).states);
}
