import type { EventDef } from '../../sim/types';

// The event deck: things no actor in the game orders directly. Scripted events
// fire on their turn if their condition holds; random ones roll each turn while
// eligible. Every one rests on a facts.md source.
export const events: EventDef[] = [
  {
    id: 'election-results',
    kind: 'scripted',
    turn: 1,
    source: 'https://www.nation.com.pk/25-Apr-2023/kosovo-s-serbs-boycott-polls-in-northern-enclaves',
    effects: [{ unrest: 'all', delta: 8 }, { flag: 'boycottHolds', set: true }, { heat: 1 }],
  },
  {
    id: 'embassy-anniversary',
    kind: 'scripted',
    turn: 5,
    source: 'https://wikimili.com/en/United_States_bombing_of_the_Chinese_embassy_in_Belgrade',
    effects: [
      { relation: ['china', 'serbia'], delta: 3 },
      { relation: ['china', 'usa'], delta: -2 },
    ],
  },
  {
    // 19 May 2023: Erden Atiq took the oath in the North Mitrovica building
    // without force, a week before the forced entries elsewhere. Here the
    // mayor moves in peacefully between turns 9 and 11 if no building has been
    // entered yet and the north is calm; after a forced entry, or in a crisis,
    // the peaceful entry no longer happens.
    id: 'mitrovica-mayor',
    kind: 'random',
    source: 'https://prishtinainsight.com/new-mayor-of-north-mitrovica-sworn-into-office',
    when: {
      all: [{ turnAtLeast: 9 }, { turnAtMost: 11 }, { holderCount: 'local-serbs', atLeast: 4 }, { not: { maxUnrestAtLeast: 50 } }],
    },
    chance: { base: 100 },
    effects: [
      { holder: 'north-mitrovica', to: 'kosovo-mayor' },
      { unrest: 'north-mitrovica', delta: 3 },
    ],
  },
  {
    id: 'ohrid-reminder',
    kind: 'random',
    source: 'https://mia.mk/en/story/borrell',
    when: { rungAtLeast: 3 },
    chance: { base: 15 },
    effects: [{ meter: 'special', actor: 'eu', delta: 2 }, { heat: -1 }],
  },
  {
    id: 'night-sirens',
    kind: 'random',
    source: 'https://news.am/eng/news/714261.html',
    when: { maxUnrestAtLeast: 55 },
    chance: { base: 10, scale: [{ signal: 'maxUnrest', per: 20 }] },
    effects: [{ unrest: 'all', delta: 6 }, { heat: 1 }],
  },
  {
    id: 'shots-near-patrol',
    kind: 'random',
    once: false,
    source: 'https://www.washingtontimes.com/news/2022/dec/28/kosovo-serb-dejan-pantic-whose-arrest-caused-crisi/',
    when: { all: [{ flag: 'barricadesUp' }, { rungAtLeast: 4 }] },
    chance: { base: 15, scale: [{ signal: 'avgPolice', per: 20 }] },
    effects: [{ heat: 2 }, { unrest: 'all', delta: 4 }],
  },
  {
    id: 'crossings-close',
    kind: 'random',
    source: 'https://n1info.hr/english/news/kosovo-serbs-still-blocking-roads-kosovo-police-cut-off-north-kosovo/',
    when: { flag: 'barricadesUp' },
    chance: { base: 50 },
    effects: [
      { flag: 'crossingsClosed', set: true },
      { unrest: { holder: 'local-serbs' }, delta: 3 },
    ],
  },
  {
    id: 'turkish-battalion',
    kind: 'random',
    source: 'https://www.abc.net.au/news/2023-06-03/turkiye-announces-commando-battalion-group-to-join-nato-forces/102437636',
    when: { flag: 'reinforcementsDeployed' },
    chance: { base: 60 },
    effects: [
      { troops: 'all', delta: 8 },
      { meter: 'special', actor: 'kfor', delta: 2 },
    ],
  },
  {
    id: 'fk3-report',
    kind: 'random',
    source: 'https://defbrief.com/2022/04/10/chinese-airlifters-deliver-fk-3-air-defense-system-to-serbia/',
    when: { rungAtLeast: 5 },
    chance: { base: 12 },
    effects: [{ relation: ['usa', 'china'], delta: -3 }, { meter: 'support', actor: 'serbia', delta: 2 }, { heat: 1 }],
  },
  {
    id: 'rival-party',
    kind: 'random',
    source: 'https://europeanwesternbalkans.com/2023/10/26/serbian-list-gets-new-leadership-more-kosovo-serb-parties-are-emerging/',
    when: { all: [{ turnAtLeast: 8 }, { meter: { actor: 'serbs', meter: 'support', atMost: 45 } }] },
    chance: { base: 25 },
    effects: [{ meter: 'support', actor: 'serbs', delta: -4 }],
  },
  {
    id: 'kfor-wounded-count',
    kind: 'random',
    source: 'https://cdt.ch/news/mondo/kfor-30-i-militari-feriti-in-kosovo-11-italiani-e-19-ungheresi-318350',
    when: { casualtiesAtLeast: { group: 'kfor', injured: 10 } },
    chance: { base: 100 },
    effects: [
      { relation: ['kfor', 'serbs'], delta: -6 },
      { meter: 'support', actor: 'kfor', delta: 3 },
      { meter: 'standing', actor: 'serbs', delta: -3 },
    ],
  },
  {
    id: 'belgrade-injured-claim',
    kind: 'random',
    source: 'https://tanjug.rs/english/politics/32905/many-injured-in-zvecan-clashes-one-serb-shot-and-wounded-with-ak-47/amp',
    when: { casualtiesAtLeast: { group: 'civilians', injured: 15 } },
    chance: { base: 100 },
    effects: [
      { meter: 'support', actor: 'serbia', delta: 3 },
      { relation: ['serbia', 'kosovo'], delta: -4 },
      { unrest: 'all', delta: 4 },
    ],
  },
  {
    id: 'gazivode-dispute',
    kind: 'random',
    source: 'https://dialogue-info.com/water-resource-opportunities-at-lake-gazivode-ujman/',
    when: { rungAtLeast: 3 },
    chance: { base: 8 },
    effects: [{ unrest: 'zubin-potok', delta: 8 }, { relation: ['serbia', 'kosovo'], delta: -2 }, { heat: 1 }],
  },
  {
    id: 'officers-location-dispute',
    kind: 'random',
    source: 'https://www.krone.at/3033732',
    when: { flag: 'officersDetained' },
    chance: { base: 100 },
    effects: [
      { meter: 'support', actor: 'kosovo', delta: 3 },
      { relation: ['serbia', 'kosovo'], delta: -4 },
      { meter: 'special', actor: 'kfor', delta: -2 },
      { heat: 1 },
    ],
  },
  {
    id: 'officers-released',
    kind: 'random',
    source: 'https://rferl.org/amp/serbia-releases-kosovo-policemen/32476074.html',
    when: { all: [{ flag: 'officersDetained' }, { eventFired: 'officers-location-dispute' }] },
    chance: { base: 35 },
    effects: [
      { flag: 'officersDetained', set: false },
      { relation: ['serbia', 'kosovo'], delta: 4 },
      { relation: ['usa', 'kosovo'], delta: 3 },
      { heat: -2 },
    ],
  },
  {
    id: 'western-envoys',
    kind: 'random',
    source: 'https://lapost.us/?p=58205',
    when: { rungAtLeast: 5 },
    chance: { base: 25 },
    effects: [{ heat: -1 }, { meter: 'standing', actor: 'kosovo', delta: -1 }, { meter: 'standing', actor: 'serbia', delta: -1 }],
  },
  {
    id: 'line-incident',
    kind: 'random',
    once: false,
    source: 'https://cyprus-mail.com/2023/09/30/us-monitoring-large-serbian-force-along-kosovo-border-white-house/',
    when: { flag: 'troopsAtLine' },
    chance: { base: 4, scale: [{ signal: 'rung', per: 100 }] },
    effects: [{ incident: 'line-shots', armed: true }, { casualties: 'police', injured: 1, spread: 2 }, { rungFloor: 7 }],
  },
  {
    id: 'armed-group',
    kind: 'random',
    source:
      'https://eparhija-prizren.com/en/news/urgent-announcement-of-the-diocese-of-raska-prizren-regarding-the-armed-conflict-near-banjska-monastery/',
    when: { all: [{ rungAtLeast: 6 }, { meter: { actor: 'serbs', meter: 'special', atMost: 30 } }] },
    chance: { base: 6, scale: [{ signal: 'rung', per: 100 }] },
    effects: [
      { casualties: 'police', injured: 2, killed: 1, spread: 2 },
      { incident: 'banjska-ambush', armed: true },
      { rungFloor: 7 },
      { meter: 'standing', actor: 'serbia', delta: -6 },
      { relation: ['serbia', 'kosovo'], delta: -10 },
      { unrest: 'zvecan', delta: 15 },
    ],
  },
  {
    id: 'recognition-claim',
    kind: 'random',
    source: 'https://cmio.org/en/world/835755-vucic-names-countries-that-have-withdrawn-recognition-of-kosovos-independence',
    when: { turnAtLeast: 3 },
    chance: { base: 6 },
    effects: [
      { meter: 'support', actor: 'serbia', delta: 2 },
      { meter: 'standing', actor: 'kosovo', delta: -2 },
      { relation: ['serbia', 'kosovo'], delta: -2 },
    ],
  },
  {
    id: 'unmik-briefing',
    kind: 'random',
    source: 'https://media.un.org/avlibrary/en/asset/d335/d3359740',
    when: { flag: 'unscSession' },
    chance: { base: 100 },
    effects: [{ flag: 'unscSession', set: false }, { meter: 'special', actor: 'russia', delta: 2 }, { heat: -1 }],
  },
];
