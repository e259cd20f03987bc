import { describe, expect, it } from 'vitest';
import { actorMachines } from '../../src/machines';
import { postureGraph } from '../../src/machines/graph';
import { ACTOR_IDS } from '../../src/sim/types';

describe('posture graphs read from the machines', () => {
  it.each(ACTOR_IDS)('list every posture and guarded transition of %s', (actor) => {
    const g = postureGraph(actor);
    const states = Object.keys(actorMachines[actor].states);
    expect(g.nodes.map((n) => n.id)).toEqual(states);
    expect(g.nodes.filter((n) => n.initial)).toHaveLength(1);
    for (const e of g.edges) {
      expect(states).toContain(e.from);
      expect(states).toContain(e.to);
      expect(e.when).not.toBe(e.guard);
    }
    expect(g.edges.length).toBeGreaterThanOrEqual(states.length - 1);
  });

  it('matches the transitions the machine really takes', () => {
    const g = postureGraph('serbia');
    expect(g.edges).toContainEqual(expect.objectContaining({ from: 'pressuring', to: 'mobilised', guard: 'forcedEntryOrClash' }));
  });
});
