import type { ActionDef, ActorId, Scenario } from './types';

/** Fast look-ups into a scenario's content, built once per scenario. */
export interface Catalog {
  action: ReadonlyMap<string, ActionDef>;
  byActor: ReadonlyMap<ActorId, readonly ActionDef[]>;
  /** Position of each actor in the scenario's fixed order. */
  actorRank: ReadonlyMap<ActorId, number>;
}

const cache = new WeakMap<Scenario, Catalog>();

export function catalogOf(scenario: Scenario): Catalog {
  let c = cache.get(scenario);
  if (!c) {
    const action = new Map(scenario.actions.map((a) => [a.id, a]));
    const byActor = new Map(scenario.actorIds.map((id) => [id, scenario.actions.filter((a) => a.actor === id)]));
    const actorRank = new Map(scenario.actorIds.map((id, i) => [id, i]));
    c = { action, byActor, actorRank };
    cache.set(scenario, c);
  }
  return c;
}

/** The actions of one actor, in catalogue order. */
export const actionsOf = (scenario: Scenario, actor: ActorId): readonly ActionDef[] => catalogOf(scenario).byActor.get(actor) ?? [];

/** Every actor has a free "hold" action: `<actor>.hold`. */
export const holdAction = (actor: ActorId): string => `${actor}.hold`;
