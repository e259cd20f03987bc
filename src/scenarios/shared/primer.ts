import type { PrimerSection } from '../../sim/types';
import { northKosovoSources as SRC } from './sources';

// The primer's first sections: where northern Kosovo is and who lives there.
// Shared: the place and its people are the same in every crisis of the north;
// each scenario adds its own key dates. Words: `primer.<id>.*` messages.
export const northKosovoPrimerSections: readonly PrimerSection[] = [
  { id: 'where', sources: [SRC.borders, SRC.area, SRC.recognitionCount] },
  {
    id: 'people',
    sources: [SRC.britannica, SRC.northMitrovica, SRC.albanianCommunity, SRC.census2024, SRC.voters2024, SRC.serbsAfp, SRC.bridge],
  },
];
