import type { Catalogue } from '../../messages';
import batch from './batch.json';
import play from './play.json';
import report from './report.json';
import setup from './setup.json';
import story from './story.json';
import uiClass from './ui-class.json';
import uiCompare from './ui-compare.json';
import uiMinds from './ui-minds.json';
import uiPrint from './ui-print.json';
import uiWhatif from './ui-whatif.json';

// The game's own English messages, one file per area (the scenario's own
// messages live in its folder). Keys are unique across all files (a test checks).
// To add an area: a new JSON file here, one import, one entry below.
export const englishParts: Readonly<Record<string, Catalogue>> = {
  story,
  report,
  batch,
  setup,
  play,
  'ui-class': uiClass,
  'ui-print': uiPrint,
  'ui-whatif': uiWhatif,
  'ui-minds': uiMinds,
  'ui-compare': uiCompare,
};

export const englishCatalogue: Catalogue = Object.assign({}, ...Object.values(englishParts));
