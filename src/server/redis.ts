import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { Redis } from 'ioredis';

// With REDIS_URL set, several server processes share class games through one
// Redis: Colyseus's own presence (messages between processes) and driver (the
// list of rooms and which process holds each) for matchmaking, plus the
// project's keys: the games' snapshots (snapshot-store-redis.ts), the wrong
// code counts per address, and a short lock so only one process reopens a
// game whose process died.

export interface RedisParts {
  presence: RedisPresence;
  driver: RedisDriver;
  /** The project's own connection (snapshots, wrong codes, reopen locks). */
  client: Redis;
  close(): Promise<void>;
}

export function connectRedis(url: string): RedisParts {
  const presence = new RedisPresence(url);
  const driver = new RedisDriver(url);
  const client = new Redis(url, { maxRetriesPerRequest: 3 });
  return {
    presence,
    driver,
    client,
    close: async () => {
      await client.quit().catch(() => undefined);
    },
  };
}

/** The limit on wrong join codes, counted in Redis so every process sees an address's tries. */
export class RedisWrongCodeLimit {
  constructor(
    private readonly redis: Redis,
    private readonly maxWrong = 10,
    private readonly windowMs = 60_000,
  ) {}

  async allowed(address: string, now: number): Promise<boolean> {
    const tries = await this.redis.zcount(this.key(address), now - this.windowMs + 1, '+inf');
    return tries < this.maxWrong;
  }

  async wrong(address: string, now: number): Promise<void> {
    const key = this.key(address);
    await this.redis
      .multi()
      .zremrangebyscore(key, 0, now - this.windowMs)
      .zadd(key, now, `${now}:${Math.random().toString(36).slice(2)}`)
      .pexpire(key, this.windowMs)
      .exec();
  }

  private key(address: string): string {
    return `fp:wrong:${address}`;
  }
}

/** Takes the lock on reopening a game (true if this process got it); it lapses by itself after `ms`. */
export async function lockReopen(redis: Redis, code: string, owner: string, ms = 15_000): Promise<boolean> {
  return (await redis.set(`fp:reopen:${code}`, owner, 'PX', ms, 'NX')) === 'OK';
}

export async function unlockReopen(redis: Redis, code: string, owner: string): Promise<void> {
  if ((await redis.get(`fp:reopen:${code}`)) === owner) await redis.del(`fp:reopen:${code}`);
}
