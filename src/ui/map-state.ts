// What the map shows of each place, where it starts (the scenario's places),
// and the names in both forms the map and its cards print.

import type { Place, PlaceId, Scenario } from '../sim/types';
import type { Messages } from '../text/messages';

/** What the map shows of one place (the sim's `Place`). */
export type PlaceView = Place;

export type MapState = Readonly<Record<PlaceId, PlaceView>>;

/** The start state of every place, from the scenario. */
export function startMapState(scenario: Scenario): MapState {
  const out: Record<PlaceId, PlaceView> = {};
  for (const id of scenario.placeIds) {
    const p = scenario.places[id];
    if (p) out[id] = { ...p.start };
  }
  return out;
}

/**
 * A place's name in the reader's language and its other local form: the
 * Albanian one beside English and Serbian names, the Serbian one beside
 * Albanian names (a map in Albanian reads "Zveçan / Zvečan").
 */
export function placeNamePair(m: Messages, id: PlaceId): { name: string; local: string } {
  const name = m.t(`place.${id}.name`);
  const albanian = m.t(`place.${id}.sq`);
  return { name, local: name === albanian ? m.t(`place.${id}.sr`) : albanian };
}

/** "Zvečan / Zveçan", "North Mitrovica / Mitrovica e Veriut": the name and its other form when they differ. */
export function placeNames(m: Messages, id: PlaceId): string {
  const { name, local } = placeNamePair(m, id);
  return name === local ? name : m.t('map.place.both', { name, local });
}
