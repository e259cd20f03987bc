import * as Phaser from 'phaser';
import { markOverlay } from '../overlay-layer';
import { COLORS, css, FONT, FONT_FAMILY, RADIUS, SPACE, STROKE, textOn, textStyle } from '../theme';
import { Button } from './Button';
import type { FocusGroup } from './FocusGroup';

/** One item of the banner's last line: an icon drawn at (x, y) (its centre) and its words. */
export interface BannerPart {
  icon: (g: Phaser.GameObjects.Graphics, x: number, y: number) => void;
  text: string;
}

export interface HeadlineContent {
  /** Small capitals above the title ("HEADLINE · THE CRISIS ESCALATES"). */
  kicker: string;
  title: string;
  /** What the title means (one sentence), or ''. */
  body: string;
  /** The last line: icons and words (e.g. incidents, injured, killed); may be empty. */
  parts: readonly BannerPart[];
  /** The badge on the left: its colour and its text (a rung number), or an icon when text is ''. */
  accent: number;
  badge: string;
  badgeIcon?: (g: Phaser.GameObjects.Graphics, x: number, y: number) => void;
}

export interface HeadlineBannerConfig {
  x: number;
  y: number;
  width: number;
  group: FocusGroup;
  dismissLabel: string;
  dismissHint: string;
  dismissKey: string;
  onDismiss: () => void;
}

/**
 * A headline across the top of an area, above everything under it: a
 * coloured badge (a number or an icon), a kicker, a title, one sentence and a
 * row of icons with words; a Dismiss button (click, its key, or Enter when
 * focused) hides it. `show(content)` fills it in, `hide()` removes it from
 * view and from the keyboard.
 */
export class HeadlineBanner extends Phaser.GameObjects.Container {
  private readonly cfg: HeadlineBannerConfig;
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly badgeText: Phaser.GameObjects.Text;
  private readonly kicker: Phaser.GameObjects.Text;
  private readonly title: Phaser.GameObjects.Text;
  private readonly sentence: Phaser.GameObjects.Text;
  private readonly parts: Phaser.GameObjects.Container;
  private readonly dismiss: Button;
  private shown = false;

  constructor(scene: Phaser.Scene, cfg: HeadlineBannerConfig) {
    super(scene, cfg.x, cfg.y);
    this.cfg = cfg;
    this.setDepth(800);
    this.g = scene.add.graphics();
    const textX = 96;
    const dismissW = 128;
    const textW = cfg.width - textX - dismissW - SPACE.md * 2;
    this.badgeText = scene.add
      .text(48, 48, '', { fontFamily: FONT_FAMILY, fontSize: `${FONT.h1}px`, fontStyle: 'bold', color: css(COLORS.bg) })
      .setOrigin(0.5, 0.5);
    this.kicker = scene.add.text(textX, SPACE.sm + 4, '', textStyle('label', { fontSize: `${FONT.tiny}px` }));
    this.title = scene.add.text(textX, 0, '', textStyle('h3', { wrap: textW }));
    this.sentence = scene.add.text(textX, 0, '', textStyle('small', { wrap: cfg.width - textX - SPACE.md }));
    this.parts = scene.add.container(textX, 0);
    this.add([this.g, this.badgeText, this.kicker, this.title, this.sentence, this.parts]);
    scene.add.existing(this);
    this.dismiss = new Button(scene, {
      x: cfg.x + cfg.width - dismissW - SPACE.sm - 4,
      y: cfg.y + SPACE.sm + 4,
      width: dismissW,
      height: 36,
      label: cfg.dismissLabel,
      hint: cfg.dismissHint,
      hotkey: cfg.dismissKey,
      variant: 'quiet',
      fontSize: FONT.small,
      onActivate: () => cfg.onDismiss(),
    });
    this.dismiss.setDepth(801);
    // Across the area under it until dismissed (the place cards' words under its Dismiss button).
    markOverlay(this, this.dismiss);
    this.hide();
  }

  get isShown(): boolean {
    return this.shown;
  }

  show(c: HeadlineContent): void {
    const { width } = this.cfg;
    this.kicker.setText(c.kicker).setColor(css(c.accent));
    this.title.setText(c.title).setY(this.kicker.y + this.kicker.height + 2);
    this.sentence
      .setText(c.body)
      .setY(this.title.y + this.title.height + 2)
      .setVisible(c.body !== '');
    let y = c.body ? this.sentence.y + this.sentence.height + 6 : this.title.y + this.title.height + 6;
    this.parts.removeAll(true);
    if (c.parts.length) {
      const icons = this.scene.add.graphics();
      this.parts.add(icons);
      let x = 0;
      let rowY = 12;
      const maxX = width - 96 - SPACE.md;
      for (const p of c.parts) {
        const t = this.scene.add.text(0, 0, p.text, textStyle('small', { fontStyle: 'bold', color: css(COLORS.text) })).setOrigin(0, 0.5);
        if (x > 0 && x + 30 + t.width > maxX) {
          x = 0;
          rowY += 28;
        }
        p.icon(icons, x + 12, rowY);
        t.setPosition(x + 30, rowY);
        this.parts.add(t);
        x += 30 + t.width + SPACE.lg;
      }
      this.parts.setY(y);
      y += rowY + 16;
    }
    const height = Math.max(96, Math.ceil(y + SPACE.sm));
    const g = this.g;
    g.clear();
    g.fillStyle(COLORS.bgRaised, 1);
    g.fillRoundedRect(0, 0, width, height, RADIUS.md);
    g.lineStyle(STROKE.focus, c.accent, 1);
    g.strokeRoundedRect(1.5, 1.5, width - 3, height - 3, RADIUS.md);
    // The badge: a square in the accent colour with the rung number (or an icon) in it.
    g.fillStyle(c.accent, 1);
    g.fillRoundedRect(SPACE.md, SPACE.md, 64, 64, RADIUS.sm);
    g.lineStyle(STROKE.normal, COLORS.text, 1);
    g.strokeRoundedRect(SPACE.md, SPACE.md, 64, 64, RADIUS.sm);
    this.badgeText.setText(c.badge).setColor(css(textOn(c.accent)));
    if (!c.badge && c.badgeIcon) c.badgeIcon(g, 48, 48);
    this.setVisible(true);
    this.dismiss.setVisible(true);
    if (!this.shown) this.cfg.group.add(this.dismiss);
    this.shown = true;
  }

  hide(): void {
    this.setVisible(false);
    this.dismiss.setVisible(false);
    if (this.shown) this.cfg.group.remove(this.dismiss);
    this.shown = false;
  }

  /** The Dismiss button (to give it the keyboard focus). */
  get dismissButton(): Button {
    return this.dismiss;
  }
}
