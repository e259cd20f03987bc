// The names on the map: the places' seats in both forms, landmarks, lakes
// and rivers, the land outside the line, and the scale and north marks.
// Labels have a dark outline so they read over any fill.

import type * as Phaser from 'phaser';
import type { LatLon, MapLabel, MapLabelSpot, ScenarioMap } from '../sim/types';
import type { Messages } from '../text/messages';
import { NORTH_X } from './map-features';
import { project } from './map-geography';
import { FRAME_W, MAP_HEIGHT } from './map-layout';
import { placeNamePair, placeNames } from './map-state';
import { COLORS, css, FONT, FONT_FAMILY, SPACE } from './theme';

export const LABEL_STYLE: Phaser.Types.GameObjects.Text.TextStyle = {
  fontFamily: FONT_FAMILY,
  fontSize: `${FONT.tiny}px`,
  color: css(COLORS.text),
  stroke: css(COLORS.bg),
  strokeThickness: 4,
};

/** How close to the frame's sides a label may come. */
const EDGE = 2;

const BOLD = { fontStyle: 'bold' };
const ITALIC = 'italic';
const LOOKS: Record<MapLabelSpot['look'], Phaser.Types.GameObjects.Text.TextStyle> = {
  bold: BOLD,
  plain: {},
  muted: { color: css(COLORS.textMuted) },
  water: { color: css(0x8fc6ea), fontStyle: ITALIC },
};

export function addMapLabels(s: Phaser.Scene, m: Messages, container: Phaser.GameObjects.Container, map: ScenarioMap): void {
  const add = (x: number, y: number, text: string, ox: number, oy: number, style: Phaser.Types.GameObjects.Text.TextStyle = {}) => {
    const t = s.add.text(Math.round(x), Math.round(y), text, { ...LABEL_STYLE, ...style }).setOrigin(ox, oy);
    // A long name near the edge moves inside the map's frame rather than off it.
    const left = t.x - t.displayOriginX;
    const shift = Math.max(0, EDGE - left) - Math.max(0, left + t.width - (FRAME_W - EDGE));
    if (shift !== 0) t.setX(t.x + shift);
    container.add(t);
    return t;
  };
  const lines = s.add.graphics();
  container.add(lines);
  /** A label at `at`: its first line, its second line if it has one, and its leader line. */
  const label = (at: LatLon, spec: MapLabel, first: string, second?: string) => {
    const p = project(map.projection, at);
    const spot = (q: MapLabelSpot, text: string) => add(p.x + q.dx, p.y + q.dy, text, q.ox, q.oy, LOOKS[q.look]);
    spot(spec.first, first);
    if (spec.second && second !== undefined) spot(spec.second, second);
    if (spec.leader) {
      const [x1, y1, x2, y2] = spec.leader;
      lines.lineStyle(1, COLORS.textMuted, 0.9);
      lines.lineBetween(p.x + x1, p.y + y1, p.x + x2, p.y + y2);
    }
  };

  // The places' seats, both names (on two lines where the label has two).
  for (const id of Object.keys(map.seatLabels)) {
    const at = map.seats[id];
    const spec = map.seatLabels[id];
    if (!at || !spec) continue;
    if (spec.second) {
      const names = placeNamePair(m, id);
      label(at, spec, m.t('map.place.split.first', names), m.t('map.place.split.second', names));
    } else label(at, spec, placeNames(m, id));
  }

  // Landmarks, lakes and rivers.
  const second = (key: string) => (m.has(key) ? m.t(key) : undefined);
  for (const lm of map.landmarks) {
    label(lm.at, lm.label, m.t(`map.landmark.${lm.id}.name`), second(`map.landmark.${lm.id}.second`));
  }
  for (const lake of map.lakes) {
    label(lake.labelAt, lake.label, m.t(`map.lake.${lake.id}.name`), second(`map.lake.${lake.id}.second`));
  }
  for (const river of map.rivers) {
    label(river.labelAt, river.label, m.t(`map.river.${river.id}.name`), second(`map.river.${river.id}.second`));
  }

  // Outside the line (named neutrally, as the scenario names it).
  const muted = LOOKS.muted;
  const outside = { ...muted, fontSize: `${FONT.small}px`, fontStyle: ITALIC };
  for (const o of map.outside) add(o.x, o.y, m.t(`map.outside.${o.id}`), 0.5, 0.5, outside);
  add(SPACE.md + 100, MAP_HEIGHT - 18, m.t('map.scale'), 0, 0.5, muted);
  add(NORTH_X, 52, m.t('map.north'), 0.5, 0, { ...BOLD, color: css(COLORS.textMuted) });
}
