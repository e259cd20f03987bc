// The names on the map: municipality seats in both languages, places, the
// lake and river, the land outside the line, and the scale and north marks.
// Labels have a dark outline so they read over any fill.

import type * as Phaser from 'phaser';
import { BANJSKA, BRIDGE, BRNJAK, JARINJE, project, SEAT } from './map-geography';
import { FRAME_W, MAP_HEIGHT } from './map-layout';
import { municipalityName } from './map-state';
import { COLORS, css, FONT, FONT_FAMILY, SPACE } from './theme';

export const LABEL_STYLE: Phaser.Types.GameObjects.Text.TextStyle = {
  fontFamily: FONT_FAMILY,
  fontSize: `${FONT.tiny}px`,
  color: css(COLORS.text),
  stroke: css(COLORS.bg),
  strokeThickness: 4,
};

export function addMapLabels(s: Phaser.Scene, container: Phaser.GameObjects.Container): void {
  const add = (x: number, y: number, text: string, ox: number, oy: number, style: Phaser.Types.GameObjects.Text.TextStyle = {}) => {
    const t = s.add.text(Math.round(x), Math.round(y), text, { ...LABEL_STYLE, ...style }).setOrigin(ox, oy);
    container.add(t);
    return t;
  };
  const lines = s.add.graphics();
  container.add(lines);
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
