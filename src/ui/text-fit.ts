// Making text fit a tight layout, in one place: shrink the font to a width or
// a height (never below a readable minimum), cut one line with "…", keep a
// number of wrapped lines, or both shrink and cut (fitOrClip) for text that
// comes from files or players (seeds, file names).

import type * as Phaser from 'phaser';
import { FONT } from './theme';

/** Shrinks a one-line text's font until it is at most `maxWidth` wide, down to `minSize` px. Returns the size used. */
export function fitTextWidth(text: Phaser.GameObjects.Text, maxWidth: number, minSize: number = FONT.tiny): number {
  let size = parseInt(String(text.style.fontSize), 10) || FONT.body;
  while (text.width > maxWidth && size > minSize) {
    size -= 1;
    text.setFontSize(size);
  }
  return size;
}

/**
 * Shrinks a (wrapped) text's font size until it fits `maxHeight`, down to
 * `minSize` px. Returns the size used.
 */
export function fitTextHeight(text: Phaser.GameObjects.Text, maxHeight: number, minSize: number = FONT.tiny): number {
  let size = parseInt(String(text.style.fontSize), 10) || FONT.body;
  while (text.height > maxHeight && size > minSize) {
    size -= 1;
    text.setFontSize(size);
    text.setLineSpacing(Math.round(size * 0.25));
  }
  return size;
}

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

/** Shrinks a one-line text down to `minSize` px and, if it is still too wide, cuts it with "…". */
export function fitOrClip(text: Phaser.GameObjects.Text, maxWidth: number, minSize: number = FONT.tiny): Phaser.GameObjects.Text {
  fitTextWidth(text, maxWidth, minSize);
  return ellipsize(text, maxWidth);
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
