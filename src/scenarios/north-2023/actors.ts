import type { ActorId, ActorProfile } from '../../sim/types';

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
    start: { support: 60, standing: 50, special: 55, budget: 4 },
    objectives: [
      {
        id: 'serbs-voice',
        weight: 20,
        measure: { holderCountAtLeast: { holder: ['local-serbs', 'mayor-elsewhere', 'new-council', 'kfor-cordon'], count: 4 } },
      },
      {
        id: 'special-police',
        weight: 15,
        measure: { policeAtMost: 20 },
      },
      {
        id: 'association',
        weight: 15,
        measure: { flag: 'associationTalks' },
      },
      {
        id: 'eu-path',
        weight: 15,
        measure: { meterAtLeast: { actor: 'serbia', meter: 'special', value: 55 } },
      },
      {
        id: 'support',
        weight: 15,
        measure: { meterAtLeast: { actor: 'serbia', meter: 'support', value: 70 } },
      },
      { id: 'no-war', weight: 20, measure: { noWar: true } },
    ],
  },
  kosovo: {
    id: 'kosovo',
    color: 0x56b4e9,
    playable: true,
    temperRange: [-30, 60],
    start: { support: 65, standing: 60, special: 30, budget: 4 },
    objectives: [
      {
        id: 'authority',
        weight: 25,
        measure: { meterAtLeast: { actor: 'kosovo', meter: 'special', value: 60 } },
      },
      {
        id: 'mayors',
        weight: 15,
        measure: { holderCountAtLeast: { holder: ['kosovo-mayor', 'new-council'], count: 4 } },
      },
      {
        id: 'no-association',
        weight: 10,
        measure: { flag: 'associationTalks', is: false },
      },
      {
        id: 'backing',
        weight: 15,
        measure: { flag: 'euMeasuresOnKosovo', is: false },
      },
      {
        id: 'support',
        weight: 15,
        measure: { meterAtLeast: { actor: 'kosovo', meter: 'support', value: 65 } },
      },
      { id: 'no-war', weight: 20, measure: { noWar: true } },
    ],
  },
  serbs: {
    id: 'serbs',
    color: 0xcc79a7,
    playable: true,
    temperRange: [-30, 50],
    start: { support: 60, standing: 35, special: 45, budget: 4 },
    objectives: [
      {
        id: 'safety',
        weight: 25,
        measure: { meterAtLeast: { actor: 'serbs', meter: 'special', value: 55 } },
      },
      {
        id: 'representation',
        weight: 20,
        measure: { flag: 'serbsWillRun' },
      },
      {
        id: 'trust',
        weight: 15,
        measure: { meterAtLeast: { actor: 'serbs', meter: 'support', value: 65 } },
      },
      { id: 'no-arrests', weight: 10, measure: { flag: 'leaderArrested', is: false } },
      { id: 'no-deaths', weight: 15, measure: { noKilled: true } },
      { id: 'no-war', weight: 15, measure: { noWar: true } },
    ],
  },
  kfor: {
    id: 'kfor',
    color: 0x009e73,
    playable: true,
    temperRange: [-30, 30],
    start: { support: 55, standing: 60, special: 60, budget: 4 },
    objectives: [
      { id: 'no-deaths', weight: 25, measure: { noKilled: true } },
      {
        id: 'few-injured',
        weight: 15,
        measure: { casualtiesAtMost: { group: 'kfor', injured: 10, killed: 0 } },
      },
      {
        id: 'credibility',
        weight: 20,
        measure: { meterAtLeast: { actor: 'kfor', meter: 'special', value: 75 } },
      },
      { id: 'ladder-low', weight: 25, measure: { rungAtMost: 3 } },
      { id: 'no-war', weight: 15, measure: { noWar: true } },
    ],
  },
  eu: {
    id: 'eu',
    color: 0xf0e442,
    playable: true,
    temperRange: [-50, 20],
    start: { support: 50, standing: 55, special: 55, budget: 4 },
    objectives: [
      {
        id: 'dialogue',
        weight: 25,
        measure: { meterAtLeast: { actor: 'eu', meter: 'special', value: 80 } },
      },
      { id: 'elections', weight: 25, measure: { flag: 'settlement' } },
      { id: 'association', weight: 15, measure: { flag: 'associationTalks' } },
      { id: 'ladder', weight: 20, measure: { rungAtMost: 4 } },
      { id: 'no-war', weight: 15, measure: { noWar: true } },
    ],
  },
  usa: {
    id: 'usa',
    color: 0x0072b2,
    playable: false,
    temperRange: [-40, 30],
    start: { support: 50, standing: 60, special: 60, budget: 4 },
    objectives: [
      { id: 'deescalation', weight: 35, measure: { rungAtMost: 4 } },
      {
        id: 'unity',
        weight: 25,
        measure: { meterAtLeast: { actor: 'usa', meter: 'special', value: 75 } },
      },
      {
        id: 'partners',
        weight: 15,
        measure: { relationAtLeast: { a: 'usa', b: 'kosovo', value: 40 } },
      },
      { id: 'no-war', weight: 25, measure: { noWar: true } },
    ],
  },
  russia: {
    id: 'russia',
    color: 0xe69f00,
    playable: false,
    temperRange: [0, 70],
    start: { support: 60, standing: 30, special: 45, budget: 4 },
    objectives: [
      {
        id: 'mediation-fails',
        weight: 30,
        measure: { flag: 'settlement', is: false },
      },
      {
        id: 'serbia-close',
        weight: 30,
        measure: { relationAtLeast: { a: 'russia', b: 'serbia', value: 75 } },
      },
      { id: 'influence', weight: 25, measure: { meterGain: { actor: 'russia', meter: 'special' } } },
      { id: 'no-war', weight: 15, measure: { noWar: true } },
    ],
  },
  china: {
    id: 'china',
    color: 0xbbbbbb,
    playable: false,
    temperRange: [-20, 40],
    start: { support: 60, standing: 45, special: 60, budget: 4 },
    objectives: [
      {
        id: 'on-record',
        weight: 25,
        measure: { relationAtLeast: { a: 'china', b: 'serbia', value: 80 } },
      },
      {
        id: 'trade',
        weight: 35,
        measure: { meterAtLeast: { actor: 'china', meter: 'special', value: 62 } },
      },
      { id: 'no-conflict', weight: 20, measure: { rungAtMost: 6 } },
      { id: 'no-war', weight: 20, measure: { noWar: true } },
    ],
  },
};
