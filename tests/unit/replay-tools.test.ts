import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim/hash';
import { policyFor } from '../../src/sim/policies';
import { humanDecisions, makeReplay, type Replay, replayToText } from '../../src/sim/replay';
import { branchFrom, readClassFiles, replayTimeline, splitPoints, turnCode } from '../../src/sim/replay-tools';
import { simulate } from '../../src/sim/simulate';
import { lookup, scenario } from './helpers';

function kforReplay(seed: string, policy: 'historical' | 'dove' | 'hawk' | 'random'): Replay {
  const run = simulate(scenario, { seed, humans: ['kfor'], policies: { kfor: policyFor(scenario, policy, 'kfor', seed) } });
  if (!run.ok) throw new Error(run.error);
  return makeReplay(run.value.game.state, humanDecisions(run.value.game.state));
}

describe('the replay timeline', () => {
  it('keeps the state after every turn, ending at the verified code', () => {
    const r = kforReplay('timeline', 'historical');
    const t = replayTimeline(r, lookup);
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.value.verified).toBe(true);
    expect(t.value.states.length).toBe(t.value.states.at(-1)!.turn + 1);
    expect(t.value.states.map((s) => s.turn)).toEqual(t.value.states.map((_, i) => i));
    expect(stateHash(t.value.states.at(-1)!)).toBe(r.verification);
  });

  it('says why a tampered replay does not verify, but still shows it', () => {
    const r = kforReplay('timeline', 'historical');
    const t = replayTimeline({ ...r, verification: '0000-0000-0000' }, lookup);
    expect(t.ok && t.value.verified).toBe(false);
    expect(t.ok && t.value.problem).toMatch(/the file says 0000-0000-0000/);
  });
});

describe('branching', () => {
  it('continues from the identical state at turn N, with the new role human', () => {
    const t = replayTimeline(kforReplay('branch', 'historical'), lookup);
    if (!t.ok) throw new Error(t.error);
    const b = branchFrom(t.value, 10, 'serbia');
    if (!b.ok) throw new Error(b.error);
    expect(b.value.state.turn).toBe(11);
    expect(b.value.awaiting()).toEqual(['serbia']);
    // The state it continued from is the replay's own turn-10 state, bit for bit (humans aside).
    const from = structuredClone(t.value.states[10]!);
    expect(turnCode(t.value, 10)).toBe(stateHash(from));
  });

  it('can end differently from the original', () => {
    const t = replayTimeline(kforReplay('branch-2', 'dove'), lookup);
    if (!t.ok) throw new Error(t.error);
    const endings = new Set<string>();
    for (const policy of ['hawk', 'dove'] as const) {
      const b = branchFrom(t.value, 5, 'serbia');
      if (!b.ok) throw new Error(b.error);
      const g = b.value;
      const p = policyFor(scenario, policy, 'serbia', 'x');
      while (!g.isOver()) {
        g.submit('serbia', p(g, 'serbia'));
        g.advance();
      }
      endings.add(stateHash(g.state));
    }
    expect(endings.size).toBe(2);
  });

  it('refuses a turn the replay does not have', () => {
    const t = replayTimeline(kforReplay('branch-3', 'dove'), lookup);
    if (!t.ok) throw new Error(t.error);
    expect(branchFrom(t.value, 99, 'eu').ok).toBe(false);
  });
});

describe('the class debrief', () => {
  const files = Array.from({ length: 30 }, (_, i) => ({
    name: `student-${i}.json`,
    text: replayToText(kforReplay('CLASS-1', (['historical', 'dove', 'hawk'] as const)[i % 3] ?? 'dove')),
  }));
  files.push({ name: 'broken.json', text: files[0]!.text.slice(0, 300) });
  files.push({ name: 'tampered.json', text: files[1]!.text.replace('"seed": "CLASS-1"', '"seed": "CLASS-2"') });
  const entries = readClassFiles(files, lookup);

  it('verifies every good file and lists the bad ones with their reason', () => {
    expect(entries.filter((e) => e.ok)).toHaveLength(30);
    const bad = entries.filter((e) => !e.ok);
    expect(bad.map((e) => e.name)).toEqual(['broken.json', 'tampered.json']);
    expect(bad[0]!.problem).toMatch(/not a valid JSON file/);
    expect(bad[1]!.problem).toMatch(/verification mismatch|illegal decision/);
  });

  it('finds where the class split, counting each choice', () => {
    const splits = splitPoints(entries, scenario.actorIds);
    expect(splits.length).toBeGreaterThan(0);
    for (const s of splits) {
      // Games that ended earlier (a settlement, a war) have no later decisions.
      expect(Object.values(s.choices).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30);
      expect(Object.keys(s.choices).length).toBeGreaterThanOrEqual(2);
      expect(scenario.actorIds).toContain(s.actor);
    }
    const first = splits.find((s) => s.turn === 1);
    expect(first && Object.values(first.choices).reduce((a, b) => a + b, 0)).toBe(30);
  });
});
