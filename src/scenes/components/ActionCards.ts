// The player's action cards: one card per action (name, cost, stance, the
// expected effects in plain words, risk odds, warnings, whether the current
// posture advises it, or why it is unavailable), laid out in a strip that
// scrolls by whole cards so any number of cards fits; the focused card is
// always scrolled into view. Details of the focused or hovered card go to
// a listener (the details panel).

import * as Phaser from 'phaser';
import type { ActionOption } from '../../sim/options';
import type { Scenario, Stance } from '../../sim/types';
import { actionName } from '../../text/describe';
import type { Messages } from '../../text/messages';
import { announce } from '../../ui/announcer';
import { effectPhrases, riskTag, stanceText, unavailableText } from '../../ui/effects-text';
import { messages } from '../../ui/i18n';
import { clampLines, ellipsize, fitLines, fitTextHeight, fitTextWidth, markCutOnPurpose, markOverEdge } from '../../ui/text-fit';
import { COLORS, css, FONT, FONT_FAMILY, OKABE_ITO, RADIUS, STROKE } from '../../ui/theme';
import { type Box, drawFocusRing, type Focusable, type FocusGroup } from '../../ui/widgets';

/** The smallest letters a card's lines shrink to before words are cut. */
const SMALLEST = 12;

/** Keys for up to 12 cards: 1–9, 0, then - and =. */
export const CARD_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '-', '='] as const;

/** A small shape for each stance (so the stance is not told by colour or words alone). */
function drawStance(g: Phaser.GameObjects.Graphics, stance: Stance, x: number, y: number, color: number): void {
  g.fillStyle(color, 1);
  if (stance === 'hawk') g.fillTriangle(x, y - 5, x + 6, y + 5, x - 6, y + 5);
  else if (stance === 'dove') g.fillTriangle(x - 6, y - 5, x + 6, y - 5, x, y + 5);
  else g.fillCircle(x, y, 4.5);
}

export interface CardInfo {
  option: ActionOption;
  index: number;
  key: string | undefined;
  fits: boolean;
  /** Unlocked this turn (unavailable when the last turn's cards were dealt): marked NEW. */
  isNew: boolean;
  /** Full text for the live region. */
  spoken: string;
}

export interface ActionCardConfig {
  x: number;
  y: number;
  width: number;
  height: number;
  info: CardInfo;
  scenario: Scenario;
  onSelect: (card: ActionCard) => void;
  /** Enter/Space on a card that is already chosen (e.g. end the turn). */
  onConfirm: (card: ActionCard) => void;
  onFocusChange: (card: ActionCard, focused: boolean) => void;
  onHover: (card: ActionCard | null) => void;
}

export class ActionCard extends Phaser.GameObjects.Container implements Focusable {
  readonly label: string;
  readonly hotkey?: string;
  focusGroup: FocusGroup | null = null;
  readonly info: CardInfo;
  private readonly cfg: ActionCardConfig;
  private readonly m: Messages;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly keyText: Phaser.GameObjects.Text;
  private readonly nameText: Phaser.GameObjects.Text;
  private readonly metaText: Phaser.GameObjects.Text;
  private readonly icons: Phaser.GameObjects.Graphics;
  private readonly zone: Phaser.GameObjects.Zone;
  private focused = false;
  private hovered = false;
  private selected = false;
  /** Where the strip wants it (it may be scrolled out of view). */
  private inView = true;

  constructor(scene: Phaser.Scene, cfg: ActionCardConfig) {
    super(scene, cfg.x, cfg.y);
    this.cfg = cfg;
    this.info = cfg.info;
    const { option } = cfg.info;
    const def = option.def;
    const m = messages(cfg.scenario);
    this.m = m;
    const name = actionName(m, def.id);
    this.label = name;
    if (cfg.info.key !== undefined) this.hotkey = cfg.info.key;
    const w = cfg.width;
    const h = cfg.height;
    const pad = 10;
    const available = option.available;

    this.ring = scene.add.graphics();
    this.bg = scene.add.graphics();
    this.icons = scene.add.graphics();
    const mutedColor = css(available ? COLORS.textMuted : COLORS.textDisabled);

    this.keyText = scene.add.text(pad, 7, cfg.info.key ? `[${cfg.info.key}]` : '', {
      fontFamily: FONT_FAMILY,
      fontSize: `${FONT.tiny}px`,
      color: mutedColor,
    });
    const children: Phaser.GameObjects.GameObject[] = [this.ring, this.bg, this.icons, this.keyText];

    // Top left, after the key: NEW on a yellow tab (words and a star, not the colour alone).
    let leftEnd = pad + this.keyText.width;
    if (cfg.info.isNew) {
      const mark = scene.add.text(leftEnd + 12, 5, m.t('card.new'), {
        fontFamily: FONT_FAMILY,
        fontSize: `${FONT.tiny}px`,
        fontStyle: 'bold',
        color: css(COLORS.bg),
      });
      this.icons.fillStyle(OKABE_ITO.yellow, 1);
      this.icons.fillRoundedRect(mark.x - 5, 4, mark.width + 10, 20, RADIUS.sm);
      leftEnd = mark.x + mark.width + 5;
      children.push(mark);
    }

    // Top right: the posture hint (a check mark and words).
    if (cfg.info.fits) {
      const fit = scene.add
        .text(w - pad, 7, m.t('card.fits'), {
          fontFamily: FONT_FAMILY,
          fontSize: `${FONT.tiny}px`,
          fontStyle: 'bold',
          color: css(available ? COLORS.good : COLORS.textDisabled),
        })
        .setOrigin(1, 0);
      if (available) fit.setColor(css(0x4fd1a5));
      fitTextWidth(fit, w - pad - leftEnd - 8, SMALLEST);
      ellipsize(fit, w - pad - leftEnd - 8);
      children.push(fit);
    }

    this.nameText = scene.add.text(pad, 27, name, {
      fontFamily: FONT_FAMILY,
      fontSize: `${FONT.small}px`,
      fontStyle: 'bold',
      color: css(available ? COLORS.text : COLORS.textDisabled),
      lineSpacing: 1,
      wordWrap: { width: w - pad * 2, useAdvancedWrap: true },
    });
    fitLines(this.nameText, 2, FONT.tiny - 1);
    children.push(this.nameText);

    let y = this.nameText.y + this.nameText.height + 3;
    this.metaText = scene.add.text(pad + 16, y, m.t('card.meta', { cost: def.cost, stance: stanceText(m, def.stance) }), {
      fontFamily: FONT_FAMILY,
      fontSize: `${FONT.tiny}px`,
      color: mutedColor,
    });
    drawStance(this.icons, def.stance, pad + 6, y + 10, available ? COLORS.textMuted : COLORS.textDisabled);
    children.push(this.metaText);
    y += 22;

    // Bottom lines: the risk (up to two lines), then the rung warning.
    const bottom: Phaser.GameObjects.Text[] = [];
    const risk = riskTag(m, option);
    if (available && risk) {
      const t = scene.add.text(pad, 0, m.t('card.risk', { risk }), {
        fontFamily: FONT_FAMILY,
        fontSize: `${FONT.tiny}px`,
        fontStyle: 'bold',
        color: css(option.risk && option.risk.chance >= 30 ? COLORS.warn : COLORS.text),
        lineSpacing: 0,
        wordWrap: { width: w - pad * 2, useAdvancedWrap: true },
      });
      fitLines(t, 2, SMALLEST);
      bottom.push(t);
    }
    if (available && option.crossesRung) {
      bottom.push(
        scene.add.text(pad, 0, m.t('card.crosses-rung'), {
          fontFamily: FONT_FAMILY,
          fontSize: `${FONT.tiny}px`,
          fontStyle: 'bold',
          color: css(COLORS.warn),
        }),
      );
    }
    let by = h - 8;
    for (let i = bottom.length - 1; i >= 0; i--) {
      const t = bottom[i] as Phaser.GameObjects.Text;
      by -= t.height;
      t.setY(by);
    }
    children.push(...bottom);
    const bottomTop = by - 2;

    // The expected effects (or why it is unavailable), cut to the room left.
    const effects = available ? effectPhrases(m, cfg.scenario, def) : [];
    const body = available
      ? effects.length
        ? effects.join(m.t('card.effects.separator'))
        : m.t('card.no-effect')
      : m.t('card.unavailable', { reason: unavailableText(m, option) });
    const bodyText = scene.add.text(pad, y, body, {
      fontFamily: FONT_FAMILY,
      fontSize: `${FONT.tiny}px`,
      color: css(available ? COLORS.text : COLORS.textMuted),
      lineSpacing: 0,
      wordWrap: { width: w - pad * 2, useAdvancedWrap: true },
    });
    // Smaller letters before fewer words: shrink to the room left, then cut whole lines if still over.
    const room = bottomTop - y - 2;
    fitTextHeight(bodyText, room, SMALLEST);
    const lines = bodyText.getWrappedText(bodyText.text).length;
    const lineHeightPx = bodyText.height / Math.max(1, lines);
    // The whole of it is in the details panel while the card is focused or chosen.
    if (clampLines(bodyText, Math.max(1, Math.floor(room / lineHeightPx)))) markCutOnPurpose(bodyText, 'preview');
    children.push(bodyText);

    this.zone = scene.add.zone(0, 0, w, h).setOrigin(0, 0).setInteractive({ useHandCursor: available });
    children.push(this.zone);
    this.add(children);
    this.setSize(w, h);

    let pressed = false;
    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => {
      this.hovered = true;
      this.redraw();
      cfg.onHover(this);
    });
    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => {
      this.hovered = false;
      pressed = false;
      this.redraw();
      cfg.onHover(null);
    });
    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, (p: Phaser.Input.Pointer) => {
      if (p.button === 0) pressed = true;
    });
    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => {
      if (!pressed) return;
      pressed = false;
      this.focusGroup?.focus(this);
      if (this.isEnabled()) this.activate();
      else this.announceUnavailable();
    });
    this.redraw();
    scene.add.existing(this);
  }

  get option(): ActionOption {
    return this.info.option;
  }

  /** Unavailable cards are skipped by the keyboard, like any disabled control (the reason is on the card). */
  isEnabled(): boolean {
    return this.info.option.available;
  }

  isAvailable(): boolean {
    return this.info.option.available;
  }

  isShown(): boolean {
    return true;
  }

  isSelected(): boolean {
    return this.selected;
  }

  setSelected(selected: boolean): void {
    this.selected = selected;
    this.redraw();
  }

  setInView(inView: boolean): void {
    this.inView = inView;
    this.setVisible(inView);
    if (inView) this.zone.setInteractive({ useHandCursor: this.isAvailable() });
    else this.zone.disableInteractive();
  }

  get isInView(): boolean {
    return this.inView;
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.redraw();
    this.cfg.onFocusChange(this, focused);
  }

  activate(): void {
    if (!this.isAvailable()) {
      this.announceUnavailable();
      return;
    }
    this.cfg.onSelect(this);
  }

  /** Says why the card cannot be chosen (the same reason the card shows). */
  private announceUnavailable(): void {
    announce(this.m.t('card.unavailable.spoken', { action: this.label, reason: unavailableText(this.m, this.info.option) }));
  }

  handleKey(event: KeyboardEvent): boolean {
    // not-text: KeyboardEvent key names
    if ((event.key === 'Enter' || event.key === ' ') && this.selected && !event.repeat) {
      this.cfg.onConfirm(this);
      return true;
    }
    return false;
  }

  getFocusBounds(): Box {
    const m = this.getWorldTransformMatrix();
    return { x: m.tx, y: m.ty, width: this.cfg.width, height: this.cfg.height };
  }

  describe(): string {
    const text = this.info.isNew ? this.m.t('card.new.spoken', { text: this.info.spoken }) : this.info.spoken;
    return this.selected ? this.m.t('card.chosen.spoken', { text }) : text;
  }

  private redraw(): void {
    const w = this.cfg.width;
    const h = this.cfg.height;
    const available = this.isAvailable();
    const g = this.bg;
    g.clear();
    let fill: number = COLORS.button;
    let border: number = COLORS.buttonBorder;
    let bw: number = STROKE.thin + 0.5;
    if (!available) {
      fill = COLORS.buttonDisabled;
      border = 0x2c4152;
    }
    if (this.selected) {
      fill = COLORS.buttonSelected;
      border = COLORS.text;
      bw = STROKE.focus;
    }
    if (this.hovered && available && !this.selected) fill = COLORS.buttonHover;
    g.fillStyle(fill, 1);
    g.fillRoundedRect(0, 0, w, h, RADIUS.md);
    if (!available) {
      // Diagonal hatching: "not available" without relying on colour.
      g.lineStyle(1, 0x26394a, 1);
      for (let k = -h; k < w; k += 14) {
        const x1 = Math.max(0, k);
        const x2 = Math.min(w, k + h);
        if (x2 > x1) g.lineBetween(x1, h - (x1 - k), x2, h - (x2 - k));
      }
    }
    g.lineStyle(bw, border, 1);
    g.strokeRoundedRect(0, 0, w, h, RADIUS.md);
    if (this.selected) {
      // A "chosen" tab on the top edge: words and a filled dot.
      const tabW = Math.min(w - 16, Math.max(80, Math.ceil(this.chosenLabel().width) + 14));
      g.fillStyle(COLORS.text, 1);
      g.fillRoundedRect(w / 2 - tabW / 2, -9, tabW, 18, RADIUS.sm);
    }
    this.keyText.setText(this.info.key ? `[${this.info.key}]` : '');
    this.chosenLabel().setVisible(this.selected);
    this.ring.clear();
    if (this.focused) drawFocusRing(this.ring, 0, 0, w, h, RADIUS.md);
  }

  private chosenText: Phaser.GameObjects.Text | null = null;

  private chosenLabel(): Phaser.GameObjects.Text {
    if (!this.chosenText) {
      this.chosenText = this.scene.add
        .text(this.cfg.width / 2, 0, this.m.t('card.chosen'), {
          fontFamily: FONT_FAMILY,
          fontSize: `${FONT.tiny - 1}px`,
          fontStyle: 'bold',
          color: css(COLORS.bg),
        })
        .setOrigin(0.5, 0.5);
      fitTextWidth(this.chosenText, this.cfg.width - 30, SMALLEST);
      markOverEdge(this.chosenText);
      this.add(this.chosenText);
    }
    return this.chosenText;
  }
}

/**
 * Cards side by side in a fixed window; when there are more than fit, the
 * window scrolls by whole cards (keyboard focus, the mouse wheel, or the
 * strip's ◀ ▶ buttons), and "◀ n more" / "n more ▶" say what is hidden.
 */
export class CardStrip {
  readonly cards: ActionCard[] = [];
  private first = 0;
  readonly perView: number;
  private readonly x: number;
  private readonly cardW: number;
  private readonly gap: number;
  private readonly listeners: ((first: number) => void)[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    readonly box: Box,
    cardWidth: number,
    gap: number,
  ) {
    this.x = box.x;
    this.cardW = cardWidth;
    this.gap = gap;
    this.perView = Math.max(1, Math.floor((box.width + gap) / (cardWidth + gap)));
    const wheel = scene.add.zone(box.x, box.y, box.width, box.height).setOrigin(0, 0).setInteractive();
    wheel.on(Phaser.Input.Events.GAMEOBJECT_POINTER_WHEEL, (_p: Phaser.Input.Pointer, dx: number, dy: number) => {
      const d = Math.abs(dx) > Math.abs(dy) ? dx : dy;
      this.scrollTo(this.first + (d > 0 ? 1 : -1));
    });
    scene.children.sendToBack(wheel);
  }

  add(card: ActionCard): void {
    this.cards.push(card);
    this.layout();
  }

  onScroll(fn: (first: number) => void): void {
    this.listeners.push(fn);
  }

  get firstVisible(): number {
    return this.first;
  }

  get hiddenBefore(): number {
    return this.first;
  }

  get hiddenAfter(): number {
    return Math.max(0, this.cards.length - this.first - this.perView);
  }

  scrollTo(first: number): void {
    const max = Math.max(0, this.cards.length - this.perView);
    const next = Phaser.Math.Clamp(first, 0, max);
    if (next === this.first) return;
    this.first = next;
    this.layout();
  }

  /** Scrolls so that `card` is in view. */
  reveal(card: ActionCard): void {
    const i = this.cards.indexOf(card);
    if (i < 0) return;
    if (i < this.first) this.scrollTo(i);
    else if (i >= this.first + this.perView) this.scrollTo(i - this.perView + 1);
  }

  page(delta: 1 | -1): void {
    this.scrollTo(this.first + delta * this.perView);
  }

  private layout(): void {
    this.cards.forEach((card, i) => {
      const slot = i - this.first;
      card.setPosition(this.x + slot * (this.cardW + this.gap), this.box.y);
      card.setInView(slot >= 0 && slot < this.perView);
    });
    for (const fn of this.listeners) fn(this.first);
    void this.scene;
  }
}
