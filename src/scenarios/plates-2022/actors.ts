import { type ActorId, type ActorProfile, DESIGNERS_ASSUMPTION } from '../../sim/types';

// Where an aim comes from: the facts' sources (docs/facts.md). Aims no source
// states are marked DESIGNERS_ASSUMPTION, and shown so on the design-assumptions screen.
const SERBIA_DEMANDS = 'https://news.am/eng/news/738535.html';
const WALKOUT_TERMS = 'https://prishtinainsight.com/?p=26027';
const ID_DEAL = 'https://eeas.europa.eu/node/419496_fr?page_lang=en';
const PLATES_DEAL = 'https://europeanwesternbalkans.com/2022/11/24/serbia-and-kosovo-agreed-on-the-measures-to-avoid-further-escalation/';
const RECIPROCITY = 'https://albaniandailynews.com/news/kosovo-determined-to-implement-reciprocity-on-license-plates';
const KURTI = 'https://exit.al/en/kurti-vows-not-to-allow-a-parallel-state-controlled-by-serbia-within-kosovo';
const KFOR_MANDATE = 'https://rks.news/kfor-around-4700-troops-in-kosovo-ready-to-confront-any-potential-threats';
const EU_GOAL = 'https://mia.mk/lajcak-appointed-eu-special-representative-for-serbia-kosovo-dialogue/?lang=en';
const POSTPONED = 'https://news.am/eng/news/714261.html';
const LAVROV = 'https://geopolitikon.org/en/serbia-is-not-sacrificing-kosovo-in-exchange-for-eu-membership-says-president-vucic/';
const NON_RECOGNITION = 'https://emerging-europe.com/news/the-explainer-the-eus-kosovo-refuseniks/';

// Who the actors are in July 2022 and where each starts; what each wants, in
// its own terms, is in messages/en/*.json (actor.<id>.view,
// objective.<actor>.<id>). Weights add up to 100 per actor. Colours: the
// Okabe–Ito palette, as in North 2023.
export const actors: Readonly<Record<ActorId, ActorProfile>> = {
  serbia: {
    id: 'serbia',
    color: 0xd55e00,
    playable: true,
    temperRange: [-40, 50],
    temperBasis: DESIGNERS_ASSUMPTION,
    start: { support: 60, standing: 50, special: 55, budget: 4 },
    objectives: [
      { id: 'no-plates', basis: WALKOUT_TERMS, weight: 20, measure: { flag: 'platesEnforced', is: false } },
      { id: 'special-police', basis: SERBIA_DEMANDS, weight: 10, measure: { policeAtMost: 25 } },
      { id: 'no-arrests', basis: SERBIA_DEMANDS, weight: 10, measure: { flag: 'leaderArrested', is: false } },
      { id: 'eu-path', basis: EU_GOAL, weight: 25, measure: { meterAtLeast: { actor: 'serbia', meter: 'special', value: 62 } } },
      {
        id: 'support',
        basis: DESIGNERS_ASSUMPTION,
        weight: 25,
        measure: { meterAtLeast: { actor: 'serbia', meter: 'support', value: 70 } },
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
    start: { support: 65, standing: 60, special: 35, budget: 4 },
    objectives: [
      { id: 'reciprocity', basis: RECIPROCITY, weight: 20, measure: { flagsSet: ['idDealSerbia', 'platesDealSerbia'] } },
      { id: 'authority', basis: KURTI, weight: 25, measure: { meterAtLeast: { actor: 'kosovo', meter: 'special', value: 50 } } },
      { id: 'backing', basis: POSTPONED, weight: 15, measure: { relationAtLeast: { a: 'usa', b: 'kosovo', value: 50 } } },
      {
        id: 'support',
        basis: DESIGNERS_ASSUMPTION,
        weight: 15,
        measure: { meterAtLeast: { actor: 'kosovo', meter: 'support', value: 65 } },
      },
      { id: 'crossings-open', basis: DESIGNERS_ASSUMPTION, weight: 5, measure: { flag: 'crossingsClosed', is: false } },
      { id: 'no-war', basis: DESIGNERS_ASSUMPTION, weight: 20, measure: { noWar: true } },
    ],
  },
  serbs: {
    id: 'serbs',
    color: 0xcc79a7,
    playable: true,
    temperRange: [-30, 50],
    temperBasis: DESIGNERS_ASSUMPTION,
    start: { support: 60, standing: 40, special: 50, budget: 4 },
    objectives: [
      { id: 'safety', basis: SERBIA_DEMANDS, weight: 25, measure: { meterAtLeast: { actor: 'serbs', meter: 'special', value: 50 } } },
      { id: 'plates', basis: WALKOUT_TERMS, weight: 20, measure: { flag: 'platesEnforced', is: false } },
      { id: 'no-arrests', basis: SERBIA_DEMANDS, weight: 15, measure: { flag: 'leaderArrested', is: false } },
      { id: 'trust', basis: DESIGNERS_ASSUMPTION, weight: 25, measure: { meterAtLeast: { actor: 'serbs', meter: 'support', value: 72 } } },
      { id: 'no-deaths', basis: DESIGNERS_ASSUMPTION, weight: 5, measure: { noKilled: true } },
      { id: 'no-war', basis: DESIGNERS_ASSUMPTION, weight: 10, measure: { noWar: true } },
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
      { id: 'movement', basis: KFOR_MANDATE, weight: 20, measure: { flag: 'crossingsClosed', is: false } },
      { id: 'credibility', basis: KFOR_MANDATE, weight: 30, measure: { meterAtLeast: { actor: 'kfor', meter: 'special', value: 72 } } },
      { id: 'ladder-low', basis: KFOR_MANDATE, weight: 20, measure: { rungAtMost: 3 } },
      { id: 'no-war', basis: KFOR_MANDATE, weight: 15, measure: { noWar: true } },
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
      { id: 'dialogue', basis: EU_GOAL, weight: 30, measure: { meterAtLeast: { actor: 'eu', meter: 'special', value: 75 } } },
      {
        id: 'deals',
        basis: PLATES_DEAL,
        weight: 30,
        measure: { flagsSet: ['idDealSerbia', 'idDealKosovo', 'platesDealSerbia', 'platesDealKosovo'] },
      },
      { id: 'ladder', basis: ID_DEAL, weight: 20, measure: { rungAtMost: 4 } },
      { id: 'barricades-down', basis: DESIGNERS_ASSUMPTION, weight: 10, measure: { flag: 'barricadesUp', is: false } },
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
      { id: 'deescalation', basis: POSTPONED, weight: 35, measure: { rungAtMost: 4 } },
      { id: 'unity', basis: DESIGNERS_ASSUMPTION, weight: 25, measure: { meterAtLeast: { actor: 'usa', meter: 'special', value: 70 } } },
      { id: 'partners', basis: DESIGNERS_ASSUMPTION, weight: 15, measure: { relationAtLeast: { a: 'usa', b: 'kosovo', value: 40 } } },
      { id: 'no-war', basis: DESIGNERS_ASSUMPTION, weight: 25, measure: { noWar: true } },
    ],
  },
  russia: {
    id: 'russia',
    color: 0xe69f00,
    playable: false,
    temperRange: [-20, 70],
    temperBasis: DESIGNERS_ASSUMPTION,
    start: { support: 60, standing: 30, special: 45, budget: 4 },
    objectives: [
      { id: 'mediation-fails', basis: DESIGNERS_ASSUMPTION, weight: 30, measure: { flag: 'settlement', is: false } },
      { id: 'serbia-close', basis: LAVROV, weight: 30, measure: { relationAtLeast: { a: 'russia', b: 'serbia', value: 70 } } },
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
      { id: 'serbia-close', basis: NON_RECOGNITION, weight: 30, measure: { relationAtLeast: { a: 'china', b: 'serbia', value: 70 } } },
      { id: 'trade', basis: DESIGNERS_ASSUMPTION, weight: 30, measure: { meterAtLeast: { actor: 'china', meter: 'special', value: 62 } } },
      { id: 'no-conflict', basis: DESIGNERS_ASSUMPTION, weight: 20, measure: { rungAtMost: 6 } },
      { id: 'no-war', basis: DESIGNERS_ASSUMPTION, weight: 20, measure: { noWar: true } },
    ],
  },
};
