import type { ActionDef, PlaceTarget } from '../../../sim/types';

const AT_BUILDINGS: PlaceTarget = { holder: ['kosovo-mayor', 'kfor-cordon'] };

export const serbsActions: ActionDef[] = [
  {
    id: 'serbs.hold',
    actor: 'serbs',
    cost: 0,
    stance: 'neutral',
    phase: 'statements',
    effects: [],
  },
  {
    id: 'serbs.keep-boycott',
    actor: 'serbs',
    cost: 1,
    stance: 'neutral',
    phase: 'statements',
    source: 'https://www.nation.com.pk/25-Apr-2023/kosovo-s-serbs-boycott-polls-in-northern-enclaves',
    effects: [
      { flag: 'boycottHolds', set: true },
      { meter: 'support', delta: 3 },
      { relation: ['serbs', 'serbia'], delta: 2 },
    ],
  },
  {
    id: 'serbs.protest',
    actor: 'serbs',
    cost: 1,
    stance: 'hawk',
    phase: 'ground',
    source: 'https://kossev.info/violence-ensues-as-special-police-forcibly-enter-municipal-buildings/',
    effects: [{ unrest: 'all', delta: 8 }, { meter: 'support', delta: 4 }, { meter: 'standing', delta: 1 }, { heat: 2 }],
  },
  {
    id: 'serbs.gather',
    actor: 'serbs',
    cost: 2,
    stance: 'hawk',
    phase: 'ground',
    aiBoost: [{ if: { orderedLastTurn: 'serbs.gather' }, percent: 25 }],
    source: 'https://cdt.ch/news/mondo/kfor-30-i-militari-feriti-in-kosovo-11-italiani-e-19-ungheresi-318350',
    effects: [
      { unrest: AT_BUILDINGS, delta: 15 },
      { unrest: 'all', delta: 5 },
      { meter: 'support', delta: 4 },
      { meter: 'standing', delta: -3 },
      { heat: 3 },
    ],
    risk: {
      perPlace: AT_BUILDINGS,
      chance: {
        base: -15,
        scale: [
          { signal: 'placeUnrest', per: 30 },
          { signal: 'placePolice', per: 10 },
        ],
        when: [
          { if: { placeHolder: 'kfor-cordon' }, add: 10 },
          { if: { ordered: 'kfor.cordon' }, add: 20 },
          { if: { ordered: 'serbia.rein-in' }, add: -20 },
          { if: { ordered: 'kosovo.cut-police' }, add: -10 },
          { if: { orderedLastTurn: 'serbs.gather' }, add: -15 },
        ],
        min: 3,
        max: 60,
      },
      onHit: [
        {
          if: { placeTroopsAtLeast: 30 },
          then: [
            { casualties: 'kfor', injured: 10, spread: 12 },
            { casualties: 'civilians', injured: 10, spread: 20 },
            { meter: 'special', actor: 'kfor', delta: -3 },
          ],
          else: [
            { casualties: 'police', injured: 2, spread: 5 },
            { casualties: 'civilians', injured: 4, spread: 8 },
          ],
        },
        { unrest: 'here', delta: 10 },
        { incident: 'clash-at-building' },
        { meter: 'standing', delta: -5 },
        { meter: 'special', delta: -5 },
      ],
    },
  },
  {
    id: 'serbs.barricades',
    actor: 'serbs',
    cost: 2,
    stance: 'hawk',
    phase: 'ground',
    source: 'https://n1info.hr/english/news/kosovo-serbs-still-blocking-roads-kosovo-police-cut-off-north-kosovo/',
    requires: { flag: 'barricadesUp', is: false },
    effects: [
      { flag: 'barricadesUp', set: true },
      { unrest: 'all', delta: 8 },
      { police: 'all', delta: -5 },
      { meter: 'support', delta: 3 },
      { meter: 'standing', delta: -4 },
      { meter: 'special', delta: 2 },
      { rungFloor: 4 },
      { heat: 3 },
    ],
  },
  {
    id: 'serbs.appeal-belgrade',
    actor: 'serbs',
    cost: 1,
    stance: 'neutral',
    phase: 'statements',
    effects: [
      { relation: ['serbs', 'serbia'], delta: 5 },
      { meter: 'support', delta: 2 },
      { meter: 'support', actor: 'serbia', delta: 2 },
    ],
  },
  {
    id: 'serbs.calm',
    actor: 'serbs',
    cost: 1,
    stance: 'dove',
    phase: 'ground',
    effects: [
      { unrest: 'all', delta: -12 },
      { flag: 'barricadesUp', set: false },
      { meter: 'support', delta: -5 },
      { meter: 'standing', delta: 5 },
      { meter: 'special', delta: 3 },
      { heat: -3 },
    ],
  },
  {
    id: 'serbs.conditions',
    actor: 'serbs',
    cost: 1,
    stance: 'neutral',
    phase: 'talks',
    source: 'https://cna.al/english/kosova-bota/kerkesat-e-listes-serbe-per-pjesemarrje-ne-zgjedhjet-eventuale-i363496',
    requires: { any: [{ flag: 'talksConvened' }, { flag: 'electionsCalled' }] },
    effects: [
      { meter: 'support', delta: 3 },
      { meter: 'standing', delta: 2 },
      { relation: ['serbs', 'eu'], delta: 3 },
    ],
  },
  {
    id: 'serbs.run-in-elections',
    actor: 'serbs',
    cost: 2,
    stance: 'dove',
    phase: 'talks',
    once: true,
    source: 'https://rferl.org/amp/kosovo-serbian-list-participate-elections-mitrovica/32636509.html',
    requires: { any: [{ flag: 'electionsAgreedKosovo' }, { flag: 'electionsCalled' }] },
    aiBoost: [{ if: { flag: 'electionsAgreedSerbia' }, percent: 250 }],
    effects: [
      { flag: 'serbsWillRun', set: true },
      { flag: 'boycottHolds', set: false },
      // Srpska Lista says it takes big decisions with Belgrade (docs/facts.md):
      // running with Belgrade's blessing costs little at home, running while
      // Belgrade presses or mobilises splits the community.
      {
        if: { posture: { actor: 'serbia', in: ['pressuring', 'mobilised'] } },
        then: [
          { meter: 'support', delta: -8 },
          { relation: ['serbs', 'serbia'], delta: -4 },
        ],
        else: [{ meter: 'support', delta: 1 }],
      },
      { meter: 'standing', delta: 6 },
      { meter: 'special', delta: 4 },
      { meter: 'special', actor: 'eu', delta: 5 },
      // Serbs taking part in Kosovo's institutions extends the state's authority too.
      { meter: 'special', actor: 'kosovo', delta: 8 },
      { heat: -2 },
    ],
  },
];
