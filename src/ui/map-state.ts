// What the map shows of each municipality, where it starts (the scenario's
// places), and the bilingual names the map and its cards print.

import { municipalities as MUNICIPALITY_PROFILES } from '../scenarios/north-2023/places';
import { type Holder, MUNICIPALITY_IDS, type MunicipalityId } from '../sim/types';

/** What the map shows of one municipality (the sim's `Municipality`). */
export interface MunicipalityView {
  holder: Holder;
  unrest: number;
  police: number;
  kfor: number;
}

export type MapState = Record<MunicipalityId, MunicipalityView>;

/** The start state of every municipality, from the scenario (places.ts). */
export function startMapState(): MapState {
  const out = {} as MapState;
  for (const id of MUNICIPALITY_IDS) out[id] = { ...MUNICIPALITY_PROFILES[id].start };
  return out;
}

/** "Zvečan / Zveçan", "North Mitrovica / Mitrovica e Veriut". */
export function municipalityName(id: MunicipalityId): string {
  const p = MUNICIPALITY_PROFILES[id];
  return p.en === p.sq ? p.en : `${p.en} / ${p.sq}`;
}
