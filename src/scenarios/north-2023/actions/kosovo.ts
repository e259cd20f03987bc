import type { ActionDef } from '../../../sim/types';

export const kosovoActions: ActionDef[] = [
  {
    id: 'kosovo.hold', actor: 'kosovo', name: 'Wait and watch', cost: 0, stance: 'neutral', phase: 'statements',
    summary: 'Let the new mayors wait and save political capital.',
    effects: [{ meter: 'support', delta: -1 }],
  },
  {
    id: 'kosovo.statement', actor: 'kosovo', name: 'Insist on the rule of law', cost: 1, stance: 'neutral', phase: 'statements',
    summary: 'Say the elected mayors will take office and parallel structures will end.',
    source: 'https://www.eurasia.ro/2023/05/02/kurti-there-will-be-no-republika-srpska-in-the-north-of-kosovo/',
    effects: [{ meter: 'support', delta: 3 }, { relation: ['kosovo', 'serbia'], delta: -2 }, { heat: 1 }],
  },
  {
    id: 'kosovo.escort-mayors', actor: 'kosovo', name: 'Escort the mayors into the buildings', cost: 3, stance: 'hawk', phase: 'ground',
    summary: 'Special police take the elected mayors into the municipal buildings still held by local staff.',
    source: 'https://kossev.info/violence-ensues-as-special-police-forcibly-enter-municipal-buildings/',
    requires: { holderCount: 'local-serbs', atLeast: 1 }, requiresText: 'No building is left to enter.',
    risk: {
      label: 'violence at the building', perPlace: { holder: 'local-serbs' },
      warning: 'Crowds may resist: injuries are likely where unrest is high and KFOR is thin. Crosses to police operations.',
      chance: {
        base: 15, scale: [{ signal: 'placeUnrest', per: 60 }, { signal: 'placeKfor', per: -30 }],
        when: [{ if: { ordered: 'serbs.gather' }, add: 20 }, { if: { ordered: 'serbs.calm' }, add: -20 }], min: 5, max: 90,
      },
      onHit: [
        { casualties: 'civilians', injured: 2, spread: 3 }, { casualties: 'police', injured: 1, spread: 2 },
        { unrest: 'here', delta: 12 }, { incident: 'forced-entry-violence' },
      ],
    },
    effects: [
      { police: { holder: 'local-serbs' }, delta: 30 }, { unrest: 'all', delta: 10 }, { holder: { holder: 'local-serbs' }, to: 'kosovo-mayor' },
      { flag: 'mayorsInBuildings', set: true }, { rungFloor: 5 }, { heat: 3 }, { meter: 'support', delta: 6 }, { meter: 'special', delta: 15 },
      { meter: 'standing', delta: -8 }, { relation: ['kosovo', 'usa'], delta: -8 }, { relation: ['kosovo', 'eu'], delta: -5 },
      { relation: ['kosovo', 'serbs'], delta: -10 }, { meter: 'special', actor: 'serbs', delta: -10 },
    ],
  },
  {
    id: 'kosovo.reinforce-police', actor: 'kosovo', name: 'Send more special police north', cost: 2, stance: 'hawk', phase: 'deployments',
    summary: 'Deploy ROSU units to guard the buildings and the roads.',
    source: 'http://108.161.137.60/piglix/Kosovo_Police',
    effects: [
      { police: 'all', delta: 15 }, { unrest: 'all', delta: 4 }, { meter: 'support', delta: 3 }, { meter: 'special', delta: 4 },
      { meter: 'standing', delta: -3 }, { relation: ['kosovo', 'serbs'], delta: -6 }, { meter: 'special', actor: 'serbs', delta: -5 }, { heat: 2 },
    ],
  },
  {
    id: 'kosovo.ban-goods', actor: 'kosovo', name: 'Bar Serbian goods and Serbian-plated cars', cost: 2, stance: 'hawk', phase: 'deployments',
    summary: 'Close the crossings to Serbian goods and vehicles with Serbian plates.',
    source: 'https://anews.com.tr/europe/2023/06/15/kosovo-bans-entry-of-vehicles-with-serbian-license-plates',
    requires: { flag: 'crossingsClosed', is: false }, requiresText: 'The crossings are already closed.',
    effects: [
      { flag: 'crossingsClosed', set: true }, { unrest: 'all', delta: 6 }, { meter: 'support', delta: 4 }, { meter: 'standing', delta: -4 },
      { relation: ['kosovo', 'serbia'], delta: -8 }, { relation: ['kosovo', 'usa'], delta: -3 }, { meter: 'special', actor: 'serbs', delta: -4 }, { heat: 2 },
    ],
  },
  {
    id: 'kosovo.arrest-suspects', actor: 'kosovo', name: 'Arrest suspects of the violence', cost: 2, stance: 'hawk', phase: 'ground',
    summary: 'Detain the men accused of leading attacks on police or KFOR.',
    source: 'https://www.krone.at/3033732',
    requires: { incidentsAtLeast: 1 }, requiresText: 'Only after violence has happened.',
    risk: {
      label: 'protests over the arrest', warning: 'Arrests of local leaders bring crowds back to the streets.',
      chance: { base: 20, scale: [{ signal: 'avgUnrest', per: 50 }], min: 5, max: 80 },
      onHit: [{ unrest: 'all', delta: 10 }, { heat: 2 }],
    },
    effects: [
      { flag: 'leaderArrested', set: true }, { meter: 'support', delta: 4 }, { meter: 'special', delta: 5 },
      { relation: ['kosovo', 'serbs'], delta: -8 }, { meter: 'special', actor: 'serbs', delta: -6 }, { heat: 1 },
    ],
  },
  {
    id: 'kosovo.mayors-elsewhere', actor: 'kosovo', name: 'Let the mayors work from other premises', cost: 1, stance: 'dove', phase: 'ground',
    summary: 'Move the mayors out of the contested buildings while talks go on.',
    source: 'https://n1info.rs/english/news/eu-urges-kosovo-and-serbia-to-immediately-and-unconditionally-de-escalate/',
    requires: { any: [{ holderCount: 'kosovo-mayor', atLeast: 1 }, { holderCount: 'kfor-cordon', atLeast: 1 }] },
    requiresText: 'No mayor is inside a building.',
    effects: [
      { police: { holder: ['kosovo-mayor', 'kfor-cordon'] }, delta: -20 }, { unrest: { holder: ['kosovo-mayor', 'kfor-cordon'] }, delta: -10 },
      { holder: { holder: ['kosovo-mayor', 'kfor-cordon'] }, to: 'mayor-elsewhere' }, { flag: 'mayorsInBuildings', set: false },
      { meter: 'support', delta: -6 }, { meter: 'special', delta: -6 }, { meter: 'standing', delta: 8 }, { relation: ['kosovo', 'usa'], delta: 6 },
      { relation: ['kosovo', 'eu'], delta: 6 }, { meter: 'special', actor: 'serbs', delta: 5 }, { heat: -3 },
    ],
  },
  {
    id: 'kosovo.cut-police', actor: 'kosovo', name: 'Pull special police back', cost: 1, stance: 'dove', phase: 'deployments',
    summary: 'Reduce the police presence at the buildings, as Western partners ask.',
    source: 'https://www.b92.net/eng/news/politics.php?yyyy=2023&mm=08&dd=01&nav_id=116464',
    effects: [
      { police: 'all', delta: -15 }, { unrest: 'all', delta: -5 }, { meter: 'support', delta: -4 }, { meter: 'special', delta: -4 },
      { meter: 'standing', delta: 5 }, { relation: ['kosovo', 'usa'], delta: 4 }, { meter: 'special', actor: 'serbs', delta: 4 }, { heat: -2 },
    ],
  },
  {
    id: 'kosovo.accept-elections', actor: 'kosovo', name: 'Agree to new elections in the north', cost: 2, stance: 'dove', phase: 'talks', once: true,
    summary: 'Accept in Brussels that new local elections open to all are needed.',
    source: 'https://prishtinainsight.com/kosovo-and-serbia-separately-agree-on-need-for-new-elections-in-north-of-kosovo-eu-says',
    requires: { flag: 'talksConvened' }, requiresText: 'Needs EU talks to be convened.',
    effects: [
      { flag: 'electionsAgreedKosovo', set: true }, { meter: 'support', delta: -8 }, { meter: 'special', delta: -3 },
      { meter: 'standing', delta: 8 }, { relation: ['kosovo', 'eu'], delta: 6 }, { meter: 'special', actor: 'eu', delta: 5 }, { heat: -2 },
    ],
  },
  {
    id: 'kosovo.association-talks', actor: 'kosovo', name: 'Open talks on the Association', cost: 2, stance: 'dove', phase: 'talks', once: true,
    summary: 'Start talks on self-management for Kosovo Serbs, as agreed at Ohrid, within the constitution.',
    source: 'https://mia.mk/en/story/borrell',
    effects: [
      { flag: 'associationTalks', set: true }, { meter: 'support', delta: -6 }, { meter: 'standing', delta: 8 },
      { relation: ['kosovo', 'serbia'], delta: 6 }, { relation: ['kosovo', 'eu'], delta: 5 }, { meter: 'special', actor: 'serbs', delta: 4 }, { heat: -2 },
    ],
  },
];
