import { ACTOR_IDS, type ActionDef, type ActorId, type Scenario } from './types';

/** Fast look-ups into a scenario's content, built once per scenario. */
export interface Catalog {
  action: ReadonlyMap<string, ActionDef>;
  byActor: Readonly<Record<ActorId, readonly ActionDef[]>>;
}

const cache = new WeakMap<Scenario, Catalog>();

export function catalogOf(scenario: Scenario): Catalog {
  let c = cache.get(scenario);
  if (!c) {
    const action = new Map(scenario.actions.map((a) => [a.id, a]));
    const byActor = Object.fromEntries(ACTOR_IDS.map((id) => [id, scenario.actions.filter((a) => a.actor === id)])) as Record<
      ActorId,
      ActionDef[]
    >;
    c = { action, byActor };
    cache.set(scenario, c);
  }
  return c;
}

/** Every actor has a free "hold" action: `<actor>.hold`. */
export const holdAction = (actor: ActorId): string => `${actor}.hold`;
