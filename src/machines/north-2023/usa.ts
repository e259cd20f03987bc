import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta, tenure } from '../posture';
import { mayorsIn, type North2023Event } from './world-reading';

// Washington: Kosovo's main backer, but first of all for de-escalation and
// Western unity; in 2023 it also criticised Pristina for acting alone.
export const usaMachine = setup({
  types: { context: {} as MindContext, events: {} as North2023Event },
  guards: {
    partnerActsAlone: ({ event: { world } }) => mayorsIn(world) > 0 || world.flags.crossingsClosed || world.avgPolice >= 50,
    belgradeMobilises: ({ event: { world } }) => world.flags.armyHighReadiness || world.flags.troopsAtLine,
    steppedBack: ({ context, event: { world } }) =>
      (mayorsIn(world) === 0 && !world.flags.armyHighReadiness && world.rung <= 4) || tenure(context, world) > 5,
  },
  actions: { note: noteTransition },
}).createMachine({
  id: 'usa',
  initial: 'supportive',
  context: initialMind,
  states: {
    supportive: {
      meta: {
        weights: { 'usa.hold': 3, 'usa.back-kosovo': 2, 'usa.urge-both': 3 },
      } satisfies PostureMeta,
      on: {
        WORLD: [go('supportive', 'restraining-pristina', 'partnerActsAlone'), go('supportive', 'warning-belgrade', 'belgradeMobilises')],
      },
    },
    'restraining-pristina': {
      meta: {
        weights: { 'usa.condemn-kosovo': 3, 'usa.cancel-exercise': 2, 'usa.urge-both': 3, 'usa.warn-serbia': 1 },
      } satisfies PostureMeta,
      on: {
        WORLD: [
          go('restraining-pristina', 'supportive', 'steppedBack'),
          go('restraining-pristina', 'warning-belgrade', 'belgradeMobilises'),
        ],
      },
    },
    'warning-belgrade': {
      meta: {
        weights: { 'usa.warn-serbia': 4, 'usa.urge-both': 3, 'usa.back-kosovo': 1, 'usa.condemn-kosovo': 1 },
      } satisfies PostureMeta,
      on: {
        WORLD: [go('warning-belgrade', 'supportive', 'steppedBack'), go('warning-belgrade', 'restraining-pristina', 'partnerActsAlone')],
      },
    },
  },
});
