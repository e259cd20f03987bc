import type { ActionDef } from '../../../sim/types';

// The outside powers: the USA, Russia and China (AI-only roles).
export const usaActions: ActionDef[] = [
  { id: 'usa.hold', actor: 'usa', cost: 0, stance: 'neutral', phase: 'statements', effects: [] },
  {
    id: 'usa.urge-both',
    actor: 'usa',
    cost: 1,
    stance: 'dove',
    phase: 'statements',
    effects: [{ meter: 'special', delta: 3 }, { heat: -2 }],
  },
  {
    // 31 July 2022: Kosovo postponed its rules after talks with the US and EU.
    id: 'usa.urge-postpone',
    actor: 'usa',
    cost: 1,
    stance: 'neutral',
    phase: 'statements',
    source: 'https://news.am/eng/news/714261.html',
    requires: { any: [{ flag: 'rulesDue' }, { flag: 'platesEnforced' }] },
    effects: [
      { meter: 'standing', actor: 'kosovo', delta: -3 },
      { relation: ['usa', 'kosovo'], delta: -4 },
      { meter: 'special', delta: 2 },
      { heat: -1 },
    ],
  },
  {
    id: 'usa.warn-serbia',
    actor: 'usa',
    cost: 1,
    stance: 'neutral',
    phase: 'statements',
    aiBoost: [{ if: { flag: 'troopsAtLine' }, percent: 300 }],
    requires: { any: [{ flag: 'armyHighReadiness' }, { flag: 'troopsAtLine' }] },
    effects: [
      { meter: 'standing', actor: 'serbia', delta: -5 },
      { relation: ['usa', 'serbia'], delta: -6 },
      { meter: 'special', delta: 2 },
    ],
  },
  {
    id: 'usa.back-kosovo',
    actor: 'usa',
    cost: 1,
    stance: 'neutral',
    phase: 'statements',
    effects: [
      { meter: 'support', actor: 'kosovo', delta: 3 },
      { relation: ['usa', 'kosovo'], delta: 4 },
      { relation: ['usa', 'serbia'], delta: -3 },
    ],
  },
];

export const russiaActions: ActionDef[] = [
  { id: 'russia.hold', actor: 'russia', cost: 0, stance: 'neutral', phase: 'statements', effects: [] },
  {
    id: 'russia.blame-west',
    actor: 'russia',
    cost: 1,
    stance: 'hawk',
    phase: 'statements',
    effects: [
      { meter: 'special', delta: 4 },
      { relation: ['russia', 'usa'], delta: -4 },
      { relation: ['russia', 'kfor'], delta: -4 },
      { relation: ['russia', 'serbia'], delta: 3 },
      { meter: 'special', actor: 'kfor', delta: -2 },
      { heat: 1 },
    ],
  },
  {
    id: 'russia.unsc',
    actor: 'russia',
    cost: 2,
    stance: 'neutral',
    phase: 'statements',
    source: 'https://geopolitikon.org/en/serbia-is-not-sacrificing-kosovo-in-exchange-for-eu-membership-says-president-vucic/',
    requires: { flag: 'unscSession', is: false },
    effects: [
      { flag: 'unscSession', set: true },
      { meter: 'special', delta: 5 },
      { relation: ['russia', 'serbia'], delta: 4 },
      { meter: 'standing', delta: 1 },
    ],
  },
  {
    id: 'russia.back-serbia',
    actor: 'russia',
    cost: 1,
    stance: 'neutral',
    phase: 'statements',
    source: 'https://emerging-europe.com/news/the-explainer-the-eus-kosovo-refuseniks/',
    effects: [
      { relation: ['russia', 'serbia'], delta: 6 },
      { meter: 'support', actor: 'serbia', delta: 2 },
      { meter: 'special', delta: 2 },
    ],
  },
  {
    id: 'russia.urge-restraint',
    actor: 'russia',
    cost: 1,
    stance: 'dove',
    phase: 'statements',
    effects: [{ meter: 'standing', delta: 2 }, { heat: -1 }],
  },
];

export const chinaActions: ActionDef[] = [
  { id: 'china.hold', actor: 'china', cost: 0, stance: 'neutral', phase: 'statements', effects: [] },
  {
    id: 'china.sovereignty',
    actor: 'china',
    cost: 1,
    stance: 'neutral',
    phase: 'statements',
    source: 'https://emerging-europe.com/news/the-explainer-the-eus-kosovo-refuseniks/',
    effects: [
      { relation: ['china', 'serbia'], delta: 5 },
      { relation: ['china', 'eu'], delta: -1 },
      { meter: 'special', delta: -1 },
    ],
  },
  {
    id: 'china.urge-talks',
    actor: 'china',
    cost: 1,
    stance: 'dove',
    phase: 'statements',
    effects: [{ meter: 'special', delta: 3 }, { relation: ['china', 'eu'], delta: 2 }, { heat: -1 }],
  },
];
