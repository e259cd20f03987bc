// A crashed process loses no game, with Redis: two processes share the
// games; kill -9 the one holding a class game in the middle of a turn (three
// of four orders sealed). The students' own process, still alive, reopens the
// game from its snapshot in Redis when they come back; the killed process is
// restarted and a student rejoins through it with their token; the game goes
// on from its last finished turn (the unfinished turn's orders are asked for
// again) and its replay verifies with the command line's code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassConnection } from '../../src/net/class-client';
import { BOT_ROLES, cli, playKfor, replayCode, roomsIn, simCode, until } from './crash-game';
import { type RedisProcess, startRedis } from './redis-process';
import { type ServerProcess, startServer } from './server-process';

const dir = mkdtempSync(join(tmpdir(), 'fp-crash-redis-'));
let redis: RedisProcess;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  for (const s of servers) await s.stop();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const shared = (port = 0) => startServer(join(dir, `unused-${servers.length}`), port, { REDIS_URL: redis.url });

describe('a crash of the process holding a game, with Redis', () => {
  it('loses no finished turn: a surviving process reopens it, the restarted one lets a student back in, and its replay verifies', async () => {
    const a = await shared();
    const b = await shared();
    servers.push(a, b);
    const seed = 'crash-redis';
    const created = await cli(
      'create',
      '--server',
      a.url,
      '--scenario',
      'north-2023',
      '--seed',
      seed,
      '--humans',
      'serbia,kosovo,serbs,kfor',
    );
    expect(created.status, created.stderr).toBe(0);
    const code = /^code: (\S+)$/m.exec(created.stdout)?.[1] ?? '';
    const [holder, survivor] = (await roomsIn(a.url)) === 1 ? [a, b] : [b, a];
    expect(await roomsIn(holder.url)).toBe(1);
    expect(await roomsIn(survivor.url)).toBe(0);

    // The students join through the process that will survive; the room is in the other one.
    const kfor = await ClassConnection.join(survivor.url, code, { role: 'kfor', name: 'K' }, 0);
    const token = kfor.you?.token ?? '';
    let crashed = false;
    await playKfor(kfor, seed, () => !crashed && kfor.view?.turn === 3);
    const bots = BOT_ROLES.map((role) => cli('play', '--server', survivor.url, '--code', code, '--role', role, '--policy', 'historical'));

    await until(() => kfor.view?.turn === 3 && kfor.view.ordered.length === 3, 'turn 3 with three orders sealed');
    await holder.kill();
    crashed = true;
    servers.splice(servers.indexOf(holder), 1);
    // The command-line students rejoin through the survivor, which reopens the game from Redis.
    await until(() => survivor.log().includes(`reopened class ${code} at turn 2`), 'the survivor to reopen the game', 60_000);

    const restarted = await shared(holder.port);
    servers.push(restarted);
    const back = await ClassConnection.join(restarted.url, code, { token });
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
    // The replay comes from Redis through either process.
    expect(await replayCode(restarted.url, code, dir)).toBe(expected);
    expect(await replayCode(survivor.url, code, dir)).toBe(expected);
    await back.leave();
  });
});
