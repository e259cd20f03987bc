// Polygons and polylines through map points on a Phaser Graphics, including
// the dashed line the map and its key use for the line with central Serbia.

import type * as Phaser from 'phaser';
import type { Point } from './map-geography';
import { COLORS } from './theme';

export function fillPoly(g: Phaser.GameObjects.Graphics, p: Point[]): void {
  g.beginPath();
  p.forEach((q, i) => (i === 0 ? g.moveTo(q.x, q.y) : g.lineTo(q.x, q.y)));
  g.closePath();
  g.fillPath();
}

export function strokePoly(g: Phaser.GameObjects.Graphics, p: Point[], closed: boolean): void {
  g.beginPath();
  p.forEach((q, i) => (i === 0 ? g.moveTo(q.x, q.y) : g.lineTo(q.x, q.y)));
  if (closed) g.closePath();
  g.strokePath();
}

/** A dashed polyline with a dark halo (dash and gap in px, continuous across vertices). */
export function dashed(g: Phaser.GameObjects.Graphics, p: Point[], width: number, color: number, dash: number, gap: number): void {
  g.lineStyle(width + 2, COLORS.bg, 0.9);
  dashPass(g, p, dash, gap);
  g.lineStyle(width, color, 1);
  dashPass(g, p, dash, gap);
}

function dashPass(g: Phaser.GameObjects.Graphics, p: Point[], dash: number, gap: number): void {
  let on = true;
  let left = dash;
  for (let i = 0; i + 1 < p.length; i++) {
    const a = p[i] as Point;
    const b = p[i + 1] as Point;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    let t = 0;
    while (t < len) {
      const step = Math.min(left, len - t);
      if (on) {
        const x0 = a.x + ((b.x - a.x) * t) / len;
        const y0 = a.y + ((b.y - a.y) * t) / len;
        const x1 = a.x + ((b.x - a.x) * (t + step)) / len;
        const y1 = a.y + ((b.y - a.y) * (t + step)) / len;
        g.lineBetween(x0, y0, x1, y1);
      }
      t += step;
      left -= step;
      if (left <= 0) {
        on = !on;
        left = on ? dash : gap;
      }
    }
  }
}
