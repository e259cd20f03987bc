import { north2023Machines } from '../../machines/north-2023';
import { NORTH_2023_FLAGS } from '../../machines/north-2023/world-reading';
import type { Scenario } from '../../sim/types';
import { euActions } from './actions/eu';
import { kforActions } from './actions/kfor';
import { kosovoActions } from './actions/kosovo';
import { chinaActions, russiaActions, usaActions } from './actions/outside';
import { serbiaActions } from './actions/serbia';
import { serbsActions } from './actions/serbs';
import { story } from './background';
import { north2023Card } from './card';
import { debriefQuestions } from './debrief';
import { events } from './events';
import { glossary } from './glossary';
import { historicalScripts } from './historical';
import { history } from './history';
import { north2023Map } from './map';
import { motives } from './motives';
import { placeIds, places } from './places';
import { startRelations } from './relations';
import { sources } from './sources';

// North 2023: the crisis over the northern mayors, April–June 2023. Everything
// about it is here (data, machines, words); the engine in src/sim knows none of it.
export const north2023: Scenario = {
  ...north2023Card,
  // 2: the engine became generic (places, troops, structured reasons), so every game changed.
  // 3: facts corrected (the 19 May entry), motives and causes in the log, fair labels and scoring,
  // Serbia's Ohrid step, a budget that binds (issues 11 and 16).
  version: 3,
  // One point a turn: the costly cards must be saved for, so spending is a choice.
  budgetPerTurn: 1,
  placeIds,
  holders: ['local-serbs', 'kosovo-mayor', 'kfor-cordon', 'mayor-elsewhere', 'new-council'],
  flags: NORTH_2023_FLAGS,
  casualtyGroups: ['kfor', 'police', 'civilians'],
  briefing: ['briefing.1', 'briefing.2', 'briefing.3', 'briefing.4'],
  // Ten rungs, after Kahn's escalation ladder: climbing is quick, climbing down
  // one rung at a time; the top rung ends the game.
  ladder: { top: 9, brink: 8, calmCap: 5, violenceCap: 6, brinkFlag: 'troopsAtLine' },
  places,
  holderLooks: {
    'local-serbs': { color: 0xcc79a7, shape: 'circle' },
    'kosovo-mayor': { color: 0x56b4e9, shape: 'square' },
    'kfor-cordon': { color: 0x009e73, shape: 'diamond' },
    'mayor-elsewhere': { color: 0xbbbbbb, shape: 'triangle' },
    'new-council': { color: 0xf0e442, shape: 'hexagon' },
  },
  machines: north2023Machines,
  actions: [
    ...serbiaActions,
    ...kosovoActions,
    ...serbsActions,
    ...kforActions,
    ...euActions,
    ...usaActions,
    ...russiaActions,
    ...chinaActions,
  ],
  events,
  history,
  historical: historicalScripts,
  startFlags: ['boycottHolds'],
  startRung: 2,
  startRelations,
  drift: {
    // A mayor under guard stirs the streets; a new council calms them.
    holderUnrest: { 'local-serbs': -1, 'kosovo-mayor': 4, 'kfor-cordon': -2, 'mayor-elsewhere': -4, 'new-council': -6 },
    troopFloor: { flag: 'reinforcementsDeployed', atLeast: 30 },
    policeFloor: { holder: 'kosovo-mayor', atLeast: 40 },
  },
  settlement: {
    all: [{ flag: 'electionsAgreedKosovo' }, { flag: 'electionsAgreedSerbia' }, { flag: 'serbsWillRun' }, { rungAtMost: 4 }],
  },
  // New elections with Serb participation: councils replace the contested arrangements.
  onSettlement: [
    { flag: 'settlement', set: true },
    { holder: 'all', to: 'new-council' },
    // Councils with Serb members are Kosovo's institutions: its authority in the north grows.
    { meter: 'special', actor: 'kosovo', delta: 10 },
  ],
  debriefQuestions,
  // Explain: why each actor acts, before any dice (motives.ts).
  motives,
  sources,
  map: north2023Map,
  glossary,
  // The primer, background and epilogue around the game (background.ts).
  story,
};
