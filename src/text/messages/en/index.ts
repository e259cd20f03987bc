import type { Catalogue } from '../../messages';
import batch from './batch.json';
import explain from './explain.json';
import intl from './intl.json';
import lesson from './lesson.json';
import play from './play.json';
import prints from './prints.json';
import report from './report.json';
import setup from './setup.json';
import story from './story.json';
import uiAssumptions from './ui-assumptions.json';
import uiBriefing from './ui-briefing.json';
import uiCards from './ui-cards.json';
import uiClass from './ui-class.json';
import uiClassStudent from './ui-class-student.json';
import uiClassTeacher from './ui-class-teacher.json';
import uiCommon from './ui-common.json';
import uiCompare from './ui-compare.json';
import uiCrash from './ui-crash.json';
import uiDanger from './ui-danger.json';
import uiDebrief from './ui-debrief.json';
import uiDialog from './ui-dialog.json';
import uiFirstTurn from './ui-first-turn.json';
import uiGame from './ui-game.json';
import uiGlossary from './ui-glossary.json';
import uiGuide from './ui-guide.json';
import uiLadder from './ui-ladder.json';
import uiLanguage from './ui-language.json';
import uiLinks from './ui-links.json';
import uiMap from './ui-map.json';
import uiMinds from './ui-minds.json';
import uiOffline from './ui-offline.json';
import uiPass from './ui-pass.json';
import uiPrint from './ui-print.json';
import uiReplay from './ui-replay.json';
import uiResolution from './ui-resolution.json';
import uiSaves from './ui-saves.json';
import uiSetup from './ui-setup.json';
import uiStory from './ui-story.json';
import uiTitle from './ui-title.json';
import uiWhatif from './ui-whatif.json';
import uiWidgets from './ui-widgets.json';

// The game's own English messages, one file per area (the scenario's own
// messages live in its folder). Keys are unique across all files (a test checks).
// To add an area: a new JSON file here, one import, one entry below.
export const englishParts: Readonly<Record<string, Catalogue>> = {
  batch: batch,
  explain: explain,
  intl: intl,
  lesson: lesson,
  play: play,
  prints: prints,
  report: report,
  setup: setup,
  story: story,
  'ui-assumptions': uiAssumptions,
  'ui-briefing': uiBriefing,
  'ui-cards': uiCards,
  'ui-class': uiClass,
  'ui-class-student': uiClassStudent,
  'ui-class-teacher': uiClassTeacher,
  'ui-common': uiCommon,
  'ui-compare': uiCompare,
  'ui-crash': uiCrash,
  'ui-danger': uiDanger,
  'ui-debrief': uiDebrief,
  'ui-dialog': uiDialog,
  'ui-first-turn': uiFirstTurn,
  'ui-game': uiGame,
  'ui-glossary': uiGlossary,
  'ui-guide': uiGuide,
  'ui-language': uiLanguage,
  'ui-ladder': uiLadder,
  'ui-links': uiLinks,
  'ui-map': uiMap,
  'ui-minds': uiMinds,
  'ui-offline': uiOffline,
  'ui-pass': uiPass,
  'ui-print': uiPrint,
  'ui-replay': uiReplay,
  'ui-resolution': uiResolution,
  'ui-saves': uiSaves,
  'ui-setup': uiSetup,
  'ui-story': uiStory,
  'ui-title': uiTitle,
  'ui-whatif': uiWhatif,
  'ui-widgets': uiWidgets,
};

export const englishCatalogue: Catalogue = Object.assign({}, ...Object.values(englishParts));
