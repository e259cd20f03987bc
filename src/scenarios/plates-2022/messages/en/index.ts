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

// Plates 2022's English words, one file per area. Keys are unique across the
// files (a test checks). To add an area: a JSON file here and one entry below.
export const plates2022EnglishParts: Readonly<Record<string, Catalogue>> = {
  actions: actions,
  actors: actors,
  background: background,
  assumptions: assumptions,
  briefing: briefing,
  dangers: dangers,
  debrief: debrief,
  epilogue: epilogue,
  events: events,
  glossary: glossary,
  history: history,
  ladder: ladder,
  lengths: lengths,
  map: map,
  minds: minds,
  motives: motives,
  sources: sources,
  world: world,
};

export const plates2022English: Catalogue = Object.assign({}, ...Object.values(plates2022EnglishParts));
