import type { GameState } from './types';
import { avgOf } from './world';

export const WAR_RUNG = 9;
export const BRINK_RUNG = 8;
/** Heat that tips the brink into war even without armed violence. */
export const WAR_HEAT = 12;

/**
 * How high heat alone can push the ladder. Each rung above police operations
 * needs the thing it names: clashes need violence, brinkmanship needs troops
 * at the line. Armed incidents come only as floors set by armed violence.
 */
function heatCap(state: GameState): number {
  if (state.flags.troopsAtLine) return BRINK_RUNG;
  if (state.incidents > 0) return 6;
  return 5;
}

/**
 * Moves the ladder at the end of a turn. Heat from this turn's actions and
 * events, plus two per violent incident (at most four), climbs one rung at 3 and two at 6;
 * climbing down takes -3 or less and no violence, one rung at a time. Violence
 * sets floors. War (the top rung) follows only a turn spent at the brink, with
 * troops at the line and armed violence or heat of WAR_HEAT that turn.
 */
export function updateLadder(state: GameState): void {
  const from = state.rung;
  const unrest = avgOf(state, 'unrest');
  const heat = state.heat + Math.min(4, 2 * state.thisTurn.incidents) + (unrest >= 60 ? 1 : 0) - (unrest <= 20 ? 1 : 0);
  const up = heat >= 6 ? 2 : heat >= 3 ? 1 : 0;
  const down = heat <= -3 && state.thisTurn.incidents === 0 ? 1 : 0;
  let to = Math.max(0, from + up - down);
  if (up > 0) to = Math.max(from, Math.min(to, heatCap(state)));
  const war = from === BRINK_RUNG && state.flags.troopsAtLine && (state.thisTurn.armed > 0 || heat >= WAR_HEAT);
  to = war ? WAR_RUNG : Math.min(BRINK_RUNG, Math.max(to, state.rungFloor));
  state.rung = to;
  state.peakRung = Math.max(state.peakRung, to);
  state.thisTurn.rungChange = to - from;
  if (to !== from) state.log.push({ turn: state.turn, kind: 'rung', from, to, heat });
}
