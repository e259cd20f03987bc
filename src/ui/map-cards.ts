// One status card per place, beside the map: who holds the building (shape
// and words), unrest (bar and number), police and troop presence (icon, word
// and number), with "(+5)"-style changes since last turn.

import * as Phaser from 'phaser';
import type { PlaceId, Scenario } from '../sim/types';
import type { Messages, Param } from '../text/messages';
import { drawPoliceIcon, drawTroopsIcon } from './map-icons';
import { CARD_GAP, CARD_H, CARD_W, CARD_X } from './map-layout';
import { drawMarker } from './map-markers';
import { type PlaceView, placeNames } from './map-state';
import { fitTextWidth } from './text-fit';
import { COLORS, css, drawShape, FONT, FONT_FAMILY, holderStyle, OKABE_ITO, RADIUS } from './theme';

export interface PlaceCard {
  icon: Phaser.GameObjects.Graphics;
  holder: Phaser.GameObjects.Text;
  unrestBar: Phaser.GameObjects.Graphics;
  unrest: Phaser.GameObjects.Text;
  police: Phaser.GameObjects.Text;
  troops: Phaser.GameObjects.Text;
  name: Phaser.GameObjects.Text;
  /** Top right: the map's markers at this place now (a clash, crowds), drawn as on the map and its key. */
  badge: Phaser.GameObjects.Graphics;
}

/** Adds the card of `id` as the `index`-th from the top; `showOnCard` fills it in. */
export function addPlaceCard(s: Phaser.Scene, m: Messages, container: Phaser.GameObjects.Container, id: PlaceId, index: number): PlaceCard {
  const y = Math.round(index * (CARD_H + CARD_GAP));
  const c = s.add.container(CARD_X, y);
  const bg = s.add.graphics();
  bg.fillStyle(COLORS.panel, 1);
  bg.fillRoundedRect(0, 0, CARD_W, CARD_H, RADIUS.md);
  bg.lineStyle(1, COLORS.panelBorder, 1);
  bg.strokeRoundedRect(0.5, 0.5, CARD_W - 1, CARD_H - 1, RADIUS.md);
  const pad = 12;
  const name = s.add.text(pad, 5, placeNames(m, id), {
    fontFamily: FONT_FAMILY,
    fontSize: `${FONT.small}px`,
    fontStyle: 'bold',
    color: css(COLORS.text),
  });
  fitTextWidth(name, CARD_W - pad * 2, 12);
  const small = { fontFamily: FONT_FAMILY, fontSize: `${FONT.tiny + 1}px`, color: css(COLORS.text) };
  const icon = s.add.graphics().setPosition(pad + 8, 37);
  const holder = s.add.text(pad + 24, 37, '', small).setOrigin(0, 0.5);
  const unrestLabel = s.add.text(pad, 58, m.t('map.card.unrest'), small).setOrigin(0, 0.5);
  const unrestBar = s.add.graphics().setPosition(pad + 60, 52);
  const unrest = s.add.text(CARD_W - pad, 58, '', { ...small, fontStyle: 'bold' }).setOrigin(1, 0.5);
  const pres = s.add.graphics();
  drawPoliceIcon(pres, pad + 7, 79);
  const police = s.add.text(pad + 20, 79, '', small).setOrigin(0, 0.5);
  drawTroopsIcon(pres, pad + 150, 79);
  const troops = s.add.text(pad + 163, 79, '', small).setOrigin(0, 0.5);
  const badge = s.add.graphics();
  c.add([bg, name, icon, holder, unrestLabel, unrestBar, unrest, pres, police, troops, badge]);
  container.add(c);
  return { icon, holder, unrestBar, unrest, police, troops, name, badge };
}

/** The card's badge: the map's markers at its place (a clash, crowds), top right; the name shrinks to make room. */
export function showBadge(card: PlaceCard, kinds: readonly ('crowd' | 'clash')[]): void {
  const g = card.badge;
  g.clear();
  const shown = (['clash', 'crowd'] as const).filter((k) => kinds.includes(k));
  shown.forEach((k, i) => drawMarker(g, k, CARD_W - 24 - i * 34, 18));
  card.name.setFontSize(FONT.small);
  fitTextWidth(card.name, CARD_W - 24 - shown.length * 34, 12);
}

/** Shows one place on its card; `prev` adds "(+5)"-style changes. */
export function showOnCard(scenario: Scenario, m: Messages, card: PlaceCard, p: PlaceView, prev?: PlaceView): void {
  const hs = holderStyle(scenario, m, p.holder);
  card.icon.clear();
  drawShape(card.icon, hs.shape, 0, 0, 16, hs.color);
  card.holder.setText(m.t('map.card.building', { holder: hs.label }));
  card.unrest.setText(m.t('map.card.unrest-value', { value: Math.round(p.unrest), change: change(m, p.unrest, prev?.unrest) }));
  drawUnrestBar(card.unrestBar, p.unrest);
  card.police.setText(m.t('map.card.police', { value: Math.round(p.police), change: change(m, p.police, prev?.police) }));
  card.troops.setText(
    m.t('map.card.troops', { troops: m.t('map.troops'), value: Math.round(p.troops), change: change(m, p.troops, prev?.troops) }),
  );
}

function drawUnrestBar(g: Phaser.GameObjects.Graphics, value: number): void {
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

/** " (+5)" / " (−5)" since last turn, or nothing. */
function change(m: Messages, now: number, before: number | undefined): Param {
  if (before === undefined) return '';
  const d = Math.round(now) - Math.round(before);
  if (d === 0) return '';
  return m.t('map.card.change', { delta: d > 0 ? 'up' : 'down', amount: Math.abs(d) });
}
