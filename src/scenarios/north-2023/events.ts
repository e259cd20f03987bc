import type { EventDef } from '../../sim/types';

// The event deck: things no actor in the game orders directly. Scripted events
// fire on their turn if their condition holds; random ones roll each turn while
// eligible. Every one rests on a facts.md source.
export const events: EventDef[] = [
  {
    id: 'election-results', kind: 'scripted', turn: 1, title: 'Mayors elected on a 3.5% turnout',
    text: 'Results of the 23 April local elections: with the Serb boycott, turnout was 3.47%. Albanian candidates won all four mayoralties.',
    source: 'https://www.nation.com.pk/25-Apr-2023/kosovo-s-serbs-boycott-polls-in-northern-enclaves',
    effects: [{ unrest: 'all', delta: 8 }, { flag: 'boycottHolds', set: true }, { heat: 1 }],
  },
  {
    id: 'embassy-anniversary', kind: 'scripted', turn: 5, title: 'Beijing marks the 1999 embassy bombing',
    text: 'On 7 May China remembers the three journalists killed when US bombs hit its Belgrade embassy in 1999.',
    source: 'https://wikimili.com/en/United_States_bombing_of_the_Chinese_embassy_in_Belgrade',
    effects: [{ relation: ['china', 'serbia'], delta: 3 }, { relation: ['china', 'usa'], delta: -2 }],
  },
  {
    id: 'ohrid-reminder', kind: 'random', title: 'Brussels recalls the Ohrid commitments',
    text: 'EU officials remind both sides that the February agreement and the Ohrid annex tie the dialogue to their EU paths.',
    source: 'https://mia.mk/en/story/borrell',
    when: { rungAtLeast: 3 }, chance: { base: 15 },
    effects: [{ meter: 'special', actor: 'eu', delta: 2 }, { heat: -1 }],
  },
  {
    id: 'night-sirens', kind: 'random', title: 'Sirens in the night',
    text: 'Sirens sound in the northern towns and people gather at the roadsides, as on the night of 31 July 2022.',
    source: 'https://news.am/eng/news/714261.html',
    when: { maxUnrestAtLeast: 55 }, chance: { base: 10, scale: [{ signal: 'maxUnrest', per: 20 }] },
    effects: [{ unrest: 'all', delta: 6 }, { heat: 1 }],
  },
  {
    id: 'shots-near-patrol', kind: 'random', once: false, title: 'Shots near a police patrol',
    text: 'Shots and a blast are reported near a police patrol close to the barricades; nobody is hurt, as in December 2022.',
    source: 'https://www.washingtontimes.com/news/2022/dec/28/kosovo-serb-dejan-pantic-whose-arrest-caused-crisi/',
    when: { all: [{ flag: 'barricadesUp' }, { rungAtLeast: 4 }] }, chance: { base: 15, scale: [{ signal: 'avgPolice', per: 20 }] },
    effects: [{ heat: 2 }, { unrest: 'all', delta: 4 }],
  },
  {
    id: 'crossings-close', kind: 'random', title: 'Jarinje and Brnjak close',
    text: 'With barricades on the roads, traffic stops at the Jarinje and Brnjak crossing points.',
    source: 'https://n1info.hr/english/news/kosovo-serbs-still-blocking-roads-kosovo-police-cut-off-north-kosovo/',
    when: { flag: 'barricadesUp' }, chance: { base: 50 },
    effects: [{ flag: 'crossingsClosed', set: true }, { unrest: { holder: 'local-serbs' }, delta: 3 }],
  },
  {
    id: 'turkish-battalion', kind: 'random', title: 'A Turkish commando battalion arrives',
    text: 'About 500 Turkish commandos join KFOR at Camp Sultan Murat, near Prizren, days after NATO’s decision.',
    source: 'https://www.abc.net.au/news/2023-06-03/turkiye-announces-commando-battalion-group-to-join-nato-forces/102437636',
    when: { flag: 'reinforcementsDeployed' }, chance: { base: 60 },
    effects: [{ kfor: 'all', delta: 8 }, { meter: 'special', actor: 'kfor', delta: 2 }],
  },
  {
    id: 'fk3-report', kind: 'random', title: 'Reports recall China’s air-defence delivery',
    text: 'Commentators recall the FK-3 air-defence system China flew to Belgrade in April 2022, and earlier US warnings.',
    source: 'https://defbrief.com/2022/04/10/chinese-airlifters-deliver-fk-3-air-defense-system-to-serbia/',
    when: { rungAtLeast: 5 }, chance: { base: 12 },
    effects: [{ relation: ['usa', 'china'], delta: -3 }, { meter: 'support', actor: 'serbia', delta: 2 }, { heat: 1 }],
  },
  {
    id: 'rival-party', kind: 'random', title: 'A rival Serb party challenges Srpska Lista',
    text: 'New Kosovo Serb parties say Srpska Lista no longer speaks for everyone in the north.',
    source: 'https://europeanwesternbalkans.com/2023/10/26/serbian-list-gets-new-leadership-more-kosovo-serb-parties-are-emerging/',
    when: { all: [{ turnAtLeast: 8 }, { meter: { actor: 'serbs', meter: 'support', atMost: 45 } }] }, chance: { base: 25 },
    effects: [{ meter: 'support', actor: 'serbs', delta: -4 }],
  },
  {
    id: 'kfor-wounded-count', kind: 'random', title: 'Italy and Hungary count their wounded',
    text: 'KFOR gives its count of injured soldiers, Italian and Hungarian, after the clashes; the governments in Rome and Budapest give their own, higher figures.',
    source: 'https://cdt.ch/news/mondo/kfor-30-i-militari-feriti-in-kosovo-11-italiani-e-19-ungheresi-318350',
    when: { casualtiesAtLeast: { group: 'kfor', injured: 10 } }, chance: { base: 100 },
    effects: [{ relation: ['kfor', 'serbs'], delta: -6 }, { meter: 'support', actor: 'kfor', delta: 3 }, { meter: 'standing', actor: 'serbs', delta: -3 }],
  },
  {
    id: 'belgrade-injured-claim', kind: 'random', title: 'Belgrade says dozens of Serbs were hurt',
    text: 'Serbia’s president says more than fifty Serbs were injured; state media report a protester shot. KFOR and Pristina dispute the account.',
    source: 'https://tanjug.rs/english/politics/32905/many-injured-in-zvecan-clashes-one-serb-shot-and-wounded-with-ak-47/amp',
    when: { casualtiesAtLeast: { group: 'civilians', injured: 15 } }, chance: { base: 100 },
    effects: [{ meter: 'support', actor: 'serbia', delta: 3 }, { relation: ['serbia', 'kosovo'], delta: -4 }, { unrest: 'all', delta: 4 }],
  },
  {
    id: 'gazivode-dispute', kind: 'random', title: 'Dispute over Gazivode/Ujman water',
    text: 'Both sides claim control of the Gazivode/Ujman lake, which supplies water to Mitrovica and cooling water to Kosovo’s power plants.',
    source: 'https://dialogue-info.com/water-resource-opportunities-at-lake-gazivode-ujman/',
    when: { rungAtLeast: 3 }, chance: { base: 8 },
    effects: [{ unrest: 'zubin-potok', delta: 8 }, { relation: ['serbia', 'kosovo'], delta: -2 }, { heat: 1 }],
  },
  {
    id: 'officers-location-dispute', kind: 'random', title: 'Where were the officers detained?',
    text: 'Serbia says the three Kosovo officers were caught inside central Serbia; Pristina says they were taken inside Kosovo. KFOR says it cannot tell.',
    source: 'https://www.krone.at/3033732',
    when: { flag: 'officersDetained' }, chance: { base: 100 },
    effects: [{ meter: 'support', actor: 'kosovo', delta: 3 }, { relation: ['serbia', 'kosovo'], delta: -4 }, { meter: 'special', actor: 'kfor', delta: -2 }, { heat: 1 }],
  },
  {
    id: 'officers-released', kind: 'random', title: 'A Serbian court releases the three officers',
    text: 'A court in Kraljevo releases the Kosovo police officers pending trial, keeping the weapons indictment; the US helped.',
    source: 'https://rferl.org/amp/serbia-releases-kosovo-policemen/32476074.html',
    when: { all: [{ flag: 'officersDetained' }, { eventFired: 'officers-location-dispute' }] }, chance: { base: 35 },
    effects: [{ flag: 'officersDetained', set: false }, { relation: ['serbia', 'kosovo'], delta: 4 }, { relation: ['usa', 'kosovo'], delta: 3 }, { heat: -2 }],
  },
  {
    id: 'western-envoys', kind: 'random', title: 'Western envoys press both leaders',
    text: 'US and EU envoys ask Pristina to pull police back and Belgrade to lower its alert and restrain the protesters.',
    source: 'https://lapost.us/?p=58205',
    when: { rungAtLeast: 5 }, chance: { base: 25 },
    effects: [{ heat: -1 }, { meter: 'standing', actor: 'kosovo', delta: -1 }, { meter: 'standing', actor: 'serbia', delta: -1 }],
  },
  {
    id: 'armed-group', kind: 'random', title: 'Armed men ambush a police patrol',
    text: 'An armed group ambushes a police patrol near Banjska/Banjskë; an officer is killed and the attackers barricade themselves in the monastery grounds. Pristina blames Belgrade, which denies any role.',
    source: 'https://eparhija-prizren.com/en/news/urgent-announcement-of-the-diocese-of-raska-prizren-regarding-the-armed-conflict-near-banjska-monastery/',
    when: { all: [{ rungAtLeast: 6 }, { meter: { actor: 'serbs', meter: 'special', atMost: 30 } }] }, chance: { base: 6, scale: [{ signal: 'rung', per: 100 }] },
    effects: [
      { casualties: 'police', injured: 2, killed: 1, spread: 2 }, { incident: 'banjska-ambush', armed: true }, { rungFloor: 7 },
      { meter: 'standing', actor: 'serbia', delta: -6 }, { relation: ['serbia', 'kosovo'], delta: -10 }, { unrest: 'zvecan', delta: 15 },
    ],
  },
  {
    id: 'recognition-claim', kind: 'random', title: 'Belgrade claims a withdrawal of recognition',
    text: 'Serbian officials say another state has withdrawn its recognition of Kosovo; Pristina disputes the count.',
    source: 'https://cmio.org/en/world/835755-vucic-names-countries-that-have-withdrawn-recognition-of-kosovos-independence',
    when: { turnAtLeast: 3 }, chance: { base: 6 },
    effects: [{ meter: 'support', actor: 'serbia', delta: 2 }, { meter: 'standing', actor: 'kosovo', delta: -2 }, { relation: ['serbia', 'kosovo'], delta: -2 }],
  },
  {
    id: 'unmik-briefing', kind: 'random', title: 'UNMIK briefs the Security Council',
    text: 'The head of the UN mission reports to the Security Council on the north; members restate their known positions.',
    source: 'https://media.un.org/avlibrary/en/asset/d335/d3359740',
    when: { flag: 'unscSession' }, chance: { base: 100 },
    effects: [{ flag: 'unscSession', set: false }, { meter: 'special', actor: 'russia', delta: 2 }, { heat: -1 }],
  },
];
