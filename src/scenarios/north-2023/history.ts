import type { HistoryItem } from '../../sim/types';

// The real 2023 timeline, for the debrief, dated to the game's turns
// (turn 1 = 24–26 April 2023, three days a turn: turn n starts 3(n−1) days
// after 24 April). The words are messages (history.<id>.date / .text), in our
// own words; every source is listed in docs/facts.md.
export const history: readonly HistoryItem[] = [
  { id: 'elections', turn: 1, source: 'https://www.nation.com.pk/25-Apr-2023/kosovo-s-serbs-boycott-polls-in-northern-enclaves' },
  { id: 'boycott-holds', turn: 5, source: 'https://247newsreel.com/world/416719.html' },
  // 19 May is turn 9 (18–20 May).
  { id: 'mitrovica-mayor', turn: 9, source: 'https://prishtinainsight.com/new-mayor-of-north-mitrovica-sworn-into-office' },
  { id: 'police-enter', turn: 11, source: 'https://kossev.info/violence-ensues-as-special-police-forcibly-enter-municipal-buildings/' },
  {
    id: 'zvecan-clash',
    turn: 12,
    source: 'https://cdt.ch/news/mondo/kfor-30-i-militari-feriti-in-kosovo-11-italiani-e-19-ungheresi-318350',
  },
  { id: 'nato-reserve', turn: 13, source: 'https://www.novinite.com/view_news.php?id=220311' },
  { id: 'china-statement', turn: 13, source: 'http://eg.china-embassy.gov.cn/eng/fyrth/202305/t20230530_11086032.htm' },
  {
    id: 'eu-demands',
    turn: 14,
    source: 'https://n1info.rs/english/news/eu-urges-kosovo-and-serbia-to-immediately-and-unconditionally-de-escalate/',
  },
  {
    id: 'turkish-commandos',
    turn: 14,
    source: 'https://www.abc.net.au/news/2023-06-03/turkiye-announces-commando-battalion-group-to-join-nato-forces/102437636',
  },
  // 13 June is turn 17 (11–13 June); 14 June is turn 18 (14–16 June).
  { id: 'suspect-arrested', turn: 17, source: 'https://prishtinainsight.com/arrest-in-northern-kosovo-tests-de-escalation-efforts/' },
  { id: 'officers-detained', turn: 18, source: 'https://www.krone.at/3033732' },
  { id: 'eu-measures', turn: 18, source: 'https://www.bne.eu/eu-announces-reversible-and-temporary-measures-against-kosovo-281787' },
  {
    id: 'elections-accepted',
    turn: 20,
    source: 'https://prishtinainsight.com/kosovo-and-serbia-separately-agree-on-need-for-new-elections-in-north-of-kosovo-eu-says',
  },
];
