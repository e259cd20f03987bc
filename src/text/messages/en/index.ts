import type { Catalogue } from '../../messages';
import batch from './batch.json';
import play from './play.json';
import report from './report.json';
import setup from './setup.json';
import story from './story.json';
import uiCrash from './ui-crash.json';
import uiGuide from './ui-guide.json';
import uiLinks from './ui-links.json';
import uiSaves from './ui-saves.json';
import uiSetup from './ui-setup.json';
import uiTitle from './ui-title.json';

// The game's own English messages, one file per area (the scenario's own
// messages live in its folder). Keys are unique across all files (a test checks).
// To add an area: a new JSON file here, one import, one entry below.
export const englishParts: Readonly<Record<string, Catalogue>> = {
  story,
  report,
  batch,
  setup,
  play,
  'ui-title': uiTitle,
  'ui-setup': uiSetup,
  'ui-saves': uiSaves,
  'ui-links': uiLinks,
  'ui-guide': uiGuide,
  'ui-crash': uiCrash,
};

export const englishCatalogue: Catalogue = Object.assign({}, ...Object.values(englishParts));
