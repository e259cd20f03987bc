import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayCommand } from '../../src/cli/replay-command';
import { simCommand } from '../../src/cli/sim-command';
import { scenarioLoaders } from '../../src/scenarios';
import { codeIn as code, runCli } from '../support/cli';

// The commands run in-process as functions of (arguments, registry, output);
// one spawned run per entry file proves the entries pass the real registry
// and turn the status into the process's exit code.
const sim = (...args: string[]) => runCli(simCommand, scenarioLoaders, args);
const replay = (...args: string[]) => runCli(replayCommand, scenarioLoaders, args);
const dir = mkdtempSync(join(tmpdir(), 'fp-cli-'));

const root = new URL('../..', import.meta.url).pathname;
const spawnEntry = (script: string, args: string[]) => {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli', script), ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('npm run sim', async () => {
  const first = await sim('--scenario', 'north-2023', '--seed', 'classroom-1');

  it('plays a whole all-AI game and ends with a verification line', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/== Turn 1 · 24\s*–\s*26 Apr 2023/);
    // Motives before dice: each reason leads with the motive, then the posture.
    expect(first.stdout).toMatch(/why: Belgrade wants [^\n]*\. Serbia (stayed|moved) /);
    expect(first.stdout).toMatch(/== Outcome/);
    expect(first.stdout).toMatch(/== Scores/);
    expect(code(first.stdout)).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
  });

  it('prints the same log and code twice in a row', async () => {
    expect((await sim('--scenario', 'north-2023', '--seed', 'classroom-1')).stdout).toBe(first.stdout);
  });

  it('plays a different game for another seed', async () => {
    const other = await sim('--scenario', 'north-2023', '--seed', 'classroom-2');
    expect(code(other.stdout)).not.toBe(code(first.stdout));
  });

  it('prints the same code in the pseudo-language', async () => {
    const pseudo = await sim('--scenario', 'north-2023', '--seed', 'classroom-1', '--lang', 'en-XA');
    expect(pseudo.status).toBe(0);
    expect(code(pseudo.stdout)).toBe(code(first.stdout));
  });

  it('plays a role from a decisions file and writes a replay that npm run replay verifies', async () => {
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
    const played = await sim('--seed', 'file-test', '--role', 'kfor', '--decisions', decisions, '--out', out);
    expect(played.status).toBe(0);
    expect(played.stdout).toMatch(/KFOR \(player\)/);
    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(file.format).toBe('flashpoint-replay/3');
    expect(file.decisions.slice(0, 3).map((d: { action: string }) => d.action)).toEqual(['kfor.patrol', 'kfor.bridge', 'kfor.hold']);
    const replayed = await replay(out);
    expect(replayed.status).toBe(0);
    expect(code(replayed.stdout)).toBe(code(played.stdout));
    expect(replayed.stdout).toMatch(/replay verified/);
  });

  it('refuses an illegal decision in the file, naming it', async () => {
    const decisions = join(dir, 'bad.json');
    writeFileSync(decisions, JSON.stringify([{ turn: 1, action: 'kfor.reinforce-everything' }]));
    const r = await sim('--seed', 'x', '--role', 'kfor', '--decisions', decisions);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unknown action "kfor.reinforce-everything"/);
  });

  it('refuses an unknown scenario as a usage error, listing the known ones', async () => {
    const r = await sim('--scenario', 'atlantis', '--seed', 'x');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown scenario "atlantis" \(known: north-2023, plates-2022\)/);
  });

  it('refuses an unknown language and a missing seed as usage errors', async () => {
    expect(await sim('--seed', 'x', '--lang', 'tlh')).toMatchObject({ status: 2, stderr: expect.stringMatching(/unknown language "tlh"/) });
    expect(await sim('--scenario', 'north-2023')).toMatchObject({ status: 2, stderr: expect.stringMatching(/--seed is required/) });
  });

  it('runs from its entry file with the real registry and exit status', () => {
    const ok = spawnEntry('sim.ts', ['--seed', 'classroom-1', '--quiet']);
    expect(ok.status).toBe(0);
    expect(code(ok.stdout)).toBe(code(first.stdout));
    const bad = spawnEntry('sim.ts', ['--scenario', 'atlantis', '--seed', 'x']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('error: unknown scenario "atlantis" (known: north-2023, plates-2022)\n');
  });
});

describe('npm run replay', async () => {
  const out = join(dir, 'ai.replay.json');
  await sim('--seed', 'replay-cli', '--role', 'serbia', '--policy', 'historical', '--out', out);

  it('exits non-zero with a clear message when the seed was changed', async () => {
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify({ ...JSON.parse(readFileSync(out, 'utf8')), seed: 'replay-cli-2' }));
    const r = await replay(tampered);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/verification mismatch|illegal decision/);
  });

  it('exits non-zero for a truncated file', async () => {
    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, readFileSync(out, 'utf8').slice(0, 200));
    const r = await replay(truncated);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a valid JSON file/);
  });

  it('exits non-zero for a missing file', async () => {
    const r = await replay(join(dir, 'nope.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read/);
  });

  it('refuses a file whose scenario the registry does not have', async () => {
    const r = await runCli(replayCommand, {}, [out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown scenario "north-2023"/);
  });

  it('runs from its entry file with the real registry and exit status', () => {
    const r = spawnEntry('replay.ts', [out, '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/replay verified/);
  });
});
