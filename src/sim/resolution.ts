import { catalogOf } from './catalog';
import { chanceOf, holds } from './conditions';
import { applyEffects, type EffectContext } from './effects';
import type { Rng } from './rng';
import { type GameState, type Order, RESOLUTION_PHASES, type Scenario } from './types';
import { placesOf } from './world';

const phaseRank = new Map(RESOLUTION_PHASES.map((p, i) => [p, i]));

/**
 * The documented resolution order: statements, then deployments, then action on
 * the ground, then talks; within a phase, actors in the scenario's fixed order.
 */
export function resolutionOrder(orders: readonly Order[], scenario: Scenario): Order[] {
  const { action, actorRank } = catalogOf(scenario);
  const rank = (o: Order) => (phaseRank.get(action.get(o.action)?.phase ?? 'statements') ?? 0) * 1000 + (actorRank.get(o.actor) ?? 0);
  return [...orders].sort((a, b) => rank(a) - rank(b));
}

/** Reveals all orders together, then resolves them one by one. */
export function runResolution(state: GameState, scenario: Scenario, rng: Rng): void {
  for (const a of scenario.actorIds) {
    const o = state.orders.find((x) => x.actor === a);
    if (o) state.log.push({ turn: state.turn, kind: 'decision', order: o });
  }
  for (const order of resolutionOrder(state.orders, scenario)) resolveOrder(state, scenario, rng, order);
}

function resolveOrder(state: GameState, scenario: Scenario, rng: Rng, order: Order): void {
  const def = catalogOf(scenario).action.get(order.action);
  if (!def) return;
  const me = state.actors[order.actor]!;
  // An earlier order this turn may have made this one impossible (e.g. a building already emptied).
  if (def.requires && !holds(def.requires, { state, scenario, place: null })) {
    state.log.push({ turn: state.turn, kind: 'void', actor: order.actor, action: def.id });
    return;
  }
  me.budget -= def.cost;
  if (def.once) me.usedOnce.push(def.id);
  me.lastAction = def.id;
  me.lastStance = def.stance;

  const ctx: EffectContext = { state, scenario, place: null, actor: order.actor, by: 'order', cause: def.id, rng };
  if (def.risk) {
    const places = def.risk.perPlace ? placesOf(state, scenario.placeIds, def.risk.perPlace, null) : [null];
    for (const place of places) {
      const here: EffectContext = { ...ctx, place };
      const chance = chanceOf(def.risk.chance, here);
      const roll = rng.below(100);
      const hit = roll < chance;
      state.log.push({
        turn: state.turn,
        kind: 'roll',
        actor: order.actor,
        action: def.id,
        place,
        chance,
        roll,
        hit,
      });
      applyEffects(hit ? def.risk.onHit : (def.risk.onMiss ?? []), here);
    }
  }
  applyEffects(def.effects, ctx);
}
