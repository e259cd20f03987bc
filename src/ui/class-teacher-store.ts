import type { LoadedFile } from './files';

// The light part of the teacher's class game, loaded with the title: whether
// this page came from a class server, the teacher's rejoin token kept per
// join code (so a reloaded projector gets its game back), the join link, and
// the finished game's replay handed to Class debrief. The connection itself
// (and the Colyseus client) is in class-teacher.ts, loaded with the screens.

/** How long the title waits for the class server's hello before showing nothing new. */
export const HELLO_TIMEOUT_MS = 4000;

/** The turn timer's choices, in minutes (0 = none). */
export const TIMER_MINUTES = [0, 2, 3, 5] as const;

const TOKEN_KEY = 'flashpoint:class-teacher:';
const LAST_KEY = 'flashpoint:class-teacher:last';

let hello: Promise<boolean> | null = null;

/**
 * True when the page was loaded from a class server (GET class/hello answers
 * {classServer: 1}). A clear answer is kept for the page's life; a timeout is
 * asked again the next time (a busy start-up can be slower than the timeout).
 */
export function classServerHere(): Promise<boolean> {
  // Offline (the game from its service worker) there is no class to join; asked again once online.
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return Promise.resolve(false);
  hello ??= (async () => {
    if (typeof fetch !== 'function' || typeof location === 'undefined' || !location.protocol.startsWith('http')) return false;
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), HELLO_TIMEOUT_MS);
    try {
      const res = await fetch(new URL('class/hello', location.href), { signal: ctrl.signal, cache: 'no-store' });
      if (!res.ok) return false;
      const body: unknown = await res.json().catch(() => null);
      return typeof body === 'object' && body !== null && (body as { classServer?: unknown }).classServer === 1;
    } catch {
      if (ctrl.signal.aborted) hello = null;
      return false;
    } finally {
      clearTimeout(timer);
    }
  })();
  return hello;
}

/** The class server's address: the page's own origin. */
export const classServerUrl = (): string => location.origin;

/** The link students open to join: `<origin>/?join=CODE`. */
export const joinLink = (code: string): string => `${location.origin}/?join=${encodeURIComponent(code)}`;

/** A join code spaced for reading aloud and for the back row: "K7M 4QX" → "K 7 M  4 Q X". */
export function spacedCode(code: string): string {
  const half = Math.ceil(code.length / 2);
  const part = (s: string) => s.split('').join(' ');
  return `${part(code.slice(0, half))}   ${part(code.slice(half))}`;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Keeps the teacher's token for a class game (and remembers it as the latest one). */
export function keepTeacherToken(code: string, token: string): void {
  const s = storage();
  if (!s) return;
  try {
    s.setItem(TOKEN_KEY + code, token);
    s.setItem(LAST_KEY, code);
  } catch {
    // A full or refused storage only loses the rejoin after a reload.
  }
}

export function teacherToken(code: string): string | null {
  return storage()?.getItem(TOKEN_KEY + code) ?? null;
}

/** The latest class game this browser created that is not over, or null. */
export function storedClassGame(): { code: string; token: string } | null {
  const code = storage()?.getItem(LAST_KEY) ?? null;
  if (!code) return null;
  const token = teacherToken(code);
  return token ? { code, token } : null;
}

/** Forgets a class game that is over (its results stay on the dashboard while it is open). */
export function forgetClassGame(code: string): void {
  const s = storage();
  if (!s) return;
  s.removeItem(TOKEN_KEY + code);
  if (s.getItem(LAST_KEY) === code) s.removeItem(LAST_KEY);
}

// The finished game's replay, handed to Class debrief (which reads it as if it came from its file picker).
let handed: LoadedFile[] = [];

export function handToClassDebrief(files: LoadedFile[]): void {
  handed = files;
}

/** The files handed over by the class dashboard, once. */
export function takeHandedFiles(): LoadedFile[] {
  const f = handed;
  handed = [];
  return f;
}
