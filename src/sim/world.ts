import type { GameState, Holder, PlaceId, PlaceTarget } from './types';

export const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : Math.min(v, hi));

/** Meters, unrest and presences are 0..100. */
export const clamp100 = (v: number): number => clamp(v, 0, 100);

/**
 * The places a target refers to, in the scenario's fixed order (`order`, never
 * the state's key order, so a loaded state rolls its dice in the same order).
 * `here` needs a current place.
 */
export function placesOf(state: GameState, order: readonly PlaceId[], target: PlaceTarget, here: PlaceId | null): PlaceId[] {
  if (target === 'all') return [...order];
  if (target === 'here') return here ? [here] : [];
  if (typeof target === 'string') return [target];
  const holders: readonly Holder[] = Array.isArray(target.holder) ? target.holder : [target.holder as Holder];
  return order.filter((m) => holders.includes(state.places[m]!.holder));
}

export function countHolders(state: Readonly<GameState>, holder: Holder): number {
  let n = 0;
  for (const m in state.places) if (state.places[m]!.holder === holder) n++;
  return n;
}

export type PlaceMeasure = 'unrest' | 'police' | 'troops';

/** Integer average over the places. */
export function avgOf(state: Readonly<GameState>, key: PlaceMeasure): number {
  let sum = 0;
  let n = 0;
  for (const m in state.places) {
    sum += state.places[m]![key];
    n++;
  }
  return n ? Math.floor(sum / n) : 0;
}

export function maxUnrest(state: Readonly<GameState>): number {
  let mx = 0;
  for (const m in state.places) mx = Math.max(mx, state.places[m]!.unrest);
  return mx;
}

export function totalInjured(state: Readonly<GameState>): number {
  let n = 0;
  for (const g in state.casualties) n += state.casualties[g]!.injured;
  return n;
}

export function totalKilled(state: Readonly<GameState>): number {
  let n = 0;
  for (const g in state.casualties) n += state.casualties[g]!.killed;
  return n;
}
