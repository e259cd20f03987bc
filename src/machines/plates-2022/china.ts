import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta, tenure } from '../posture';
import type { Plates2022Event } from './world-reading';

// Beijing: does not recognise Kosovo, stands by Serbia (which received the
// FK-3 air-defence system from China in April 2022), and wants calm for trade.
export const chinaMachine = setup({
  types: { context: {} as MindContext, events: {} as Plates2022Event },
  guards: {
    serbiaUnderPressure: ({ event: { world } }) => world.rung >= 5 || world.flags.unscSession || world.flags.returnRefused,
    quietAgain: ({ context, event: { world } }) => world.rung <= 3 && tenure(context, world) > 2,
  },
  actions: { note: noteTransition },
}).createMachine({
  id: 'china',
  initial: 'quiet',
  context: initialMind,
  states: {
    quiet: {
      meta: { weights: { 'china.hold': 5, 'china.urge-talks': 2, 'china.sovereignty': 1 } } satisfies PostureMeta,
      on: { WORLD: [go('quiet', 'supportive', 'serbiaUnderPressure')] },
    },
    supportive: {
      meta: { weights: { 'china.sovereignty': 4, 'china.urge-talks': 3, 'china.hold': 1 } } satisfies PostureMeta,
      on: { WORLD: [go('supportive', 'quiet', 'quietAgain')] },
    },
  },
});
