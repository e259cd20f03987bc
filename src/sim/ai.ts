import { catalogOf, holdAction } from './catalog';
import { holds } from './conditions';
import { unavailableReason } from './options';
import type { Rng } from './rng';
import type { ActorId, DecisionReasons, GameState, Scenario } from './types';

/**
 * The AI's choice: the posture's base weights, adjusted by temperament and
 * the situation, then one seeded draw. Everything that shaped the draw is
 * returned as reasons (data, put into words when shown) for the "why?" view.
 */
export function chooseAction(
  state: GameState,
  scenario: Scenario,
  actor: ActorId,
  postureWeights: Readonly<Record<string, number>>,
  rng: Rng,
  reasons: DecisionReasons,
): string {
  const { action: byId } = catalogOf(scenario);
  const temper = state.actors[actor]!.temper;
  let total = 0;
  for (const id in postureWeights) {
    const def = byId.get(id);
    if (!def || unavailableReason(def, state, scenario) !== null) continue;
    // Base weights are small integers; scale by 100 so temperament works in integers.
    let w = (postureWeights[id] ?? 0) * 100;
    if (def.stance === 'hawk') w = Math.floor((w * (100 + temper)) / 100);
    else if (def.stance === 'dove') w = Math.floor((w * (100 - temper)) / 100);
    const boosts = def.aiBoost ?? [];
    for (let i = 0; i < boosts.length; i++) {
      const b = boosts[i]!;
      if (!holds(b.if, { state, scenario, place: null })) continue;
      w = Math.floor((w * b.percent) / 100);
      reasons.notes.push({ kind: 'boost', action: id, boost: i + 1, percent: b.percent });
    }
    if (w <= 0) continue;
    reasons.weights.push({ action: id, weight: w });
    total += w;
  }
  if (temper >= 25) reasons.notes.push({ kind: 'temper', temper, leaning: 'hawk' });
  else if (temper <= -25) reasons.notes.push({ kind: 'temper', temper, leaning: 'dove' });
  if (total === 0) {
    reasons.notes.push({ kind: 'nothing-possible' });
    return holdAction(actor);
  }
  const roll = rng.below(total);
  reasons.roll = roll;
  let acc = 0;
  for (const { action, weight } of reasons.weights) {
    acc += weight;
    if (roll < acc) return action;
  }
  return holdAction(actor);
}
