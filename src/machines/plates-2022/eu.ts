import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta } from '../posture';
import type { Plates2022Event } from './world-reading';

// The EU: facilitator of the Belgrade–Pristina dialogue (Lajčák, Borrell),
// with membership paths, funding and high-level contacts as its levers. In
// 2022 its tool was the deal brokered in Brussels.
export const euMachine = setup({
  types: { context: {} as MindContext, events: {} as Plates2022Event },
  guards: {
    crisisBuilding: ({ event: { world, self } }) =>
      world.rung >= 4 || world.flags.rulesDue || world.flags.platesEnforced || world.flags.barricadesUp || self.lastStance === 'hawk',
    talksUnderWay: ({ event: { world } }) => world.flags.talksConvened && world.rung <= 5,
    talksStalled: ({ event: { world } }) => !world.flags.talksConvened || world.incidentsLastTurn > 0 || world.rung >= 6,
    calm: ({ event: { world } }) => world.rung <= 2 && !world.flags.barricadesUp,
  },
  actions: { note: noteTransition },
}).createMachine({
  id: 'eu',
  initial: 'facilitating',
  context: initialMind,
  states: {
    facilitating: {
      meta: {
        weights: { 'eu.call-calm': 4, 'eu.convene': 2, 'eu.hold': 3, 'eu.press-serbia': 1 },
      } satisfies PostureMeta,
      on: { WORLD: [go('facilitating', 'mediating', 'talksUnderWay'), go('facilitating', 'pressing', 'crisisBuilding')] },
    },
    pressing: {
      meta: {
        weights: { 'eu.call-calm': 3, 'eu.convene': 4, 'eu.press-serbia': 2, 'eu.press-kosovo': 2 },
      } satisfies PostureMeta,
      on: { WORLD: [go('pressing', 'mediating', 'talksUnderWay'), go('pressing', 'facilitating', 'calm')] },
    },
    mediating: {
      meta: {
        weights: { 'eu.propose-deal': 4, 'eu.call-calm': 2, 'eu.press-kosovo': 1, 'eu.press-serbia': 1, 'eu.hold': 1 },
      } satisfies PostureMeta,
      on: { WORLD: [go('mediating', 'pressing', 'talksStalled')] },
    },
  },
});
