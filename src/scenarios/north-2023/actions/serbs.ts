import type { ActionDef, Place } from '../../../sim/types';

const AT_BUILDINGS: Place = { holder: ['kosovo-mayor', 'kfor-cordon'] };

export const serbsActions: ActionDef[] = [
  {
    id: 'serbs.hold', actor: 'serbs', name: 'Wait and watch', cost: 0, stance: 'neutral', phase: 'statements',
    summary: 'Keep people at home and see what Pristina and Belgrade do.',
    effects: [],
  },
  {
    id: 'serbs.keep-boycott', actor: 'serbs', name: 'Keep the boycott', cost: 1, stance: 'neutral', phase: 'statements',
    summary: 'Stay out of the new institutions: the mayors were elected with a few percent of the vote.',
    source: 'https://www.nation.com.pk/25-Apr-2023/kosovo-s-serbs-boycott-polls-in-northern-enclaves',
    effects: [{ flag: 'boycottHolds', set: true }, { meter: 'support', delta: 3 }, { relation: ['serbs', 'serbia'], delta: 2 }, { heat: 1 }],
  },
  {
    id: 'serbs.protest', actor: 'serbs', name: 'Hold a peaceful protest', cost: 1, stance: 'hawk', phase: 'ground',
    summary: 'Gather in the town centres to show the new mayors are not accepted.',
    source: 'https://kossev.info/violence-ensues-as-special-police-forcibly-enter-municipal-buildings/',
    effects: [{ unrest: 'all', delta: 8 }, { meter: 'support', delta: 4 }, { meter: 'standing', delta: 1 }, { heat: 2 }],
  },
  {
    id: 'serbs.gather', actor: 'serbs', name: 'Crowd the buildings to block the mayors', cost: 2, stance: 'hawk', phase: 'ground',
    summary: 'Fill the squares in front of the municipal buildings so the mayors cannot work.',
    aiBoost: [{ if: { orderedLastTurn: 'serbs.gather' }, percent: 25, why: 'crowds rarely hold the squares two turns running' }],
    source: 'https://cdt.ch/news/mondo/kfor-30-i-militari-feriti-in-kosovo-11-italiani-e-19-ungheresi-318350',
    effects: [{ unrest: AT_BUILDINGS, delta: 15 }, { unrest: 'all', delta: 5 }, { meter: 'support', delta: 4 }, { meter: 'standing', delta: -3 }, { heat: 3 }],
    risk: {
      label: 'a clash in front of the building', perPlace: AT_BUILDINGS,
      warning: 'Crowds facing police or peacekeepers can turn violent; the odds rise with unrest and police presence.',
      chance: {
        base: -15, scale: [{ signal: 'placeUnrest', per: 30 }, { signal: 'placePolice', per: 10 }],
        when: [
          { if: { placeHolder: 'kfor-cordon' }, add: 10 }, { if: { ordered: 'kfor.cordon' }, add: 20 }, { if: { ordered: 'serbia.rein-in' }, add: -20 },
          { if: { ordered: 'kosovo.cut-police' }, add: -10 }, { if: { orderedLastTurn: 'serbs.gather' }, add: -15 },
        ],
        min: 3, max: 60,
      },
      onHit: [
        {
          if: { placeKforAtLeast: 30 },
          then: [{ casualties: 'kfor', injured: 10, spread: 12 }, { casualties: 'civilians', injured: 10, spread: 20 }, { meter: 'special', actor: 'kfor', delta: -3 }],
          else: [{ casualties: 'police', injured: 2, spread: 5 }, { casualties: 'civilians', injured: 4, spread: 8 }],
        },
        { unrest: 'here', delta: 10 }, { incident: 'clash-at-building' }, { meter: 'standing', delta: -5 }, { meter: 'special', delta: -5 },
      ],
    },
  },
  {
    id: 'serbs.barricades', actor: 'serbs', name: 'Put up barricades', cost: 2, stance: 'hawk', phase: 'ground',
    summary: 'Block the roads to the crossings with trucks and gravel, as in 2022.',
    source: 'https://n1info.hr/english/news/kosovo-serbs-still-blocking-roads-kosovo-police-cut-off-north-kosovo/',
    requires: { flag: 'barricadesUp', is: false }, requiresText: 'The barricades are already up.',
    effects: [
      { flag: 'barricadesUp', set: true }, { unrest: 'all', delta: 8 }, { police: 'all', delta: -5 }, { meter: 'support', delta: 3 },
      { meter: 'standing', delta: -4 }, { meter: 'special', delta: 2 }, { rungFloor: 4 }, { heat: 3 },
    ],
  },
  {
    id: 'serbs.appeal-belgrade', actor: 'serbs', name: 'Ask Belgrade for protection', cost: 1, stance: 'neutral', phase: 'statements',
    summary: 'Call on Serbia to stand up for the community.',
    effects: [{ relation: ['serbs', 'serbia'], delta: 5 }, { meter: 'support', delta: 2 }, { meter: 'support', actor: 'serbia', delta: 2 }, { heat: 1 }],
  },
  {
    id: 'serbs.calm', actor: 'serbs', name: 'Call for calm and clear the streets', cost: 1, stance: 'dove', phase: 'ground',
    summary: 'Ask people to go home and take down the barricades.',
    effects: [
      { unrest: 'all', delta: -12 }, { flag: 'barricadesUp', set: false }, { meter: 'support', delta: -5 }, { meter: 'standing', delta: 5 },
      { meter: 'special', delta: 3 }, { heat: -3 },
    ],
  },
  {
    id: 'serbs.conditions', actor: 'serbs', name: 'Set conditions for taking part', cost: 1, stance: 'neutral', phase: 'talks',
    summary: 'Name the price of taking part in elections: the Association, special police out, an amnesty.',
    source: 'https://cna.al/english/kosova-bota/kerkesat-e-listes-serbe-per-pjesemarrje-ne-zgjedhjet-eventuale-i363496',
    requires: { any: [{ flag: 'talksConvened' }, { flag: 'electionsCalled' }] }, requiresText: 'Only once talks or new elections are on the table.',
    effects: [{ meter: 'support', delta: 3 }, { meter: 'standing', delta: 2 }, { relation: ['serbs', 'eu'], delta: 3 }],
  },
  {
    id: 'serbs.run-in-elections', actor: 'serbs', name: 'Agree to run in new elections', cost: 2, stance: 'dove', phase: 'talks', once: true,
    summary: 'End the boycott and put up candidates in new local elections.',
    source: 'https://rferl.org/amp/kosovo-serbian-list-participate-elections-mitrovica/32636509.html',
    requires: { any: [{ flag: 'electionsAgreedKosovo' }, { flag: 'electionsCalled' }] },
    requiresText: 'Only once new elections are offered.',
    effects: [
      { flag: 'serbsWillRun', set: true }, { flag: 'boycottHolds', set: false }, { meter: 'support', delta: -3 }, { meter: 'standing', delta: 6 },
      { meter: 'special', delta: 4 }, { meter: 'special', actor: 'eu', delta: 5 }, { heat: -2 },
    ],
  },
];
