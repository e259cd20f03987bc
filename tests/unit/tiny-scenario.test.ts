import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayCommand } from '../../src/cli/replay-command';
import { simCommand } from '../../src/cli/sim-command';
import { createGame } from '../../src/sim/game';
import { stateHash } from '../../src/sim/hash';
import { humanDecisions, makeReplay, parseReplay, verifyReplay } from '../../src/sim/replay';
import { simulate } from '../../src/sim/simulate';
import { messagesFor } from '../../src/text/messages';
import { PSEUDO_LOCALE } from '../../src/text/pseudo';
import { gameReport } from '../../src/text/report';
import { tinyScenario as tiny } from '../fixtures/tiny-scenario';
import { codeIn, registryOf, runCli } from '../support/cli';
import { lookupOf, seeds } from './helpers';

// A scenario the engine has never heard of (tests/fixtures/tiny-scenario: a dock
// strike, three actors, one place) plays through the engine, the text layer and
// the command line, handed in as data and a registry. No engine change was needed.
const registry = registryOf(tiny);
const lookup = lookupOf(tiny);
const dir = mkdtempSync(join(tmpdir(), 'fp-tiny-'));

describe('the tiny scenario', () => {
  it('imports nothing but the engine and the machine helpers', () => {
    const root = new URL('../fixtures/tiny-scenario/', import.meta.url);
    for (const file of ['index.ts', 'machines.ts', 'flags.ts']) {
      const imports = [...readFileSync(new URL(file, root), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const i of imports)
        expect(i, `${file} imports ${i}`).toMatch(/^(xstate|\.\/[\w/.-]+|\.\.\/\.\.\/\.\.\/src\/(sim|machines)\/[\w/-]+)$/);
    }
  });

  it('plays through the engine to an end, every game of 40 seeds', () => {
    for (const seed of seeds(40, 'tiny')) {
      const run = simulate(tiny, { seed });
      if (!run.ok) throw new Error(run.error);
      const s = run.value.game.state;
      expect(s.phase, seed).toBe('over');
      expect(s.outcome, seed).not.toBeNull();
      expect(s.turn, seed).toBeLessThanOrEqual(tiny.lastTurn);
      run.value.game.dispose();
    }
  });

  it('rolls its risky action’s dice in some games', () => {
    const rolls = seeds(40, 'tiny').flatMap((seed) => {
      const run = simulate(tiny, { seed });
      if (!run.ok) throw new Error(run.error);
      return run.value.game.state.log.filter((e) => e.kind === 'roll' && e.action === 'union.picket');
    });
    expect(rolls.length).toBeGreaterThan(0);
  });

  it('takes a human’s orders turn by turn through createGame', () => {
    const g = createGame(tiny, { seed: 'tiny-human', humans: ['owners'] });
    g.advance();
    expect(g.awaiting()).toEqual(['owners']);
    expect(g.options('owners').map((o) => o.def.id)).toContain('owners.offer');
    while (!g.isOver()) {
      expect(g.submit('owners', 'owners.hold').ok).toBe(true);
      g.advance();
    }
    expect(g.state.outcome).not.toBeNull();
    g.dispose();
  });

  it('runs through the command line with a registry holding it: log, code and a replay file', async () => {
    const out = join(dir, 'tiny.replay.json');
    const r = await runCli(simCommand, registry, [
      '--scenario',
      tiny.id,
      '--seed',
      'tiny-cli',
      '--role',
      'union',
      '--policy',
      'hawk',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Tiny harbour: a dock strike/);
    expect(r.stdout).toMatch(/== Turn 1 · /);
    expect(r.stdout).toMatch(/Union \(player\)/);
    expect(codeIn(r.stdout)).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    const file = parseReplay(readFileSync(out, 'utf8'));
    if (!file.ok) throw new Error(file.error);
    expect(file.value.scenario).toEqual({ id: tiny.id, version: tiny.version });
    expect(file.value.verification).toBe(codeIn(r.stdout));
    const replayed = await runCli(replayCommand, registry, [out]);
    expect(replayed.status).toBe(0);
    expect(replayed.stdout).toMatch(/replay verified/);
  });

  it('is unknown to a command whose registry lacks it', async () => {
    const r = await runCli(simCommand, registryOf(), ['--scenario', tiny.id, '--seed', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown scenario "tiny-harbour"/);
  });

  it('is refused by batch mode, whose workers load registered scenarios only', async () => {
    const r = await runCli(simCommand, registry, ['--scenario', tiny.id, '--batch', '2']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('error: --batch plays the registered scenarios only (unknown scenario tiny-harbour)\n');
  });

  it('writes replays that verifyReplay verifies', () => {
    const run = simulate(tiny, { seed: 'tiny-replay', humans: ['owners'], policies: { owners: () => 'owners.offer' } });
    if (!run.ok) throw new Error(run.error);
    const replay = makeReplay(run.value.game.state, humanDecisions(run.value.game.state));
    const v = verifyReplay(replay, lookup);
    if (!v.ok) throw new Error(v.error);
    expect(v.value.checked).toBe(true);
    expect(v.value.code).toBe(replay.verification);
  });

  it('prints the same code in its en-XA report', () => {
    const run = simulate(tiny, { seed: 'tiny-pseudo' });
    if (!run.ok) throw new Error(run.error);
    const state = run.value.game.state;
    const xa = gameReport(messagesFor(tiny, PSEUDO_LOCALE), tiny, state).join('\n');
    const en = gameReport(messagesFor(tiny, 'en'), tiny, state).join('\n');
    expect(codeIn(xa)).toBe(stateHash(state));
    expect(codeIn(en)).toBe(stateHash(state));
    expect(xa).not.toBe(en);
  });
});
