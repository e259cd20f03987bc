import type { Chance, ChanceSignal, Condition, GameState, PlaceId, Scenario } from './types';
import { avgOf, countHolders, maxUnrest, totalInjured } from './world';

/** Where a condition or chance is evaluated: the state, and the place of a per-place roll. */
export interface EvalContext {
  state: GameState;
  scenario: Scenario;
  place: PlaceId | null;
}

export function holds(c: Condition, ctx: EvalContext): boolean {
  const s = ctx.state;
  if ('flag' in c) return s.flags[c.flag] === (c.is ?? true);
  if ('rungAtLeast' in c) return s.rung >= c.rungAtLeast;
  if ('rungAtMost' in c) return s.rung <= c.rungAtMost;
  if ('turnAtLeast' in c) return s.turn >= c.turnAtLeast;
  if ('turnAtMost' in c) return s.turn <= c.turnAtMost;
  if ('ordered' in c) return s.orders.some((o) => o.action === c.ordered);
  if ('orderedLastTurn' in c) return s.lastOrders.includes(c.orderedLastTurn);
  if ('holderCount' in c) {
    const n = countHolders(s, c.holderCount);
    return n >= (c.atLeast ?? 0) && n <= (c.atMost ?? Infinity);
  }
  if ('meter' in c) {
    const v = s.actors[c.meter.actor]?.meters[c.meter.meter] ?? 0;
    return v >= (c.meter.atLeast ?? -Infinity) && v <= (c.meter.atMost ?? Infinity);
  }
  if ('maxUnrestAtLeast' in c) return maxUnrest(s) >= c.maxUnrestAtLeast;
  if ('avgUnrestAtMost' in c) return avgOf(s, 'unrest') <= c.avgUnrestAtMost;
  if ('posture' in c) return c.posture.in.includes(s.actors[c.posture.actor]?.posture ?? '');
  if ('casualtiesAtLeast' in c) {
    const g = c.casualtiesAtLeast.group;
    const injured = g === 'any' ? totalInjured(s) : (s.casualties[g]?.injured ?? 0);
    return injured >= c.casualtiesAtLeast.injured;
  }
  if ('incidentsAtLeast' in c) return s.incidents >= c.incidentsAtLeast;
  if ('eventFired' in c) return s.firedEvents.includes(c.eventFired) === (c.is ?? true);
  if ('placeTroopsAtLeast' in c) return ctx.place !== null && (s.places[ctx.place]?.troops ?? 0) >= c.placeTroopsAtLeast;
  if ('placeHolder' in c) return ctx.place !== null && s.places[ctx.place]?.holder === c.placeHolder;
  if ('all' in c) return c.all.every((x) => holds(x, ctx));
  if ('any' in c) return c.any.some((x) => holds(x, ctx));
  return !holds(c.not, ctx);
}

function signal(name: ChanceSignal, ctx: EvalContext): number {
  const s = ctx.state;
  const m = ctx.place ? (s.places[ctx.place] ?? null) : null;
  switch (name) {
    case 'rung':
      return s.rung;
    case 'maxUnrest':
      return maxUnrest(s);
    case 'avgUnrest':
      return avgOf(s, 'unrest');
    case 'avgPolice':
      return avgOf(s, 'police');
    case 'avgTroops':
      return avgOf(s, 'troops');
    case 'placeUnrest':
      return m ? m.unrest : avgOf(s, 'unrest');
    case 'placePolice':
      return m ? m.police : avgOf(s, 'police');
    case 'placeTroops':
      return m ? m.troops : avgOf(s, 'troops');
  }
}

/** A chance in whole percent; integer arithmetic so every engine agrees. */
export function chanceOf(ch: Chance, ctx: EvalContext): number {
  let p = ch.base;
  for (const sc of ch.scale ?? []) p += Math.trunc((signal(sc.signal, ctx) * sc.per) / 100);
  for (const w of ch.when ?? []) if (holds(w.if, ctx)) p += w.add;
  const lo = ch.min ?? 0;
  const hi = ch.max ?? 100;
  return p < lo ? lo : Math.min(p, hi);
}
