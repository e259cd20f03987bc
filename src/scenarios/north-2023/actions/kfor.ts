import type { ActionDef } from '../../../sim/types';

export const kforActions: ActionDef[] = [
  {
    id: 'kfor.hold', actor: 'kfor', name: 'Routine patrols', cost: 0, stance: 'neutral', phase: 'deployments',
    summary: 'Keep the usual posts and patrols; save effort for later.',
    effects: [],
  },
  {
    id: 'kfor.patrol', actor: 'kfor', name: 'Step up patrols in the north', cost: 1, stance: 'neutral', phase: 'deployments',
    summary: 'More visible patrols in all four municipalities.',
    source: 'https://rks.news/kfor-around-4700-troops-in-kosovo-ready-to-confront-any-potential-threats',
    effects: [{ kfor: 'all', delta: 10 }, { unrest: 'all', delta: -4 }, { meter: 'special', delta: 2 }, { heat: -1 }],
  },
  {
    id: 'kfor.cordon', actor: 'kfor', name: 'Cordon the municipal buildings', cost: 2, stance: 'neutral', phase: 'deployments',
    summary: 'Put troops between the crowds and the police around buildings where mayors work.',
    source: 'https://www.agenzianova.com/a/64759d638c5037.18508444/4379662/2023-05-29/kosovo-kfor-militari-feriti-oggetto-di-attacchi-non-provocati-ora-sono-sotto-osservazione',
    requires: { holderCount: 'kosovo-mayor', atLeast: 1 }, requiresText: 'No mayor is working inside a building.',
    effects: [
      { holder: { holder: 'kosovo-mayor' }, to: 'kfor-cordon' }, { kfor: { holder: 'kfor-cordon' }, delta: 35 },
      { police: { holder: 'kfor-cordon' }, delta: -10 }, { meter: 'special', delta: 1 }, { relation: ['kfor', 'serbs'], delta: -2 }, { heat: 1 },
    ],
  },
  {
    id: 'kfor.reinforce', actor: 'kfor', name: 'Call in the reserve battalion', cost: 2, stance: 'neutral', phase: 'deployments', once: true,
    summary: 'Ask NATO for its Western Balkans operational reserve (700 troops in May 2023).',
    source: 'https://www.novinite.com/view_news.php?id=220311',
    effects: [
      { flag: 'reinforcementsDeployed', set: true }, { kfor: 'all', delta: 15 }, { meter: 'special', delta: 3 },
      { meter: 'support', delta: 2 }, { relation: ['kfor', 'russia'], delta: -4 }, { heat: -1 },
    ],
  },
  {
    id: 'kfor.mediate', actor: 'kfor', name: 'Talk to the Serbian army', cost: 1, stance: 'dove', phase: 'statements',
    summary: 'Use the military contact channel to calm movements near the line.',
    aiBoost: [{ if: { flag: 'troopsAtLine' }, percent: 300, why: 'with troops massed at the line, talking to the army matters most' }],
    source: 'https://rks.news/kfor-around-4700-troops-in-kosovo-ready-to-confront-any-potential-threats',
    effects: [{ relation: ['kfor', 'serbia'], delta: 6 }, { meter: 'special', delta: 2 }, { heat: -2 }],
  },
  {
    id: 'kfor.bridge', actor: 'kfor', name: 'Reinforce the Mitrovica bridge', cost: 1, stance: 'neutral', phase: 'deployments',
    summary: 'Add troops to the Carabinieri posts at the main bridge over the Ibar.',
    source: 'https://wikimili.com/en/New_Bridge,_Mitrovica',
    effects: [{ kfor: 'north-mitrovica', delta: 20 }, { unrest: 'north-mitrovica', delta: -8 }, { meter: 'special', delta: 1 }, { heat: -1 }],
  },
  {
    id: 'kfor.impartial', actor: 'kfor', name: 'Warn both sides in public', cost: 1, stance: 'dove', phase: 'statements',
    summary: 'Say KFOR will not take sides and call on both to step back.',
    effects: [
      { relation: ['kfor', 'kosovo'], delta: -2 }, { relation: ['kfor', 'serbia'], delta: -2 }, { meter: 'special', delta: 4 },
      { meter: 'standing', delta: 2 }, { heat: -2 },
    ],
  },
  {
    id: 'kfor.crossings', actor: 'kfor', name: 'Secure the Jarinje and Brnjak crossings', cost: 2, stance: 'neutral', phase: 'ground',
    summary: 'Hold the two northern crossing points and clear the roads to them, as in 2021.',
    source: 'https://dialogue-info.com/new-agreement-on-vehicle-car-plates/',
    effects: [
      { kfor: 'leposavic', delta: 15 }, { kfor: 'zubin-potok', delta: 15 }, { unrest: 'leposavic', delta: -6 }, { unrest: 'zubin-potok', delta: -6 },
      { flag: 'barricadesUp', set: false }, { relation: ['kfor', 'serbs'], delta: -3 }, { meter: 'special', delta: 2 }, { heat: -1 },
    ],
  },
];
