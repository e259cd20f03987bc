import type { PostureMachine } from '../sim/types';
import type { PostureMeta } from './posture';

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

interface TransitionConfig {
  target?: string | string[];
  guard?: string | { type: string };
}

interface MachineConfig {
  initial?: string;
  states?: Record<string, { meta?: PostureMeta; on?: Record<string, TransitionConfig | TransitionConfig[]> }>;
}

export function postureGraph(machine: PostureMachine): PostureGraph {
  const config = machine.config as MachineConfig;
  const nodes: PostureNode[] = [];
  const edges: PostureEdge[] = [];
  for (const [id, node] of Object.entries(config.states ?? {})) {
    nodes.push({ id, initial: config.initial === id, weights: { ...(node.meta?.weights ?? {}) } });
    for (const list of Object.values(node.on ?? {})) {
      for (const t of Array.isArray(list) ? list : [list]) {
        const to = Array.isArray(t.target) ? t.target[0] : t.target;
        if (!to) continue;
        const guard = typeof t.guard === 'string' ? t.guard : (t.guard?.type ?? '');
        edges.push({ from: id, to: to.replace(/^\./, ''), guard });
      }
    }
  }
  return { nodes, edges };
}
