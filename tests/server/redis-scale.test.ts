// Several server processes sharing class games through one Redis (Colyseus's
// redis-presence and redis-driver): the teacher creates a game through one
// process, the students join through the other and are sent to the process
// that holds the room; the game ends with the command line's code; the
// replay comes from either process; wrong codes count across processes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassConnection, type ClassJoinError } from '../../src/net/class-client';
import { cli, ROLES, replayCode, roomsIn, simCode } from './crash-game';
import { type RedisProcess, startRedis } from './redis-process';
import { type ServerProcess, startServer } from './server-process';

const dir = mkdtempSync(join(tmpdir(), 'fp-redis-'));
let redis: RedisProcess;
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  redis = await startRedis();
  a = await startServer(join(dir, 'a'), 0, { REDIS_URL: redis.url });
  b = await startServer(join(dir, 'b'), 0, { REDIS_URL: redis.url });
});

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function clientsIn(server: string): Promise<number> {
  return ((await (await fetch(`${server}/class/stats`)).json()) as { clients: number }).clients;
}

describe('two processes sharing a Redis', () => {
  it('the teacher creates through one, the students join through the other, and the game ends with the command line’s code', async () => {
    const seed = 'two-processes';
    const created = await cli('create', '--server', a.url, '--scenario', 'north-2023', '--seed', seed, '--humans', ROLES.join(','));
    expect(created.status, created.stderr).toBe(0);
    const code = /^code: (\S+)$/m.exec(created.stdout)?.[1] ?? '';
    expect(code).toMatch(/^[A-Z0-9]{6}$/);

    // A student asking the process without the room is sent to the one that holds it.
    const [holder, other] = (await roomsIn(a.url)) === 1 ? [a, b] : [b, a];
    const watcher = await ClassConnection.join(other.url, code, { name: 'W' });
    expect(watcher.view?.setup.seed).toBe(seed);
    expect(await clientsIn(holder.url)).toBe(1);
    expect(await clientsIn(other.url)).toBe(0);
    await watcher.leave();

    const played = await Promise.all(
      ROLES.map((role, i) => cli('play', '--server', (i % 2 ? a : b).url, '--code', code, '--role', role, '--policy', 'historical')),
    );
    for (const p of played) expect(p.status, p.stderr).toBe(0);
    const codes = new Set(played.map((p) => /^verification: (\S+)$/m.exec(p.stdout)?.[1]));
    const expected = await simCode(seed);
    expect([...codes]).toEqual([expected]);
    expect(await replayCode(a.url, code, dir)).toBe(expected);
    expect(await replayCode(b.url, code, dir)).toBe(expected);
  });

  it('spreads new games over both processes', async () => {
    const teachers = [];
    for (let i = 0; i < 4; i++) {
      teachers.push(
        await ClassConnection.create((i % 2 ? a : b).url, {
          scenario: 'north-2023',
          seed: `spread-${i}`,
          difficulty: 'normal',
          students: ['kfor'],
          timerSeconds: 0,
        }),
      );
    }
    const [ra, rb] = [await roomsIn(a.url), await roomsIn(b.url)];
    expect(ra).toBeGreaterThan(0);
    expect(rb).toBeGreaterThan(0);
    for (const t of teachers) {
      t.send('end-game', {});
      await t.until(() => t.results !== null);
      await t.leave();
    }
  });

  // Last: it uses up this address's tries for a minute, on every process.
  it('counts wrong codes across processes: an address that guesses through both must wait', async () => {
    const refusals: string[] = [];
    for (let i = 0; i < 12; i++) {
      const server = i % 2 ? a : b;
      await ClassConnection.join(server.url, `WRONG${i}`, {}).catch((e: ClassJoinError) => refusals.push(e.code));
    }
    expect(refusals.slice(0, 10)).toEqual(Array(10).fill('unknown-code'));
    expect(refusals.slice(10)).toEqual(['too-many', 'too-many']);
    const replay = await fetch(`${a.url}/class/NOPE42/replay`);
    expect(replay.status).toBe(429);
  });
});
