import './crash.css';
// Crash containment: an unexpected error anywhere in the page shows a
// recovery screen (plain DOM over the canvas, text only) instead of a frozen
// game. The player can continue from the last autosave, download the save
// and the error details, or go back to the title. The error is logged to the
// console with its context.

import { downloadText } from './download';
import { messages } from './i18n';

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
  b.className = 'crash-button'; // not-text: a CSS class
  b.addEventListener('click', onClick);
  return b;
}

export function showRecovery(error: unknown, ctx: CrashContext): void {
  const err = error instanceof Error ? error : new Error(String(error));
  const context = ctx.describe();
  // not-text: a console log for developers
  console.error('Flashpoint: unexpected error', { message: err.message, stack: err.stack, context });
  if (shown) return;
  shown = true;
  document.body.dataset.crashed = 'true';
  const m = messages();

  const box = document.createElement('div');
  box.id = 'recovery';
  box.setAttribute('role', 'alertdialog');
  const titleId = 'recovery-title'; // not-text: an element id
  box.setAttribute('aria-labelledby', titleId); // not-text: an attribute
  const title = document.createElement('h1');
  title.id = titleId;
  title.textContent = m.t('crash.title');
  const text = document.createElement('p');
  text.textContent = m.t('crash.text');
  const detail = document.createElement('p');
  detail.className = 'crash-detail'; // not-text: a CSS class
  detail.textContent = m.t('crash.detail', { message: err.message });
  const save = ctx.lastSave();
  const row = document.createElement('div');
  row.className = 'crash-buttons'; // not-text: a CSS class
  const resume = button(m.t('crash.resume'), () => location.assign(`${location.pathname}?resume=last`));
  if (!save) resume.disabled = true;
  row.append(
    resume,
    button(m.t('crash.download'), () =>
      downloadText(
        'flashpoint-error-report.json',
        JSON.stringify({ error: { message: err.message, stack: err.stack }, context, save }, null, 2),
        'application/json',
      ),
    ),
    button(m.t('crash.title-screen'), () => location.assign(location.pathname)),
  );
  box.append(title, text, detail, row);
  document.body.append(box);
  (save ? resume : (row.lastElementChild as HTMLButtonElement)).focus();
  const live = document.getElementById('announcer');
  if (live) live.textContent = m.t('crash.announce', { message: err.message });
}

/** Catches uncaught errors and rejected promises from the whole page. */
export function installCrashGuard(ctx: CrashContext): void {
  window.addEventListener('error', (e) => showRecovery(e.error ?? e.message, ctx));
  window.addEventListener('unhandledrejection', (e) => showRecovery(e.reason, ctx));
}
