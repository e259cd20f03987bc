// A class game's join code as a student types it, and the rejoin secret a
// device keeps per code (no Phaser here, so Node tests read it too).

const TOKEN_PREFIX = 'flashpoint.class.token.';

/** A code as typed (spaces, dashes, lower case) in its canonical form, as the server spells it. */
export function normaliseJoinCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 12);
}

/** The rejoin secret this device holds for a class code, or null. */
export function storedToken(code: string): string | null {
  try {
    return localStorage.getItem(TOKEN_PREFIX + code);
  } catch {
    return null;
  }
}

/** Keeps (or, with null, forgets) this device's rejoin secret for a class code. */
export function storeToken(code: string, token: string | null): void {
  try {
    if (token === null) localStorage.removeItem(TOKEN_PREFIX + code);
    else localStorage.setItem(TOKEN_PREFIX + code, token);
  } catch {
    // Storage blocked: a reload then joins as a new student.
  }
}
