// A new version of the game waits here until the player is on the title
// screen. The service worker (src/ui/offline.ts) reports a waiting update; the
// title screen subscribes while it is open and shows the reload prompt
// (src/ui/offline-prompt.ts). Nothing else is told, so an update is never
// offered, let alone swapped in, in the middle of a game.

/** Makes the waiting version take over and reloads the page. */
export type ApplyUpdate = () => Promise<void>;

let waiting: ApplyUpdate | null = null;
const listeners = new Set<(apply: ApplyUpdate) => void>();

/** The service worker side: a new version is installed and waits. */
export function updateWaiting(apply: ApplyUpdate): void {
  waiting = apply;
  if (typeof document !== 'undefined') document.body.dataset.updateWaiting = 'true';
  for (const l of listeners) l(apply);
}

/** Whether a new version waits for the player's reload. */
export const hasWaitingUpdate = (): boolean => waiting !== null;

/**
 * The title screen side: calls `show` now if a version waits, or when one
 * arrives while the subscription lasts. Returns the unsubscribe function
 * (call it when the screen closes: the update then waits for the next title).
 */
export function whenUpdateWaits(show: (apply: ApplyUpdate) => void): () => void {
  listeners.add(show);
  if (waiting) show(waiting);
  return () => {
    listeners.delete(show);
  };
}

/** For tests: forget the waiting version and every subscriber. */
export function resetUpdateState(): void {
  waiting = null;
  listeners.clear();
  if (typeof document !== 'undefined') delete document.body.dataset.updateWaiting;
}
