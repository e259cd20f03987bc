// One status card per municipality, beside the map: who holds the municipal
// building (shape and words), unrest (bar and number), police and KFOR
// presence (icon, word and number), with "(+5)"-style changes since last turn.

import * as Phaser from 'phaser';
import type { MunicipalityId } from '../sim/types';
import { drawKforIcon, drawPoliceIcon } from './map-icons';
import { CARD_GAP, CARD_H, CARD_W, CARD_X } from './map-layout';
import { type MunicipalityView, municipalityName } from './map-state';
import { fitTextWidth } from './text-fit';
import { COLORS, css, drawShape, FONT, FONT_FAMILY, HOLDER_STYLE, OKABE_ITO, RADIUS } from './theme';

export interface MunicipalityCard {
  icon: Phaser.GameObjects.Graphics;
  holder: Phaser.GameObjects.Text;
  unrestBar: Phaser.GameObjects.Graphics;
  unrest: Phaser.GameObjects.Text;
  police: Phaser.GameObjects.Text;
  kfor: Phaser.GameObjects.Text;
}

/** Adds the card of `id` as the `index`-th from the top; `showOnCard` fills it in. */
export function addMunicipalityCard(
  s: Phaser.Scene,
  container: Phaser.GameObjects.Container,
  id: MunicipalityId,
  index: number,
): MunicipalityCard {
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
  fitTextWidth(name, CARD_W - pad * 2, 12);
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
  container.add(c);
  return { icon, holder, unrestBar, unrest, police, kfor };
}

/** Shows one municipality on its card; `prev` adds "(+5)"-style changes. */
export function showOnCard(card: MunicipalityCard, m: MunicipalityView, prev?: MunicipalityView): void {
  const hs = HOLDER_STYLE[m.holder];
  card.icon.clear();
  drawShape(card.icon, hs.shape, 0, 0, 16, hs.color);
  card.holder.setText(`Building: ${hs.label}`);
  card.unrest.setText(`${Math.round(m.unrest)}${delta(m.unrest, prev?.unrest)}`);
  drawUnrestBar(card.unrestBar, m.unrest);
  card.police.setText(`Police ${Math.round(m.police)}${delta(m.police, prev?.police)}`);
  card.kfor.setText(`KFOR ${Math.round(m.kfor)}${delta(m.kfor, prev?.kfor)}`);
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

function delta(now: number, before: number | undefined): string {
  if (before === undefined) return '';
  const d = Math.round(now) - Math.round(before);
  if (d === 0) return '';
  return d > 0 ? ` (+${d})` : ` (\u2212${-d})`;
}
