import type { ClassState } from '../class/class-game';

// Where class games are kept between turns (a snapshot after every change),
// so a restarted or crashed process loses no finished turn: a local folder
// for one process (snapshot-store-file.ts), Redis when several processes
// share the games (snapshot-store-redis.ts).

export interface StoredClass {
  state: ClassState;
  /** The replay file's text and code, once the game is over. */
  finished: { replay: string; verification: string } | null;
}

export interface SnapshotStore {
  /** Keeps this snapshot (in the background; saves of one process land in the order they were made). */
  save(stored: StoredClass): void;
  load(code: string): Promise<StoredClass | null>;
  /** Whether a game with this code was ever kept. */
  has(code: string): Promise<boolean>;
  /** Every kept game's code (for reopening after a restart; the file store only). */
  codes(): Promise<string[]>;
  /** Waits for the saves in flight: one game's (by its code), or every game's. */
  flush(code?: string): Promise<void>;
  close(): Promise<void>;
}

/** A join code's shape: anything else is never looked up. */
export const STORED_CODE = /^[A-Z0-9]{4,12}$/;
