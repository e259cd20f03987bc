import { type EvalContext, holds } from './conditions';
import { relationKey } from './relations';
import type { Rng } from './rng';
import type { ActorId, Cause, ChangeWhat, Effect, GameState, PlaceId, TurnChanges } from './types';
import { clamp, clamp100, type PlaceMeasure, placesOf } from './world';

/** Who caused an effect (for the log) and the dice it may roll. */
export interface EffectContext extends EvalContext {
  actor: ActorId | null;
  /** What is acting: an order, an event or the settlement; `cause` is its id. */
  by: Cause['by'];
  cause: string;
  rng: Rng;
}

/** The turn's changes entry of each state in play (found again by a look back through the log after a restore). */
const current = new WeakMap<GameState, TurnChanges>();

function turnChanges(s: GameState): TurnChanges {
  const known = current.get(s);
  if (known && known.turn === s.turn) return known;
  for (let i = s.log.length - 1; i >= 0; i--) {
    const e = s.log[i]!;
    if (e.turn !== s.turn) break;
    if (e.kind === 'changes') {
      current.set(s, e);
      return e;
    }
  }
  const fresh: TurnChanges = { turn: s.turn, kind: 'changes', what: [], of: [], delta: [], asked: [], by: [], cause: [] };
  s.log.push(fresh);
  current.set(s, fresh);
  return fresh;
}

/**
 * Records one change with its cause in the turn's changes: `delta` is what
 * changed, `asked` what the effect asked for (they differ near the ends of a
 * scale). A change of the same number by the same cause right after another
 * is added to it, so an effect repeated stays one change.
 */
export function recordChange(
  s: GameState,
  what: ChangeWhat,
  of: string,
  delta: number,
  asked: number,
  by: Cause['by'],
  cause: string,
): void {
  if (delta === 0 && asked === 0) return;
  const c = turnChanges(s);
  const n = c.what.length - 1;
  if (n >= 0 && c.what[n] === what && c.of[n] === of && c.by[n] === by && c.cause[n] === cause) {
    c.delta[n]! += delta;
    c.asked[n]! += asked;
    return;
  }
  c.what.push(what);
  c.of.push(of);
  c.delta.push(delta);
  c.asked.push(asked);
  c.by.push(by);
  c.cause.push(cause);
}

/** Moves a place's unrest, police or troops by `delta` (0..100), recording what changed. */
function movePlace(ctx: EffectContext, m: PlaceId, measure: PlaceMeasure, delta: number): void {
  const place = ctx.state.places[m]!;
  const before = place[measure];
  place[measure] = clamp100(before + delta);
  recordChange(ctx.state, measure, m, place[measure] - before, delta, ctx.by, ctx.cause);
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
    const before = meters[e.meter];
    meters[e.meter] = clamp100(before + damped(e.delta, before, 0, 100));
    recordChange(s, e.meter, who, meters[e.meter] - before, e.delta, ctx.by, ctx.cause);
  } else if ('relation' in e) {
    const k = relationKey(e.relation[0], e.relation[1]);
    const v = s.relations[k] ?? 0;
    s.relations[k] = clamp(v + damped(e.delta, v, -100, 100), -100, 100);
    recordChange(s, 'relation', k, s.relations[k] - v, e.delta, ctx.by, ctx.cause);
  } else if ('unrest' in e) {
    for (const m of placesOf(s, ctx.scenario.placeIds, e.unrest, ctx.place)) movePlace(ctx, m, 'unrest', e.delta);
  } else if ('police' in e) {
    for (const m of placesOf(s, ctx.scenario.placeIds, e.police, ctx.place)) movePlace(ctx, m, 'police', e.delta);
  } else if ('troops' in e) {
    for (const m of placesOf(s, ctx.scenario.placeIds, e.troops, ctx.place)) movePlace(ctx, m, 'troops', e.delta);
  } else if ('holder' in e) {
    for (const m of placesOf(s, ctx.scenario.placeIds, e.holder, ctx.place)) {
      const place = s.places[m]!;
      const from = place.holder;
      if (from === e.to) continue;
      place.holder = e.to;
      s.log.push({ turn: s.turn, kind: 'holder', place: m, from, to: e.to, by: ctx.by, cause: ctx.cause });
    }
  } else if ('flag' in e) {
    if (s.flags[e.flag] === e.set) return;
    s.flags[e.flag] = e.set;
    s.log.push({ turn: s.turn, kind: 'flag', flag: e.flag, set: e.set, by: ctx.by, cause: ctx.cause });
  } else if ('heat' in e) {
    s.heat += e.heat;
    recordChange(s, 'heat', '', e.heat, e.heat, ctx.by, ctx.cause);
  } else if ('rungFloor' in e) {
    const before = s.rungFloor;
    s.rungFloor = Math.max(before, e.rungFloor);
    recordChange(s, 'floor', '', s.rungFloor - before, s.rungFloor - before, ctx.by, ctx.cause);
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
