// Where saved games live: the browser's local storage, one key per slot under
// a common prefix. This part reads no save's contents in depth, so the title
// screen and the crash screen can use it before the engine (and its
// validation) is loaded; src/ui/saves.ts reads and checks the saves themselves.

export const SAVE_KEY_PREFIX = 'flashpoint:save:';

/** Local storage, or null where the browser blocks it (private mode, policy): the game still runs. */
export function saveStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The keys of every stored save, in storage order. */
export function saveKeys(st: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < st.length; i++) {
    const key = st.key(i);
    if (key?.startsWith(SAVE_KEY_PREFIX)) keys.push(key);
  }
  return keys;
}

/** How many saves are stored, readable or not (the saved-games screen lists both). */
export function savedGameCount(): number {
  const st = saveStorage();
  return st ? saveKeys(st).length : 0;
}

/** The text of the most recently written save that parses as JSON, or null (for the crash screen's download). */
export function newestSaveText(): string | null {
  const st = saveStorage();
  if (!st) return null;
  let best: { at: string; text: string } | null = null;
  for (const key of saveKeys(st)) {
    const text = st.getItem(key) ?? '';
    try {
      const at = (JSON.parse(text) as { savedAt?: unknown }).savedAt;
      if (typeof at === 'string' && (!best || at > best.at)) best = { at, text };
    } catch {
      // a damaged save is listed (and kept) by the saved-games screen
    }
  }
  return best?.text ?? null;
}
