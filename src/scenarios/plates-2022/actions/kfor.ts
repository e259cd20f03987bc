import type { ActionDef } from '../../../sim/types';

const MANDATE = 'https://rks.news/kfor-around-4700-troops-in-kosovo-ready-to-confront-any-potential-threats';

export const kforActions: ActionDef[] = [
  { id: 'kfor.hold', actor: 'kfor', cost: 0, stance: 'neutral', phase: 'deployments', effects: [] },
  {
    id: 'kfor.patrol',
    actor: 'kfor',
    cost: 1,
    stance: 'dove',
    phase: 'deployments',
    source: MANDATE,
    effects: [{ troops: 'all', delta: 10 }, { unrest: 'all', delta: -4 }, { meter: 'special', delta: 2 }, { heat: -1 }],
  },
  {
    id: 'kfor.mediate',
    actor: 'kfor',
    cost: 1,
    stance: 'dove',
    phase: 'statements',
    aiBoost: [{ if: { flag: 'barricadesUp' }, percent: 200 }],
    source: MANDATE,
    effects: [
      { relation: ['kfor', 'serbia'], delta: 4 },
      { relation: ['kfor', 'serbs'], delta: 3 },
      { meter: 'special', delta: 2 },
      { heat: -2 },
    ],
  },
  {
    id: 'kfor.bridge',
    actor: 'kfor',
    cost: 1,
    stance: 'dove',
    phase: 'deployments',
    source: 'https://wikimili.com/en/New_Bridge,_Mitrovica',
    effects: [
      { troops: 'north-mitrovica', delta: 20 },
      { unrest: 'north-mitrovica', delta: -8 },
      { meter: 'special', delta: 1 },
      { heat: -1 },
    ],
  },
  {
    id: 'kfor.impartial',
    actor: 'kfor',
    cost: 1,
    stance: 'dove',
    phase: 'statements',
    source: MANDATE,
    effects: [
      { relation: ['kfor', 'kosovo'], delta: -2 },
      { relation: ['kfor', 'serbia'], delta: -2 },
      { meter: 'special', delta: 3 },
      { meter: 'standing', delta: 2 },
      { heat: -2 },
    ],
  },
  {
    // As in 2021, when KFOR held the two crossings for about two weeks.
    id: 'kfor.crossings',
    actor: 'kfor',
    cost: 2,
    stance: 'dove',
    phase: 'ground',
    source: 'https://dialogue-info.com/new-agreement-on-vehicle-car-plates/',
    effects: [
      { troops: 'leposavic', delta: 15 },
      { troops: 'zubin-potok', delta: 15 },
      { unrest: 'leposavic', delta: -6 },
      { unrest: 'zubin-potok', delta: -6 },
      { relation: ['kfor', 'serbs'], delta: -2 },
      { meter: 'special', delta: 2 },
      { heat: -1 },
    ],
  },
  {
    // December 2022: KFOR said no to Belgrade's request (made public on 8 January 2023).
    id: 'kfor.refuse-return',
    actor: 'kfor',
    cost: 1,
    stance: 'neutral',
    phase: 'statements',
    once: true,
    source: 'https://n1info.hr/english/news/kfor-rejects-belgrades-request-for-return-of-serbian-military-to-kosovo',
    requires: { flag: 'returnRequested' },
    effects: [
      { flag: 'returnRefused', set: true },
      { relation: ['kfor', 'serbia'], delta: -4 },
      { meter: 'special', delta: 3 },
      { meter: 'special', actor: 'serbia', delta: -2 },
      { meter: 'support', actor: 'serbia', delta: 2 },
    ],
  },
];
