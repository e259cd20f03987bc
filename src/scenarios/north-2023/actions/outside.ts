import type { ActionDef } from '../../../sim/types';

// The outside powers: the USA, Russia and China (AI-only roles for now).
export const usaActions: ActionDef[] = [
  {
    id: 'usa.hold', actor: 'usa', name: 'Watch closely', cost: 0, stance: 'neutral', phase: 'statements',
    summary: 'Follow events through the embassies.', effects: [],
  },
  {
    id: 'usa.urge-both', actor: 'usa', name: 'Urge both leaders to step back', cost: 1, stance: 'dove', phase: 'statements',
    summary: 'Ask Pristina to move the mayors and pull police back, and Belgrade to lower its alert.',
    source: 'https://lapost.us/?p=58205',
    effects: [{ meter: 'special', delta: 3 }, { heat: -2 }],
  },
  {
    id: 'usa.cancel-exercise', actor: 'usa', name: 'Drop Kosovo from a military exercise', cost: 2, stance: 'hawk', phase: 'statements', once: true,
    summary: 'Cancel Kosovo’s part in Defender Europe 23 as a sign of displeasure.',
    source: 'https://xk.usembassy.gov/press_roundtable/',
    requires: { any: [{ flag: 'mayorsInBuildings' }, { flag: 'crossingsClosed' }] }, requiresText: 'Only after uncoordinated steps by Pristina.',
    effects: [
      { flag: 'exerciseCancelled', set: true }, { meter: 'standing', actor: 'kosovo', delta: -6 }, { relation: ['usa', 'kosovo'], delta: -8 },
      { meter: 'special', delta: 2 }, { heat: -1 },
    ],
  },
  {
    id: 'usa.warn-serbia', actor: 'usa', name: 'Warn Belgrade over its troops', cost: 1, stance: 'hawk', phase: 'statements',
    summary: 'Object publicly to the Serbian build-up and ask for a pull-back.',
    aiBoost: [{ if: { flag: 'troopsAtLine' }, percent: 300, why: 'troops massed at the line alarm Washington' }],
    source: 'https://cyprus-mail.com/2023/09/30/us-monitoring-large-serbian-force-along-kosovo-border-white-house/',
    requires: { any: [{ flag: 'armyHighReadiness' }, { flag: 'troopsAtLine' }] }, requiresText: 'Only when Serbia’s army is on alert.',
    effects: [{ meter: 'standing', actor: 'serbia', delta: -5 }, { relation: ['usa', 'serbia'], delta: -6 }, { meter: 'special', delta: 2 }, { heat: -2 }],
  },
  {
    id: 'usa.back-kosovo', actor: 'usa', name: 'Reaffirm support for Kosovo', cost: 1, stance: 'neutral', phase: 'statements',
    summary: 'Restate US backing for Kosovo’s sovereignty and institutions.',
    effects: [{ meter: 'support', actor: 'kosovo', delta: 3 }, { relation: ['usa', 'kosovo'], delta: 4 }, { relation: ['usa', 'serbia'], delta: -3 }, { heat: 1 }],
  },
  {
    id: 'usa.condemn-kosovo', actor: 'usa', name: 'Condemn the forced entry', cost: 1, stance: 'neutral', phase: 'statements',
    summary: 'Criticise Pristina publicly for using force against US advice.',
    source: 'https://www.devdiscourse.com/article/politics/2466196-blinken-condemns-kosovo-for-forced-access-of-municipal-buildings',
    requires: { flag: 'mayorsInBuildings' }, requiresText: 'Only after a forced entry.',
    effects: [{ meter: 'standing', actor: 'kosovo', delta: -4 }, { relation: ['usa', 'kosovo'], delta: -6 }, { meter: 'special', delta: 2 }, { heat: -1 }],
  },
];

export const russiaActions: ActionDef[] = [
  {
    id: 'russia.hold', actor: 'russia', name: 'Stay on the sidelines', cost: 0, stance: 'neutral', phase: 'statements',
    summary: 'Comment only when asked.', effects: [],
  },
  {
    id: 'russia.blame-west', actor: 'russia', name: 'Blame the West and KFOR', cost: 1, stance: 'hawk', phase: 'statements',
    summary: 'Accuse the US, the EU and KFOR of stoking the crisis.',
    source: 'https://tass.com/politics/1623869',
    effects: [
      { meter: 'special', delta: 4 }, { relation: ['russia', 'usa'], delta: -4 }, { relation: ['russia', 'kfor'], delta: -4 },
      { relation: ['russia', 'serbia'], delta: 3 }, { meter: 'special', actor: 'kfor', delta: -2 }, { heat: 1 },
    ],
  },
  {
    id: 'russia.unsc', actor: 'russia', name: 'Call a Security Council session', cost: 2, stance: 'neutral', phase: 'statements',
    summary: 'Take the crisis to the UN Security Council, where Moscow holds a veto.',
    source: 'https://geopolitikon.org/en/serbia-is-not-sacrificing-kosovo-in-exchange-for-eu-membership-says-president-vucic/',
    requires: { flag: 'unscSession', is: false }, requiresText: 'A session has already been called.',
    effects: [{ flag: 'unscSession', set: true }, { meter: 'special', delta: 5 }, { relation: ['russia', 'serbia'], delta: 4 }, { meter: 'standing', delta: 1 }],
  },
  {
    id: 'russia.back-serbia', actor: 'russia', name: 'Pledge support to Belgrade', cost: 1, stance: 'neutral', phase: 'statements',
    summary: 'Say only a solution acceptable to Belgrade can work.',
    source: 'https://geopolitikon.org/en/serbia-is-not-sacrificing-kosovo-in-exchange-for-eu-membership-says-president-vucic/',
    effects: [{ relation: ['russia', 'serbia'], delta: 6 }, { meter: 'support', actor: 'serbia', delta: 2 }, { meter: 'special', delta: 2 }],
  },
  {
    id: 'russia.urge-restraint', actor: 'russia', name: 'Warn against bloodshed', cost: 1, stance: 'dove', phase: 'statements',
    summary: 'Call on everyone to avoid violence against the Serb population.',
    effects: [{ meter: 'standing', delta: 2 }, { heat: -1 }],
  },
];

export const chinaActions: ActionDef[] = [
  {
    id: 'china.hold', actor: 'china', name: 'Keep to the usual line', cost: 0, stance: 'neutral', phase: 'statements',
    summary: 'Repeat the position only when asked.', effects: [],
  },
  {
    id: 'china.sovereignty', actor: 'china', name: 'Back Serbia’s sovereignty on the record', cost: 1, stance: 'neutral', phase: 'statements',
    summary: 'State support for Serbia’s sovereignty and territorial integrity at the daily briefing.',
    source: 'http://en.people.cn/n3/2023/0531/c90000-20025964.html',
    effects: [{ relation: ['china', 'serbia'], delta: 6 }, { relation: ['china', 'eu'], delta: -1 }, { meter: 'special', delta: -1 }],
  },
  {
    id: 'china.call-nato', actor: 'china', name: 'Call on NATO to respect sovereignty', cost: 1, stance: 'hawk', phase: 'statements',
    summary: 'Urge NATO to respect the sovereignty of the countries concerned, recalling 1999.',
    source: 'https://news.cgtn.com/news/2023-05-30/China-urges-NATO-to-respect-Serbia-s-sovereignty-1kem17pxobe/index.html',
    effects: [
      { relation: ['china', 'kfor'], delta: -4 }, { relation: ['china', 'usa'], delta: -4 }, { relation: ['china', 'serbia'], delta: 3 },
      { meter: 'special', delta: -3 }, { heat: 1 },
    ],
  },
  {
    id: 'china.urge-talks', actor: 'china', name: 'Urge dialogue and calm', cost: 1, stance: 'dove', phase: 'statements',
    summary: 'Call for the Association to be set up and for calm, so business can go on.',
    source: 'https://storri.in/world/china-expresses-support-for-serbia-in-renewed-kosovo-clashes-involving-nato-troops/',
    effects: [{ meter: 'special', delta: 3 }, { relation: ['china', 'eu'], delta: 2 }, { heat: -1 }],
  },
];
