import type { ScenarioStory, StoryItem } from '../../sim/types';
import { kosovoLocator } from '../shared/locator';
import { northKosovoPrimerSections } from '../shared/primer';
import { northKosovoSources as SRC } from '../shared/sources';

// The story around the game, as data: the primer a newcomer reads first, the
// background from the 1998–99 war to the eve of the game, and the epilogue after
// June 2023. Every word is a message (messages/en/background.json and
// epilogue.json); every address is listed in docs/facts.md (a test checks).
// The addresses, the primer's where-and-who and the locator are northern
// Kosovo's, shared with the other crises of the north (../shared/).

const primerDates: readonly StoryItem[] = [
  { id: 'un-1999', date: '1999-06-10', sources: [SRC.agreement1999, SRC.unmik] },
  { id: 'independence-2008', date: '2008-02-17', sources: [SRC.icj, SRC.recognitionEu] },
  { id: 'brussels-2013', date: '2013-04-19', sources: [SRC.brussels, SRC.brusselsText] },
  { id: 'walkout-2022', date: '2022-11-05', sources: [SRC.walkout, SRC.walkoutTerms] },
  { id: 'elections-2023', date: '2023-04-23', sources: [SRC.serbsAfp, SRC.elections2023] },
];

const backgroundItems: readonly StoryItem[] = [
  { id: 'war', date: '1998', era: 'background.era.war', sources: [SRC.britannica, SRC.hrwCrisis] },
  { id: 'victims', date: '1998-01-01', era: 'background.era.war', sources: [SRC.memoryBook, SRC.memoryBookMethod] },
  { id: 'nato', date: '1999-03-24', era: 'background.era.war', sources: [SRC.hrwCrisis, SRC.hrwSummary, SRC.hrwKosovo] },
  { id: 'embassy', date: '1999-05-07', era: 'background.era.war', sources: [SRC.embassy, SRC.embassyCia] },
  { id: 'resolution-1244', date: '1999-06-10', era: 'background.era.war', sources: [SRC.agreement1999, SRC.unmik, SRC.kforReturn] },
  {
    id: 'independence',
    date: '2008-02-17',
    era: 'background.era.status',
    sources: [SRC.icj, SRC.recognitionCount, SRC.recognitionBelgrade, SRC.recognitionEu],
  },
  { id: 'icj', date: '2010-07-22', era: 'background.era.status', sources: [SRC.icj] },
  { id: 'brussels', date: '2013-04-19', era: 'background.era.dialogue', sources: [SRC.brussels, SRC.brusselsText] },
  { id: 'court', date: '2015-12', era: 'background.era.dialogue', sources: [SRC.court, SRC.courtReferral, SRC.kurtiAssociation] },
  { id: 'plates', date: '2021-09-20', era: 'background.era.crisis', sources: [SRC.plates2021, SRC.platesDeal2021, SRC.plates2022] },
  { id: 'walkout', date: '2022-11-05', era: 'background.era.crisis', sources: [SRC.walkout, SRC.walkoutTerms, SRC.platesDeal2022] },
  {
    id: 'barricades',
    date: '2022-12-10',
    era: 'background.era.crisis',
    sources: [SRC.barricades, SRC.troopsRequest, SRC.kforReturn, SRC.readiness, SRC.pantic],
  },
  { id: 'ohrid', date: '2023-02-27', era: 'background.era.crisis', sources: [SRC.ohrid, SRC.vucicUn] },
  { id: 'elections', date: '2023-04-23', era: 'background.era.crisis', sources: [SRC.serbsAfp, SRC.elections2023] },
  {
    id: 'non-recognition',
    date: '2008-02-17',
    era: 'background.era.powers',
    sources: [SRC.recognitionEu, SRC.lavrov, SRC.russiaLine, SRC.chinaLine],
  },
  { id: 'fk3', date: '2022-04', era: 'background.era.powers', sources: [SRC.fk3, SRC.fk3Warning] },
];

const epilogueItems: readonly StoryItem[] = [
  { id: 'banjska', date: '2023-09-24', sources: [SRC.banjska, SRC.banjskaDiocese, SRC.radoicic, SRC.buildUp] },
  { id: 'will-run', date: '2023-10-13', sources: [SRC.willRun, SRC.elek] },
  { id: 'dinar', date: '2024-02-01', sources: [SRC.dinar, SRC.dinarCriticism, SRC.dinarUn] },
  { id: 'recall', date: '2024-04-21', sources: [SRC.recall] },
  { id: 'elections-2025', date: '2025-10-12', sources: [SRC.elections2025, SRC.elections2025Results, SRC.elections2025Context] },
];

export const story: ScenarioStory = {
  primer: {
    sections: northKosovoPrimerSections,
    datesTitle: 'primer.dates.title',
    dates: primerDates,
    locator: kosovoLocator,
  },
  background: { intro: 'background.intro', items: backgroundItems },
  epilogue: { intro: 'epilogue.intro', items: epilogueItems },
};
