import type { Phase } from '../sim/types';
import { firstStep, machineTable } from './machine-table';
import { type PhaseEvent, phaseMachine } from './phase';

// The engine moves from phase to phase thousands of times a second in a
// batch, so it steps the phase machine through the table read from its own
// definition (src/machines/machine-table.ts) instead of a live actor per
// game. The machine stays the one place the order of phases is written; a
// test checks the table against XState's own transitions for every phase and event.

const TABLE = machineTable(phaseMachine);

/** The phase after `from` when `event` happens, as the phase machine defines it (unchanged if it does not react). */
export function nextPhase(from: Phase, event: PhaseEvent): Phase {
  return (firstStep(TABLE, from, event.type, {}, event)?.target as Phase | undefined) ?? from;
}
