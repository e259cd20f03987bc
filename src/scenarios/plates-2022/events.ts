import type { EventDef } from '../../sim/types';

// The event deck: things no actor in the game orders directly. Scripted events
// fire on their turn if their condition holds; random ones roll each turn while
// eligible. Every one rests on a docs/facts.md source.
export const events: EventDef[] = [
  {
    // 31 July 2022: the night before the rules are due (unless they were already postponed).
    id: 'rules-due',
    kind: 'scripted',
    turn: 1,
    source: 'https://news.am/eng/news/714261.html',
    when: { flag: 'rulesDue' },
    effects: [{ unrest: 'all', delta: 10 }, { heat: 1 }],
  },
  {
    // The postponed rules come due again after a month (1 September) unless deals have been made.
    id: 'deadline-again',
    kind: 'scripted',
    turn: 6,
    source: 'https://news.am/eng/news/714261.html',
    when: { all: [{ flag: 'rulesPostponed' }, { flag: 'platesEnforced', is: false }] },
    effects: [{ unrest: 'all', delta: 5 }, { heat: 1 }],
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
    // Reports put the police resignations at about 600 (uncertain).
    id: 'police-resignations',
    kind: 'random',
    source: 'https://earthpressnews.com/?p=225981',
    when: { flag: 'walkout' },
    chance: { base: 100 },
    effects: [
      { police: { holder: 'walked-out' }, delta: -10 },
      { unrest: 'all', delta: 4 },
      { meter: 'special', actor: 'kosovo', delta: -3 },
    ],
  },
  {
    // December 2022: shootings and blasts near patrols, no serious injuries.
    id: 'shots-near-patrol',
    kind: 'random',
    once: false,
    source: 'https://www.washingtontimes.com/news/2022/dec/28/kosovo-serb-dejan-pantic-whose-arrest-caused-crisi/',
    when: { all: [{ flag: 'barricadesUp' }, { rungAtLeast: 4 }] },
    chance: { base: 15, scale: [{ signal: 'avgPolice', per: 20 }] },
    effects: [{ heat: 2 }, { unrest: 'all', delta: 4 }],
  },
  {
    // 10 December 2022: with barricades across the north, Jarinje and Brnjak closed.
    id: 'crossings-close',
    kind: 'random',
    once: false,
    source: 'https://n1info.hr/english/news/kosovo-serbs-still-blocking-roads-kosovo-police-cut-off-north-kosovo/',
    when: {
      all: [{ flag: 'barricadesUp' }, { flag: 'crossingsClosed', is: false }, { any: [{ flag: 'leaderArrested' }, { rungAtLeast: 6 }] }],
    },
    chance: { base: 100 },
    effects: [
      { flag: 'crossingsClosed', set: true },
      { unrest: 'all', delta: 3 },
      { meter: 'support', actor: 'serbs', delta: -2 },
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
    id: 'gazivode-dispute',
    kind: 'random',
    source: 'https://dialogue-info.com/water-resource-opportunities-at-lake-gazivode-ujman/',
    when: { rungAtLeast: 3 },
    chance: { base: 8 },
    effects: [{ unrest: 'zubin-potok', delta: 8 }, { relation: ['serbia', 'kosovo'], delta: -2 }, { heat: 1 }],
  },
  {
    id: 'line-incident',
    kind: 'random',
    once: false,
    source: 'https://pledgetimes.com/serbia-army-on-high-alert-due-to-further-unrest-in-kosovo/',
    when: { flag: 'troopsAtLine' },
    chance: { base: 4, scale: [{ signal: 'rung', per: 100 }] },
    effects: [{ incident: 'line-shots', armed: true }, { casualties: 'police', injured: 1, spread: 2 }, { rungFloor: 7 }],
  },
  {
    // What if the barricades turned violent: the clashes that came in May 2023 (not in 2022).
    id: 'barricade-clash',
    kind: 'random',
    source: 'https://kossev.info/violence-ensues-as-special-police-forcibly-enter-municipal-buildings/',
    when: { all: [{ flag: 'barricadesUp' }, { rungAtLeast: 6 }, { meter: { actor: 'serbs', meter: 'special', atMost: 30 } }] },
    chance: { base: 5, scale: [{ signal: 'avgPolice', per: 20 }] },
    effects: [
      { incident: 'barricade-clash' },
      { casualties: 'police', injured: 2, spread: 3 },
      { casualties: 'civilians', injured: 3, spread: 5 },
      { unrest: 'all', delta: 8 },
      { rungFloor: 6 },
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
