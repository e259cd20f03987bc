import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SnapshotStore, STORED_CODE, type StoredClass } from './snapshot-store';

// Class games on disk (DATA_DIR/classes/<code>.json), written after every
// change, so a restarted server loses no finished turn. A file is written
// whole to a temporary name and renamed, so a crash mid-write leaves the
// previous version.

export class FileSnapshotStore implements SnapshotStore {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'classes');
    mkdirSync(this.dir, { recursive: true });
  }

  save(stored: StoredClass): void {
    const file = this.file(stored.state.code);
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(stored));
    renameSync(tmp, file);
  }

  load(code: string): Promise<StoredClass | null> {
    return Promise.resolve(this.loadNow(code));
  }

  has(code: string): Promise<boolean> {
    return Promise.resolve(this.loadNow(code) !== null);
  }

  codes(): Promise<string[]> {
    return Promise.resolve(
      readdirSync(this.dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length))
        .filter((c) => STORED_CODE.test(c)),
    );
  }

  flush(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
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
