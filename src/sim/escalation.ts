import type { GameState, LadderRules } from './types';
import { avgOf } from './world';

/** Heat that tips the brink into war even without armed violence. */
export const WAR_HEAT = 12;

/**
 * How high heat alone can push the ladder. Each rung above the calm cap needs
 * the thing it names: clashes need violence, brinkmanship needs the brink flag
 * (e.g. troops at the line). Armed incidents come only as floors set by armed violence.
 */
function heatCap(state: GameState, ladder: LadderRules): number {
  if (state.flags[ladder.brinkFlag]) return ladder.brink;
  if (state.incidents > 0) return ladder.violenceCap;
  return ladder.calmCap;
}

/**
 * Moves the ladder at the end of a turn. Heat from this turn's actions and
 * events, plus two per violent incident (at most four), climbs one rung at 3 and two at 6;
 * climbing down takes -3 or less and no violence, one rung at a time. Violence
 * sets floors. War (the top rung) follows only a turn spent at the brink, with
 * the brink flag set and armed violence or heat of WAR_HEAT that turn.
 */
export function updateLadder(state: GameState, ladder: LadderRules): void {
  const from = state.rung;
  const unrest = avgOf(state, 'unrest');
  const violence = Math.min(4, 2 * state.thisTurn.incidents);
  const byUnrest = (unrest >= 60 ? 1 : 0) - (unrest <= 20 ? 1 : 0);
  const heat = state.heat + violence + byUnrest;
  const up = heat >= 6 ? 2 : heat >= 3 ? 1 : 0;
  const down = heat <= -3 && state.thisTurn.incidents === 0 ? 1 : 0;
  let to = Math.max(0, from + up - down);
  if (up > 0) to = Math.max(from, Math.min(to, heatCap(state, ladder)));
  const war = from === ladder.brink && state.flags[ladder.brinkFlag] === true && (state.thisTurn.armed > 0 || heat >= WAR_HEAT);
  to = war ? ladder.top : Math.min(ladder.brink, Math.max(to, state.rungFloor));
  state.rung = to;
  state.peakRung = Math.max(state.peakRung, to);
  state.thisTurn.rungChange = to - from;
  // The orders' and events' pressure is in the turn's log (kind 'changes', what 'heat'); the rules' own share is kept here.
  if (to !== from)
    state.log.push({ turn: state.turn, kind: 'rung', from, to, heat, rule: { violence, unrest: byUnrest, floor: state.rungFloor } });
}
