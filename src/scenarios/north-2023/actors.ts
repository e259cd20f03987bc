import { type ActorId, type ActorProfile, DESIGNERS_ASSUMPTION } from '../../sim/types';

// Where an aim comes from: the facts' sources (docs/facts.md). Aims no source
// states are marked DESIGNERS_ASSUMPTION, and shown so on the design-assumptions screen.
const SERBIA_DEMANDS = 'https://news.am/eng/news/738535.html';
const OHRID = 'https://mia.mk/en/story/borrell';
const OHRID_TEXT =
  'https://www.eeas.europa.eu/eeas/belgrade-pristina-dialogue-eu-proposal-agreement-path-normalisation-between-kosovo-and-serbia_en';
const KURTI = 'https://www.eurasia.ro/2023/05/02/kurti-there-will-be-no-republika-srpska-in-the-north-of-kosovo/';
const SRPSKA_LISTA = 'https://cna.al/english/kosova-bota/kerkesat-e-listes-serbe-per-pjesemarrje-ne-zgjedhjet-eventuale-i363496';
const KFOR_MANDATE = 'https://rks.news/kfor-around-4700-troops-in-kosovo-ready-to-confront-any-potential-threats';
const EU_DECLARATION = 'https://n1info.rs/english/news/eu-urges-kosovo-and-serbia-to-immediately-and-unconditionally-de-escalate/';
const BLINKEN = 'https://lapost.us/?p=58205';
const LAVROV = 'https://geopolitikon.org/en/serbia-is-not-sacrificing-kosovo-in-exchange-for-eu-membership-says-president-vucic/';
const MAO_NING = 'http://en.people.cn/n3/2023/0531/c90000-20025964.html';

// Who the actors are and where each starts; what each wants, in its own terms,
// is in messages/en/*.json (actor.<id>.view, objective.<actor>.<id>). Objectives
// are scored at the end (weights add up to 100 per actor). Colours: the
// Okabe–Ito palette, readable with colour-blindness (tags make colour never the only cue).
export const actors: Readonly<Record<ActorId, ActorProfile>> = {
  serbia: {
    id: 'serbia',
    color: 0xd55e00,
    playable: true,
    temperRange: [-40, 50],
    temperBasis: DESIGNERS_ASSUMPTION,
    start: { support: 60, standing: 50, special: 55, budget: 4 },
    objectives: [
      {
        id: 'serbs-voice',
        basis: SERBIA_DEMANDS,
        weight: 20,
        measure: { holderCountAtLeast: { holder: ['local-serbs', 'mayor-elsewhere', 'new-council'], count: 4 } },
      },
      {
        id: 'special-police',
        basis: SERBIA_DEMANDS,
        weight: 10,
        measure: { policeAtMost: 20 },
      },
      {
        id: 'association',
        basis: SERBIA_DEMANDS,
        weight: 10,
        measure: { flag: 'associationTalks' },
      },
      {
        id: 'eu-path',
        basis: OHRID,
        weight: 25,
        measure: { meterAtLeast: { actor: 'serbia', meter: 'special', value: 66 } },
      },
      {
        id: 'support',
        basis: DESIGNERS_ASSUMPTION,
        weight: 25,
        measure: { meterAtLeast: { actor: 'serbia', meter: 'support', value: 74 } },
      },
      { id: 'no-war', basis: DESIGNERS_ASSUMPTION, weight: 10, measure: { noWar: true } },
    ],
  },
  kosovo: {
    id: 'kosovo',
    color: 0x56b4e9,
    playable: true,
    temperRange: [-30, 60],
    temperBasis: DESIGNERS_ASSUMPTION,
    start: { support: 65, standing: 60, special: 30, budget: 4 },
    objectives: [
      {
        id: 'authority',
        basis: KURTI,
        weight: 25,
        measure: { meterAtLeast: { actor: 'kosovo', meter: 'special', value: 60 } },
      },
      {
        id: 'mayors',
        basis: KURTI,
        weight: 15,
        measure: { holderCountAtLeast: { holder: ['kosovo-mayor', 'kfor-cordon', 'new-council'], count: 4 } },
      },
      // Kosovo's own Ohrid commitment (Association talks) costs it nothing here; it wants Serbia's side kept too.
      { id: 'ohrid-serbia', basis: OHRID_TEXT, weight: 10, measure: { flag: 'ohridSerbiaSteps' } },
      {
        id: 'backing',
        basis: DESIGNERS_ASSUMPTION,
        weight: 15,
        measure: { flag: 'euMeasuresOnKosovo', is: false },
      },
      {
        id: 'support',
        basis: DESIGNERS_ASSUMPTION,
        weight: 15,
        measure: { meterAtLeast: { actor: 'kosovo', meter: 'support', value: 65 } },
      },
      { id: 'no-war', basis: DESIGNERS_ASSUMPTION, weight: 20, measure: { noWar: true } },
    ],
  },
  serbs: {
    id: 'serbs',
    color: 0xcc79a7,
    playable: true,
    temperRange: [-30, 50],
    temperBasis: DESIGNERS_ASSUMPTION,
    start: { support: 60, standing: 35, special: 45, budget: 4 },
    objectives: [
      {
        id: 'safety',
        basis: SRPSKA_LISTA,
        weight: 30,
        measure: { meterAtLeast: { actor: 'serbs', meter: 'special', value: 62 } },
      },
      {
        id: 'representation',
        basis: SRPSKA_LISTA,
        weight: 30,
        measure: { flag: 'serbsWillRun' },
      },
      {
        id: 'trust',
        basis: DESIGNERS_ASSUMPTION,
        weight: 25,
        measure: { meterAtLeast: { actor: 'serbs', meter: 'support', value: 74 } },
      },
      { id: 'no-arrests', basis: SRPSKA_LISTA, weight: 5, measure: { flag: 'leaderArrested', is: false } },
      { id: 'no-deaths', basis: DESIGNERS_ASSUMPTION, weight: 5, measure: { noKilled: true } },
      { id: 'no-war', basis: DESIGNERS_ASSUMPTION, weight: 5, measure: { noWar: true } },
    ],
  },
  kfor: {
    id: 'kfor',
    color: 0x009e73,
    playable: true,
    temperRange: [-30, 30],
    temperBasis: DESIGNERS_ASSUMPTION,
    start: { support: 55, standing: 60, special: 60, budget: 4 },
    objectives: [
      { id: 'no-deaths', basis: KFOR_MANDATE, weight: 15, measure: { noKilled: true } },
      {
        id: 'few-injured',
        basis: DESIGNERS_ASSUMPTION,
        weight: 15,
        measure: { casualtiesAtMost: { group: 'kfor', injured: 10, killed: 0 } },
      },
      {
        id: 'credibility',
        basis: KFOR_MANDATE,
        weight: 40,
        measure: { meterAtLeast: { actor: 'kfor', meter: 'special', value: 78 } },
      },
      { id: 'ladder-low', basis: KFOR_MANDATE, weight: 20, measure: { rungAtMost: 3 } },
      { id: 'no-war', basis: KFOR_MANDATE, weight: 10, measure: { noWar: true } },
    ],
  },
  eu: {
    id: 'eu',
    color: 0xf0e442,
    playable: true,
    temperRange: [-50, 20],
    temperBasis: DESIGNERS_ASSUMPTION,
    start: { support: 50, standing: 55, special: 55, budget: 4 },
    objectives: [
      {
        id: 'dialogue',
        basis: OHRID,
        weight: 35,
        measure: { meterAtLeast: { actor: 'eu', meter: 'special', value: 84 } },
      },
      { id: 'elections', basis: EU_DECLARATION, weight: 25, measure: { flag: 'settlement' } },
      // Both sides' Ohrid obligations: Kosovo's Association talks and Serbia's steps.
      { id: 'ohrid', basis: OHRID_TEXT, weight: 20, measure: { flagsSet: ['associationTalks', 'ohridSerbiaSteps'] } },
      { id: 'ladder', basis: EU_DECLARATION, weight: 10, measure: { rungAtMost: 4 } },
      { id: 'no-war', basis: DESIGNERS_ASSUMPTION, weight: 10, measure: { noWar: true } },
    ],
  },
  usa: {
    id: 'usa',
    color: 0x0072b2,
    playable: false,
    temperRange: [-40, 30],
    temperBasis: DESIGNERS_ASSUMPTION,
    start: { support: 50, standing: 60, special: 60, budget: 4 },
    objectives: [
      { id: 'deescalation', basis: BLINKEN, weight: 35, measure: { rungAtMost: 4 } },
      {
        id: 'unity',
        basis: DESIGNERS_ASSUMPTION,
        weight: 25,
        measure: { meterAtLeast: { actor: 'usa', meter: 'special', value: 75 } },
      },
      {
        id: 'partners',
        basis: DESIGNERS_ASSUMPTION,
        weight: 15,
        measure: { relationAtLeast: { a: 'usa', b: 'kosovo', value: 40 } },
      },
      { id: 'no-war', basis: DESIGNERS_ASSUMPTION, weight: 25, measure: { noWar: true } },
    ],
  },
  russia: {
    id: 'russia',
    color: 0xe69f00,
    playable: false,
    // The range is the designers' reading (no source gives one); it can lean either way.
    temperRange: [-20, 70],
    temperBasis: DESIGNERS_ASSUMPTION,
    start: { support: 60, standing: 30, special: 45, budget: 4 },
    objectives: [
      {
        id: 'mediation-fails',
        basis: DESIGNERS_ASSUMPTION,
        weight: 30,
        measure: { flag: 'settlement', is: false },
      },
      {
        id: 'serbia-close',
        basis: LAVROV,
        weight: 30,
        measure: { relationAtLeast: { a: 'russia', b: 'serbia', value: 75 } },
      },
      { id: 'influence', basis: DESIGNERS_ASSUMPTION, weight: 25, measure: { meterGain: { actor: 'russia', meter: 'special' } } },
      { id: 'no-war', basis: DESIGNERS_ASSUMPTION, weight: 15, measure: { noWar: true } },
    ],
  },
  china: {
    id: 'china',
    color: 0xbbbbbb,
    playable: false,
    temperRange: [-20, 40],
    temperBasis: DESIGNERS_ASSUMPTION,
    start: { support: 60, standing: 45, special: 60, budget: 4 },
    objectives: [
      {
        id: 'on-record',
        basis: MAO_NING,
        weight: 25,
        measure: { relationAtLeast: { a: 'china', b: 'serbia', value: 80 } },
      },
      {
        id: 'trade',
        basis: DESIGNERS_ASSUMPTION,
        weight: 35,
        measure: { meterAtLeast: { actor: 'china', meter: 'special', value: 62 } },
      },
      { id: 'no-conflict', basis: DESIGNERS_ASSUMPTION, weight: 20, measure: { rungAtMost: 6 } },
      { id: 'no-war', basis: DESIGNERS_ASSUMPTION, weight: 20, measure: { noWar: true } },
    ],
  },
};
