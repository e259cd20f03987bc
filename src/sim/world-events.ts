import { chanceOf, holds } from './conditions';
import { applyEffects } from './effects';
import type { Rng } from './rng';
import { type EventDef, type GameState, type Holder, MUNICIPALITY_IDS, type Scenario } from './types';
import { clamp100 } from './world';

/** How a building's situation pushes unrest each turn. */
const HOLDER_DRIFT: Record<Holder, number> = {
  'local-serbs': -1,
  'kosovo-mayor': 4,
  'kfor-cordon': -2,
  'mayor-elsewhere': -4,
  'new-council': -6,
};

/** At most this many random events a turn, so the deck never drowns the players' choices. */
export const MAX_RANDOM_EVENTS = 2;

/** The world moves on its own: unrest follows the buildings, deployments thin out. */
export function driftWorld(state: GameState, scenario: Scenario): void {
  for (const id of MUNICIPALITY_IDS) {
    const m = state.municipalities[id];
    const start = scenario.municipalities[id].start;
    let d = HOLDER_DRIFT[m.holder];
    if (m.police >= 50) d += 3;
    if (m.kfor >= 50) d -= 3;
    m.unrest = clamp100(m.unrest + d);
    const kforFloor = state.flags.reinforcementsDeployed ? Math.max(start.kfor, 30) : start.kfor;
    if (m.kfor > kforFloor) m.kfor = Math.max(kforFloor, m.kfor - 2);
    const policeFloor = m.holder === 'kosovo-mayor' ? Math.max(start.police, 40) : start.police;
    if (m.police > policeFloor) m.police = Math.max(policeFloor, m.police - 2);
  }
}

/** Scripted events on their turn, then random ones by seeded rolls, in deck order. */
export function runEvents(state: GameState, scenario: Scenario, rng: Rng): void {
  driftWorld(state, scenario);
  let randoms = 0;
  for (const ev of scenario.events) {
    if ((ev.once ?? true) && state.firedEvents.includes(ev.id)) continue;
    const ctx = { state, scenario, place: null };
    if (ev.when && !holds(ev.when, ctx)) continue;
    if (ev.kind === 'scripted') {
      if (ev.turn === state.turn) fire(state, scenario, rng, ev);
    } else if (randoms < MAX_RANDOM_EVENTS && ev.chance && rng.below(100) < chanceOf(ev.chance, ctx)) {
      randoms++;
      fire(state, scenario, rng, ev);
    }
  }
}

function fire(state: GameState, scenario: Scenario, rng: Rng, ev: EventDef): void {
  if (!state.firedEvents.includes(ev.id)) state.firedEvents.push(ev.id);
  state.log.push({ turn: state.turn, kind: 'event', event: ev.id });
  applyEffects(ev.effects, { state, scenario, place: null, actor: null, cause: ev.id, rng });
}
