// Whether the guided first turn shows on turn 1 of a new game: on until the
// player skips it, remembered in the browser's storage for the next visit,
// and switched back on from the game's help.

const STORAGE_KEY = 'flashpoint.firstTurnGuide';
// not-text: the stored value, never shown
const OFF = 'off';

/** This visit's choice when storage refused to keep it (full or blocked). */
let unsaved: boolean | null = null;

/** Whether the first-turn guide is on (it is unless switched off). */
export function firstTurnGuideOn(): boolean {
  if (unsaved !== null) return unsaved;
  try {
    return typeof localStorage === 'undefined' || localStorage.getItem(STORAGE_KEY) !== OFF;
  } catch {
    return true;
  }
}

/** Switches the first-turn guide on or off, remembered for the next visit when storage allows. */
export function setFirstTurnGuide(on: boolean): void {
  try {
    if (on) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, OFF);
    unsaved = null;
  } catch {
    unsaved = on;
  }
}
