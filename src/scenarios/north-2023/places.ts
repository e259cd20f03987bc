import type { PlaceId, PlaceProfile } from '../../sim/types';

// The four northern municipalities (their names in both languages are in
// messages/en/*.json; facts.md §3). In April 2023 the buildings were run by
// local Serb staff: the Serb mayors had resigned in November 2022 and the
// newly elected mayors had not yet entered.
export const placeIds: readonly PlaceId[] = ['north-mitrovica', 'zvecan', 'leposavic', 'zubin-potok'];

export const places: Readonly<Record<PlaceId, PlaceProfile>> = {
  'north-mitrovica': { id: 'north-mitrovica', start: { holder: 'local-serbs', unrest: 30, police: 25, troops: 25 } },
  zvecan: { id: 'zvecan', start: { holder: 'local-serbs', unrest: 30, police: 15, troops: 10 } },
  leposavic: { id: 'leposavic', start: { holder: 'local-serbs', unrest: 25, police: 15, troops: 10 } },
  'zubin-potok': { id: 'zubin-potok', start: { holder: 'local-serbs', unrest: 25, police: 15, troops: 10 } },
};
