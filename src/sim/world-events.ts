import { chanceOf, holds } from './conditions';
import { applyEffects } from './effects';
import type { Rng } from './rng';
import type { EventDef, GameState, Scenario } from './types';
import { clamp100 } from './world';

/** At most this many random events a turn, so the deck never drowns the players' choices. */
export const MAX_RANDOM_EVENTS = 2;

/** The world moves on its own: unrest follows the buildings, deployments thin out to their floors. */
export function driftWorld(state: GameState, scenario: Scenario): void {
  const { holderUnrest, troopFloor, policeFloor } = scenario.drift;
  const troopsHeld = troopFloor !== undefined && state.flags[troopFloor.flag] === true;
  for (const id of scenario.placeIds) {
    const m = state.places[id]!;
    const start = scenario.places[id]!.start;
    let d = holderUnrest[m.holder] ?? 0;
    if (m.police >= 50) d += 3;
    if (m.troops >= 50) d -= 3;
    m.unrest = clamp100(m.unrest + d);
    const troopsMin = troopsHeld ? Math.max(start.troops, troopFloor.atLeast) : start.troops;
    if (m.troops > troopsMin) m.troops = Math.max(troopsMin, m.troops - 2);
    const policeMin = policeFloor && m.holder === policeFloor.holder ? Math.max(start.police, policeFloor.atLeast) : start.police;
    if (m.police > policeMin) m.police = Math.max(policeMin, m.police - 2);
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
