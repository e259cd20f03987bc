// A class game played to the end across a crash: three roles by the command
// line's own client (which rejoins by itself), one role by a test client that
// holds its order at a chosen turn so the crash comes mid-turn, with the
// other three orders already sealed. Shared by the crash tests with and
// without Redis.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { playedGame } from '../../src/class/class-game';
import { classCommand } from '../../src/cli/class-command';
import { replayCommand } from '../../src/cli/replay-command';
import { simCommand } from '../../src/cli/sim-command';
import type { ClassConnection } from '../../src/net/class-client';
import { scenarioLoaders } from '../../src/scenarios';
import { policyFor } from '../../src/sim/policies';
import { codeIn, runCli } from '../support/cli';

export const ROLES = ['serbia', 'kosovo', 'serbs', 'kfor'] as const;
/** The three roles the command line plays; the test's own client plays kfor. */
export const BOT_ROLES = ['serbia', 'kosovo', 'serbs'] as const;

export const cli = (...args: string[]) => runCli(classCommand, scenarioLoaders, args);

export async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Plays kfor by the historical policy on this connection, except while `hold()` says wait. */
export async function playKfor(c: ClassConnection, seed: string, hold: () => boolean): Promise<() => void> {
  const scenario = await (scenarioLoaders['north-2023'] as () => Promise<import('../../src/sim/types').Scenario>)();
  const policy = policyFor(scenario, 'historical', 'kfor', seed);
  let sent = '';
  const act = () => {
    const v = c.view;
    if (!v || v.over || c.results || hold() || v.ordered.includes('kfor')) return;
    const key = `${v.decisions.length}|${c.rejoins}`;
    if (sent === key) return;
    const game = playedGame(scenario, v.setup, v.decisions);
    if (game.isOver() || !game.awaiting().includes('kfor')) {
      game.dispose();
      return;
    }
    const action = policy(game, 'kfor');
    game.dispose();
    sent = key;
    c.send('order', { action });
  };
  const stop = c.subscribe(act);
  act();
  return stop;
}

/** The code `npm run sim` gives the same seed with the four roles played by the historical policy. */
export async function simCode(seed: string): Promise<string | undefined> {
  const sim = await runCli(simCommand, scenarioLoaders, [
    '--scenario',
    'north-2023',
    '--seed',
    seed,
    '--role',
    ROLES.join(','),
    '--policy',
    'historical',
    '--quiet',
  ]);
  return codeIn(sim.stdout);
}

/** Fetches the finished game's replay through `server`, checks it verifies, and returns its code. */
export async function replayCode(server: string, code: string, dir: string): Promise<string> {
  const file = join(dir, `${code}.replay.json`);
  const fetched = await cli('replay', '--server', server, '--code', code, '--out', file);
  expect(fetched.status, fetched.stderr).toBe(0);
  const verified = await runCli(replayCommand, scenarioLoaders, [file]);
  expect(verified.status, verified.stderr).toBe(0);
  return JSON.parse(readFileSync(file, 'utf8')).verification as string;
}

/** The process's count of rooms it holds (GET /class/stats). */
export async function roomsIn(server: string): Promise<number> {
  const res = await fetch(`${server}/class/stats`);
  return ((await res.json()) as { rooms: number }).rooms;
}
