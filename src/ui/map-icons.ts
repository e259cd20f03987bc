// Presence symbols for the place cards: a shape per force, so police and
// international troops differ by more than colour.

import type * as Phaser from 'phaser';
import { COLORS, OKABE_ITO } from './theme';

/** Police presence: a small shield. */
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

/** International troop presence (KFOR in North 2023): a small ring (a cordon seen from above). */
export function drawTroopsIcon(g: Phaser.GameObjects.Graphics, x: number, y: number): void {
  g.lineStyle(4, OKABE_ITO.bluishGreen, 1);
  g.strokeCircle(x, y, 5.5);
}
