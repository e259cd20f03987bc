// "How it works" strips for the empty states of the classroom screens: a few
// numbered cards (number in a circle, a short title, one or two sentences).

import type * as Phaser from 'phaser';
import { fitTextHeight } from './text-fit';
import { COLORS, css, RADIUS, SPACE, STROKE, textStyle } from './theme';
import { addWrappedText } from './widgets';

export interface IntroStep {
  title: string;
  text: string;
}

/** Draws the steps side by side in a `w`-wide row of height `h` at (x, y). */
export function addSteps(scene: Phaser.Scene, x: number, y: number, w: number, h: number, steps: readonly IntroStep[]): void {
  const gap = SPACE.lg;
  const cw = (w - gap * (steps.length - 1)) / steps.length;
  const g = scene.add.graphics();
  steps.forEach((s, i) => {
    const cx = x + i * (cw + gap);
    g.fillStyle(COLORS.bgRaised, 1);
    g.fillRoundedRect(cx, y, cw, h, RADIUS.md);
    g.lineStyle(STROKE.thin, COLORS.panelBorder, 1);
    g.strokeRoundedRect(cx + 0.5, y + 0.5, cw - 1, h - 1, RADIUS.md);
    g.fillStyle(COLORS.info, 1);
    g.fillCircle(cx + 30, y + 30, 16);
    scene.add.text(cx + 30, y + 30, String(i + 1), textStyle('h3', { color: css(COLORS.bg) })).setOrigin(0.5);
    scene.add.text(cx + 58, y + 30, s.title, textStyle('h3')).setOrigin(0, 0.5);
    const t = addWrappedText(scene, cx + SPACE.md, y + 58, s.text, cw - SPACE.md * 2, 'small', { color: css(COLORS.textMuted) });
    fitTextHeight(t, h - 66, 14);
    if (i < steps.length - 1) {
      // An arrow to the next step (shape, not colour).
      const ax = cx + cw + gap / 2;
      g.fillStyle(COLORS.textDim, 1);
      g.fillTriangle(ax - 5, y + h / 2 - 8, ax - 5, y + h / 2 + 8, ax + 6, y + h / 2);
    }
  });
}
