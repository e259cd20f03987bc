// The key under the place cards: the boundary line, a crossing point, the
// bridge and a place, drawn as on the map.

import type * as Phaser from 'phaser';
import type { Messages } from '../text/messages';
import { LABEL_STYLE } from './map-labels';
import { CARD_X } from './map-layout';
import { dashed } from './map-paths';
import { COLORS } from './theme';

export function addMapLegend(s: Phaser.Scene, m: Messages, container: Phaser.GameObjects.Container, y: number): void {
  const g = s.add.graphics();
  const x = CARD_X + 4;
  const style = { ...LABEL_STYLE, strokeThickness: 0 };
  dashed(
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
  const t1 = s.add.text(x + 54, y + 10, m.t('map.boundary'), style).setOrigin(0, 0.5);
  const y2 = y + 32;
  g.fillStyle(COLORS.bg, 1);
  g.fillRect(x + 15, y2 - 7, 14, 14);
  g.lineStyle(2, COLORS.boundary, 1);
  g.strokeRect(x + 15, y2 - 7, 14, 14);
  g.lineBetween(x + 18, y2, x + 26, y2);
  const t2 = s.add.text(x + 54, y2, m.t('map.legend.crossing'), style).setOrigin(0, 0.5);
  g.fillStyle(COLORS.text, 1);
  g.fillRect(x + 170, y2 - 7, 4, 14);
  const t3 = s.add.text(x + 182, y2, m.t('map.legend.bridge'), style).setOrigin(0, 0.5);
  g.fillStyle(COLORS.bg, 1);
  g.fillCircle(x + 242, y2, 5);
  g.lineStyle(2, COLORS.text, 1);
  g.strokeCircle(x + 242, y2, 5);
  const t4 = s.add.text(x + 253, y2, m.t('map.legend.village'), style).setOrigin(0, 0.5);
  container.add([g, t1, t2, t3, t4]);
}
