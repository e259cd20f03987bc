import type { ActionDef } from '../../../sim/types';

export const euActions: ActionDef[] = [
  {
    id: 'eu.hold', actor: 'eu', name: 'Quiet diplomacy', cost: 0, stance: 'neutral', phase: 'statements',
    summary: 'Work the phones and save capital for later.',
    effects: [],
  },
  {
    id: 'eu.call-calm', actor: 'eu', name: 'Call for de-escalation', cost: 1, stance: 'dove', phase: 'statements',
    summary: 'Ask both sides to step back immediately and unconditionally.',
    source: 'https://n1info.rs/english/news/eu-urges-kosovo-and-serbia-to-immediately-and-unconditionally-de-escalate/',
    effects: [{ meter: 'special', delta: 2 }, { meter: 'standing', delta: 1 }, { heat: -1 }],
  },
  {
    id: 'eu.convene', actor: 'eu', name: 'Convene the leaders in Brussels', cost: 2, stance: 'dove', phase: 'talks',
    summary: 'Invite both leaders to crisis talks under the dialogue.',
    source: 'https://prishtinainsight.com/kosovo-and-serbia-separately-agree-on-need-for-new-elections-in-north-of-kosovo-eu-says',
    requires: { all: [{ flag: 'talksConvened', is: false }, { any: [{ rungAtLeast: 4 }, { turnAtLeast: 8 }] }] },
    requiresText: 'Leaders come to crisis talks only once the crisis is serious (rung 4) or from turn 8; or talks are already convened.',
    effects: [
      { flag: 'talksConvened', set: true }, { meter: 'special', delta: 8 }, { meter: 'standing', delta: 2 },
      { relation: ['eu', 'serbia'], delta: 2 }, { relation: ['eu', 'kosovo'], delta: 2 }, { heat: -2 },
    ],
  },
  {
    id: 'eu.demand-elections', actor: 'eu', name: 'Demand new elections open to all', cost: 1, stance: 'neutral', phase: 'statements',
    summary: 'Call on Kosovo to hold early elections in the north with Serb participation.',
    source: 'https://n1info.rs/english/news/eu-urges-kosovo-and-serbia-to-immediately-and-unconditionally-de-escalate/',
    requires: { flag: 'electionsCalled', is: false }, requiresText: 'New elections have already been demanded.',
    effects: [
      { flag: 'electionsCalled', set: true }, { meter: 'special', delta: 4 }, { relation: ['eu', 'kosovo'], delta: -4 },
      { relation: ['eu', 'serbs'], delta: 3 }, { heat: -1 },
    ],
  },
  {
    id: 'eu.measures-kosovo', actor: 'eu', name: 'Temporary measures against Kosovo', cost: 2, stance: 'hawk', phase: 'statements', once: true,
    summary: 'Suspend high-level visits, freeze some bodies and curb funding until Pristina de-escalates.',
    source: 'https://www.bne.eu/eu-announces-reversible-and-temporary-measures-against-kosovo-281787',
    requires: { any: [{ flag: 'mayorsInBuildings' }, { holderCount: 'kfor-cordon', atLeast: 1 }] },
    requiresText: 'Only while mayors are kept in the buildings by force.',
    effects: [
      { flag: 'euMeasuresOnKosovo', set: true }, { meter: 'standing', actor: 'kosovo', delta: -8 }, { meter: 'support', actor: 'kosovo', delta: 2 },
      { relation: ['eu', 'kosovo'], delta: -10 }, { meter: 'special', delta: -2 }, { meter: 'special', actor: 'usa', delta: -3 }, { heat: -1 },
    ],
  },
  {
    id: 'eu.press-serbia', actor: 'eu', name: 'Warn Serbia its EU path is at stake', cost: 1, stance: 'hawk', phase: 'statements',
    summary: 'Tie Belgrade’s conduct to its accession talks (chapter 35).',
    source: 'https://mia.mk/en/story/borrell',
    effects: [{ meter: 'special', actor: 'serbia', delta: -6 }, { relation: ['eu', 'serbia'], delta: -6 }, { meter: 'special', delta: 1 }, { heat: -1 }],
  },
  {
    id: 'eu.association-draft', actor: 'eu', name: 'Table a draft statute for the Association', cost: 2, stance: 'dove', phase: 'talks', once: true,
    summary: 'Put a European draft for the Association of Serb-majority municipalities on the table.',
    source: 'https://dtt-net.com/kosovo-opposition-party-finds-unacceptable-eu-proposed-usa-backed-statute-for-autonomous-body-for-serb-minority-document/',
    requires: { flag: 'talksConvened' }, requiresText: 'Needs talks to be convened.',
    effects: [
      { flag: 'associationTalks', set: true }, { meter: 'special', delta: 6 }, { relation: ['eu', 'serbia'], delta: 4 },
      { relation: ['eu', 'kosovo'], delta: -3 }, { meter: 'special', actor: 'serbs', delta: 3 }, { heat: -1 },
    ],
  },
  {
    id: 'eu.lift-measures', actor: 'eu', name: 'Begin lifting the measures on Kosovo', cost: 1, stance: 'dove', phase: 'statements',
    summary: 'Reward de-escalation by lifting the measures step by step.',
    source: 'https://fakti.bg/en/amp/world/973248-eu-begins-phased-lifting-of-sanctions-against-kosovo-but-sets-clear-conditions',
    requires: { all: [{ flag: 'euMeasuresOnKosovo' }, { flag: 'mayorsInBuildings', is: false }] },
    requiresText: 'Only once measures are in place and the mayors are out of the buildings.',
    effects: [
      { flag: 'euMeasuresOnKosovo', set: false }, { meter: 'standing', actor: 'kosovo', delta: 5 }, { relation: ['eu', 'kosovo'], delta: 8 },
      { meter: 'special', delta: 3 },
    ],
  },
];
