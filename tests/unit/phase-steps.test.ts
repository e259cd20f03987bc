import { describe, expect, it } from 'vitest';
import { getNextSnapshot } from 'xstate';
import { type PhaseEvent, phaseMachine } from '../../src/machines/phase';
import { nextPhase } from '../../src/machines/phase-steps';
import type { Phase } from '../../src/sim/types';

// The engine steps phases with a table read from the phase machine; it must
// agree with XState running the machine itself, for every phase and event.

const PHASES = Object.keys(phaseMachine.states) as Phase[];
const EVENTS: PhaseEvent[] = [{ type: 'DONE' }, { type: 'ORDERS_IN' }, { type: 'CHECKED', over: false }, { type: 'CHECKED', over: true }];

describe('phase steps', () => {
  it('covers every phase of the machine', () => {
    expect(PHASES).toEqual(['news', 'decisions', 'resolution', 'events', 'endCheck', 'over']);
  });

  for (const phase of PHASES) {
    for (const event of EVENTS) {
      it(`goes where XState goes from ${phase} on ${JSON.stringify(event)}`, () => {
        const snapshot = phaseMachine.resolveState({ value: phase, context: {} });
        const expected = String(getNextSnapshot(phaseMachine, snapshot, event).value);
        expect(nextPhase(phase, event)).toBe(expected);
      });
    }
  }

  it('ends the game only when the end check says so', () => {
    expect(nextPhase('endCheck', { type: 'CHECKED', over: true })).toBe('over');
    expect(nextPhase('endCheck', { type: 'CHECKED', over: false })).toBe('news');
  });
});
