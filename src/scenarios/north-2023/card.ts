import type { ScenarioCard } from '../../sim/types';
import { actors } from './actors';
import { lengths } from './lengths';
import { north2023English } from './messages/en';

// What the menus show of North 2023 before its rules load: the actors, the
// dates and the words. index.ts builds the whole scenario on it.
export const north2023Card: ScenarioCard = {
  id: 'north-2023',
  actorIds: ['serbia', 'kosovo', 'serbs', 'kfor', 'eu', 'usa', 'russia', 'china'],
  actors,
  startDate: '2023-04-24',
  daysPerTurn: 3,
  lastTurn: 20,
  lengths,
  messages: { en: north2023English },
  // Other languages load when chosen (Serbian Cyrillic is made from Serbian Latin).
  translations: {
    'sr-Latn': () => import('./messages/sr-Latn/index').then((m) => m.catalogue),
    sq: () => import('./messages/sq/index').then((m) => m.catalogue),
  },
};
