import type { ActionDef } from '../../../sim/types';

const SIRENS = 'https://news.am/eng/news/714261.html';
const WALKOUT = 'https://www.euronews.com/2022/11/05/serb-mps-and-police-resign-en-masse-in-kosovo-amid-licence-plate-spat';
const WALKOUT_TERMS = 'https://prishtinainsight.com/?p=26027';
const BARRICADES = 'https://n1info.hr/english/news/kosovo-serbs-still-blocking-roads-kosovo-police-cut-off-north-kosovo/';
const REOPENED = 'https://telegraf.rs/english/3608206-jarinje-and-brnjak-administrative-crossings-open-for-traffic';

export const serbsActions: ActionDef[] = [
  { id: 'serbs.hold', actor: 'serbs', cost: 0, stance: 'neutral', phase: 'statements', effects: [] },
  {
    id: 'serbs.object',
    actor: 'serbs',
    cost: 1,
    stance: 'neutral',
    phase: 'statements',
    source: WALKOUT_TERMS,
    effects: [
      { meter: 'support', delta: 3 },
      { relation: ['serbs', 'serbia'], delta: 2 },
      { relation: ['serbs', 'kosovo'], delta: -2 },
    ],
  },
  {
    id: 'serbs.protest',
    actor: 'serbs',
    cost: 1,
    stance: 'hawk',
    phase: 'ground',
    source: WALKOUT,
    effects: [{ unrest: 'all', delta: 8 }, { meter: 'support', delta: 4 }, { meter: 'standing', delta: 1 }, { heat: 2 }],
  },
  {
    // 5 November 2022: mayors, MPs, a minister, judges, prosecutors and police leave Kosovo's institutions.
    id: 'serbs.walk-out',
    actor: 'serbs',
    cost: 2,
    stance: 'hawk',
    phase: 'ground',
    once: true,
    source: WALKOUT,
    requires: { any: [{ flag: 'platesEnforced' }, { flag: 'chiefSuspended' }, { flag: 'leaderArrested' }] },
    effects: [
      { flag: 'walkout', set: true },
      { holder: { holder: 'serb-staff' }, to: 'walked-out' },
      { police: 'all', delta: -10 },
      { unrest: 'all', delta: 8 },
      { meter: 'support', delta: 6 },
      { meter: 'standing', delta: -3 },
      { meter: 'special', delta: -4 },
      { relation: ['serbs', 'kosovo'], delta: -10 },
      { relation: ['serbs', 'serbia'], delta: 4 },
      { meter: 'special', actor: 'kosovo', delta: -6 },
      { rungFloor: 3 },
      { heat: 2 },
    ],
  },
  {
    id: 'serbs.barricades',
    actor: 'serbs',
    cost: 2,
    stance: 'hawk',
    phase: 'ground',
    source: BARRICADES,
    requires: { flag: 'barricadesUp', is: false },
    effects: [
      { flag: 'barricadesUp', set: true },
      { unrest: 'all', delta: 10 },
      { police: 'all', delta: -5 },
      { meter: 'support', delta: 3 },
      { meter: 'standing', delta: -4 },
      { meter: 'special', delta: 2 },
      { rungFloor: 4 },
      { heat: 3 },
    ],
  },
  {
    // 1 August and from 29 December 2022: the barricades removed, then the crossings reopened.
    id: 'serbs.remove-barricades',
    actor: 'serbs',
    cost: 1,
    stance: 'dove',
    phase: 'ground',
    source: REOPENED,
    requires: { flag: 'barricadesUp' },
    aiBoost: [{ if: { flag: 'leaderReleased' }, percent: 400 }],
    effects: [
      { flag: 'barricadesUp', set: false },
      { flag: 'crossingsClosed', set: false },
      { unrest: 'all', delta: -12 },
      { meter: 'support', delta: -3 },
      { meter: 'standing', delta: 5 },
      { meter: 'special', delta: 3 },
      { heat: -3 },
    ],
  },
  {
    id: 'serbs.appeal-belgrade',
    actor: 'serbs',
    cost: 1,
    stance: 'neutral',
    phase: 'statements',
    source: SIRENS,
    effects: [
      { relation: ['serbs', 'serbia'], delta: 5 },
      { meter: 'support', delta: 2 },
      { meter: 'support', actor: 'serbia', delta: 2 },
    ],
  },
  {
    // 5 November 2022: Goran Rakić's terms for a return (the plate decision withdrawn, the Association formed).
    id: 'serbs.conditions',
    actor: 'serbs',
    cost: 1,
    stance: 'neutral',
    phase: 'talks',
    source: WALKOUT_TERMS,
    requires: { flag: 'walkout' },
    effects: [
      { meter: 'support', delta: 3 },
      { meter: 'standing', delta: 2 },
      { relation: ['serbs', 'eu'], delta: 3 },
    ],
  },
];
