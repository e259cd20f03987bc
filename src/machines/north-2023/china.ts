import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta, tenure } from '../posture';
import type { North2023Event } from './world-reading';

// Beijing: backs Serbia's sovereignty on the record, remembers 1999, and wants
// no conflict that harms its trade with Europe or its investments.
export const chinaMachine = setup({
  types: { context: {} as MindContext, events: {} as North2023Event },
  guards: {
    serbiaUnderPressure: ({ event: { world } }) => world.rung >= 5 || world.incidents > 0,
    natoInvolved: ({ event: { world, self } }) => (world.flags.reinforcementsDeployed || world.injuredLastTurn > 0) && self.temper >= -30,
    tradeAtRisk: ({ event: { world, self } }) => self.special < 45 || world.rung >= 7,
    calmReturns: ({ context, event: { world } }) => world.rung <= 3 || tenure(context, world) > 5,
  },
  actions: { note: noteTransition },
}).createMachine({
  id: 'china',
  initial: 'quiet',
  context: initialMind,
  states: {
    quiet: {
      meta: {
        weights: { 'china.hold': 6, 'china.sovereignty': 1, 'china.urge-talks': 1 },
      } satisfies PostureMeta,
      on: { WORLD: [go('quiet', 'supportive', 'serbiaUnderPressure')] },
    },
    supportive: {
      meta: {
        weights: { 'china.sovereignty': 4, 'china.urge-talks': 2, 'china.hold': 2 },
      } satisfies PostureMeta,
      on: {
        WORLD: [
          go('supportive', 'cautious', 'tradeAtRisk'),
          go('supportive', 'vocal', 'natoInvolved'),
          go('supportive', 'quiet', 'calmReturns'),
        ],
      },
    },
    vocal: {
      meta: {
        weights: { 'china.call-nato': 4, 'china.sovereignty': 3, 'china.urge-talks': 1 },
      } satisfies PostureMeta,
      on: { WORLD: [go('vocal', 'cautious', 'tradeAtRisk'), go('vocal', 'supportive', 'calmReturns')] },
    },
    cautious: {
      meta: {
        weights: { 'china.urge-talks': 5, 'china.sovereignty': 1, 'china.hold': 2 },
      } satisfies PostureMeta,
      on: { WORLD: [go('cautious', 'quiet', 'calmReturns')] },
    },
  },
});
