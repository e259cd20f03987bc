// A crashed process loses no game: kill -9 the process holding a class game
// in the middle of a turn (three of four orders sealed); after a restart the
// game continues from its last finished turn, the unfinished turn's orders
// are asked for again, the students rejoin with their tokens, and the
// finished game's replay verifies with the command line's code. This file:
// one process, games in its data folder (crash-redis.test.ts: with Redis).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClassConnection } from '../../src/net/class-client';
import { BOT_ROLES, cli, playKfor, replayCode, simCode, until } from './crash-game';
import { type ServerProcess, startServer } from './server-process';

const dir = mkdtempSync(join(tmpdir(), 'fp-crash-'));
let server: ServerProcess | null = null;

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a crash of the only process (games in its data folder)', () => {
  it('loses no finished turn: after kill -9 and a restart the game goes on from its last finished turn and its replay verifies', async () => {
    const data = join(dir, 'data');
    server = await startServer(data);
    const url = server.url;
    const seed = 'crash-local';
    const created = await cli(
      'create',
      '--server',
      url,
      '--scenario',
      'north-2023',
      '--seed',
      seed,
      '--humans',
      'serbia,kosovo,serbs,kfor',
    );
    expect(created.status, created.stderr).toBe(0);
    const code = /^code: (\S+)$/m.exec(created.stdout)?.[1] ?? '';

    // kfor joins without rejoining by itself: after the crash it comes back with its token.
    const kfor = await ClassConnection.join(url, code, { role: 'kfor', name: 'K' }, 0);
    const token = kfor.you?.token ?? '';
    let crashed = false;
    await playKfor(kfor, seed, () => !crashed && kfor.view?.turn === 3);
    const bots = BOT_ROLES.map((role) => cli('play', '--server', url, '--code', code, '--role', role, '--policy', 'historical'));

    await until(() => kfor.view?.turn === 3 && kfor.view.ordered.length === 3, 'turn 3 with three orders sealed');
    await server.kill();
    crashed = true;
    server = await startServer(data, server.port);
    expect(server.log()).toContain(`reopened class ${code} at turn 2`);

    const back = await ClassConnection.join(server.url, code, { token });
    expect(back.you?.member).toBe(kfor.you?.member);
    expect(back.view?.turn).toBe(3);
    expect(back.view?.decisions.some((d) => d.turn >= 3)).toBe(false);
    await playKfor(back, seed, () => false);

    const played = await Promise.all(bots);
    for (const p of played) expect(p.status, p.stderr).toBe(0);
    const codes = new Set(played.map((p) => /^verification: (\S+)$/m.exec(p.stdout)?.[1]));
    const expected = await simCode(seed);
    expect([...codes]).toEqual([expected]);
    await until(() => back.results !== null, 'kfor to see the results');
    expect(back.results?.verification).toBe(expected);
    expect(await replayCode(server.url, code, dir)).toBe(expected);
    await back.leave();
  });
});
