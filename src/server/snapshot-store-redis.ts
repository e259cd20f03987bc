import type { Redis } from 'ioredis';
import { type SnapshotStore, STORED_CODE, type StoredClass } from './snapshot-store';

// Class games in Redis (key fp:class:<code>, the snapshot's JSON), written
// after every change, so any process sharing the Redis can reopen a game
// whose process died. One connection sends the saves in order, so the last
// one made is the one kept. A finished game is kept FINISHED_DAYS for its
// replay, then Redis forgets it.

const KEY = (code: string) => `fp:class:${code}`;
const FINISHED_DAYS = 30;

export class RedisSnapshotStore implements SnapshotStore {
  private pending = new Set<Promise<unknown>>();
  /** Each game's newest save in flight (Redis answers one connection in order, so it lands after the game's earlier ones). */
  private newest = new Map<string, Promise<unknown>>();

  constructor(private readonly redis: Redis) {}

  save(stored: StoredClass): void {
    const text = JSON.stringify(stored);
    const key = KEY(stored.state.code);
    const done = (stored.finished ? this.redis.set(key, text, 'EX', FINISHED_DAYS * 86_400) : this.redis.set(key, text)).catch((e: Error) =>
      console.error(`could not save class ${stored.state.code} in Redis: ${e.message}`),
    );
    const code = stored.state.code;
    this.pending.add(done);
    this.newest.set(code, done);
    void done.finally(() => {
      this.pending.delete(done);
      if (this.newest.get(code) === done) this.newest.delete(code);
    });
  }

  async load(code: string): Promise<StoredClass | null> {
    if (!STORED_CODE.test(code)) return null;
    const text = await this.redis.get(KEY(code));
    if (text === null) return null;
    try {
      return JSON.parse(text) as StoredClass;
    } catch {
      return null;
    }
  }

  async has(code: string): Promise<boolean> {
    return STORED_CODE.test(code) && (await this.redis.exists(KEY(code))) === 1;
  }

  /** Not listed: with Redis a game is reopened by whichever process its players come back to. */
  codes(): Promise<string[]> {
    return Promise.resolve([]);
  }

  async flush(code?: string): Promise<void> {
    if (code !== undefined) await this.newest.get(code);
    else await Promise.all([...this.pending]);
  }

  async close(): Promise<void> {
    await this.flush();
  }
}
