import type { HistoryItem } from '../../sim/types';

// The real 2022 timeline, for the debrief, dated to the game's turns (turn 1 =
// 28 July–3 August 2022, a week a turn: turn n starts 7(n−1) days after 28
// July). The words are messages (history.<id>.date / .text), in our own words;
// every source is listed in docs/facts.md (§1, 2022).
export const history: readonly HistoryItem[] = [
  { id: 'rules-postponed', turn: 1, source: 'https://news.am/eng/news/714261.html' },
  { id: 'id-deal', turn: 5, source: 'https://eeas.europa.eu/node/419496_fr?page_lang=en' },
  // 3 and 5 November are both in turn 15 (3–9 November).
  { id: 'chief-suspended', turn: 15, source: 'https://prishtinainsight.com/?p=26027' },
  {
    id: 'walkout',
    turn: 15,
    source: 'https://www.euronews.com/2022/11/05/serb-mps-and-police-resign-en-masse-in-kosovo-amid-licence-plate-spat',
  },
  // 23 November is turn 17 (17–23 November).
  {
    id: 'plates-deal',
    turn: 17,
    source: 'https://europeanwesternbalkans.com/2022/11/24/serbia-and-kosovo-agreed-on-the-measures-to-avoid-further-escalation/',
  },
  {
    id: 'barricades',
    turn: 20,
    source: 'https://n1info.hr/english/news/kosovo-serbs-still-blocking-roads-kosovo-police-cut-off-north-kosovo/',
  },
  {
    id: 'return-request',
    turn: 21,
    source: 'https://www.urdupoint.com/en/world/belgrade-to-submit-request-to-nato-for-deploy-1610980.html',
  },
  { id: 'readiness', turn: 22, source: 'https://pledgetimes.com/serbia-army-on-high-alert-due-to-further-unrest-in-kosovo/' },
  {
    id: 'house-arrest',
    turn: 22,
    source: 'https://www.washingtontimes.com/news/2022/dec/28/kosovo-serb-dejan-pantic-whose-arrest-caused-crisi/',
  },
  {
    id: 'barricades-removed',
    turn: 23,
    source: 'https://telegraf.rs/english/3608206-jarinje-and-brnjak-administrative-crossings-open-for-traffic',
  },
];
