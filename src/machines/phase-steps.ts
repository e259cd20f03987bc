import type { Phase } from '../sim/types';
import { type PhaseEvent, phaseMachine } from './phase';

// The engine moves from phase to phase thousands of times a second in a
// batch. Running the phase machine as a live actor cost about a fifth of a
// game's time (an actor per game, five events a turn), for a machine with
// no context and no actions. So its transitions are read once from the
// machine's own definition into a table, guards included, and the engine
// steps through the table. The machine stays the one place the order of
// phases is written; a test checks the table against XState's own
// transitions for every phase and event.

interface Step {
  guard: ((args: { context: object; event: PhaseEvent }) => boolean) | null;
  target: Phase;
}

type Table = Record<string, Partial<Record<PhaseEvent['type'], Step[]>>>;

interface NodeLike {
  transitions: Map<string, { guard?: string | { type: string }; target?: { key: string }[] }[]>;
}

function readTable(): Table {
  const guards = phaseMachine.implementations.guards as Record<string, Step['guard']>;
  const table: Table = {};
  for (const [phase, node] of Object.entries(phaseMachine.states as unknown as Record<string, NodeLike>)) {
    const row: Table[string] = {};
    for (const [event, transitions] of node.transitions) {
      row[event as PhaseEvent['type']] = transitions.map((t) => {
        const target = t.target?.[0]?.key;
        if (!target) throw new Error(`phase machine: ${phase} on ${event} has no target`);
        // A named guard is stored as its name (or as { type } with parameters).
        const name = typeof t.guard === 'string' ? t.guard : t.guard?.type;
        const guard = name ? guards[name] : null;
        if (name && !guard) throw new Error(`phase machine: unknown guard ${name}`);
        return { guard: guard ?? null, target: target as Phase };
      });
    }
    table[phase] = row;
  }
  return table;
}

const TABLE = readTable();

/** The phase after `from` when `event` happens, as the phase machine defines it (unchanged if it does not react). */
export function nextPhase(from: Phase, event: PhaseEvent): Phase {
  for (const step of TABLE[from]?.[event.type] ?? []) {
    if (!step.guard || step.guard({ context: {}, event })) return step.target;
  }
  return from;
}
