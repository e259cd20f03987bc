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

// The game's Serbian (Latin script) messages; Cyrillic is made from them: the same files as English, key for key (tests/unit/translations.test.ts checks).
export const catalogue: Catalogue = Object.assign(
  {},
  batch,
  explain,
  intl,
  lesson,
  play,
  prints,
  report,
  setup,
  story,
  uiAssumptions,
  uiBriefing,
  uiCards,
  uiClass,
  uiClassStudent,
  uiClassTeacher,
  uiCommon,
  uiCompare,
  uiCrash,
  uiDanger,
  uiDebrief,
  uiDialog,
  uiFirstTurn,
  uiGame,
  uiGlossary,
  uiGuide,
  uiLadder,
  uiLanguage,
  uiLinks,
  uiMap,
  uiMinds,
  uiOffline,
  uiPass,
  uiPrint,
  uiReplay,
  uiResolution,
  uiSaves,
  uiSetup,
  uiStory,
  uiTitle,
  uiWhatif,
  uiWidgets,
);
