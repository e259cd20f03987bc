import type { ActionDef } from '../../../sim/types';

export const serbiaActions: ActionDef[] = [
  {
    id: 'serbia.hold', actor: 'serbia', name: 'Wait and watch', cost: 0, stance: 'neutral', phase: 'statements',
    summary: 'Save political capital for later and let others move first.',
    effects: [],
  },
  {
    id: 'serbia.statement', actor: 'serbia', name: 'Protest loudly to the West', cost: 1, stance: 'hawk', phase: 'statements',
    summary: 'Condemn Pristina’s steps and call on the West to stop them.',
    effects: [{ meter: 'support', delta: 3 }, { meter: 'standing', delta: -1 }, { relation: ['serbia', 'kosovo'], delta: -3 }, { heat: 1 }],
  },
  {
    id: 'serbia.back-boycott', actor: 'serbia', name: 'Back the boycott', cost: 1, stance: 'neutral', phase: 'statements',
    summary: 'Publicly support the northern Serbs staying out of Pristina’s institutions.',
    source: 'https://www.nation.com.pk/25-Apr-2023/kosovo-s-serbs-boycott-polls-in-northern-enclaves',
    requires: { flag: 'boycottHolds' }, requiresText: 'Only while the boycott holds.',
    effects: [{ meter: 'support', delta: 2 }, { relation: ['serbia', 'serbs'], delta: 4 }, { relation: ['serbia', 'eu'], delta: -2 }, { heat: 1 }],
  },
  {
    id: 'serbia.raise-readiness', actor: 'serbia', name: 'Raise army readiness', cost: 2, stance: 'hawk', phase: 'deployments',
    summary: 'Put the army on the highest readiness and order units toward the line.',
    source: 'https://www.b92.net/eng/news/politics.php?dd=26&mm=05&nav_id=116058&yyyy=2023',
    requires: { flag: 'armyHighReadiness', is: false }, requiresText: 'The army is already on high readiness.',
    effects: [
      { flag: 'armyHighReadiness', set: true }, { meter: 'support', delta: 5 }, { meter: 'standing', delta: -6 },
      { meter: 'special', delta: -3 }, { relation: ['serbia', 'usa'], delta: -5 }, { relation: ['serbia', 'kfor'], delta: -4 },
      { relation: ['serbia', 'kosovo'], delta: -6 }, { meter: 'special', actor: 'serbs', delta: 4 }, { heat: 3 },
    ],
  },
  {
    id: 'serbia.troops-to-line', actor: 'serbia', name: 'Mass troops near the line', cost: 3, stance: 'hawk', phase: 'deployments',
    summary: 'Bring tanks, artillery and troops close to the administrative line as a warning.',
    source: 'https://cyprus-mail.com/2023/09/30/us-monitoring-large-serbian-force-along-kosovo-border-white-house/',
    requires: { all: [{ flag: 'armyHighReadiness' }, { flag: 'troopsAtLine', is: false }] },
    requiresText: 'Needs the army on high readiness first.',
    effects: [
      { flag: 'troopsAtLine', set: true }, { meter: 'support', delta: 4 }, { meter: 'standing', delta: -10 },
      { meter: 'special', delta: -8 }, { relation: ['serbia', 'usa'], delta: -8 }, { relation: ['serbia', 'kfor'], delta: -6 },
      { heat: 4 },
    ],
    risk: {
      label: 'an armed incident at the line', warning: 'Troops face to face at the line: an incident could take the ladder to the brink.',
      chance: { base: -10, scale: [{ signal: 'rung', per: 300 }], when: [{ if: { ordered: 'kfor.mediate' }, add: -10 }], min: 2, max: 30 },
      onHit: [{ incident: 'line-incident', armed: true }, { rungFloor: 8 }, { casualties: 'police', injured: 1, spread: 3 }],
    },
  },
  {
    id: 'serbia.request-return', actor: 'serbia', name: 'Ask KFOR to let Serbian forces return', cost: 1, stance: 'hawk', phase: 'statements', once: true,
    summary: 'Invoke resolution 1244 to request the return of up to 1,000 Serbian soldiers and police.',
    source: 'https://n1info.hr/english/news/kfor-rejects-belgrades-request-for-return-of-serbian-military-to-kosovo',
    effects: [{ meter: 'support', delta: 4 }, { meter: 'standing', delta: -2 }, { relation: ['serbia', 'kfor'], delta: -4 }, { heat: 1 }],
  },
  {
    id: 'serbia.meet-ambassadors', actor: 'serbia', name: 'Meet the Russian and Chinese ambassadors', cost: 1, stance: 'neutral', phase: 'statements',
    summary: 'Show that Belgrade has friends on the Security Council.',
    source: 'https://www.urdupoint.com/en/world/beijing-says-supports-serbias-efforts-to-pro-1699802.html',
    effects: [
      { relation: ['serbia', 'russia'], delta: 6 }, { relation: ['serbia', 'china'], delta: 6 }, { relation: ['serbia', 'eu'], delta: -3 },
      { relation: ['serbia', 'usa'], delta: -3 }, { meter: 'support', delta: 2 }, { meter: 'special', delta: -2 },
    ],
  },
  {
    id: 'serbia.rein-in', actor: 'serbia', name: 'Urge the northern Serbs to stay calm', cost: 1, stance: 'dove', phase: 'statements',
    summary: 'Use Belgrade’s influence over Srpska Lista to clear the streets.',
    source: 'https://lapost.us/?p=58205',
    effects: [
      { unrest: 'all', delta: -8 }, { meter: 'support', delta: -4 }, { meter: 'standing', delta: 5 }, { meter: 'special', delta: 3 },
      { relation: ['serbia', 'serbs'], delta: -3 }, { relation: ['serbia', 'usa'], delta: 3 }, { heat: -2 },
    ],
  },
  {
    id: 'serbia.stand-down', actor: 'serbia', name: 'Lower the army’s alert', cost: 1, stance: 'dove', phase: 'deployments',
    summary: 'Cancel high readiness and send troops back to their usual positions.',
    source: 'https://kion546.com/ap-national/2023/10/02/serbia-says-it-has-reduced-army-presence-near-kosovo-after-us-expressed-concern-over-troop-buildup/',
    requires: { flag: 'armyHighReadiness' }, requiresText: 'The army is not on high readiness.',
    aiBoost: [{ if: { rungAtLeast: 8 }, percent: 400, why: 'at the brink of war, standing down weighs more' }],
    effects: [
      { flag: 'armyHighReadiness', set: false }, { flag: 'troopsAtLine', set: false }, { meter: 'support', delta: -3 },
      { meter: 'standing', delta: 6 }, { meter: 'special', delta: 4 }, { relation: ['serbia', 'usa'], delta: 5 }, { heat: -3 },
    ],
  },
  {
    id: 'serbia.accept-elections', actor: 'serbia', name: 'Accept new elections in the north', cost: 2, stance: 'dove', phase: 'talks', once: true,
    summary: 'Agree in Brussels that new local elections are needed, and back Serb participation.',
    source: 'https://prishtinainsight.com/kosovo-and-serbia-separately-agree-on-need-for-new-elections-in-north-of-kosovo-eu-says',
    requires: { flag: 'talksConvened' }, requiresText: 'Needs EU talks to be convened.',
    effects: [
      { flag: 'electionsAgreedSerbia', set: true }, { meter: 'support', delta: -3 }, { meter: 'standing', delta: 6 },
      { meter: 'special', delta: 6 }, { relation: ['serbia', 'eu'], delta: 6 }, { meter: 'special', actor: 'eu', delta: 5 }, { heat: -2 },
    ],
  },
  {
    id: 'serbia.detain-officers', actor: 'serbia', name: 'Detain Kosovo police officers near the line', cost: 2, stance: 'hawk', phase: 'ground', once: true,
    summary: 'Arrest Kosovo officers said to have crossed into central Serbia, in answer to arrests of Serbs.',
    source: 'https://www.krone.at/3033732',
    requires: { any: [{ flag: 'leaderArrested' }, { rungAtLeast: 5 }] }, requiresText: 'Only once the crisis has turned to arrests or police operations.',
    effects: [
      { flag: 'officersDetained', set: true }, { meter: 'support', delta: 3 }, { meter: 'standing', delta: -5 }, { meter: 'special', delta: -3 },
      { relation: ['serbia', 'kosovo'], delta: -10 }, { relation: ['serbia', 'usa'], delta: -4 }, { heat: 3 },
    ],
  },
];
