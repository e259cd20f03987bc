type Catalogue = Readonly<Record<string, string>>;

import actions from './actions.json';
import actors from './actors.json';
import assumptions from './assumptions.json';
import background from './background.json';
import briefing from './briefing.json';
import dangers from './dangers.json';
import debrief from './debrief.json';
import epilogue from './epilogue.json';
import events from './events.json';
import glossary from './glossary.json';
import history from './history.json';
import ladder from './ladder.json';
import lengths from './lengths.json';
import map from './map.json';
import minds from './minds.json';
import motives from './motives.json';
import sources from './sources.json';
import world from './world.json';

// Plates 2022 in Albanian: the same files as English, key for key (tests/unit/translations.test.ts checks).
export const catalogue: Catalogue = Object.assign(
  {},
  actions,
  actors,
  assumptions,
  background,
  briefing,
  dangers,
  debrief,
  epilogue,
  events,
  glossary,
  history,
  ladder,
  lengths,
  map,
  minds,
  motives,
  sources,
  world,
);
