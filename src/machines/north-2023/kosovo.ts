import { setup } from 'xstate';
import type { MindContext } from '../../sim/types';
import { go, initialMind, noteTransition, type PostureMeta, tenure } from '../posture';
import type { North2023Event } from './world-reading';

// Pristina: the elected mayors should take office and the state's authority
// should reach the whole north; Western backing matters and restraint costs at home.
export const kosovoMachine = setup({
  types: { context: {} as MindContext, events: {} as North2023Event },
  guards: {
    authorityDefied: ({ context, event: { world, self } }) =>
      self.lastStance === 'hawk' || (tenure(context, world) > 4 && self.temper >= -20) || world.flags.barricadesUp,
    moveOnBuildings: ({ event: { world, self } }) =>
      (self.lastStance === 'hawk' && world.turn >= 6) || (self.temper >= 30 && self.special < 40 && world.turn >= 8),
    westBacksOff: ({ event: { world, self } }) =>
      world.flags.euMeasuresOnKosovo || world.flags.exerciseCancelled || self.standing < 30 || self.lastStance === 'dove',
    talksOpen: ({ event: { world, self } }) =>
      world.flags.talksConvened &&
      world.rung <= 5 &&
      (self.standing < 50 ||
        world.flags.euMeasuresOnKosovo ||
        world.flags.exerciseCancelled ||
        self.lastStance === 'dove' ||
        self.temper <= -10),
    calmed: ({ event: { world, self } }) => world.rung <= 3 && self.lastStance !== 'hawk',
    talksFailed: ({ event: { world, self } }) => !world.flags.talksConvened || world.incidentsLastTurn > 0 || self.lastStance === 'hawk',
  },
  actions: { note: noteTransition },
}).createMachine({
  id: 'kosovo',
  initial: 'patient',
  context: initialMind,
  states: {
    patient: {
      meta: {
        weights: { 'kosovo.hold': 3, 'kosovo.statement': 5, 'kosovo.reinforce-police': 1, 'kosovo.association-talks': 1 },
      } satisfies PostureMeta,
      on: { WORLD: [go('patient', 'negotiating', 'talksOpen'), go('patient', 'assertive', 'authorityDefied')] },
    },
    assertive: {
      meta: {
        weights: {
          'kosovo.statement': 3,
          'kosovo.reinforce-police': 3,
          'kosovo.escort-mayors': 3,
          'kosovo.ban-goods': 1,
          'kosovo.hold': 1,
        },
      } satisfies PostureMeta,
      on: {
        WORLD: [
          go('assertive', 'enforcing', 'moveOnBuildings'),
          go('assertive', 'negotiating', 'talksOpen'),
          go('assertive', 'patient', 'calmed'),
        ],
      },
    },
    enforcing: {
      meta: {
        weights: {
          'kosovo.escort-mayors': 5,
          'kosovo.reinforce-police': 3,
          'kosovo.arrest-suspects': 3,
          'kosovo.ban-goods': 2,
          'kosovo.statement': 2,
          'kosovo.cut-police': 1,
        },
      } satisfies PostureMeta,
      on: { WORLD: [go('enforcing', 'negotiating', 'talksOpen'), go('enforcing', 'assertive', 'westBacksOff')] },
    },
    negotiating: {
      meta: {
        weights: {
          'kosovo.accept-elections': 3,
          'kosovo.mayors-elsewhere': 3,
          'kosovo.cut-police': 3,
          'kosovo.association-talks': 2,
          'kosovo.statement': 2,
          'kosovo.hold': 1,
        },
      } satisfies PostureMeta,
      on: { WORLD: [go('negotiating', 'assertive', 'talksFailed')] },
    },
  },
});
