import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta, tenure } from '../posture';
import type { North2023Event } from './world-reading';

// KFOR/NATO: a safe environment and freedom of movement under UNSCR 1244,
// credibility as impartial, and no deaths among its troops or anyone else.
export const kforMachine = setup({
  types: { context: {} as MindContext, events: {} as North2023Event },
  guards: {
    tensionRising: ({ event: { world, self } }) => world.rung >= 4 || world.maxUnrest >= 55 || self.lastStance === 'hawk',
    violence: ({ event: { world } }) => world.incidentsLastTurn > 0 || world.rung >= 6 || world.flags.troopsAtLine,
    quieter: ({ context, event: { world } }) => world.rung <= 3 && world.maxUnrest < 45 && tenure(context, world) > 1,
    reinforcedAndCalmer: ({ context, event: { world } }) =>
      world.flags.reinforcementsDeployed && world.incidentsLastTurn === 0 && world.rung <= 5 && tenure(context, world) > 2,
  },
  actions: { note: noteTransition },
}).createMachine({
  id: 'kfor',
  initial: 'watchful',
  context: initialMind,
  states: {
    watchful: {
      meta: {
        weights: { 'kfor.hold': 3, 'kfor.patrol': 4, 'kfor.bridge': 2, 'kfor.impartial': 2 },
      } satisfies PostureMeta,
      on: { WORLD: [go('watchful', 'buffering', 'tensionRising')] },
    },
    buffering: {
      meta: {
        weights: {
          'kfor.cordon': 4,
          'kfor.patrol': 3,
          'kfor.mediate': 2,
          'kfor.impartial': 2,
          'kfor.crossings': 2,
          'kfor.bridge': 1,
        },
      } satisfies PostureMeta,
      on: { WORLD: [go('buffering', 'reinforcing', 'violence'), go('buffering', 'watchful', 'quieter')] },
    },
    reinforcing: {
      meta: {
        weights: {
          'kfor.reinforce': 5,
          'kfor.cordon': 3,
          'kfor.mediate': 3,
          'kfor.crossings': 2,
          'kfor.impartial': 2,
          'kfor.patrol': 1,
        },
      } satisfies PostureMeta,
      on: { WORLD: [go('reinforcing', 'buffering', 'reinforcedAndCalmer'), go('reinforcing', 'buffering', 'quieter')] },
    },
  },
});
