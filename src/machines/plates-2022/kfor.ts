import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta, tenure } from '../posture';
import type { Plates2022Event } from './world-reading';

// KFOR/NATO: a safe environment and freedom of movement under UNSCR 1244,
// credibility as impartial, and no deaths among its troops or anyone else.
export const kforMachine = setup({
  types: { context: {} as MindContext, events: {} as Plates2022Event },
  guards: {
    tensionRising: ({ event: { world, self } }) =>
      world.rung >= 4 || world.maxUnrest >= 55 || world.flags.barricadesUp || self.lastStance === 'hawk',
    roadsBlockedOrArmed: ({ event: { world } }) =>
      world.flags.crossingsClosed || world.flags.armyHighReadiness || world.flags.returnRequested || world.rung >= 6,
    quieter: ({ context, event: { world } }) =>
      world.rung <= 3 && world.maxUnrest < 45 && !world.flags.barricadesUp && tenure(context, world) > 1,
    roadsOpen: ({ context, event: { world } }) =>
      !world.flags.crossingsClosed && !world.flags.armyHighReadiness && world.rung <= 5 && tenure(context, world) > 1,
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
        weights: { 'kfor.patrol': 4, 'kfor.mediate': 3, 'kfor.impartial': 2, 'kfor.crossings': 2, 'kfor.bridge': 1 },
      } satisfies PostureMeta,
      on: { WORLD: [go('buffering', 'guarding', 'roadsBlockedOrArmed'), go('buffering', 'watchful', 'quieter')] },
    },
    guarding: {
      meta: {
        weights: { 'kfor.refuse-return': 5, 'kfor.crossings': 3, 'kfor.mediate': 3, 'kfor.impartial': 2, 'kfor.patrol': 2 },
      } satisfies PostureMeta,
      on: { WORLD: [go('guarding', 'buffering', 'roadsOpen')] },
    },
  },
});
