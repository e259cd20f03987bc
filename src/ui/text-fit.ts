// Small text helpers for tight layouts: cut a one-line text to a width with
// an ellipsis, or a wrapped text to a number of lines.

import type * as Phaser from 'phaser';

/** Shortens a one-line text (adding "…") until it is at most `maxWidth` wide. */
export function ellipsize(text: Phaser.GameObjects.Text, maxWidth: number): Phaser.GameObjects.Text {
  if (text.width <= maxWidth) return text;
  const full = text.text;
  let lo = 0;
  let hi = full.length;
  // Binary search on the number of characters kept.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    text.setText(`${full.slice(0, mid).trimEnd()}…`);
    if (text.width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  text.setText(lo > 0 ? `${full.slice(0, lo).trimEnd()}…` : '…');
  return text;
}

/**
 * Keeps at most `maxLines` wrapped lines of a word-wrapped text, ending the
 * last kept line with "…" when something was cut. Returns whether it cut.
 */
export function clampLines(text: Phaser.GameObjects.Text, maxLines: number): boolean {
  const lines = text.getWrappedText(text.text);
  if (lines.length <= maxLines) return false;
  if (maxLines <= 0) {
    text.setText('');
    return true;
  }
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  // Make room for the ellipsis on the last line.
  for (;;) {
    const candidate = [...kept.slice(0, -1), `${last.trimEnd()}…`].join('\n');
    text.setText(candidate);
    if (text.getWrappedText(candidate).length <= maxLines || last.length === 0) break;
    last = last.slice(0, -2);
  }
  return true;
}
