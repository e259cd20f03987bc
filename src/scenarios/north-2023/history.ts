import type { HistoryItem } from '../../sim/types';

// The real 2023 timeline, for the debrief, dated to the game's turns
// (turn 1 = 24–26 April 2023, three days a turn). Our own words; facts.md sources.
export const history: HistoryItem[] = [
  {
    date: '23 Apr 2023',
    turn: 1,
    text: 'Local elections in the four northern municipalities; Srpska Lista boycotts; turnout 3.47%.',
    source: 'https://www.nation.com.pk/25-Apr-2023/kosovo-s-serbs-boycott-polls-in-northern-enclaves',
  },
  {
    date: 'Late Apr–May 2023',
    turn: 5,
    text: 'The boycott holds and the new mayors wait to take office.',
    source: 'https://247newsreel.com/world/416719.html',
  },
  {
    date: '26 May 2023',
    turn: 11,
    text: 'Special police take the mayors into the buildings in Zvečan, Zubin Potok and Leposavić; about 10 protesters and 5 police hurt. Serbia raises army readiness; the US condemns the forced entry.',
    source: 'https://kossev.info/violence-ensues-as-special-police-forcibly-enter-municipal-buildings/',
  },
  {
    date: '29 May 2023',
    turn: 12,
    text: 'Clash in Zvečan: 30 KFOR soldiers injured by KFOR’s count; Serbia says 52 Serbs were hurt.',
    source: 'https://cdt.ch/news/mondo/kfor-30-i-militari-feriti-in-kosovo-11-italiani-e-19-ungheresi-318350',
  },
  {
    date: '30 May 2023',
    turn: 13,
    text: 'NATO sends 700 more troops; the US drops Kosovo from Defender Europe 23; China and Russia back Serbia; Belgrade meets their ambassadors.',
    source: 'https://www.novinite.com/view_news.php?id=220311',
  },
  {
    date: '3 Jun 2023',
    turn: 14,
    text: 'The EU demands de-escalation: police away from the buildings, mayors elsewhere, early elections open to all; Serbia to lower its alert.',
    source: 'https://n1info.rs/english/news/eu-urges-kosovo-and-serbia-to-immediately-and-unconditionally-de-escalate/',
  },
  {
    date: '4–5 Jun 2023',
    turn: 14,
    text: 'About 500 Turkish commandos arrive to reinforce KFOR.',
    source: 'https://www.abc.net.au/news/2023-06-03/turkiye-announces-commando-battalion-group-to-join-nato-forces/102437636',
  },
  {
    date: '13–14 Jun 2023',
    turn: 17,
    text: 'Kosovo arrests a suspected leader of the Zvečan violence; Serbia detains three Kosovo police officers; Kosovo bars Serbian goods and plates.',
    source: 'https://www.krone.at/3033732',
  },
  {
    date: '14 Jun 2023',
    turn: 18,
    text: 'The EU adopts temporary, reversible measures against Kosovo.',
    source: 'https://www.bne.eu/eu-announces-reversible-and-temporary-measures-against-kosovo-281787',
  },
  {
    date: '22 Jun 2023',
    turn: 20,
    text: 'After separate meetings in Brussels, both leaders accept that new elections in the north are needed.',
    source: 'https://prishtinainsight.com/kosovo-and-serbia-separately-agree-on-need-for-new-elections-in-north-of-kosovo-eu-says',
  },
];
