import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta, tenure } from '../posture';
import { mayorsIn, type North2023Event } from './world-reading';

// The Kosovo Serbs of the north and their main party: safety, representation,
// no arrests of their leaders. Their levers are boycotts, protests and barricades.
export const serbsMachine = setup({
  types: { context: {} as MindContext, events: {} as North2023Event },
  guards: {
    mayorsMoveIn: ({ event: { world, self } }) =>
      mayorsIn(world) > 0 || world.avgPolice >= 45 || self.lastStance === 'hawk' || world.flags.leaderArrested,
    forceUsed: ({ event: { world, self } }) =>
      (world.incidentsLastTurn > 0 && self.temper >= -40) || (self.lastStance === 'hawk' && world.rung >= 5) || world.flags.leaderArrested,
    exhausted: ({ context, event: { world, self } }) =>
      self.lastStance === 'dove' || (tenure(context, world) > 3 && world.incidentsLastTurn === 0) || self.support < 25,
    shockedByBloodshed: ({ event: { world, self } }) => world.injuredLastTurn >= 25 && self.temper < 40,
    pressureEases: ({ event: { world, self } }) => mayorsIn(world) === 0 && world.avgPolice < 35 && self.lastStance !== 'hawk',
    electionsOffered: ({ event: { world } }) => (world.flags.electionsAgreedKosovo || world.flags.electionsCalled) && world.rung <= 5,
    offerWithdrawn: ({ event: { world, self } }) =>
      (!world.flags.electionsAgreedKosovo && !world.flags.electionsCalled) || world.incidentsLastTurn > 0 || self.lastStance === 'hawk',
  },
  actions: { note: noteTransition },
}).createMachine({
  id: 'serbs',
  initial: 'boycotting',
  context: initialMind,
  states: {
    boycotting: {
      meta: {
        weights: { 'serbs.keep-boycott': 5, 'serbs.appeal-belgrade': 2, 'serbs.protest': 2, 'serbs.hold': 2, 'serbs.conditions': 1 },
      } satisfies PostureMeta,
      on: {
        WORLD: [go('boycotting', 'engaging', 'electionsOffered'), go('boycotting', 'protesting', 'mayorsMoveIn')],
      },
    },
    protesting: {
      meta: {
        weights: {
          'serbs.protest': 4,
          'serbs.gather': 1,
          'serbs.appeal-belgrade': 2,
          'serbs.keep-boycott': 2,
          'serbs.calm': 1,
          'serbs.barricades': 1,
        },
      } satisfies PostureMeta,
      on: {
        WORLD: [
          go('protesting', 'blockading', 'forceUsed'),
          go('protesting', 'engaging', 'electionsOffered'),
          go('protesting', 'boycotting', 'pressureEases'),
        ],
      },
    },
    blockading: {
      meta: {
        weights: {
          'serbs.gather': 4,
          'serbs.barricades': 3,
          'serbs.protest': 2,
          'serbs.appeal-belgrade': 2,
          'serbs.calm': 1,
        },
      } satisfies PostureMeta,
      on: { WORLD: [go('blockading', 'protesting', 'shockedByBloodshed'), go('blockading', 'protesting', 'exhausted')] },
    },
    engaging: {
      meta: {
        weights: { 'serbs.conditions': 3, 'serbs.run-in-elections': 3, 'serbs.calm': 2, 'serbs.keep-boycott': 1, 'serbs.hold': 1 },
      } satisfies PostureMeta,
      on: { WORLD: [go('engaging', 'protesting', 'offerWithdrawn')] },
    },
  },
});
