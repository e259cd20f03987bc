import { mkdirSync, readdirSync, readFileSync, rename, writeFile } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type SnapshotStore, STORED_CODE, type StoredClass } from './snapshot-store';

// Class games on disk (DATA_DIR/classes/<code>.json), written after every
// change, so a restarted server loses no finished turn. A file is written
// whole to a temporary name and renamed, so a crash mid-write leaves the
// previous version. Writes happen in the background, one at a time per game;
// saves made while one is under way collapse into the newest (a burst of
// orders costs one write, not one each: a synchronous write and rename per
// message was most of the server's time under load, see docs/PERFORMANCE.md).

// The callback forms (promisified): fs/promises' writeFile opens a FileHandle
// per write, which cost a third more of the server's time under load.
const writeText = promisify(writeFile);
const renameFile = promisify(rename);

export class FileSnapshotStore implements SnapshotStore {
  private readonly dir: string;
  /** The newest snapshot of each game not yet on disk. */
  private readonly waiting = new Map<string, StoredClass>();
  /** Each game's writer while it runs. */
  private readonly writers = new Map<string, Promise<void>>();

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'classes');
    mkdirSync(this.dir, { recursive: true });
  }

  save(stored: StoredClass): void {
    const code = stored.state.code;
    this.waiting.set(code, stored);
    if (!this.writers.has(code)) {
      const writer = this.write(code).finally(() => this.writers.delete(code));
      this.writers.set(code, writer);
    }
  }

  private async write(code: string): Promise<void> {
    const file = this.file(code);
    const tmp = `${file}.tmp`;
    for (let next = this.waiting.get(code); next; next = this.waiting.get(code)) {
      this.waiting.delete(code);
      try {
        await writeText(tmp, JSON.stringify(next));
        await renameFile(tmp, file);
      } catch (e) {
        console.error(`could not save class ${code}: ${(e as Error).message}`);
      }
    }
  }

  load(code: string): Promise<StoredClass | null> {
    const waiting = this.waiting.get(code);
    if (waiting) return Promise.resolve(JSON.parse(JSON.stringify(waiting)) as StoredClass);
    return Promise.resolve(this.loadNow(code));
  }

  has(code: string): Promise<boolean> {
    return Promise.resolve(this.waiting.has(code) || this.writers.has(code) || this.loadNow(code) !== null);
  }

  codes(): Promise<string[]> {
    return Promise.resolve(
      readdirSync(this.dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length))
        .filter((c) => STORED_CODE.test(c)),
    );
  }

  async flush(code?: string): Promise<void> {
    if (code !== undefined) {
      // Only this game's writer: a turn's result waits for its own snapshot, not for other classes' writes.
      for (let w = this.writers.get(code); w; w = this.writers.get(code)) await w;
      return;
    }
    while (this.writers.size > 0) await Promise.all([...this.writers.values()]);
  }

  close(): Promise<void> {
    return this.flush();
  }

  private loadNow(code: string): StoredClass | null {
    if (!STORED_CODE.test(code)) return null;
    try {
      return JSON.parse(readFileSync(this.file(code), 'utf8')) as StoredClass;
    } catch {
      return null;
    }
  }

  private file(code: string): string {
    return join(this.dir, `${code}.json`);
  }
}
