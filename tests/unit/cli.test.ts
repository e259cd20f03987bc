import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (script: string, args: string[]) => {
  const r = spawnSync(tsx, [join(root, 'src/cli', script), ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const sim = (...args: string[]) => run('sim.ts', args);
const replay = (...args: string[]) => run('replay.ts', args);
const code = (out: string) => out.match(/^verification: (\S+)$/m)?.[1];
const dir = mkdtempSync(join(tmpdir(), 'fp-cli-'));

describe('npm run sim', () => {
  const first = sim('--scenario', 'north-2023', '--seed', 'classroom-1');

  it('plays a whole all-AI game and ends with a verification line', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/== Turn 1 · 24–26 Apr 2023/);
    expect(first.stdout).toMatch(/why: Serbia /);
    expect(first.stdout).toMatch(/== Outcome/);
    expect(first.stdout).toMatch(/== Scores/);
    expect(code(first.stdout)).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
  });

  it('prints the same log and code twice in a row', () => {
    expect(sim('--scenario', 'north-2023', '--seed', 'classroom-1').stdout).toBe(first.stdout);
  });

  it('plays a different game for another seed', () => {
    const other = sim('--scenario', 'north-2023', '--seed', 'classroom-2');
    expect(code(other.stdout)).not.toBe(code(first.stdout));
  });

  it('plays a role from a decisions file and writes a replay that npm run replay verifies', () => {
    const decisions = join(dir, 'kfor.json');
    writeFileSync(
      decisions,
      JSON.stringify([
        { turn: 1, action: 'kfor.patrol' },
        { turn: 2, action: 'kfor.bridge' },
        { turn: 4, action: 'kfor.impartial' },
      ]),
    );
    const out = join(dir, 'game.replay.json');
    const played = sim('--seed', 'file-test', '--role', 'kfor', '--decisions', decisions, '--out', out);
    expect(played.status).toBe(0);
    expect(played.stdout).toMatch(/KFOR \(player\)/);
    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(file.format).toBe('flashpoint-replay/1');
    expect(file.decisions.slice(0, 3).map((d: { action: string }) => d.action)).toEqual(['kfor.patrol', 'kfor.bridge', 'kfor.hold']);
    const replayed = replay(out);
    expect(replayed.status).toBe(0);
    expect(code(replayed.stdout)).toBe(code(played.stdout));
    expect(replayed.stdout).toMatch(/replay verified/);
  });

  it('refuses an illegal decision in the file, naming it', () => {
    const decisions = join(dir, 'bad.json');
    writeFileSync(decisions, JSON.stringify([{ turn: 1, action: 'kfor.reinforce-everything' }]));
    const r = sim('--seed', 'x', '--role', 'kfor', '--decisions', decisions);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/unknown action "kfor.reinforce-everything"/);
  });

  it('refuses an unknown scenario', () => {
    const r = sim('--scenario', 'atlantis', '--seed', 'x');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/unknown scenario "atlantis"/);
  });
});

describe('npm run replay', () => {
  const out = join(dir, 'ai.replay.json');
  sim('--seed', 'replay-cli', '--role', 'serbia', '--policy', 'historical', '--out', out);

  it('exits non-zero with a clear message when the seed was changed', () => {
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify({ ...JSON.parse(readFileSync(out, 'utf8')), seed: 'replay-cli-2' }));
    const r = replay(tampered);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/verification mismatch|illegal decision/);
  });

  it('exits non-zero for a truncated file', () => {
    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, readFileSync(out, 'utf8').slice(0, 200));
    const r = replay(truncated);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/not a valid JSON file/);
  });

  it('exits non-zero for a missing file', () => {
    const r = replay(join(dir, 'nope.json'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot read/);
  });
});
