import { holds } from './conditions';
import { applyEffects } from './effects';
import { lastTurnOf } from './lengths';
import type { Rng } from './rng';
import type { GameState, Outcome, Scenario } from './types';

/** War, a settlement, or the last turn (of the game's length) ends the game. Returns whether it is over. */
export function runEndCheck(state: GameState, scenario: Scenario, rng: Rng): boolean {
  let outcome: Outcome | null = null;
  if (state.rung >= scenario.ladder.top) outcome = 'war';
  else if (holds(scenario.settlement, { state, scenario, place: null })) {
    outcome = 'settlement';
    applyEffects(scenario.onSettlement, { state, scenario, place: null, actor: null, by: 'settlement', cause: 'settlement', rng });
  } else if (state.turn >= lastTurnOf(scenario, state)) outcome = 'last-turn';
  if (!outcome) return false;
  state.outcome = outcome;
  state.log.push({ turn: state.turn, kind: 'end', outcome });
  return true;
}
