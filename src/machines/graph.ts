import type { ActorId } from '../sim/types';
import { guardText } from './guard-text';
import { actorMachines } from './index';
import type { PostureMeta } from './posture';

// An actor's posture machine as a graph, read from the machine definition
// itself (so a drawing of it cannot drift from the code).

export interface PostureNode {
  id: string;
  title: string;
  summary: string;
  initial: boolean;
  /** Offered actions with base weights, as in the machine's meta. */
  weights: Record<string, number>;
}

export interface PostureEdge {
  from: string;
  to: string;
  guard: string;
  /** The guard in plain words. */
  when: string;
}

export interface PostureGraph {
  actor: ActorId;
  nodes: PostureNode[];
  edges: PostureEdge[];
}

interface TransitionConfig {
  target?: string | string[];
  guard?: string | { type: string };
}

export function postureGraph(actor: ActorId): PostureGraph {
  const config = actorMachines[actor].config as {
    initial?: string;
    states?: Record<string, { meta?: PostureMeta; on?: Record<string, TransitionConfig | TransitionConfig[]> }>;
  };
  const nodes: PostureNode[] = [];
  const edges: PostureEdge[] = [];
  for (const [id, node] of Object.entries(config.states ?? {})) {
    const meta = node.meta;
    nodes.push({
      id,
      title: meta?.title ?? id,
      summary: meta?.summary ?? '',
      initial: config.initial === id,
      weights: { ...(meta?.weights ?? {}) },
    });
    for (const list of Object.values(node.on ?? {})) {
      for (const t of Array.isArray(list) ? list : [list]) {
        const to = Array.isArray(t.target) ? t.target[0] : t.target;
        if (!to) continue;
        const guard = typeof t.guard === 'string' ? t.guard : (t.guard?.type ?? '');
        edges.push({ from: id, to: to.replace(/^\./, ''), guard, when: guardText[guard] ?? guard });
      }
    }
  }
  return { actor, nodes, edges };
}
