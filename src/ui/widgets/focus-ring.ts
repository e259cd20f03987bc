// One look for keyboard focus on every control (buttons, fields, lists, cards).

import type * as Phaser from 'phaser';
import { COLORS, RADIUS, SPACE, STROKE } from '../theme';

/** Draws the keyboard focus ring (yellow, 3 px, 4 px outside the box). */
export function drawFocusRing(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  width: number,
  height: number,
  radius: number = RADIUS.md,
): void {
  const o = SPACE.xs;
  g.lineStyle(STROKE.focus + 2, COLORS.bg, 1);
  g.strokeRoundedRect(x - o, y - o, width + o * 2, height + o * 2, radius + o);
  g.lineStyle(STROKE.focus, COLORS.focus, 1);
  g.strokeRoundedRect(x - o, y - o, width + o * 2, height + o * 2, radius + o);
}
