import type { AnyStateMachine } from 'xstate';

// The one way the engine reads a machine's definition: for each state and
// event, the transitions in order, each with its guard (the implementation
// and its name), its target and its actions' names and parameters. The
// engine steps such tables thousands of times a second in a batch, where a
// live XState actor per game cost most of a game's time; the machines stay
// where the behaviour is written, and tests check every table against XState
// running the machine itself.

export type Guard = (args: { context: unknown; event: unknown }) => boolean;

export interface TableStep {
  guard: Guard | null;
  guardName: string | null;
  target: string;
  actions: readonly { type: string; params: unknown }[];
}

/** state → event type → transitions, in the order XState tries them. */
export type MachineTable = Readonly<Record<string, Readonly<Record<string, readonly TableStep[]>>>>;

interface NodeLike {
  transitions: Map<
    string,
    { guard?: string | { type: string }; target?: { key: string }[]; actions?: readonly ({ type?: string; params?: unknown } | string)[] }[]
  >;
}

const cache = new WeakMap<AnyStateMachine, MachineTable>();

export function machineTable(machine: AnyStateMachine): MachineTable {
  const have = cache.get(machine);
  if (have) return have;
  const guards = (machine.implementations.guards ?? {}) as Record<string, Guard>;
  const table: Record<string, Record<string, TableStep[]>> = {};
  for (const [state, node] of Object.entries(machine.states as unknown as Record<string, NodeLike>)) {
    const row: Record<string, TableStep[]> = {};
    for (const [event, transitions] of node.transitions) {
      row[event] = transitions.map((t) => {
        const target = t.target?.[0]?.key;
        if (!target) throw new Error(`machine ${machine.id}: ${state} on ${event} has no target`);
        // A named guard is stored as its name (or as { type } with parameters).
        const guardName = typeof t.guard === 'string' ? t.guard : (t.guard?.type ?? null);
        const guard = guardName ? guards[guardName] : null;
        if (guardName && !guard) throw new Error(`machine ${machine.id}: unknown guard ${guardName}`);
        const actions = (t.actions ?? []).map((a) =>
          typeof a === 'string' ? { type: a, params: undefined } : { type: a.type ?? '', params: a.params },
        );
        return { guard: guard ?? null, guardName, target, actions };
      });
    }
    table[state] = row;
  }
  cache.set(machine, table);
  return table;
}

/** The first transition of `state` on `eventType` whose guard holds, or null (the machine does not react). */
export function firstStep(table: MachineTable, state: string, eventType: string, context: unknown, event: unknown): TableStep | null {
  for (const step of table[state]?.[eventType] ?? []) if (!step.guard || step.guard({ context, event })) return step;
  return null;
}
