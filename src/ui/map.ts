// A schematic but geographically faithful map of northern Kosovo, drawn with
// Phaser Graphics from approximate WGS84 coordinates (facts.md §3), plus a
// status card per municipality: who holds the municipal building, unrest,
// police and KFOR presence.
//
// Layout (800×450 at scale 1): the map on the left (~480 px), four cards on
// the right, north to south. Every colour cue is doubled: holders have a
// shape and words, unrest has a bar and a number, presence has an icon, a
// word and a number.
//
// Geography notes: the Ibar/Ibër leaves Gazivode/Ujman lake eastwards past
// Zubin Potok to Mitrovica, turns sharply north there and flows past Zvečan
// and Leposavić into central Serbia near Jarinje. Municipal outlines are
// schematic (shapes and areas roughly right, borders simplified).

import * as Phaser from 'phaser';
import { municipalities as MUNICIPALITY_PROFILES } from '../scenarios/north-2023/places';
import { type Holder, MUNICIPALITY_IDS, type MunicipalityId } from '../sim/types';
import { COLORS, css, drawShape, FONT, FONT_FAMILY, HOLDER_STYLE, OKABE_ITO, RADIUS, SPACE } from './theme';

/** What the map shows of one municipality (the sim's `Municipality`). */
export interface MunicipalityView {
  holder: Holder;
  unrest: number;
  police: number;
  kfor: number;
}

export type MapState = Record<MunicipalityId, MunicipalityView>;

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 450;

type LatLon = readonly [number, number];

// ---------------------------------------------------------------------------
// Projection: equirectangular around 43.05° N (1° lon ≈ 0.731° lat there).
// ---------------------------------------------------------------------------

const NORTH = 43.27;
const WEST = 20.47;
const PX_PER_LAT = 1040;
const PX_PER_LON = PX_PER_LAT * Math.cos((43.05 * Math.PI) / 180);
const GEO_X0 = 44;
/** Width of the map frame (the cards start right of it). */
const FRAME_W = 492;

/** Map-local pixel position of a latitude/longitude. */
export function project(lat: number, lon: number): { x: number; y: number } {
  return { x: GEO_X0 + (lon - WEST) * PX_PER_LON, y: (NORTH - lat) * PX_PER_LAT };
}

function pts(list: readonly LatLon[]): { x: number; y: number }[] {
  return list.map(([lat, lon]) => project(lat, lon));
}

// ---------------------------------------------------------------------------
// Geography (approximate; see facts.md §3)
// ---------------------------------------------------------------------------

/** Seats of the municipalities (where the building is). */
const SEAT: Record<MunicipalityId, LatLon> = {
  'north-mitrovica': [42.897, 20.872],
  zvecan: [42.907, 20.84],
  leposavic: [43.1, 20.8],
  'zubin-potok': [42.917, 20.68],
};

/** Schematic municipal outlines. */
const OUTLINE: Record<MunicipalityId, LatLon[]> = {
  leposavic: [
    [43.03, 20.56],
    [43.1, 20.6],
    [43.17, 20.635],
    [43.22, 20.69],
    [43.255, 20.75],
    [43.245, 20.83],
    [43.19, 20.885],
    [43.12, 20.93],
    [43.05, 20.955],
    [42.98, 20.965],
    [42.965, 20.9],
    [42.995, 20.845],
    [42.99, 20.76],
    [42.99, 20.73],
    [43.0, 20.68],
    [42.99, 20.62],
  ],
  'zubin-potok': [
    [42.86, 20.545],
    [42.93, 20.57],
    [42.975, 20.545],
    [43.03, 20.56],
    [42.99, 20.62],
    [43.0, 20.68],
    [42.99, 20.73],
    [42.95, 20.73],
    [42.91, 20.745],
    [42.895, 20.765],
    [42.875, 20.76],
    [42.855, 20.71],
    [42.845, 20.64],
    [42.85, 20.58],
  ],
  zvecan: [
    [42.95, 20.73],
    [42.99, 20.73],
    [42.99, 20.76],
    [42.995, 20.845],
    [42.965, 20.9],
    [42.93, 20.905],
    [42.906, 20.895],
    [42.895, 20.886],
    [42.906, 20.879],
    [42.915, 20.862],
    [42.908, 20.848],
    [42.893, 20.846],
    [42.887, 20.82],
    [42.889, 20.79],
    [42.895, 20.765],
    [42.91, 20.745],
  ],
  'north-mitrovica': [
    [42.893, 20.846],
    [42.908, 20.848],
    [42.915, 20.862],
    [42.906, 20.879],
    [42.895, 20.886],
    [42.892, 20.866],
  ],
};

/** The line with central Serbia, west → north → east. */
const BOUNDARY: LatLon[] = [
  [42.895, 20.556],
  [42.93, 20.57],
  [42.975, 20.545],
  [43.03, 20.56],
  [43.1, 20.6],
  [43.17, 20.635],
  [43.22, 20.69],
  [43.255, 20.75],
  [43.245, 20.83],
  [43.19, 20.885],
  [43.12, 20.93],
  [43.05, 20.955],
  [42.98, 20.965],
  [42.93, 20.99],
];

/** The Ibar/Ibër: from the lake east to Mitrovica, then north into central Serbia. */
const IBAR: LatLon[] = [
  [42.937, 20.623],
  [42.928, 20.645],
  [42.917, 20.676],
  [42.905, 20.72],
  [42.895, 20.76],
  [42.888, 20.8],
  [42.887, 20.84],
  [42.892, 20.866],
  [42.896, 20.886],
  [42.906, 20.881],
  [42.918, 20.864],
  [42.94, 20.852],
  [42.975, 20.846],
  [43.03, 20.832],
  [43.07, 20.815],
  [43.1, 20.803],
  [43.15, 20.775],
  [43.19, 20.745],
  [43.21, 20.722],
  [43.245, 20.708],
  [43.27, 20.7],
];

/** Gazivode/Ujman lake: centre line (west → dam) and half-widths in px. */
const LAKE_CENTRE: LatLon[] = [
  [42.986, 20.512],
  [42.975, 20.54],
  [42.963, 20.565],
  [42.952, 20.59],
  [42.944, 20.608],
  [42.937, 20.623],
];
const LAKE_HALF_WIDTH = [4, 7, 9, 8, 6, 2];

const ROADS: LatLon[][] = [
  // North Mitrovica – Zvečan – Leposavić – Jarinje
  [
    [42.897, 20.862],
    [42.907, 20.84],
    [42.94, 20.846],
    [42.975, 20.842],
    [43.03, 20.828],
    [43.1, 20.8],
    [43.15, 20.772],
    [43.19, 20.742],
    [43.22, 20.69],
  ],
  // Mitrovica – Zubin Potok – Brnjak
  [
    [42.89, 20.842],
    [42.897, 20.762],
    [42.907, 20.72],
    [42.917, 20.68],
    [42.927, 20.635],
    [42.932, 20.6],
    [42.93, 20.57],
  ],
];

const BRIDGE: LatLon = [42.892, 20.866];
const JARINJE: LatLon = [43.22, 20.69];
const BRNJAK: LatLon = [42.93, 20.57];
const BANJSKA: LatLon = [42.97, 20.78];

// ---------------------------------------------------------------------------

/** The start state of every municipality, from the scenario (places.ts). */
export function startMapState(): MapState {
  const out = {} as MapState;
  for (const id of MUNICIPALITY_IDS) out[id] = { ...MUNICIPALITY_PROFILES[id].start };
  return out;
}

/** "Zvečan / Zveçan", "North Mitrovica / Mitrovica e Veriut". */
export function municipalityName(id: MunicipalityId): string {
  const p = MUNICIPALITY_PROFILES[id];
  return p.en === p.sq ? p.en : `${p.en} / ${p.sq}`;
}

const LABEL_STYLE: Phaser.Types.GameObjects.Text.TextStyle = {
  fontFamily: FONT_FAMILY,
  fontSize: `${FONT.tiny}px`,
  color: css(COLORS.text),
  stroke: css(COLORS.bg),
  strokeThickness: 4,
};

const CARD_X = FRAME_W + SPACE.sm;
const CARD_W = MAP_WIDTH - CARD_X;
const CARD_H = 94;
const CARD_GAP = 6;
/** Height of the key under the cards. */
const LEGEND_Y = CARD_H * 4 + CARD_GAP * 3 + 10;
const CARD_ORDER: MunicipalityId[] = ['leposavic', 'zubin-potok', 'zvecan', 'north-mitrovica'];

interface Card {
  icon: Phaser.GameObjects.Graphics;
  holder: Phaser.GameObjects.Text;
  unrestBar: Phaser.GameObjects.Graphics;
  unrest: Phaser.GameObjects.Text;
  police: Phaser.GameObjects.Text;
  kfor: Phaser.GameObjects.Text;
}

/**
 * The map of the north with a status card per municipality.
 * Place it with `container` (x, y, scale); feed it with `update(state)`.
 */
export class NorthMap {
  readonly container: Phaser.GameObjects.Container;
  private readonly scene: Phaser.Scene;
  private readonly areas: Phaser.GameObjects.Graphics;
  private readonly seats: Phaser.GameObjects.Graphics;
  private readonly cards = {} as Record<MunicipalityId, Card>;
  private state: MapState;

  constructor(scene: Phaser.Scene, x: number, y: number, initial: MapState = startMapState()) {
    this.scene = scene;
    this.state = initial;
    this.container = scene.add.container(x, y);

    const base = scene.add.graphics();
    this.areas = scene.add.graphics();
    const features = scene.add.graphics();
    this.seats = scene.add.graphics();
    this.container.add([base, this.areas, features]);

    this.drawBase(base);
    this.drawFeatures(features);
    this.container.add(this.seats);
    this.addLabels();
    for (const id of CARD_ORDER) this.cards[id] = this.addCard(id, CARD_ORDER.indexOf(id));
    this.addLegend(LEGEND_Y);
    this.update(initial);
  }

  /** Shows the state of every municipality; `previous` adds "(+5)"-style changes. */
  update(state: MapState, previous?: MapState): void {
    this.state = state;
    this.areas.clear();
    this.seats.clear();
    for (const id of MUNICIPALITY_IDS) {
      const m = state[id];
      const hs = HOLDER_STYLE[m.holder];
      // Area: tinted by holder (the shape at the seat and the card's words say the same).
      this.areas.fillStyle(COLORS.land, 1);
      this.fillPoly(this.areas, pts(OUTLINE[id]));
      this.areas.fillStyle(hs.color, 0.16);
      this.fillPoly(this.areas, pts(OUTLINE[id]));
      const seat = project(...SEAT[id]);
      drawShape(this.seats, hs.shape, seat.x, seat.y, 16, hs.color);

      const card = this.cards[id];
      card.icon.clear();
      drawShape(card.icon, hs.shape, 0, 0, 16, hs.color);
      card.holder.setText(`Building: ${hs.label}`);
      const prev = previous?.[id];
      card.unrest.setText(`${Math.round(m.unrest)}${delta(m.unrest, prev?.unrest)}`);
      this.drawUnrestBar(card.unrestBar, m.unrest);
      card.police.setText(`Police ${Math.round(m.police)}${delta(m.police, prev?.police)}`);
      card.kfor.setText(`KFOR ${Math.round(m.kfor)}${delta(m.kfor, prev?.kfor)}`);
    }
    // Borders between municipalities on top of the fills.
    this.areas.lineStyle(1.5, COLORS.panelBorder, 1);
    for (const id of MUNICIPALITY_IDS) this.strokePoly(this.areas, pts(OUTLINE[id]), true);
  }

  /** A sentence per municipality, for the live region. */
  describe(): string {
    return CARD_ORDER.map((id) => {
      const m = this.state[id];
      return `${municipalityName(id)}: building ${HOLDER_STYLE[m.holder].label}; unrest ${Math.round(m.unrest)}, police ${Math.round(m.police)}, KFOR ${Math.round(m.kfor)}.`;
    }).join(' ');
  }

  destroy(): void {
    this.container.destroy();
  }

  // -------------------------------------------------------------------------

  private drawBase(g: Phaser.GameObjects.Graphics): void {
    g.fillStyle(COLORS.landOutside, 1);
    g.fillRoundedRect(0, 0, FRAME_W, MAP_HEIGHT, RADIUS.md);
    g.lineStyle(1, COLORS.panelBorder, 1);
    g.strokeRoundedRect(0.5, 0.5, FRAME_W - 1, MAP_HEIGHT - 1, RADIUS.md);
  }

  private drawFeatures(g: Phaser.GameObjects.Graphics): void {
    // Roads (thin, muted).
    g.lineStyle(1.5, COLORS.road, 0.9);
    for (const road of ROADS) this.strokePoly(g, pts(road), false);

    // The lake: a band around its centre line.
    const centre = pts(LAKE_CENTRE);
    const left: { x: number; y: number }[] = [];
    const right: { x: number; y: number }[] = [];
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
    this.fillPoly(g, [...left, ...right.reverse()]);

    // The river.
    g.lineStyle(3, COLORS.water, 1);
    this.strokePoly(g, pts(IBAR), false);

    // The line with central Serbia: dashed, light, on top of the areas' edges.
    this.dashed(g, pts(BOUNDARY), 3, COLORS.boundary, 9, 6);

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

  private addLabels(): void {
    const s = this.scene;
    const add = (x: number, y: number, text: string, ox: number, oy: number, style: Phaser.Types.GameObjects.Text.TextStyle = {}) => {
      const t = s.add.text(Math.round(x), Math.round(y), text, { ...LABEL_STYLE, ...style }).setOrigin(ox, oy);
      this.container.add(t);
      return t;
    };
    const lines = s.add.graphics();
    this.container.add(lines);
    const leader = (x1: number, y1: number, x2: number, y2: number) => {
      lines.lineStyle(1, COLORS.textMuted, 0.9);
      lines.lineBetween(x1, y1, x2, y2);
    };
    const bold = { fontStyle: 'bold' };
    const muted = { color: css(COLORS.textMuted) };
    const water = { color: css(0x8fc6ea), fontStyle: 'italic' };

    // Municipality seats, both names.
    const lep = project(...SEAT.leposavic);
    add(lep.x + 13, lep.y, municipalityName('leposavic'), 0, 0.5, bold);
    const zv = project(...SEAT.zvecan);
    add(zv.x, zv.y - 12, municipalityName('zvecan'), 0.5, 1, bold);
    const zp = project(...SEAT['zubin-potok']);
    add(zp.x - 4, zp.y + 36, municipalityName('zubin-potok'), 0.5, 0, bold);
    leader(zp.x, zp.y + 9, zp.x - 4, zp.y + 36);
    const nm = project(...SEAT['north-mitrovica']);
    add(nm.x + 11, nm.y - 8, 'North Mitrovica /', 0, 0.5, bold);
    add(nm.x + 11, nm.y + 9, 'Mitrovica e Veriut', 0, 0.5, bold);

    // Places.
    const br = project(...BRIDGE);
    add(br.x + 54, br.y + 17, 'Main bridge', 0.5, 0, bold);
    add(br.x + 54, br.y + 34, 'Most na Ibru / Ura e Ibrit', 0.5, 0, muted);
    leader(br.x + 2, br.y + 7, br.x + 38, br.y + 18);
    const bj = project(...BANJSKA);
    add(bj.x - 9, bj.y, 'Banjska / Banjskë', 1, 0.5);
    const ja = project(...JARINJE);
    add(ja.x - 12, ja.y - 14, 'Jarinje / Jarinjë', 1, 0.5);
    const bn = project(...BRNJAK);
    add(bn.x - 11, bn.y, 'Brnjak / Bërnjak', 1, 0.5);
    const lake = project(42.99, 20.585);
    add(lake.x, lake.y - 14, 'Gazivode / Ujman', 0.5, 1, water);
    add(lake.x, lake.y + 1, 'lake', 0.5, 1, water);
    const ibar = project(43.04, 20.835);
    add(ibar.x + 8, ibar.y, 'Ibar / Ibër', 0, 0.5, water);

    // Outside the line (named neutrally, facts.md §5).
    const serbia = { ...muted, fontSize: `${FONT.small}px`, fontStyle: 'italic' };
    add(62, 170, 'Serbia', 0.5, 0.5, serbia);
    add(FRAME_W - 46, 150, 'Serbia', 0.5, 0.5, serbia);
    add(SPACE.md + 100, MAP_HEIGHT - 18, '10 km', 0, 0.5, muted);
    add(FRAME_W - 28, 52, 'N', 0.5, 0, { fontStyle: 'bold', color: css(COLORS.textMuted) });
  }

  /** The key to the line and symbols, under the cards. */
  private addLegend(y: number): void {
    const s = this.scene;
    const g = s.add.graphics();
    const x = CARD_X + 4;
    const style = { ...LABEL_STYLE, strokeThickness: 0 };
    this.dashed(
      g,
      [
        { x, y: y + 10 },
        { x: x + 44, y: y + 10 },
      ],
      3,
      COLORS.boundary,
      9,
      6,
    );
    const t1 = s.add.text(x + 54, y + 10, 'Line with central Serbia / boundary', style).setOrigin(0, 0.5);
    const y2 = y + 32;
    g.fillStyle(COLORS.bg, 1);
    g.fillRect(x + 15, y2 - 7, 14, 14);
    g.lineStyle(2, COLORS.boundary, 1);
    g.strokeRect(x + 15, y2 - 7, 14, 14);
    g.lineBetween(x + 18, y2, x + 26, y2);
    const t2 = s.add.text(x + 54, y2, 'crossing point', style).setOrigin(0, 0.5);
    g.fillStyle(COLORS.text, 1);
    g.fillRect(x + 170, y2 - 7, 4, 14);
    const t3 = s.add.text(x + 182, y2, 'bridge', style).setOrigin(0, 0.5);
    g.fillStyle(COLORS.bg, 1);
    g.fillCircle(x + 242, y2, 5);
    g.lineStyle(2, COLORS.text, 1);
    g.strokeCircle(x + 242, y2, 5);
    const t4 = s.add.text(x + 253, y2, 'place', style).setOrigin(0, 0.5);
    this.container.add([g, t1, t2, t3, t4]);
  }

  private addCard(id: MunicipalityId, index: number): Card {
    const s = this.scene;
    const y = Math.round(index * (CARD_H + CARD_GAP));
    const c = s.add.container(CARD_X, y);
    const bg = s.add.graphics();
    bg.fillStyle(COLORS.panel, 1);
    bg.fillRoundedRect(0, 0, CARD_W, CARD_H, RADIUS.md);
    bg.lineStyle(1, COLORS.panelBorder, 1);
    bg.strokeRoundedRect(0.5, 0.5, CARD_W - 1, CARD_H - 1, RADIUS.md);
    const pad = 12;
    const name = s.add.text(pad, 5, municipalityName(id), {
      fontFamily: FONT_FAMILY,
      fontSize: `${FONT.small}px`,
      fontStyle: 'bold',
      color: css(COLORS.text),
    });
    while (name.width > CARD_W - pad * 2 && parseInt(String(name.style.fontSize), 10) > 12) {
      name.setFontSize(parseInt(String(name.style.fontSize), 10) - 1);
    }
    const small = { fontFamily: FONT_FAMILY, fontSize: `${FONT.tiny + 1}px`, color: css(COLORS.text) };
    const icon = s.add.graphics().setPosition(pad + 8, 37);
    const holder = s.add.text(pad + 24, 37, '', small).setOrigin(0, 0.5);
    const unrestLabel = s.add.text(pad, 58, 'Unrest', small).setOrigin(0, 0.5);
    const unrestBar = s.add.graphics().setPosition(pad + 60, 52);
    const unrest = s.add.text(CARD_W - pad, 58, '', { ...small, fontStyle: 'bold' }).setOrigin(1, 0.5);
    const pres = s.add.graphics();
    drawPoliceIcon(pres, pad + 7, 79);
    const police = s.add.text(pad + 20, 79, '', small).setOrigin(0, 0.5);
    drawKforIcon(pres, pad + 150, 79);
    const kfor = s.add.text(pad + 163, 79, '', small).setOrigin(0, 0.5);
    c.add([bg, name, icon, holder, unrestLabel, unrestBar, unrest, pres, police, kfor]);
    this.container.add(c);
    return { icon, holder, unrestBar, unrest, police, kfor };
  }

  private drawUnrestBar(g: Phaser.GameObjects.Graphics, value: number): void {
    const w = CARD_W - 24 - 60 - 88;
    const h = 12;
    const t = Phaser.Math.Clamp(value / 100, 0, 1);
    g.clear();
    g.fillStyle(COLORS.bar, 1);
    g.fillRoundedRect(0, 0, w, h, 3);
    if (t > 0) {
      g.fillStyle(value >= 70 ? OKABE_ITO.vermillion : value >= 40 ? OKABE_ITO.orange : OKABE_ITO.yellow, 1);
      g.fillRoundedRect(0, 0, Math.max(6, w * t), h, 3);
    }
    g.lineStyle(1, COLORS.panelBorder, 1);
    g.strokeRoundedRect(0, 0, w, h, 3);
    g.lineStyle(1, COLORS.bg, 0.9);
    for (const q of [0.25, 0.5, 0.75]) g.lineBetween(w * q, 1, w * q, h - 1);
  }

  private fillPoly(g: Phaser.GameObjects.Graphics, p: { x: number; y: number }[]): void {
    g.beginPath();
    p.forEach((q, i) => (i === 0 ? g.moveTo(q.x, q.y) : g.lineTo(q.x, q.y)));
    g.closePath();
    g.fillPath();
  }

  private strokePoly(g: Phaser.GameObjects.Graphics, p: { x: number; y: number }[], closed: boolean): void {
    g.beginPath();
    p.forEach((q, i) => (i === 0 ? g.moveTo(q.x, q.y) : g.lineTo(q.x, q.y)));
    if (closed) g.closePath();
    g.strokePath();
  }

  /** A dashed polyline (dash and gap in px, continuous across vertices). */
  private dashed(
    g: Phaser.GameObjects.Graphics,
    p: { x: number; y: number }[],
    width: number,
    color: number,
    dash: number,
    gap: number,
  ): void {
    g.lineStyle(width + 2, COLORS.bg, 0.9);
    this.dashPass(g, p, dash, gap);
    g.lineStyle(width, color, 1);
    this.dashPass(g, p, dash, gap);
  }

  private dashPass(g: Phaser.GameObjects.Graphics, p: { x: number; y: number }[], dash: number, gap: number): void {
    let on = true;
    let left = dash;
    for (let i = 0; i + 1 < p.length; i++) {
      const a = p[i] as { x: number; y: number };
      const b = p[i + 1] as { x: number; y: number };
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
}

function delta(now: number, before: number | undefined): string {
  if (before === undefined) return '';
  const d = Math.round(now) - Math.round(before);
  if (d === 0) return '';
  return d > 0 ? ` (+${d})` : ` (\u2212${-d})`;
}

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
