import { holds } from './conditions';
import { WAR_RUNG } from './escalation';
import { type GameState, MUNICIPALITY_IDS, type Outcome, type Scenario } from './types';

/** War, a settlement, or the last turn ends the game. Returns whether it is over. */
export function runEndCheck(state: GameState, scenario: Scenario): boolean {
  let outcome: Outcome | null = null;
  if (state.rung >= WAR_RUNG) outcome = 'war';
  else if (holds(scenario.settlement, { state, scenario, place: null })) {
    outcome = 'settlement';
    state.flags.settlement = true;
    state.log.push({ turn: state.turn, kind: 'flag', flag: 'settlement', set: true });
    // New elections with Serb participation: councils replace the contested arrangements.
    for (const m of MUNICIPALITY_IDS) {
      const from = state.municipalities[m].holder;
      if (from === 'new-council') continue;
      state.municipalities[m].holder = 'new-council';
      state.log.push({ turn: state.turn, kind: 'holder', place: m, from, to: 'new-council' });
    }
  } else if (state.turn >= scenario.lastTurn) outcome = 'last-turn';
  if (!outcome) return false;
  state.outcome = outcome;
  state.log.push({ turn: state.turn, kind: 'end', outcome });
  return true;
}
