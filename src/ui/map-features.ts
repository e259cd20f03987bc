// The map's fixed layer, drawn once from the scenario's map: the frame,
// roads, lakes, rivers, the boundary line, the landmarks by kind (bridge,
// crossing point, village), the scale bar and the north arrow. Every feature
// has a shape, not just a colour.

import type * as Phaser from 'phaser';
import type { MapLandmark, ScenarioMap } from '../sim/types';
import { type Point, project, pts, pxPerLon } from './map-geography';
import { FRAME_W, MAP_HEIGHT } from './map-layout';
import { dashed, fillPoly, strokePoly } from './map-paths';
import { COLORS, RADIUS, SPACE } from './theme';

/** Where the north arrow and its "N" stand (x in map pixels). */
export const NORTH_X = 24;

/** The frame and the land outside the places. */
export function drawMapFrame(g: Phaser.GameObjects.Graphics): void {
  g.fillStyle(COLORS.landOutside, 1);
  g.fillRoundedRect(0, 0, FRAME_W, MAP_HEIGHT, RADIUS.md);
  g.lineStyle(1, COLORS.panelBorder, 1);
  g.strokeRoundedRect(0.5, 0.5, FRAME_W - 1, MAP_HEIGHT - 1, RADIUS.md);
}

/** Landmarks are drawn by kind, in this order (bridges under crossings under villages). */
const KIND_ORDER: readonly MapLandmark['kind'][] = ['bridge', 'crossing', 'village'];

export function drawMapFeatures(g: Phaser.GameObjects.Graphics, map: ScenarioMap): void {
  const pj = map.projection;
  // Roads (thin, muted).
  g.lineStyle(1.5, COLORS.road, 0.9);
  for (const road of map.roads) strokePoly(g, pts(pj, road), false);

  // Lakes: a band around each centre line.
  for (const lake of map.lakes) {
    const centre = pts(pj, lake.centre);
    const left: Point[] = [];
    const right: Point[] = [];
    centre.forEach((p, i) => {
      const a = centre[Math.max(0, i - 1)] ?? p;
      const b = centre[Math.min(centre.length - 1, i + 1)] ?? p;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy) || 1;
      const w = lake.halfWidths[i] ?? 3;
      left.push({ x: p.x - (dy / len) * w, y: p.y + (dx / len) * w });
      right.push({ x: p.x + (dy / len) * w, y: p.y - (dx / len) * w });
    });
    g.fillStyle(COLORS.water, 1);
    fillPoly(g, [...left, ...right.reverse()]);
  }

  // Rivers.
  g.lineStyle(3, COLORS.water, 1);
  for (const river of map.rivers) strokePoly(g, pts(pj, river.line), false);

  // The boundary line: dashed, light, on top of the areas' edges.
  dashed(g, pts(pj, map.boundary), 3, COLORS.boundary, 9, 6);

  for (const kind of KIND_ORDER) {
    for (const lm of map.landmarks) if (lm.kind === kind) drawLandmark(g, kind, project(pj, lm.at));
  }

  // Scale bar: 10 km.
  const kmPx = (10 / (111.32 * Math.cos((pj.refLat * Math.PI) / 180))) * pxPerLon(pj);
  const sx = SPACE.md;
  const sy = MAP_HEIGHT - 18;
  g.lineStyle(2, COLORS.textMuted, 1);
  g.lineBetween(sx, sy, sx + kmPx, sy);
  g.lineBetween(sx, sy - 4, sx, sy + 4);
  g.lineBetween(sx + kmPx, sy - 4, sx + kmPx, sy + 4);

  // North arrow (top left of the map; the top right holds the key to the danger markers).
  const nx = NORTH_X;
  const ny = 40;
  g.fillStyle(COLORS.textMuted, 1);
  g.fillTriangle(nx, ny - 14, nx - 7, ny + 6, nx + 7, ny + 6);
}

function drawLandmark(g: Phaser.GameObjects.Graphics, kind: MapLandmark['kind'], p: Point): void {
  switch (kind) {
    case 'bridge':
      // A short bar across the river.
      g.fillStyle(COLORS.text, 1);
      g.fillRect(p.x - 2, p.y - 7, 4, 14);
      g.lineStyle(1, COLORS.bg, 1);
      g.strokeRect(p.x - 2, p.y - 7, 4, 14);
      return;
    case 'crossing':
      // A gate (square with a bar) on the line.
      g.fillStyle(COLORS.bg, 1);
      g.fillRect(p.x - 7, p.y - 7, 14, 14);
      g.lineStyle(2, COLORS.boundary, 1);
      g.strokeRect(p.x - 7, p.y - 7, 14, 14);
      g.lineBetween(p.x - 4, p.y, p.x + 4, p.y);
      return;
    case 'village':
      // An open circle (a place, not one of the scenario's places).
      g.fillStyle(COLORS.bg, 1);
      g.fillCircle(p.x, p.y, 5);
      g.lineStyle(2, COLORS.text, 1);
      g.strokeCircle(p.x, p.y, 5);
      return;
  }
}
