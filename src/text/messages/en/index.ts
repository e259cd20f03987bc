import type { Catalogue } from '../../messages';
import batch from './batch.json';
import play from './play.json';
import report from './report.json';
import setup from './setup.json';
import story from './story.json';
import uiBriefing from './ui-briefing.json';
import uiCards from './ui-cards.json';
import uiCommon from './ui-common.json';
import uiDebrief from './ui-debrief.json';
import uiResolution from './ui-resolution.json';

// The game's own English messages, one file per area (the scenario's own
// messages live in its folder). Keys are unique across all files (a test checks).
// To add an area: a new JSON file here, one import, one entry below.
export const englishParts: Readonly<Record<string, Catalogue>> = {
  story,
  report,
  batch,
  setup,
  play,
  'ui-common': uiCommon,
  'ui-cards': uiCards,
  'ui-resolution': uiResolution,
  'ui-briefing': uiBriefing,
  'ui-debrief': uiDebrief,
};

export const englishCatalogue: Catalogue = Object.assign({}, ...Object.values(englishParts));
