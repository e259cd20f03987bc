import { holds } from './conditions';
import type { ActorId, GameState, Scenario } from './types';

/**
 * The motive an actor acts on: the first of its posture's motives (as the
 * scenario lists them) whose condition holds in the world now. Undefined when
 * the scenario gives this posture no motive.
 */
export function motiveOf(scenario: Scenario, state: GameState, actor: ActorId, posture: string): string | undefined {
  const list = scenario.motives?.[actor]?.[posture];
  if (!list) return undefined;
  const ctx = { state, scenario, place: null };
  for (const motive of list) if (!motive.when || holds(motive.when, ctx)) return motive.id;
  return undefined;
}
