import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassState } from '../class/class-game';

// Class games on disk (DATA_DIR/classes/<code>.json), written after every
// turn and every change of who plays what, so a restarted server loses no
// finished turn. A file is written whole to a temporary name and renamed, so a
// crash mid-write leaves the previous version.

export interface StoredClass {
  state: ClassState;
  /** The replay file's text and code, once the game is over. */
  finished: { replay: string; verification: string } | null;
}

const CODE = /^[A-Z0-9]{4,12}$/;

export class ClassStore {
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

  load(code: string): StoredClass | null {
    if (!CODE.test(code)) return null;
    try {
      return JSON.parse(readFileSync(this.file(code), 'utf8')) as StoredClass;
    } catch {
      return null;
    }
  }

  /** Every stored class's code. */
  codes(): string[] {
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .filter((c) => CODE.test(c));
  }

  private file(code: string): string {
    return join(this.dir, `${code}.json`);
  }
}
