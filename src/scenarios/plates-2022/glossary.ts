import type { GlossaryTerm } from '../../sim/types';

// The crisis's own words a newcomer meets on turn 1 (the game's own terms,
// such as posture and rung, come with the game). Each definition is in
// messages/en/glossary.json (`glossary.<id>.term`, `.definition`), written
// from docs/facts.md; `source` is the address there it rests on.

export const glossary: readonly GlossaryTerm[] = [
  { id: 'north', briefing: true, source: 'https://www.nation.com.pk/25-Apr-2023/kosovo-s-serbs-boycott-polls-in-northern-enclaves' },
  { id: 'status', briefing: true, source: 'https://emerging-europe.com/news/the-explainer-the-eus-kosovo-refuseniks/' },
  { id: 'plates', briefing: true, source: 'https://www.b92.net/eng/news/politics.php?dd=21&mm=09&nav_id=111779&yyyy=2021' },
  { id: 'srpska-lista', briefing: true, actor: 'serbs', source: 'https://prishtinainsight.com/?p=26027' },
  {
    id: 'walkout',
    briefing: true,
    source: 'https://www.euronews.com/2022/11/05/serb-mps-and-police-resign-en-masse-in-kosovo-amid-licence-plate-spat',
  },
  { id: 'association', briefing: true, source: 'https://ecmikosova.org/?p=3007' },
  { id: 'brussels', source: 'https://ecmikosova.org/?p=3007' },
  { id: 'kfor', actor: 'kfor', source: 'https://rks.news/kfor-around-4700-troops-in-kosovo-ready-to-confront-any-potential-threats' },
  { id: 'rosu', source: 'https://www.b92.net/eng/news/politics.php?dd=21&mm=09&nav_id=111779&yyyy=2021' },
  {
    id: 'resolution-1244',
    source: 'https://n1info.hr/english/news/kfor-rejects-belgrades-request-for-return-of-serbian-military-to-kosovo',
  },
  { id: 'unmik', source: 'https://media.un.org/avlibrary/en/asset/d335/d3359740' },
  { id: 'eulex' },
  { id: 'line', source: 'https://euobserver.com/enlargement/114494' },
];
