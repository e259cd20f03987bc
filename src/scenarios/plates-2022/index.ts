import { plates2022Machines } from '../../machines/plates-2022';
import { PLATES_2022_FLAGS } from '../../machines/plates-2022/world-reading';
import type { Scenario } from '../../sim/types';
import { euActions } from './actions/eu';
import { kforActions } from './actions/kfor';
import { kosovoActions } from './actions/kosovo';
import { chinaActions, russiaActions, usaActions } from './actions/outside';
import { serbiaActions } from './actions/serbia';
import { serbsActions } from './actions/serbs';
import { story } from './background';
import { plates2022Card } from './card';
import { debriefQuestions } from './debrief';
import { events } from './events';
import { glossary } from './glossary';
import { historicalScripts } from './historical';
import { history } from './history';
import { plates2022Map } from './map';
import { motives } from './motives';
import { placeIds, places } from './places';
import { startRelations } from './relations';
import { sources } from './sources';

// Plates and barricades: the licence plates, the walkout and the barricades in
// northern Kosovo, July–December 2022, the prequel to North 2023. Everything
// about it is here (data, machines, words); the engine in src/sim knows none of it.
export const plates2022: Scenario = {
  ...plates2022Card,
  version: 1,
  budgetPerTurn: 1,
  placeIds,
  holders: ['serb-staff', 'walked-out', 'kosovo-police'],
  flags: PLATES_2022_FLAGS,
  casualtyGroups: ['kfor', 'police', 'civilians'],
  briefing: ['briefing.1', 'briefing.2', 'briefing.3', 'briefing.4'],
  // The same ten rungs as North 2023: climbing is quick, climbing down one rung at a time; the top rung ends the game.
  ladder: { top: 9, brink: 8, calmCap: 5, violenceCap: 6, brinkFlag: 'troopsAtLine' },
  places,
  holderLooks: {
    'serb-staff': { color: 0xcc79a7, shape: 'circle' },
    'walked-out': { color: 0xbbbbbb, shape: 'triangle' },
    'kosovo-police': { color: 0x56b4e9, shape: 'square' },
  },
  machines: plates2022Machines,
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
  // The rules of 1 August are already announced when the game begins.
  startFlags: ['rulesDue'],
  startRung: 2,
  startRelations,
  drift: {
    // Empty posts stir the streets; Kosovo police in them stir them more.
    holderUnrest: { 'serb-staff': -2, 'walked-out': 2, 'kosovo-police': 4 },
    policeFloor: { holder: 'kosovo-police', atLeast: 35 },
  },
  // The crisis is settled when the arrested man is out of custody, the
  // barricades are down and Serbia's army has stood down, at a low rung (as
  // from 29 December 2022).
  settlement: {
    all: [{ flag: 'leaderReleased' }, { flag: 'barricadesUp', is: false }, { flag: 'armyHighReadiness', is: false }, { rungAtMost: 4 }],
  },
  onSettlement: [
    { flag: 'settlement', set: true },
    { flag: 'crossingsClosed', set: false },
  ],
  debriefQuestions,
  motives,
  sources,
  map: plates2022Map,
  glossary,
  story,
};
