import { afterEach, describe, expect, it } from 'vitest';
import { newestSaveText, SAVE_KEY_PREFIX, savedGameCount } from '../../src/ui/save-store';

// The light save reader of the title and crash screens, over a stand-in for
// the browser's local storage.

function useStorage(entries: Record<string, string>): void {
  const keys = Object.keys(entries);
  const storage = { length: keys.length, key: (i: number) => keys[i] ?? null, getItem: (k: string) => entries[k] ?? null };
  (globalThis as { window?: unknown }).window = { localStorage: storage };
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const save = (savedAt: string) => JSON.stringify({ format: 'flashpoint-save', version: 1, savedAt });

describe('save store', () => {
  it('counts only the game’s saves, damaged ones included', () => {
    useStorage({ [`${SAVE_KEY_PREFIX}a`]: save('2026-11-01T10:00:00Z'), [`${SAVE_KEY_PREFIX}b`]: '{broken', other: 'x' });
    expect(savedGameCount()).toBe(2);
  });

  it('finds the most recently written save', () => {
    const newer = save('2026-11-02T10:00:00Z');
    useStorage({
      [`${SAVE_KEY_PREFIX}a`]: save('2026-11-01T10:00:00Z'),
      [`${SAVE_KEY_PREFIX}b`]: newer,
      [`${SAVE_KEY_PREFIX}c`]: '{broken',
    });
    expect(newestSaveText()).toBe(newer);
  });

  it('has nothing to offer when no save can be read', () => {
    useStorage({ [`${SAVE_KEY_PREFIX}c`]: 'not json', other: save('2026-11-03T10:00:00Z') });
    expect(newestSaveText()).toBeNull();
  });

  it('works, with nothing saved, where storage is blocked', () => {
    (globalThis as { window?: unknown }).window = {
      get localStorage(): Storage {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(savedGameCount()).toBe(0);
    expect(newestSaveText()).toBeNull();
  });
});
