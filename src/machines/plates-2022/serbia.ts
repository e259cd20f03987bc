import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta, tenure } from '../posture';
import type { Plates2022Event } from './world-reading';

// Belgrade in 2022: against Kosovo's plate and document rules, protective of
// the northern Serbs, wary of its EU path, and able to raise army readiness.
export const serbiaMachine = setup({
  types: { context: {} as MindContext, events: {} as Plates2022Event },
  guards: {
    rulesPress: ({ event: { world, self } }) =>
      world.flags.platesEnforced ||
      world.flags.leaderArrested ||
      world.avgPolice >= 45 ||
      world.maxUnrest >= 60 ||
      self.lastStance === 'hawk',
    dealOnOffer: ({ event: { world, self } }) =>
      world.flags.talksConvened && world.rung <= 5 && (self.special < 50 || self.lastStance === 'dove' || self.temper <= -10),
    barricadesStand: ({ event: { world, self } }) =>
      (world.flags.barricadesUp && world.flags.leaderArrested && self.temper >= -30) ||
      world.rung >= 7 ||
      (self.lastStance === 'hawk' && world.rung >= 5),
    atTheBrink: ({ event: { world, self } }) => world.rung >= 8 && self.temper < 40 && self.lastStance !== 'hawk',
    pressureEases: ({ context, event: { world, self } }) =>
      self.standing < 30 ||
      self.lastStance === 'dove' ||
      world.flags.leaderReleased ||
      (tenure(context, world) > 3 && !world.flags.barricadesUp),
    calmInTheNorth: ({ event: { world, self } }) => world.rung <= 2 && world.maxUnrest < 40 && self.lastStance !== 'hawk',
    talksStall: ({ event: { world, self } }) => !world.flags.talksConvened || world.incidentsLastTurn > 0 || self.lastStance === 'hawk',
    dealDone: ({ event: { world } }) => (world.flags.idDealSerbia || world.flags.platesDealSerbia) && world.rung <= 3,
  },
  actions: { note: noteTransition },
}).createMachine({
  id: 'serbia',
  initial: 'restrained',
  context: initialMind,
  states: {
    restrained: {
      meta: {
        weights: { 'serbia.hold': 4, 'serbia.statement': 4, 'serbia.back-serbs': 3, 'serbia.meet-ambassadors': 1, 'serbia.rein-in': 1 },
      } satisfies PostureMeta,
      on: { WORLD: [go('restrained', 'negotiating', 'dealOnOffer'), go('restrained', 'pressuring', 'rulesPress')] },
    },
    pressuring: {
      meta: {
        weights: {
          'serbia.statement': 4,
          'serbia.back-serbs': 3,
          'serbia.raise-readiness': 2,
          'serbia.request-return': 2,
          'serbia.meet-ambassadors': 2,
          'serbia.rein-in': 1,
          'serbia.hold': 1,
        },
      } satisfies PostureMeta,
      on: {
        WORLD: [
          go('pressuring', 'mobilised', 'barricadesStand'),
          go('pressuring', 'negotiating', 'dealOnOffer'),
          go('pressuring', 'restrained', 'calmInTheNorth'),
        ],
      },
    },
    mobilised: {
      meta: {
        weights: {
          'serbia.raise-readiness': 4,
          'serbia.request-return': 3,
          'serbia.troops-to-line': 2,
          'serbia.meet-ambassadors': 2,
          'serbia.statement': 2,
          'serbia.stand-down': 1,
          'serbia.rein-in': 1,
        },
      } satisfies PostureMeta,
      on: { WORLD: [go('mobilised', 'negotiating', 'atTheBrink'), go('mobilised', 'pressuring', 'pressureEases')] },
    },
    negotiating: {
      meta: {
        weights: {
          'serbia.drop-entry-papers': 4,
          'serbia.stop-kosovo-codes': 3,
          'serbia.rein-in': 3,
          'serbia.stand-down': 3,
          'serbia.statement': 2,
          'serbia.hold': 2,
        },
      } satisfies PostureMeta,
      on: { WORLD: [go('negotiating', 'restrained', 'dealDone'), go('negotiating', 'pressuring', 'talksStall')] },
    },
  },
});
