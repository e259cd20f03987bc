import type { PlaceId, PlaceProfile } from '../../sim/types';

// The four northern municipalities (their names in both languages are in
// messages/en/*.json; facts.md §3). In July 2022 their mayors, councillors and
// police were Kosovo Serbs serving in Kosovo's institutions;
// they left on 5 November 2022.
export const placeIds: readonly PlaceId[] = ['north-mitrovica', 'zvecan', 'leposavic', 'zubin-potok'];

export const places: Readonly<Record<PlaceId, PlaceProfile>> = {
  'north-mitrovica': { id: 'north-mitrovica', start: { holder: 'serb-staff', unrest: 25, police: 25, troops: 20 } },
  zvecan: { id: 'zvecan', start: { holder: 'serb-staff', unrest: 25, police: 20, troops: 10 } },
  leposavic: { id: 'leposavic', start: { holder: 'serb-staff', unrest: 30, police: 20, troops: 10 } },
  'zubin-potok': { id: 'zubin-potok', start: { holder: 'serb-staff', unrest: 30, police: 20, troops: 10 } },
};
