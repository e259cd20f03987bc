// The map's danger markers (which ones show is worked out in danger.ts from
// the scenario's map data): barricades, closed crossing points, army units
// near the line, crowds and clashes. Each kind has its own shape, drawn with
// a dark halo so it reads over any fill, and its word in the key ("on the map
// now", listing only what shows) and in the map's description.

import type * as Phaser from 'phaser';
import type { MapMarkerKind, ScenarioMap } from '../sim/types';
import type { Messages } from '../text/messages';
import type { ShownMarker } from './danger';
import { project } from './map-geography';
import { LABEL_STYLE } from './map-labels';
import { FRAME_W } from './map-layout';
import { COLORS, OKABE_ITO, RADIUS, STROKE } from './theme';

export type MarkerKind = MapMarkerKind | 'crowd' | 'clash';

/** Key order: what blocks movement, then the army, then the streets. */
export const MARKER_KINDS: readonly MarkerKind[] = ['barricade', 'closed-crossing', 'troops', 'crowd', 'clash'];

/** Draws one marker of `kind` centred on (x, y). */
export function drawMarker(g: Phaser.GameObjects.Graphics, kind: MarkerKind, x: number, y: number): void {
  switch (kind) {
    case 'barricade': {
      // A road block: a bar with diagonal stripes on two short legs.
      g.fillStyle(COLORS.bg, 1);
      g.fillRect(x - 13, y - 7, 26, 12);
      g.fillStyle(OKABE_ITO.orange, 1);
      g.fillRect(x - 11, y - 5, 22, 8);
      g.lineStyle(3, COLORS.bg, 1);
      for (const dx of [-7, 0, 7]) g.lineBetween(x + dx - 2, y + 3, x + dx + 2, y - 5);
      g.lineStyle(2, COLORS.text, 1);
      g.lineBetween(x - 8, y + 3, x - 8, y + 9);
      g.lineBetween(x + 8, y + 3, x + 8, y + 9);
      return;
    }
    case 'closed-crossing': {
      // A bold X over the crossing's gate.
      g.lineStyle(7, COLORS.bg, 1);
      g.lineBetween(x - 10, y - 10, x + 10, y + 10);
      g.lineBetween(x + 10, y - 10, x - 10, y + 10);
      g.lineStyle(4, OKABE_ITO.vermillion, 1);
      g.lineBetween(x - 10, y - 10, x + 10, y + 10);
      g.lineBetween(x + 10, y - 10, x - 10, y + 10);
      return;
    }
    case 'troops': {
      // Three chevrons side by side (massed units), in a dark box.
      g.fillStyle(COLORS.bg, 0.9);
      g.fillRoundedRect(x - 16, y - 9, 32, 18, RADIUS.sm);
      g.lineStyle(STROKE.normal, OKABE_ITO.reddishPurple, 1);
      g.strokeRoundedRect(x - 16, y - 9, 32, 18, RADIUS.sm);
      g.fillStyle(OKABE_ITO.reddishPurple, 1);
      for (const dx of [-9, 0, 9]) g.fillTriangle(x + dx - 4, y + 5, x + dx + 4, y + 5, x + dx, y - 5);
      return;
    }
    case 'crowd': {
      // Three heads and shoulders: a crowd.
      for (const [dx, dy] of [
        [-7, 2],
        [7, 2],
        [0, -2],
      ] as const) {
        g.fillStyle(COLORS.bg, 1);
        g.fillCircle(x + dx, y + dy - 4, 5.5);
        g.fillRect(x + dx - 6.5, y + dy, 13, 8);
        g.fillStyle(OKABE_ITO.yellow, 1);
        g.fillCircle(x + dx, y + dy - 4, 3.5);
        g.fillRect(x + dx - 4.5, y + dy + 1, 9, 5);
      }
      return;
    }
    case 'clash': {
      // A starburst.
      const spikes = 8;
      const outer = 13;
      const inner = 6;
      const pts: { x: number; y: number }[] = [];
      for (let i = 0; i < spikes * 2; i++) {
        const r = i % 2 === 0 ? outer : inner;
        const a = (Math.PI / spikes) * i - Math.PI / 2;
        pts.push({ x: x + Math.cos(a) * r, y: y + Math.sin(a) * r });
      }
      g.fillStyle(OKABE_ITO.vermillion, 1);
      g.lineStyle(STROKE.normal, COLORS.bg, 1);
      g.beginPath();
      pts.forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)));
      g.closePath();
      g.fillPath();
      g.strokePath();
      g.fillStyle(COLORS.text, 1);
      g.fillCircle(x, y, 2.5);
      return;
    }
  }
}

/**
 * Where a marker sits on the map: flag markers at their point; a place's
 * clash at its spot beside the seat, its crowds there too or, beside a clash,
 * one step to the left.
 */
function markerPoint(map: ScenarioMap, m: ShownMarker, all: readonly ShownMarker[]): { x: number; y: number } {
  const p = project(map.projection, m.at);
  if (m.kind !== 'crowd' && m.kind !== 'clash') return p;
  const place = m.place;
  const [dx, dy] = map.dangers?.spots?.[place] ?? [-22, 14];
  const besideClash = m.kind === 'crowd' && all.some((o) => o.kind === 'clash' && o.place === place);
  return { x: p.x + dx - (besideClash ? 26 : 0), y: p.y + dy };
}

/** Draws every shown marker on `g` (cleared first). */
export function drawMarkers(g: Phaser.GameObjects.Graphics, map: ScenarioMap, markers: readonly ShownMarker[]): void {
  g.clear();
  for (const m of markers) {
    const p = markerPoint(map, m, markers);
    drawMarker(g, m.kind, p.x, p.y);
  }
}

/**
 * The key to the markers shown now, top right in the map frame: a heading,
 * then one row per kind on the map (nothing when no marker shows).
 */
export class MarkerKey {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly heading: Phaser.GameObjects.Text;
  private readonly rows: Phaser.GameObjects.Text[] = [];

  constructor(scene: Phaser.Scene, m: Messages, container: Phaser.GameObjects.Container) {
    this.g = scene.add.graphics();
    const style = { ...LABEL_STYLE, strokeThickness: 0 };
    this.heading = scene.add.text(0, 0, m.t('map.legend.danger'), { ...style, fontStyle: 'bold', color: '#ffffff' });
    container.add([this.g, this.heading]);
    for (const kind of MARKER_KINDS) {
      const t = scene.add.text(0, 0, m.t(`map.legend.danger.${kind}`), style).setOrigin(0, 0.5);
      this.rows.push(t);
      container.add(t);
    }
    this.show([]);
  }

  show(markers: readonly ShownMarker[]): void {
    const kinds = MARKER_KINDS.filter((k) => markers.some((mk) => mk.kind === k));
    const g = this.g;
    g.clear();
    const visible = kinds.length > 0;
    this.heading.setVisible(visible);
    const rowH = 24;
    const iconW = 38;
    const pad = 8;
    const textW = Math.max(
      this.heading.width,
      ...this.rows.map((r, i) => (kinds.includes(MARKER_KINDS[i] as MarkerKind) ? r.width + iconW : 0)),
    );
    const w = Math.ceil(textW + pad * 2);
    const h = pad + 18 + kinds.length * rowH + 2;
    const x0 = FRAME_W - 8 - w;
    const y0 = 8;
    if (visible) {
      g.fillStyle(COLORS.bg, 0.88);
      g.fillRoundedRect(x0, y0, w, h, RADIUS.sm);
      g.lineStyle(1, COLORS.panelBorder, 1);
      g.strokeRoundedRect(x0 + 0.5, y0 + 0.5, w - 1, h - 1, RADIUS.sm);
      this.heading.setPosition(x0 + pad, y0 + pad - 3);
    }
    MARKER_KINDS.forEach((kind, i) => {
      const row = this.rows[i] as Phaser.GameObjects.Text;
      const at = kinds.indexOf(kind);
      row.setVisible(at >= 0);
      if (at < 0) return;
      const cy = y0 + pad + 18 + at * rowH + rowH / 2;
      drawMarker(g, kind, x0 + pad + 15, cy);
      row.setPosition(x0 + pad + iconW, cy);
    });
  }
}
