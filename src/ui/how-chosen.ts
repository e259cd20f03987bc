// "How the AI chose": whether the odds, weights and temperament behind each
// AI decision are shown (off by default: motives come first). The choice is
// remembered in the browser for the next visit and shared by every screen
// that shows decisions (results, How the actors think, the replay viewer).

const STORAGE_KEY = 'flashpoint.how-chosen';

let shown: boolean | null = null;

/** Whether the odds behind AI decisions are shown. */
export function howChosenShown(): boolean {
  if (shown === null) {
    try {
      shown = typeof localStorage !== 'undefined' && localStorage.getItem(STORAGE_KEY) === 'shown';
    } catch {
      shown = false;
    }
  }
  return shown;
}

/** Shows or hides the odds (remembered). */
export function setHowChosenShown(value: boolean): void {
  shown = value;
  try {
    localStorage.setItem(STORAGE_KEY, value ? 'shown' : 'hidden');
  } catch {
    // Storage may be full or blocked: the choice then lasts for this visit.
  }
}
