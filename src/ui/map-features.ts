// The map's fixed layer, drawn once: the frame, roads, lake, river, the line
// with central Serbia, the main bridge, crossing points, Banjska, the scale
// bar and the north arrow. Every feature has a shape, not just a colour.

import type * as Phaser from 'phaser';
import {
  BANJSKA,
  BOUNDARY,
  BRIDGE,
  BRNJAK,
  IBAR,
  JARINJE,
  LAKE_CENTRE,
  LAKE_HALF_WIDTH,
  type Point,
  PX_PER_LON,
  project,
  pts,
  ROADS,
} from './map-geography';
import { FRAME_W, MAP_HEIGHT } from './map-layout';
import { dashed, fillPoly, strokePoly } from './map-paths';
import { COLORS, RADIUS, SPACE } from './theme';

/** The frame and the land outside the municipalities. */
export function drawMapFrame(g: Phaser.GameObjects.Graphics): void {
  g.fillStyle(COLORS.landOutside, 1);
  g.fillRoundedRect(0, 0, FRAME_W, MAP_HEIGHT, RADIUS.md);
  g.lineStyle(1, COLORS.panelBorder, 1);
  g.strokeRoundedRect(0.5, 0.5, FRAME_W - 1, MAP_HEIGHT - 1, RADIUS.md);
}

export function drawMapFeatures(g: Phaser.GameObjects.Graphics): void {
  // Roads (thin, muted).
  g.lineStyle(1.5, COLORS.road, 0.9);
  for (const road of ROADS) strokePoly(g, pts(road), false);

  // The lake: a band around its centre line.
  const centre = pts(LAKE_CENTRE);
  const left: Point[] = [];
  const right: Point[] = [];
  centre.forEach((p, i) => {
    const a = centre[Math.max(0, i - 1)] ?? p;
    const b = centre[Math.min(centre.length - 1, i + 1)] ?? p;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const w = LAKE_HALF_WIDTH[i] ?? 3;
    left.push({ x: p.x - (dy / len) * w, y: p.y + (dx / len) * w });
    right.push({ x: p.x + (dy / len) * w, y: p.y - (dx / len) * w });
  });
  g.fillStyle(COLORS.water, 1);
  fillPoly(g, [...left, ...right.reverse()]);

  // The river.
  g.lineStyle(3, COLORS.water, 1);
  strokePoly(g, pts(IBAR), false);

  // The line with central Serbia: dashed, light, on top of the areas' edges.
  dashed(g, pts(BOUNDARY), 3, COLORS.boundary, 9, 6);

  // The main bridge in Mitrovica: a short bar across the river.
  const br = project(...BRIDGE);
  g.fillStyle(COLORS.text, 1);
  g.fillRect(br.x - 2, br.y - 7, 4, 14);
  g.lineStyle(1, COLORS.bg, 1);
  g.strokeRect(br.x - 2, br.y - 7, 4, 14);

  // Crossing points: a gate (square with a bar) on the line.
  for (const c of [JARINJE, BRNJAK]) {
    const p = project(...c);
    g.fillStyle(COLORS.bg, 1);
    g.fillRect(p.x - 7, p.y - 7, 14, 14);
    g.lineStyle(2, COLORS.boundary, 1);
    g.strokeRect(p.x - 7, p.y - 7, 14, 14);
    g.lineBetween(p.x - 4, p.y, p.x + 4, p.y);
  }

  // Banjska: an open circle (a place, not a municipality).
  const bj = project(...BANJSKA);
  g.fillStyle(COLORS.bg, 1);
  g.fillCircle(bj.x, bj.y, 5);
  g.lineStyle(2, COLORS.text, 1);
  g.strokeCircle(bj.x, bj.y, 5);

  // Scale bar: 10 km.
  const kmPx = (10 / (111.32 * Math.cos((43.05 * Math.PI) / 180))) * PX_PER_LON;
  const sx = SPACE.md;
  const sy = MAP_HEIGHT - 18;
  g.lineStyle(2, COLORS.textMuted, 1);
  g.lineBetween(sx, sy, sx + kmPx, sy);
  g.lineBetween(sx, sy - 4, sx, sy + 4);
  g.lineBetween(sx + kmPx, sy - 4, sx + kmPx, sy + 4);

  // North arrow (top right of the map).
  const nx = FRAME_W - 28;
  const ny = 40;
  g.fillStyle(COLORS.textMuted, 1);
  g.fillTriangle(nx, ny - 14, nx - 7, ny + 6, nx + 7, ny + 6);
}
