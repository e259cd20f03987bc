// Presence symbols for the municipality cards: a shape per force, so police
// and KFOR differ by more than colour.

import type * as Phaser from 'phaser';
import { COLORS, OKABE_ITO } from './theme';

/** Kosovo police presence: a small shield. */
export function drawPoliceIcon(g: Phaser.GameObjects.Graphics, x: number, y: number): void {
  g.fillStyle(OKABE_ITO.skyBlue, 1);
  g.lineStyle(1.5, COLORS.bg, 1);
  g.beginPath();
  g.moveTo(x - 6, y - 7);
  g.lineTo(x + 6, y - 7);
  g.lineTo(x + 6, y);
  g.lineTo(x, y + 7);
  g.lineTo(x - 6, y);
  g.closePath();
  g.fillPath();
  g.strokePath();
}

/** KFOR presence: a small ring (a cordon seen from above). */
export function drawKforIcon(g: Phaser.GameObjects.Graphics, x: number, y: number): void {
  g.lineStyle(4, OKABE_ITO.bluishGreen, 1);
  g.strokeCircle(x, y, 5.5);
}
