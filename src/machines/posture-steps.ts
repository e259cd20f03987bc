import type { MindContext, PostureMachine, WorldEvent } from '../sim/types';
import { firstStep, machineTable } from './machine-table';
import { type NoteParams, notedMind } from './posture';

// A posture machine's step on a WORLD event, read from the machine's own
// definition (src/machines/machine-table.ts): its guards decide, in the
// order the machine lists its transitions, and a transition taken records
// itself as the machine's `note` action does (posture.ts). A test checks
// this against XState running every machine, over many worlds.

export interface PostureStep {
  posture: string;
  mind: MindContext;
  /** The transition taken, or null when the machine stays. */
  transition: NoteParams | null;
}

/** The machine's first posture. */
export function initialPosture(machine: PostureMachine): string {
  const initial = (machine.config as { initial?: unknown }).initial;
  if (typeof initial !== 'string') throw new Error(`posture machine ${machine.id} has no initial posture`);
  return initial;
}

export function stepPosture(machine: PostureMachine, posture: string, mind: MindContext, event: WorldEvent): PostureStep {
  const step = firstStep(machineTable(machine), posture, event.type, mind, event);
  if (!step) return { posture, mind, transition: null };
  const note = step.actions.find((a) => a.type === 'note')?.params as NoteParams | undefined;
  return { posture: step.target, mind: note ? notedMind(event.world.turn, note) : mind, transition: note ?? null };
}
