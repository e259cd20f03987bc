import type { ScenarioCard } from '../../sim/types';
import { actors } from './actors';
import { lengths } from './lengths';
import { plates2022English } from './messages/en';

// What the menus show of Plates 2022 before its rules load: the actors, the
// dates and the words. index.ts builds the whole scenario on it.
export const plates2022Card: ScenarioCard = {
  id: 'plates-2022',
  actorIds: ['serbia', 'kosovo', 'serbs', 'kfor', 'eu', 'usa', 'russia', 'china'],
  actors,
  // Thursday 28 July 2022, a week a turn: 31 July falls in turn 1, 29 December in turn 23 (29 Dec–4 Jan).
  startDate: '2022-07-28',
  daysPerTurn: 7,
  lastTurn: 23,
  lengths,
  messages: { en: plates2022English },
  // Other languages load when chosen (Serbian Cyrillic is made from Serbian Latin).
  translations: {
    'sr-Latn': () => import('./messages/sr-Latn/index').then((m) => m.catalogue),
    sq: () => import('./messages/sq/index').then((m) => m.catalogue),
  },
};
