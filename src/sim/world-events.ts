import { chanceOf, holds } from './conditions';
import { applyEffects, recordChange } from './effects';
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
    const byHolder = holderUnrest[m.holder] ?? 0;
    const byPolice = m.police >= 50 ? 3 : 0;
    const byTroops = m.troops >= 50 ? -3 : 0;
    const before = m.unrest;
    m.unrest = clamp100(before + byHolder + byPolice + byTroops);
    recordDrift(state, id, before, m.unrest, [
      [`${DRIFT.holder}${m.holder}`, byHolder],
      [DRIFT.police, byPolice],
      [DRIFT.troops, byTroops],
    ]);
    const troopsMin = troopsHeld ? Math.max(start.troops, troopFloor.atLeast) : start.troops;
    if (m.troops > troopsMin) {
      const t = m.troops;
      m.troops = Math.max(troopsMin, t - 2);
      recordChange(state, 'troops', id, m.troops - t, m.troops - t, 'drift', DRIFT.thinning);
    }
    const policeMin = policeFloor && m.holder === policeFloor.holder ? Math.max(start.police, policeFloor.atLeast) : start.police;
    if (m.police > policeMin) {
      const p = m.police;
      m.police = Math.max(policeMin, p - 2);
      recordChange(state, 'police', id, m.police - p, m.police - p, 'drift', DRIFT.thinning);
    }
  }
}

/**
 * The causes of drift, as the log names them: unrest follows who holds the
 * building (`holder:<holder>`), heavy police stir it, heavy troops calm it;
 * deployments thin out.
 */
export const DRIFT = { holder: 'holder:', police: 'police', troops: 'troops', thinning: 'thinning' } as const;

/** Records a place's unrest drift part by part; what the scale's ends cut off is taken from the last parts pushing that way. */
function recordDrift(
  state: GameState,
  place: string,
  before: number,
  after: number,
  parts: readonly [cause: string, delta: number][],
): void {
  const given = parts.map(([, d]) => d);
  let cut = after - before - given.reduce((sum, d) => sum + d, 0);
  for (let i = given.length - 1; i >= 0 && cut !== 0; i--) {
    const d = given[i]!;
    if (d === 0 || Math.sign(d) === Math.sign(cut)) continue;
    const kept = Math.sign(d + cut) === Math.sign(d) ? d + cut : 0;
    cut -= kept - d;
    given[i] = kept;
  }
  parts.forEach(([cause, asked], i) => recordChange(state, 'unrest', place, given[i]!, asked, 'drift', cause));
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
  applyEffects(ev.effects, { state, scenario, place: null, actor: null, by: 'event', cause: ev.id, rng });
}
