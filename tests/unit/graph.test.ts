import { describe, expect, it } from 'vitest';
import { postureGraph } from '../../src/machines/graph';
import { north2023Machines } from '../../src/machines/north-2023';
import { scenario } from './helpers';

const machineOf = (actor: string) => {
  const m = north2023Machines[actor];
  if (!m) throw new Error(`no machine for ${actor}`);
  return m;
};

describe('posture graphs read from the machines', () => {
  it.each([...scenario.actorIds])('list every posture and guarded transition of %s', (actor) => {
    const g = postureGraph(machineOf(actor));
    const states = Object.keys(machineOf(actor).states);
    expect(g.nodes.map((n) => n.id)).toEqual(states);
    expect(g.nodes.filter((n) => n.initial)).toHaveLength(1);
    for (const e of g.edges) {
      expect(states).toContain(e.from);
      expect(states).toContain(e.to);
      expect(e.guard).not.toBe('');
    }
    expect(g.edges.length).toBeGreaterThanOrEqual(states.length - 1);
  });

  it('matches the transitions the machine really takes', () => {
    const g = postureGraph(machineOf('serbia'));
    expect(g.edges).toContainEqual(expect.objectContaining({ from: 'pressuring', to: 'mobilised', guard: 'forcedEntryOrClash' }));
  });

  it('is the machine the scenario plays', () => {
    for (const a of scenario.actorIds) expect(scenario.machines[a]).toBe(north2023Machines[a]);
  });
});
