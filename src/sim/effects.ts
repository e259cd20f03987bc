import { type EvalContext, holds } from './conditions';
import { relationKey } from './relations';
import type { Rng } from './rng';
import type { ActorId, Effect } from './types';
import { clamp, clamp100, placesOf } from './world';

/** Who caused an effect (for the log) and the dice it may roll. */
export interface EffectContext extends EvalContext {
  actor: ActorId | null;
  cause: string;
  rng: Rng;
}

/** Applies effects in order, mutating the state the Game owns, logging what matters. */
export function applyEffects(effects: readonly Effect[], ctx: EffectContext): void {
  for (const e of effects) applyEffect(e, ctx);
}

function applyEffect(e: Effect, ctx: EffectContext): void {
  const s = ctx.state;
  if ('meter' in e) {
    const who = e.actor ?? ctx.actor;
    if (!who) return;
    const meters = s.actors[who]!.meters;
    meters[e.meter] = clamp100(meters[e.meter] + damped(e.delta, meters[e.meter], 0, 100));
  } else if ('relation' in e) {
    const k = relationKey(e.relation[0], e.relation[1]);
    const v = s.relations[k] ?? 0;
    s.relations[k] = clamp(v + damped(e.delta, v, -100, 100), -100, 100);
  } else if ('unrest' in e) {
    for (const m of placesOf(s, ctx.scenario.placeIds, e.unrest, ctx.place)) s.places[m]!.unrest = clamp100(s.places[m]!.unrest + e.delta);
  } else if ('police' in e) {
    for (const m of placesOf(s, ctx.scenario.placeIds, e.police, ctx.place)) s.places[m]!.police = clamp100(s.places[m]!.police + e.delta);
  } else if ('troops' in e) {
    for (const m of placesOf(s, ctx.scenario.placeIds, e.troops, ctx.place)) s.places[m]!.troops = clamp100(s.places[m]!.troops + e.delta);
  } else if ('holder' in e) {
    for (const m of placesOf(s, ctx.scenario.placeIds, e.holder, ctx.place)) {
      const place = s.places[m]!;
      const from = place.holder;
      if (from === e.to) continue;
      place.holder = e.to;
      s.log.push({ turn: s.turn, kind: 'holder', place: m, from, to: e.to });
    }
  } else if ('flag' in e) {
    if (s.flags[e.flag] === e.set) return;
    s.flags[e.flag] = e.set;
    s.log.push({ turn: s.turn, kind: 'flag', flag: e.flag, set: e.set });
  } else if ('heat' in e) {
    s.heat += e.heat;
  } else if ('rungFloor' in e) {
    s.rungFloor = Math.max(s.rungFloor, e.rungFloor);
  } else if ('casualties' in e) {
    const injured = e.injured + (e.spread ? ctx.rng.between(0, e.spread) : 0);
    const killed = e.killed ?? 0;
    const c = s.casualties[e.casualties]!;
    c.injured += injured;
    c.killed += killed;
    s.thisTurn.injured += injured;
    s.thisTurn.killed += killed;
    s.log.push({ turn: s.turn, kind: 'casualties', group: e.casualties, injured, killed, cause: ctx.cause });
  } else if ('budget' in e) {
    const who = e.actor ?? ctx.actor;
    const a = who ? s.actors[who] : undefined;
    if (a) a.budget = clamp(a.budget + e.budget, 0, MAX_BUDGET);
  } else if ('incident' in e) {
    const armed = e.armed ?? false;
    s.incidents += 1;
    s.thisTurn.incidents += 1;
    if (armed) {
      s.armedIncidents += 1;
      s.thisTurn.armed += 1;
    }
    s.firstClashTurn ??= s.turn;
    s.log.push({ turn: s.turn, kind: 'incident', id: e.incident, armed, place: ctx.place });
  } else {
    applyEffects(holds(e.if, ctx) ? e.then : (e.else ?? []), ctx);
  }
}

/**
 * Diminishing returns near the ends of a scale: within 50 points of the end a
 * change is scaled down in proportion (at 75 of 100 a +4 counts +2), so
 * repeating the same statement cannot pin a meter at its limit.
 */
export function damped(delta: number, value: number, lo: number, hi: number): number {
  const room = delta > 0 ? hi - value : value - lo;
  return room >= 50 ? delta : Math.trunc((delta * Math.max(0, room)) / 50);
}

/** Budget: BUDGET_PER_TURN is added each turn, up to MAX_BUDGET. */
export const MAX_BUDGET = 6;
export const BUDGET_PER_TURN = 2;
