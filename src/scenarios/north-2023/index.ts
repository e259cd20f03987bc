import type { Scenario } from '../../sim/types';
import { euActions } from './actions/eu';
import { kforActions } from './actions/kfor';
import { kosovoActions } from './actions/kosovo';
import { chinaActions, russiaActions, usaActions } from './actions/outside';
import { serbiaActions } from './actions/serbia';
import { serbsActions } from './actions/serbs';
import { actors } from './actors';
import { events } from './events';
import { historicalScripts } from './historical';
import { history } from './history';
import { ladder } from './ladder';
import { municipalities } from './places';
import { startRelations } from './relations';

export const north2023: Scenario = {
  id: 'north-2023',
  version: 1,
  title: 'North 2023: mayors, buildings and barricades',
  startDate: '2023-04-24',
  daysPerTurn: 3,
  lastTurn: 20,
  briefing: [
    'Northern Kosovo, late April 2023. In November 2022 Kosovo Serbs walked out of Kosovo’s institutions over a dispute about car licence plates: mayors, police officers, judges and members of parliament resigned.',
    'On 23 April 2023 new local elections were held in the four Serb-majority northern municipalities. Srpska Lista, the main Kosovo Serb party, boycotted them with Belgrade’s backing; turnout was 3.47%, and Albanian candidates won all four mayoralties.',
    'The new mayors have not yet entered the municipal buildings. In February and March the EU got Belgrade and Pristina to accept an agreement on normalising relations, including work on an association of Serb-majority municipalities, but nothing was signed.',
    'Kosovo’s status is disputed: Kosovo declared independence in 2008; Serbia, Russia, China and five EU members do not recognise it. Places are named here in Serbian and Albanian.',
  ],
  ladder,
  actors,
  municipalities,
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
  settlement: {
    all: [{ flag: 'electionsAgreedKosovo' }, { flag: 'electionsAgreedSerbia' }, { flag: 'serbsWillRun' }, { rungAtMost: 4 }],
  },
  sources: [
    {
      label: 'Boycott and 3.47% turnout (The Nation, 25 Apr 2023)',
      url: 'https://www.nation.com.pk/25-Apr-2023/kosovo-s-serbs-boycott-polls-in-northern-enclaves',
    },
    {
      label: 'Special police enter the buildings (KoSSev, 26 May 2023)',
      url: 'https://kossev.info/violence-ensues-as-special-police-forcibly-enter-municipal-buildings/',
    },
    {
      label: 'KFOR: 30 soldiers injured (Corriere del Ticino)',
      url: 'https://cdt.ch/news/mondo/kfor-30-i-militari-feriti-in-kosovo-11-italiani-e-19-ungheresi-318350',
    },
    { label: 'NATO sends 700 more troops (Novinite)', url: 'https://www.novinite.com/view_news.php?id=220311' },
    {
      label: 'EU calls for de-escalation (N1, 3 Jun 2023)',
      url: 'https://n1info.rs/english/news/eu-urges-kosovo-and-serbia-to-immediately-and-unconditionally-de-escalate/',
    },
    {
      label: 'EU measures against Kosovo (bne IntelliNews)',
      url: 'https://www.bne.eu/eu-announces-reversible-and-temporary-measures-against-kosovo-281787',
    },
    {
      label: 'Both leaders accept new elections (Prishtina Insight)',
      url: 'https://prishtinainsight.com/kosovo-and-serbia-separately-agree-on-need-for-new-elections-in-north-of-kosovo-eu-says',
    },
    { label: 'China backs Serbia (People’s Daily, 31 May 2023)', url: 'http://en.people.cn/n3/2023/0531/c90000-20025964.html' },
  ],
};
