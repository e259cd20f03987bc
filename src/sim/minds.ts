import type { PostureMeta } from '../machines/posture';
import { initialPosture, stepPosture } from '../machines/posture-steps';
import type { ActorId, GameState, PostureMachine, Scenario, WorldEvent } from './types';

// The actors' posture machines come from the scenario; the engine knows none
// of them. Each actor's posture and the machine's memory live in the game
// state, and a WORLD event steps the machine through the table read from its
// own definition (src/machines/posture-steps.ts, checked against XState), so
// a game needs no live actor and a saved state continues exactly.

function machineOf(scenario: Scenario, id: ActorId): PostureMachine {
  const machine = scenario.machines[id];
  if (!machine) throw new Error(`scenario "${scenario.id}" has no posture machine for "${id}"`);
  return machine;
}

/** Puts every actor without a posture (a new game) in its machine's first posture. */
export function startMinds(scenario: Scenario, state: GameState): void {
  for (const id of scenario.actorIds) {
    const a = state.actors[id]!;
    if (!a.posture) a.posture = initialPosture(machineOf(scenario, id));
  }
}

/** Sends the world to one machine; returns the transition it took (null if none). */
export function stepMind(scenario: Scenario, state: GameState, event: WorldEvent): { from: string; to: string; guard: string } | null {
  const a = state.actors[event.self.actor]!;
  const step = stepPosture(machineOf(scenario, event.self.actor), a.posture, a.mind, event);
  a.posture = step.posture;
  a.mind = step.mind;
  return step.transition;
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
