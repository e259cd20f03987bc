import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { humanDecisions, makeReplay, parseReplay, type Replay, replayToText, verifyReplay } from '../../src/sim/replay';
import { simulate } from '../../src/sim/simulate';
import { historicalPolicies, historicalRoles, lookup, scenario } from './helpers';

function recorded(seed = 'replay-test'): Replay {
  const run = simulate(scenario, { seed, humans: historicalRoles, policies: historicalPolicies });
  if (!run.ok) throw new Error(run.error);
  return makeReplay(run.value.game.state, humanDecisions(run.value.game.state));
}

const text = (r: unknown) => JSON.stringify(r);
const errorOf = (t: string): string => {
  const p = parseReplay(t);
  if (!p.ok) return p.error;
  const v = verifyReplay(p.value, lookup);
  return v.ok ? '' : v.error;
};

describe('replay files', () => {
  it('round-trip through a file and verify', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fp-replay-'));
    const path = join(dir, 'game.json');
    const replay = recorded();
    writeFileSync(path, replayToText(replay));
    const parsed = parseReplay(readFileSync(path, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual(replay);
    const verified = verifyReplay(parsed.value, lookup);
    expect(verified.ok && verified.value.code).toBe(replay.verification);
  });

  it('store only human decisions, in order, for the human roles', () => {
    const r = recorded();
    expect([...r.roles].sort()).toEqual([...historicalRoles].sort());
    expect(r.decisions.length).toBe(20 * historicalRoles.length);
    expect(new Set(r.decisions.map((d) => d.actor))).toEqual(new Set(historicalRoles));
  });

  it('verify an all-AI game with no decisions', () => {
    const run = simulate(scenario, { seed: 'all-ai' });
    if (!run.ok) throw new Error(run.error);
    expect(errorOf(text(makeReplay(run.value.game.state, [])))).toBe('');
  });

  it('reject a file that is not JSON', () => {
    expect(errorOf('hello')).toMatch(/not a valid JSON file/);
  });

  it('reject a truncated file', () => {
    const t = replayToText(recorded());
    expect(errorOf(t.slice(0, t.length / 2))).toMatch(/not a valid JSON file \(it may be truncated\)/);
  });

  it('reject a JSON file that is not a replay', () => {
    expect(errorOf('[1,2,3]')).toMatch(/expected a JSON object/);
    expect(errorOf('{"hello":1}')).toMatch(/"format" field is missing/);
  });

  it('reject an unknown format version by name', () => {
    expect(errorOf(text({ ...recorded(), format: 'flashpoint-replay/9' }))).toMatch(/unsupported replay format "flashpoint-replay\/9"/);
  });

  it('reject an unknown scenario', () => {
    expect(errorOf(text({ ...recorded(), scenario: { id: 'south-1999', version: 1 } }))).toMatch(/unknown scenario "south-1999"/);
  });

  it('re-play a file from another scenario version without checking its code, saying why', () => {
    const r = recorded();
    const parsed = parseReplay(text({ ...r, scenario: { id: 'north-2023', version: 7 } }));
    if (!parsed.ok) throw new Error(parsed.error);
    const v = verifyReplay(parsed.value, lookup);
    expect(v.ok && v.value.checked).toBe(false);
    expect(v.ok && v.value.uncheckable).toMatch(new RegExp(`version 7 of scenario "north-2023".*has version ${scenario.version}`));
  });

  it('reject missing and mistyped fields, naming them', () => {
    const { seed: _drop, ...noSeed } = recorded();
    expect(errorOf(text(noSeed))).toMatch(/seed/);
    expect(errorOf(text({ ...recorded(), roles: ['narnia'] }))).toMatch(/"narnia" is not an actor of scenario "north-2023"/);
    expect(errorOf(text({ ...recorded(), verification: 'abc' }))).toMatch(/verification/);
  });

  it('reject an absurdly long seed', () => {
    expect(errorOf(text({ ...recorded(), seed: 'x'.repeat(10_000) }))).toMatch(/longer than 200 characters/);
  });

  it('reject a changed seed as a verification mismatch (or an illegal decision)', () => {
    expect(errorOf(text({ ...recorded(), seed: 'replay-test-2' }))).toMatch(/verification mismatch|illegal decision/);
  });

  it('reject a changed decision', () => {
    const r = recorded();
    const i = r.decisions.findIndex((d) => d.action === 'kfor.patrol');
    const decisions = r.decisions.map((d, j) => (j === i ? { ...d, action: 'kfor.hold' } : d));
    expect(errorOf(text({ ...r, decisions }))).toMatch(/verification mismatch/);
  });

  it('reject an illegal decision, naming the action and the turn', () => {
    const r = recorded();
    const decisions = r.decisions.map((d, j) => (j === 0 ? { ...d, action: 'kosovo.escort-mayors-now' } : d));
    expect(errorOf(text({ ...r, decisions }))).toMatch(/illegal decision: .*unknown action "kosovo.escort-mayors-now"/);
  });

  it('reject an action another actor owns', () => {
    const r = recorded();
    const i = r.decisions.findIndex((d) => d.actor === 'kosovo');
    const decisions = r.decisions.map((d, j) => (j === i ? { ...d, action: 'serbia.raise-readiness' } : d));
    expect(errorOf(text({ ...r, decisions }))).toMatch(/belongs to serbia/);
  });

  it('reject decisions for the wrong turn or in the wrong order', () => {
    const r = recorded();
    const decisions = r.decisions.map((d, j) => (j === 5 ? { ...d, turn: 9 } : d));
    expect(errorOf(text({ ...r, decisions }))).toMatch(/decision 6 is for .* on turn 9/);
  });

  it('reject a replay with decisions missing or left over', () => {
    const r = recorded();
    expect(errorOf(text({ ...r, decisions: r.decisions.slice(0, 10) }))).toMatch(/no decision for .* on turn/);
    expect(errorOf(text({ ...r, decisions: [...r.decisions, { turn: 21, actor: 'kosovo', action: 'kosovo.hold' }] }))).toMatch(
      /after the end of the game/,
    );
  });

  it('reject a changed verification code', () => {
    expect(errorOf(text({ ...recorded(), verification: '0000-0000-0000' }))).toMatch(
      /verification mismatch: the replay says 0000-0000-0000/,
    );
  });

  it('reject unexpected extra fields', () => {
    expect(errorOf(text({ ...recorded(), cheat: true }))).toMatch(/malformed replay/);
  });
});
