import type { ActionDef } from '../../../sim/types';

const LAJCAK = 'https://mia.mk/lajcak-appointed-eu-special-representative-for-serbia-kosovo-dialogue/?lang=en';

export const euActions: ActionDef[] = [
  { id: 'eu.hold', actor: 'eu', cost: 0, stance: 'neutral', phase: 'statements', effects: [] },
  {
    id: 'eu.call-calm',
    actor: 'eu',
    cost: 1,
    stance: 'dove',
    phase: 'statements',
    source: LAJCAK,
    // A call for calm carries weight in a crisis and little in a calm.
    effects: [
      {
        if: { rungAtLeast: 5 },
        then: [{ meter: 'special', delta: 4 }],
        else: [{ if: { rungAtLeast: 3 }, then: [{ meter: 'special', delta: 1 }] }],
      },
      { meter: 'standing', delta: 1 },
      { heat: -1 },
    ],
  },
  {
    id: 'eu.convene',
    actor: 'eu',
    cost: 2,
    stance: 'dove',
    phase: 'talks',
    source: 'https://eeas.europa.eu/node/419496_fr?page_lang=en',
    requires: { flag: 'talksConvened', is: false },
    effects: [
      { flag: 'talksConvened', set: true },
      { meter: 'special', delta: 10 },
      { meter: 'standing', delta: 2 },
      { relation: ['eu', 'serbia'], delta: 2 },
      { relation: ['eu', 'kosovo'], delta: 2 },
      { heat: -2 },
    ],
  },
  {
    // The deals of 27 August and 23 November 2022 were brokered in Brussels.
    id: 'eu.propose-deal',
    actor: 'eu',
    cost: 1,
    stance: 'dove',
    phase: 'talks',
    source: 'https://europeanwesternbalkans.com/2022/11/24/serbia-and-kosovo-agreed-on-the-measures-to-avoid-further-escalation/',
    requires: { flag: 'talksConvened' },
    effects: [
      { meter: 'special', delta: 3 },
      { relation: ['eu', 'serbia'], delta: 2 },
      { relation: ['eu', 'kosovo'], delta: 2 },
      { heat: -1 },
    ],
  },
  {
    id: 'eu.press-serbia',
    actor: 'eu',
    cost: 1,
    stance: 'neutral',
    phase: 'statements',
    source: LAJCAK,
    effects: [
      { meter: 'special', actor: 'serbia', delta: -5 },
      { relation: ['eu', 'serbia'], delta: -5 },
      { meter: 'special', delta: -2 },
    ],
  },
  {
    id: 'eu.press-kosovo',
    actor: 'eu',
    cost: 1,
    stance: 'neutral',
    phase: 'statements',
    source: 'https://news.am/eng/news/714261.html',
    effects: [
      { meter: 'standing', actor: 'kosovo', delta: -4 },
      { relation: ['eu', 'kosovo'], delta: -5 },
      { meter: 'special', delta: -2 },
    ],
  },
];
