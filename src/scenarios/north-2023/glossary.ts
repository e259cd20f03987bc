import type { GlossaryTerm } from '../../sim/types';

// The crisis's own words a newcomer meets on turn 1 (the game's own terms,
// such as posture and rung, come with the game). Each definition is in
// messages/en/glossary.json (`glossary.<id>.term`, `.definition`), written
// from docs/facts.md; `source` is the address there it rests on.

export const glossary: readonly GlossaryTerm[] = [
  { id: 'north', briefing: true, source: 'https://www.nation.com.pk/25-Apr-2023/kosovo-s-serbs-boycott-polls-in-northern-enclaves' },
  { id: 'status', briefing: true, source: 'https://emerging-europe.com/news/the-explainer-the-eus-kosovo-refuseniks/' },
  {
    id: 'srpska-lista',
    briefing: true,
    actor: 'serbs',
    source: 'https://cna.al/english/kosova-bota/kerkesat-e-listes-serbe-per-pjesemarrje-ne-zgjedhjet-eventuale-i363496',
  },
  {
    id: 'boycott',
    briefing: true,
    source: 'https://www.euronews.com/2022/11/05/serb-mps-and-police-resign-en-masse-in-kosovo-amid-licence-plate-spat',
  },
  { id: 'association', briefing: true, source: 'https://ecmikosova.org/?p=3007' },
  { id: 'brussels', source: 'https://ecmikosova.org/?p=3007' },
  { id: 'ohrid', briefing: true, source: 'https://mia.mk/en/story/borrell' },
  { id: 'kfor', actor: 'kfor', source: 'https://natowatch.org/newsbriefs/2023/nato-reinforces-kfor-kosovo' },
  {
    id: 'rosu',
    source:
      'https://www.agenzianova.com/a/659cfccb6f7aa1.95150934/4741880/2023-12-29/kosovo-lista-serba-chiede-incontro-urgente-con-ambasciatori-quintetto-e-ue-2',
  },
  {
    id: 'resolution-1244',
    source: 'https://n1info.hr/english/news/kfor-rejects-belgrades-request-for-return-of-serbian-military-to-kosovo',
  },
  { id: 'unmik', source: 'https://media.un.org/avlibrary/en/asset/d335/d3359740' },
  { id: 'eulex' },
  { id: 'line', source: 'https://euobserver.com/enlargement/114494' },
];
