// Fitting one-line text that comes from files or players (seeds, file names):
// shrink it to the smallest allowed size, then cut it with an ellipsis.

import type * as Phaser from 'phaser';
import { FONT } from './theme';
import { fitTextWidth } from './widgets';

export function fitOrClip(text: Phaser.GameObjects.Text, maxWidth: number, minSize: number = FONT.tiny): Phaser.GameObjects.Text {
  fitTextWidth(text, maxWidth, minSize);
  if (text.width <= maxWidth) return text;
  const full = text.text;
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    text.setText(`${full.slice(0, mid)}…`);
    if (text.width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  text.setText(`${full.slice(0, lo).trimEnd()}…`);
  return text;
}
