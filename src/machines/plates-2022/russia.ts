import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta, tenure } from '../posture';
import type { Plates2022Event } from './world-reading';

// Moscow: does not recognise Kosovo, blames the West and KFOR, and holds a
// Security Council veto. It gains when Western mediation is seen to fail.
export const russiaMachine = setup({
  types: { context: {} as MindContext, events: {} as Plates2022Event },
  guards: {
    openingInTheNorth: ({ event: { world } }) => world.rung >= 3 || world.flags.barricadesUp,
    belgradeRebuffed: ({ event: { world, self } }) => (world.flags.returnRefused || world.rung >= 6) && self.temper >= -20,
    crisisFades: ({ context, event: { world } }) => world.rung <= 2 || (tenure(context, world) > 4 && world.rung <= 4),
    serbiaSettles: ({ event: { world } }) => world.flags.leaderReleased || world.rung <= 4,
  },
  actions: { note: noteTransition },
}).createMachine({
  id: 'russia',
  initial: 'observing',
  context: initialMind,
  states: {
    observing: {
      meta: {
        weights: { 'russia.hold': 4, 'russia.back-serbia': 2, 'russia.blame-west': 2 },
      } satisfies PostureMeta,
      on: { WORLD: [go('observing', 'backing-serbia', 'openingInTheNorth')] },
    },
    'backing-serbia': {
      meta: {
        weights: { 'russia.back-serbia': 3, 'russia.blame-west': 4, 'russia.unsc': 2, 'russia.urge-restraint': 1 },
      } satisfies PostureMeta,
      on: {
        WORLD: [go('backing-serbia', 'agitating', 'belgradeRebuffed'), go('backing-serbia', 'observing', 'crisisFades')],
      },
    },
    agitating: {
      meta: {
        weights: { 'russia.blame-west': 4, 'russia.unsc': 3, 'russia.back-serbia': 2, 'russia.urge-restraint': 1 },
      } satisfies PostureMeta,
      on: { WORLD: [go('agitating', 'backing-serbia', 'serbiaSettles')] },
    },
  },
});
