import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta, tenure } from '../posture';
import { mayorsIn, type North2023Event } from './world-reading';

// Belgrade: protective of the northern Serbs, wary of its EU path, and able to
// raise army readiness. Guards read the world the sim hands over in WORLD.
export const serbiaMachine = setup({
  types: { context: {} as MindContext, events: {} as North2023Event },
  guards: {
    serbsUnderPressure: ({ event: { world, self } }) =>
      mayorsIn(world) > 0 || world.avgPolice >= 45 || world.maxUnrest >= 60 || self.lastStance === 'hawk',
    talksOpen: ({ event: { world, self } }) =>
      world.flags.talksConvened &&
      world.rung <= 5 &&
      (self.special < 50 || self.standing < 45 || self.lastStance === 'dove' || self.temper <= -10),
    forcedEntryOrClash: ({ event: { world, self } }) =>
      (world.rung >= 5 && (world.incidentsLastTurn > 0 || mayorsIn(world) >= 2) && self.temper >= -30) ||
      world.rung >= 7 ||
      (self.lastStance === 'hawk' && world.rung >= 5),
    atTheBrink: ({ event: { world, self } }) => world.rung >= 8 && self.temper < 40 && self.lastStance !== 'hawk',
    westernPressureBites: ({ context, event: { world, self } }) =>
      self.standing < 30 || self.lastStance === 'dove' || (tenure(context, world) > 3 && world.incidentsLastTurn === 0),
    calmInTheNorth: ({ event: { world, self } }) => world.rung <= 2 && world.maxUnrest < 40 && self.lastStance !== 'hawk',
    talksFailed: ({ event: { world, self } }) => !world.flags.talksConvened || world.incidentsLastTurn > 0 || self.lastStance === 'hawk',
    dealReached: ({ event: { world } }) => world.flags.electionsAgreedSerbia && world.rung <= 3,
  },
  actions: { note: noteTransition },
}).createMachine({
  id: 'serbia',
  initial: 'restrained',
  context: initialMind,
  states: {
    restrained: {
      meta: {
        weights: { 'serbia.hold': 4, 'serbia.statement': 4, 'serbia.back-boycott': 4, 'serbia.meet-ambassadors': 2, 'serbia.rein-in': 1 },
      } satisfies PostureMeta,
      on: { WORLD: [go('restrained', 'negotiating', 'talksOpen'), go('restrained', 'pressuring', 'serbsUnderPressure')] },
    },
    pressuring: {
      meta: {
        weights: {
          'serbia.statement': 4,
          'serbia.back-boycott': 2,
          'serbia.raise-readiness': 3,
          'serbia.request-return': 2,
          'serbia.meet-ambassadors': 3,
          'serbia.rein-in': 1,
          'serbia.hold': 1,
        },
      } satisfies PostureMeta,
      on: {
        WORLD: [
          go('pressuring', 'mobilised', 'forcedEntryOrClash'),
          go('pressuring', 'negotiating', 'talksOpen'),
          go('pressuring', 'restrained', 'calmInTheNorth'),
        ],
      },
    },
    mobilised: {
      meta: {
        weights: {
          'serbia.raise-readiness': 4,
          'serbia.troops-to-line': 3,
          'serbia.detain-officers': 2,
          'serbia.meet-ambassadors': 3,
          'serbia.statement': 2,
          'serbia.stand-down': 1,
          'serbia.rein-in': 1,
        },
      } satisfies PostureMeta,
      on: { WORLD: [go('mobilised', 'negotiating', 'atTheBrink'), go('mobilised', 'pressuring', 'westernPressureBites')] },
    },
    negotiating: {
      meta: {
        weights: {
          'serbia.accept-elections': 4,
          'serbia.ohrid-steps': 2,
          'serbia.rein-in': 3,
          'serbia.stand-down': 3,
          'serbia.statement': 2,
          'serbia.hold': 2,
        },
      } satisfies PostureMeta,
      on: {
        WORLD: [go('negotiating', 'restrained', 'dealReached'), go('negotiating', 'pressuring', 'talksFailed')],
      },
    },
  },
});
