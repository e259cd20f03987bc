import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta, tenure } from '../posture';
import { mayorsIn, type North2023Event } from './world-reading';

// The EU: facilitator of the Belgrade–Pristina dialogue, with membership paths,
// funding and high-level contacts as its levers.
export const euMachine = setup({
  types: { context: {} as MindContext, events: {} as North2023Event },
  guards: {
    crisisBuilding: ({ event: { world, self } }) => world.rung >= 4 || mayorsIn(world) > 0 || self.lastStance === 'hawk',
    talksUnderWay: ({ event: { world } }) => world.flags.talksConvened && world.rung <= 5,
    defiance: ({ context, event: { world, self } }) =>
      (mayorsIn(world) > 0 && world.incidents > 0 && tenure(context, world) > 1 && self.temper >= -40) ||
      (self.lastStance === 'hawk' && world.rung >= 5),
    deescalating: ({ event: { world, self } }) => (world.rung <= 4 && mayorsIn(world) === 0) || self.lastStance === 'dove',
    talksStalled: ({ event: { world } }) => !world.flags.talksConvened || world.incidentsLastTurn > 0,
    calm: ({ event: { world } }) => world.rung <= 2 && mayorsIn(world) === 0,
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
        weights: {
          'eu.call-calm': 3,
          'eu.convene': 4,
          'eu.demand-elections': 3,
          'eu.press-serbia': 2,
          'eu.measures-kosovo': 1,
        },
      } satisfies PostureMeta,
      on: {
        WORLD: [
          go('pressing', 'mediating', 'talksUnderWay'),
          go('pressing', 'sanctioning', 'defiance'),
          go('pressing', 'facilitating', 'calm'),
        ],
      },
    },
    sanctioning: {
      meta: {
        weights: {
          'eu.measures-kosovo': 4,
          'eu.press-serbia': 3,
          'eu.demand-elections': 3,
          'eu.convene': 2,
          'eu.lift-measures': 1,
        },
      } satisfies PostureMeta,
      on: { WORLD: [go('sanctioning', 'mediating', 'talksUnderWay'), go('sanctioning', 'pressing', 'deescalating')] },
    },
    mediating: {
      meta: {
        weights: {
          'eu.association-draft': 3,
          'eu.demand-elections': 3,
          'eu.lift-measures': 2,
          'eu.call-calm': 2,
          'eu.convene': 1,
        },
      } satisfies PostureMeta,
      on: { WORLD: [go('mediating', 'pressing', 'talksStalled')] },
    },
  },
});
