import type { PostureMachine } from '../sim/types';
import { machineTable } from './machine-table';
import type { PostureMeta } from './posture';
import { initialPosture } from './posture-steps';

// A posture machine as a graph, read from the machine definition itself (so a
// drawing of it cannot drift from the code). Ids only: titles, summaries and
// guards in words come from the scenario's messages when shown.

export interface PostureNode {
  id: string;
  initial: boolean;
  /** Offered actions with base weights, as in the machine's meta. */
  weights: Record<string, number>;
}

export interface PostureEdge {
  from: string;
  to: string;
  guard: string;
}

export interface PostureGraph {
  nodes: PostureNode[];
  edges: PostureEdge[];
}

/** The graph of a posture machine, read through the one reader of machine definitions (machine-table.ts). */
export function postureGraph(machine: PostureMachine): PostureGraph {
  const initial = initialPosture(machine);
  const table = machineTable(machine);
  const states = machine.states as Record<string, { meta?: PostureMeta }>;
  const nodes: PostureNode[] = [];
  const edges: PostureEdge[] = [];
  for (const [id, node] of Object.entries(states)) {
    nodes.push({ id, initial: id === initial, weights: { ...(node.meta?.weights ?? {}) } });
    for (const steps of Object.values(table[id] ?? {})) {
      for (const step of steps) edges.push({ from: id, to: step.target, guard: step.guardName ?? '' });
    }
  }
  return { nodes, edges };
}
