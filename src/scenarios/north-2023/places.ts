import type { MunicipalityId, MunicipalityProfile } from '../../sim/types';

// The four northern municipalities, with both official names (facts.md §3).
// In April 2023 the buildings were run by local Serb staff: the Serb mayors had
// resigned in November 2022 and the newly elected mayors had not yet entered.
export const municipalities: Record<MunicipalityId, MunicipalityProfile> = {
  'north-mitrovica': {
    id: 'north-mitrovica',
    en: 'North Mitrovica',
    sr: 'Severna Mitrovica',
    sq: 'Mitrovica e Veriut',
    start: { holder: 'local-serbs', unrest: 30, police: 25, kfor: 25 },
  },
  zvecan: {
    id: 'zvecan',
    en: 'Zvečan',
    sr: 'Zvečan',
    sq: 'Zveçan',
    start: { holder: 'local-serbs', unrest: 30, police: 15, kfor: 10 },
  },
  leposavic: {
    id: 'leposavic',
    en: 'Leposavić',
    sr: 'Leposavić',
    sq: 'Leposaviq',
    start: { holder: 'local-serbs', unrest: 25, police: 15, kfor: 10 },
  },
  'zubin-potok': {
    id: 'zubin-potok',
    en: 'Zubin Potok',
    sr: 'Zubin Potok',
    sq: 'Zubin Potoku',
    start: { holder: 'local-serbs', unrest: 25, police: 15, kfor: 10 },
  },
};
