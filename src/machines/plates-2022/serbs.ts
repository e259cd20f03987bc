import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta, tenure } from '../posture';
import { type Plates2022Event, postsLeft } from './world-reading';

// The Kosovo Serbs of the north and their main party in 2022: keep their
// plates, documents and jobs, no arrests of their people. Their levers are
// leaving Kosovo's institutions, protests and barricades.
export const serbsMachine = setup({
  types: { context: {} as MindContext, events: {} as Plates2022Event },
  guards: {
    rulesBite: ({ event: { world, self } }) =>
      world.flags.platesEnforced ||
      world.flags.chiefSuspended ||
      world.avgPolice >= 45 ||
      self.lastStance === 'hawk' ||
      world.flags.leaderArrested,
    arrestOrForce: ({ event: { world, self } }) =>
      (world.incidentsLastTurn > 0 && self.temper >= -40) || world.flags.leaderArrested || (self.lastStance === 'hawk' && world.rung >= 5),
    demandsMet: ({ event: { world, self } }) =>
      world.flags.leaderReleased ||
      self.lastStance === 'dove' ||
      self.support < 25 ||
      (world.flags.platesDealKosovo && !world.flags.leaderArrested),
    shockedByBloodshed: ({ event: { world, self } }) => world.injuredLastTurn >= 25 && self.temper < 40,
    pressureEases: ({ context, event: { world, self } }) =>
      !world.flags.platesEnforced &&
      !world.flags.leaderArrested &&
      world.avgPolice < 35 &&
      self.lastStance !== 'hawk' &&
      tenure(context, world) > 1,
    dealOffered: ({ event: { world } }) => world.flags.talksConvened && postsLeft(world) > 0 && world.rung <= 4,
    talksGoNowhere: ({ event: { world, self } }) => !world.flags.talksConvened || world.incidentsLastTurn > 0 || self.lastStance === 'hawk',
  },
  actions: { note: noteTransition },
}).createMachine({
  id: 'serbs',
  initial: 'objecting',
  context: initialMind,
  states: {
    objecting: {
      meta: {
        weights: { 'serbs.object': 5, 'serbs.appeal-belgrade': 2, 'serbs.protest': 1, 'serbs.hold': 3 },
      } satisfies PostureMeta,
      on: { WORLD: [go('objecting', 'protesting', 'rulesBite')] },
    },
    protesting: {
      meta: {
        weights: {
          'serbs.protest': 3,
          'serbs.walk-out': 3,
          'serbs.appeal-belgrade': 2,
          'serbs.object': 2,
          'serbs.barricades': 1,
          'serbs.remove-barricades': 1,
        },
      } satisfies PostureMeta,
      on: {
        WORLD: [
          go('protesting', 'blockading', 'arrestOrForce'),
          go('protesting', 'engaging', 'dealOffered'),
          go('protesting', 'objecting', 'pressureEases'),
        ],
      },
    },
    blockading: {
      meta: {
        weights: { 'serbs.barricades': 5, 'serbs.protest': 2, 'serbs.appeal-belgrade': 3, 'serbs.remove-barricades': 1 },
      } satisfies PostureMeta,
      on: { WORLD: [go('blockading', 'protesting', 'shockedByBloodshed'), go('blockading', 'protesting', 'demandsMet')] },
    },
    engaging: {
      meta: {
        weights: { 'serbs.conditions': 3, 'serbs.remove-barricades': 3, 'serbs.object': 1, 'serbs.hold': 2 },
      } satisfies PostureMeta,
      on: { WORLD: [go('engaging', 'protesting', 'talksGoNowhere')] },
    },
  },
});
