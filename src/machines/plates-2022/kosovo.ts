import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta, tenure } from '../posture';
import type { Plates2022Event } from './world-reading';

// Pristina in 2022: one set of plates and documents across the whole
// territory (reciprocity with Serbia), the state's authority in the north;
// Western backing matters and every postponement costs at home.
export const kosovoMachine = setup({
  types: { context: {} as MindContext, events: {} as Plates2022Event },
  guards: {
    rulesDefied: ({ context, event: { world, self } }) =>
      self.lastStance === 'hawk' || (tenure(context, world) > 5 && self.temper >= -20) || world.flags.walkout,
    enforceNow: ({ event: { world, self } }) =>
      (self.lastStance === 'hawk' && world.turn >= 8) || (self.temper >= 30 && world.turn >= 10) || world.flags.barricadesUp,
    westPresses: ({ event: { world, self } }) => self.standing < 30 || self.lastStance === 'dove' || world.rung >= 7,
    dealOnOffer: ({ event: { world, self } }) =>
      world.flags.talksConvened && world.rung <= 5 && (self.standing < 50 || self.lastStance === 'dove' || self.temper <= -10),
    calmed: ({ event: { world, self } }) => world.rung <= 3 && self.lastStance !== 'hawk',
    talksStall: ({ event: { world, self } }) => !world.flags.talksConvened || world.incidentsLastTurn > 0 || self.lastStance === 'hawk',
  },
  actions: { note: noteTransition },
}).createMachine({
  id: 'kosovo',
  initial: 'patient',
  context: initialMind,
  states: {
    patient: {
      meta: {
        weights: { 'kosovo.hold': 3, 'kosovo.statement': 5, 'kosovo.postpone-rules': 1, 'kosovo.reinforce-police': 1 },
      } satisfies PostureMeta,
      on: { WORLD: [go('patient', 'negotiating', 'dealOnOffer'), go('patient', 'assertive', 'rulesDefied')] },
    },
    assertive: {
      meta: {
        weights: {
          'kosovo.statement': 3,
          'kosovo.enforce-plates': 3,
          'kosovo.reinforce-police': 2,
          'kosovo.suspend-chief': 2,
          'kosovo.postpone-elections': 1,
          'kosovo.hold': 1,
        },
      } satisfies PostureMeta,
      on: {
        WORLD: [
          go('assertive', 'enforcing', 'enforceNow'),
          go('assertive', 'negotiating', 'dealOnOffer'),
          go('assertive', 'patient', 'calmed'),
        ],
      },
    },
    enforcing: {
      meta: {
        weights: {
          'kosovo.enforce-plates': 3,
          'kosovo.reinforce-police': 4,
          'kosovo.arrest-suspect': 3,
          'kosovo.suspend-chief': 2,
          'kosovo.statement': 2,
          'kosovo.house-arrest': 1,
        },
      } satisfies PostureMeta,
      on: { WORLD: [go('enforcing', 'negotiating', 'dealOnOffer'), go('enforcing', 'assertive', 'westPresses')] },
    },
    negotiating: {
      meta: {
        weights: {
          'kosovo.no-entry-papers': 3,
          'kosovo.halt-reregistration': 3,
          'kosovo.postpone-rules': 2,
          'kosovo.house-arrest': 2,
          'kosovo.postpone-elections': 1,
          'kosovo.statement': 2,
          'kosovo.hold': 1,
        },
      } satisfies PostureMeta,
      on: { WORLD: [go('negotiating', 'assertive', 'talksStall')] },
    },
  },
});
