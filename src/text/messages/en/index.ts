import type { Catalogue } from '../../messages';
import batch from './batch.json';
import report from './report.json';
import story from './story.json';

// The game's own English messages, one file per area (the scenario's own
// messages live in its folder). Keys are unique across all files (a test checks).
export const englishParts: Readonly<Record<string, Catalogue>> = { story, report, batch };

export const englishCatalogue: Catalogue = Object.assign({}, ...Object.values(englishParts));
