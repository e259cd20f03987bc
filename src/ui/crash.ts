import './crash.css';
// Crash containment: an unexpected error anywhere in the page shows a
// recovery screen (plain DOM over the canvas, text only) instead of a frozen
// game. The player can continue from the last autosave, download the save
// and the error details, or go back to the title. The error is logged to the
// console with its context.

import { downloadText } from './download';

export interface CrashContext {
  /** What the game was doing: scene, turn, seed, role… (shown and logged). */
  describe(): Record<string, unknown>;
  /** The text of the newest autosave, if any (kept for download). */
  lastSave(): string | null;
}

let shown = false;

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.className = 'crash-button';
  b.addEventListener('click', onClick);
  return b;
}

export function showRecovery(error: unknown, ctx: CrashContext): void {
  const err = error instanceof Error ? error : new Error(String(error));
  const context = ctx.describe();
  console.error('Flashpoint: unexpected error', { message: err.message, stack: err.stack, context });
  if (shown) return;
  shown = true;
  document.body.dataset.crashed = 'true';

  const box = document.createElement('div');
  box.id = 'recovery';
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-labelledby', 'recovery-title');
  const title = document.createElement('h1');
  title.id = 'recovery-title';
  title.textContent = 'Something went wrong';
  const text = document.createElement('p');
  text.textContent =
    'The game met an unexpected error and stopped. Your game was saved after the last completed turn. Continue from that save, or download it with the error details for your teacher or the developers.';
  const detail = document.createElement('p');
  detail.className = 'crash-detail';
  detail.textContent = `Error: ${err.message}`;
  const save = ctx.lastSave();
  const row = document.createElement('div');
  row.className = 'crash-buttons';
  const resume = button('Continue from the last autosave', () => location.assign(`${location.pathname}?resume=last`));
  if (!save) resume.disabled = true;
  row.append(
    resume,
    button('Download the save and error details', () =>
      downloadText(
        'flashpoint-error-report.json',
        JSON.stringify({ error: { message: err.message, stack: err.stack }, context, save }, null, 2),
        'application/json',
      ),
    ),
    button('Back to the title', () => location.assign(location.pathname)),
  );
  box.append(title, text, detail, row);
  document.body.append(box);
  (save ? resume : (row.lastElementChild as HTMLButtonElement)).focus();
  const live = document.getElementById('announcer');
  if (live) live.textContent = `Something went wrong: ${err.message}. A recovery screen is shown.`;
}

/** Catches uncaught errors and rejected promises from the whole page. */
export function installCrashGuard(ctx: CrashContext): void {
  window.addEventListener('error', (e) => showRecovery(e.error ?? e.message, ctx));
  window.addEventListener('unhandledrejection', (e) => showRecovery(e.reason, ctx));
}
