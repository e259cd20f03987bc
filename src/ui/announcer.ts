// The ARIA live region (#announcer in index.html) tells screen-reader users
// what the canvas shows. Text only: textContent, never innerHTML.
//
// Attributes kept on the element (also read by the browser tests):
//   data-scene — key of the scene that announced itself last;
//   data-focus — label of the keyboard-focused control, if any.

const ID = 'announcer';

function region(): HTMLElement | null {
  return typeof document === 'undefined' ? null : document.getElementById(ID);
}

/** Says `text` through the live region (replaces what was there). */
export function announce(text: string): void {
  const el = region();
  if (!el) return;
  // Clearing first makes screen readers repeat an identical message.
  if (el.textContent === text) el.textContent = '';
  el.textContent = text;
}

/** What the live region says now. */
export function currentAnnouncement(): string {
  return region()?.textContent ?? '';
}

/** Marks `sceneKey` as the current scene and announces `text`. */
export function announceScene(sceneKey: string, text: string): void {
  const el = region();
  if (!el) return;
  el.dataset.scene = sceneKey;
  announce(text);
}

/** Records which control has keyboard focus (for tests and debugging). */
export function markFocus(label: string | null): void {
  const el = region();
  if (!el) return;
  if (label === null) delete el.dataset.focus;
  else el.dataset.focus = label;
}

/** The scene key last passed to announceScene, if any. */
export function currentSceneKey(): string | null {
  return region()?.dataset.scene ?? null;
}
