// The key under the place cards: the boundary line, a crossing point, the
// bridge and a place, drawn as on the map.

import type * as Phaser from 'phaser';
import type { Messages } from '../text/messages';
import { LABEL_STYLE } from './map-labels';
import { CARD_W, CARD_X } from './map-layout';
import { dashed } from './map-paths';
import { setTextBox } from './text-fit';
import { COLORS, FONT } from './theme';

/** Where the second row's words start, after each one's mark (crossing, bridge, place). */
const MARK_W = [54, 12, 11];
/** Space between one word and the next mark. */
const GAP = 15;
/** The smallest size the second row shrinks to in a long language. */
const MIN_SIZE = 11;

export function addMapLegend(s: Phaser.Scene, m: Messages, container: Phaser.GameObjects.Container, y: number): void {
  const g = s.add.graphics();
  const x = CARD_X + 4;
  const room = CARD_X + CARD_W - x;
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
  setTextBox(t1, room - 54);
  // The second row's three marks follow their words, so a long word moves the next mark along
  // rather than running under it (or past the cards into what stands beside them); shrunk if still too wide.
  const y2 = y + 32;
  const words = (['map.legend.crossing', 'map.legend.bridge', 'map.legend.village'] as const).map((key) =>
    s.add.text(0, y2, m.t(key), style).setOrigin(0, 0.5),
  );
  const rowWidth = () => words.reduce((w, t, i) => w + (MARK_W[i] ?? 0) + t.width, GAP * (words.length - 1));
  for (let size = FONT.tiny; rowWidth() > room && size > MIN_SIZE; ) {
    size -= 1;
    for (const t of words) t.setFontSize(size);
  }
  let at = x;
  words.forEach((t, i) => {
    t.setX(at + (MARK_W[i] ?? 0));
    setTextBox(t, x + room - t.x);
    at = t.x + t.width + GAP;
  });
  const [crossing, bridge, place] = words;
  if (!crossing || !bridge || !place) return;
  g.fillStyle(COLORS.bg, 1);
  g.fillRect(x + 15, y2 - 7, 14, 14);
  g.lineStyle(2, COLORS.boundary, 1);
  g.strokeRect(x + 15, y2 - 7, 14, 14);
  g.lineBetween(x + 18, y2, x + 26, y2);
  g.fillStyle(COLORS.text, 1);
  g.fillRect(bridge.x - 12, y2 - 7, 4, 14);
  g.fillStyle(COLORS.bg, 1);
  g.fillCircle(place.x - 11, y2, 5);
  g.lineStyle(2, COLORS.text, 1);
  g.strokeCircle(place.x - 11, y2, 5);
  container.add([g, t1, ...words]);
}
