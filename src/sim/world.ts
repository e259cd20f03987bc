import { type GameState, type Holder, MUNICIPALITY_IDS, type MunicipalityId, type Place } from './types';

export const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : Math.min(v, hi));

/** Meters, unrest and presences are 0..100. */
export const clamp100 = (v: number): number => clamp(v, 0, 100);

/** The municipalities a place refers to, in the fixed order. `here` needs a current place. */
export function placesOf(state: GameState, place: Place, here: MunicipalityId | null): MunicipalityId[] {
  if (place === 'all') return [...MUNICIPALITY_IDS];
  if (place === 'here') return here ? [here] : [];
  if (typeof place === 'string') return [place];
  const holders: readonly Holder[] = Array.isArray(place.holder) ? place.holder : [place.holder as Holder];
  return MUNICIPALITY_IDS.filter((m) => holders.includes(state.municipalities[m].holder));
}

export function countHolders(state: GameState, holder: Holder): number {
  let n = 0;
  for (const m of MUNICIPALITY_IDS) if (state.municipalities[m].holder === holder) n++;
  return n;
}

function sumOf(state: GameState, key: 'unrest' | 'police' | 'kfor'): number {
  let s = 0;
  for (const m of MUNICIPALITY_IDS) s += state.municipalities[m][key];
  return s;
}

/** Integer average over the four municipalities. */
export const avgOf = (state: GameState, key: 'unrest' | 'police' | 'kfor'): number =>
  Math.floor(sumOf(state, key) / MUNICIPALITY_IDS.length);

export function maxUnrest(state: GameState): number {
  let mx = 0;
  for (const m of MUNICIPALITY_IDS) mx = Math.max(mx, state.municipalities[m].unrest);
  return mx;
}

export function totalInjured(state: GameState): number {
  return state.casualties.kfor.injured + state.casualties.police.injured + state.casualties.civilians.injured;
}

export function totalKilled(state: GameState): number {
  return state.casualties.kfor.killed + state.casualties.police.killed + state.casualties.civilians.killed;
}
