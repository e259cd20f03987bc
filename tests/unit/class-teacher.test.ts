// The teacher's class game helpers: the join code spaced for reading aloud,
// the join link, the QR code's modules, and the teacher's token kept per code.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  forgetClassGame,
  joinLink,
  keepTeacherToken,
  replayFileName,
  spacedCode,
  storedClassGame,
  teacherToken,
} from '../../src/ui/class-teacher';
import { qrModules } from '../../src/ui/class-teacher-qr';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.items.set(k, v);
  }
  removeItem(k: string): void {
    this.items.delete(k);
  }
}

describe('class teacher helpers', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    vi.stubGlobal('location', new URL('http://192.168.1.20:2567/'));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('spaces a join code in two halves, one letter at a time', () => {
    expect(spacedCode('K7MQXW')).toBe('K 7 M   Q X W');
  });

  it('links to the page with ?join=CODE', () => {
    expect(joinLink('K7MQXW')).toBe('http://192.168.1.20:2567/?join=K7MQXW');
    expect(replayFileName('K7MQXW')).toBe('class-K7MQXW.replay.json');
  });

  it('draws a QR code with its three finder patterns', () => {
    const { size, dark } = qrModules(joinLink('K7MQXW'));
    expect(size).toBeGreaterThanOrEqual(21);
    // A finder pattern: a dark 7×7 ring, a light ring inside it, a dark 3×3 centre.
    for (const [x0, y0] of [
      [0, 0],
      [size - 7, 0],
      [0, size - 7],
    ] as const) {
      expect(dark(x0, y0) && dark(x0 + 6, y0 + 6) && dark(x0 + 3, y0 + 3)).toBe(true);
      expect(dark(x0 + 1, y0 + 1)).toBe(false);
    }
  });

  it('keeps the teacher token per code, offers the latest game back, and forgets a game that is over', () => {
    expect(storedClassGame()).toBeNull();
    keepTeacherToken('AAAAAA', 'token-a-0123456789');
    keepTeacherToken('BBBBBB', 'token-b-0123456789');
    expect(teacherToken('AAAAAA')).toBe('token-a-0123456789');
    expect(storedClassGame()).toEqual({ code: 'BBBBBB', token: 'token-b-0123456789' });
    forgetClassGame('BBBBBB');
    expect(storedClassGame()).toBeNull();
    expect(teacherToken('AAAAAA')).toBe('token-a-0123456789');
  });
});
