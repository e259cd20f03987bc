import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta, tenure } from '../posture';
import type { Plates2022Event } from './world-reading';

// Washington: Kosovo's main backer, but first of all for de-escalation and
// Western unity; on 31 July 2022 Kosovo postponed its rules after talks with the US and EU.
export const usaMachine = setup({
  types: { context: {} as MindContext, events: {} as Plates2022Event },
  guards: {
    rulesStirTheNorth: ({ event: { world } }) =>
      ((world.flags.rulesDue || world.flags.platesEnforced) && world.maxUnrest >= 45) || world.avgPolice >= 50,
    belgradeMobilises: ({ event: { world } }) => world.flags.armyHighReadiness || world.flags.troopsAtLine,
    steppedBack: ({ context, event: { world } }) =>
      (!world.flags.armyHighReadiness && world.rung <= 4 && !world.flags.barricadesUp) || tenure(context, world) > 5,
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
        WORLD: [go('supportive', 'restraining-pristina', 'rulesStirTheNorth'), go('supportive', 'warning-belgrade', 'belgradeMobilises')],
      },
    },
    'restraining-pristina': {
      meta: {
        weights: { 'usa.urge-postpone': 4, 'usa.urge-both': 3, 'usa.back-kosovo': 1 },
      } satisfies PostureMeta,
      on: {
        WORLD: [
          go('restraining-pristina', 'warning-belgrade', 'belgradeMobilises'),
          go('restraining-pristina', 'supportive', 'steppedBack'),
        ],
      },
    },
    'warning-belgrade': {
      meta: {
        weights: { 'usa.warn-serbia': 4, 'usa.urge-both': 3, 'usa.back-kosovo': 1, 'usa.urge-postpone': 1 },
      } satisfies PostureMeta,
      on: {
        WORLD: [go('warning-belgrade', 'supportive', 'steppedBack'), go('warning-belgrade', 'restraining-pristina', 'rulesStirTheNorth')],
      },
    },
  },
});
