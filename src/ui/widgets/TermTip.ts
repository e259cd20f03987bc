import * as Phaser from 'phaser';
import { announce } from '../announcer';
import { messages } from '../i18n';
import { markOverlay } from '../overlay-layer';
import { COLORS, css, FONT, FONT_FAMILY, GAME_HEIGHT, GAME_WIDTH, RADIUS, SPACE, STROKE } from '../theme';
import type { Box } from './box';
import type { Focusable } from './Focusable';
import type { FocusGroup } from './FocusGroup';
import { drawFocusRing } from './focus-ring';

// A definition shown near the thing it explains: on pointer hover, on keyboard
// focus (then also said through the live region), or on a tap; Esc or moving
// away hides it. The tip is a spot over text a screen already draws (a meter,
// a panel title), or a small chip of its own (`TermTip.chip`). One bubble per
// scene; its letters never shrink below a readable size on a phone, and it
// always stays inside the game's 1280×720.

export interface TermTipConfig {
  /** What it explains, in scene coordinates (the hover and focus area). */
  box: Box;
  /** The word or meter explained, e.g. "Posture". */
  term: string;
  /** The definition, or how to read it when shown (for what changes while the screen stays). */
  definition: string | (() => string);
  /** The accessible name (defaults to `term`). */
  label?: string;
}

/** Above the screen's own objects, below dialogs (1000). */
const DEPTH = 900;
/** The smallest letters the bubble shows, in CSS pixels of the page. */
const MIN_CSS_PX = 13;
const GAP = 6;
const MARGIN = 8;

/** The scene's one bubble: a titled box with the definition, placed beside its anchor. */
class TipBubble {
  private readonly root: Phaser.GameObjects.Container;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  owner: TermTip | null = null;

  constructor(private readonly scene: Phaser.Scene) {
    this.bg = scene.add.graphics();
    this.title = scene.add.text(0, 0, '', { fontFamily: FONT_FAMILY, fontStyle: 'bold', color: css(COLORS.text) });
    this.body = scene.add.text(0, 0, '', { fontFamily: FONT_FAMILY, color: css(COLORS.text) });
    this.hint = scene.add.text(0, 0, '', { fontFamily: FONT_FAMILY, color: css(COLORS.textMuted) });
    this.root = scene.add.container(0, 0, [this.bg, this.title, this.body, this.hint]).setDepth(DEPTH).setVisible(false);
    // The bubble opens over whatever is beside its anchor, buttons included.
    markOverlay(this.root);
  }

  /** Game pixels per page pixel: above 1 when the canvas is shown smaller than 1280×720 (a phone). */
  private shrink(): number {
    const s = this.scene.scale.displayScale;
    return Math.max(1, s.x, s.y);
  }

  show(owner: TermTip, anchor: Box, term: string, definition: string): void {
    this.owner = owner;
    const size = Math.min(44, Math.max(FONT.small, Math.ceil(MIN_CSS_PX * this.shrink())));
    const width = Math.min(GAME_WIDTH - MARGIN * 2, Math.max(400, Math.round(size * 26)));
    const pad = Math.round(size * 0.7);
    const inner = width - pad * 2;
    this.title.setFontSize(size).setText(term).setWordWrapWidth(inner, true);
    this.body
      .setFontSize(size)
      .setLineSpacing(Math.round(size * 0.2))
      .setText(definition)
      .setWordWrapWidth(inner, true);
    this.hint.setFontSize(Math.max(FONT.tiny, Math.round(size * 0.85))).setText(messages().t('tip.close'));
    this.title.setPosition(pad, pad);
    this.body.setPosition(pad, pad + this.title.height + Math.round(size * 0.3));
    this.hint.setPosition(width - pad - this.hint.width, this.body.y + this.body.height + Math.round(size * 0.3));
    const height = Math.min(GAME_HEIGHT - MARGIN * 2, Math.ceil(this.hint.y + this.hint.height + pad));
    const g = this.bg;
    g.clear();
    g.fillStyle(COLORS.bgRaised, 0.98);
    g.fillRoundedRect(0, 0, width, height, RADIUS.md);
    g.lineStyle(STROKE.normal, COLORS.info, 1);
    g.strokeRoundedRect(0, 0, width, height, RADIUS.md);
    // Below the anchor when it fits, else above it, else as low as the screen allows.
    let y = anchor.y + anchor.height + GAP;
    if (y + height > GAME_HEIGHT - MARGIN) {
      const above = anchor.y - GAP - height;
      y = above >= MARGIN ? above : Math.max(MARGIN, GAME_HEIGHT - MARGIN - height);
    }
    const x = Phaser.Math.Clamp(anchor.x, MARGIN, GAME_WIDTH - MARGIN - width);
    this.root.setPosition(Math.round(x), Math.round(y)).setVisible(true);
  }

  hide(owner?: TermTip): void {
    if (owner && this.owner !== owner) return;
    this.owner = null;
    this.root.setVisible(false);
  }

  get shownBy(): TermTip | null {
    return this.root.visible ? this.owner : null;
  }
}

const bubbles = new WeakMap<Phaser.Scene, TipBubble>();

function bubbleOf(scene: Phaser.Scene): TipBubble {
  let b = bubbles.get(scene);
  if (!b) {
    b = new TipBubble(scene);
    bubbles.set(scene, b);
    const bubble = b;
    // A tap or click anywhere else closes it (touch screens have no "pointer out").
    scene.input.on(Phaser.Input.Events.POINTER_DOWN, (_p: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
      const owner = bubble.shownBy;
      if (owner && !over.includes(owner.zone)) bubble.hide();
    });
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => bubbles.delete(scene));
  }
  return b;
}

/**
 * A definition on hover and focus. Add it to the scene's FocusGroup so the
 * keyboard reaches it; focus shows the definition and says it, Esc hides it.
 */
export class TermTip implements Focusable {
  readonly label: string;
  focusGroup: FocusGroup | null = null;
  readonly zone: Phaser.GameObjects.Zone;
  private readonly ring: Phaser.GameObjects.Graphics;
  private cfg: TermTipConfig;
  private readonly box: Box;
  private focused = false;

  constructor(
    private readonly scene: Phaser.Scene,
    cfg: TermTipConfig,
  ) {
    this.cfg = cfg;
    this.box = cfg.box;
    this.label = cfg.label ?? cfg.term;
    this.ring = scene.add.graphics().setDepth(DEPTH - 1);
    this.zone = scene.add.zone(cfg.box.x, cfg.box.y, cfg.box.width, cfg.box.height).setOrigin(0, 0);
    this.zone.setInteractive({ cursor: 'help' });
    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => this.open());
    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => {
      if (!this.focused) this.close();
    });
    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => {
      this.focusGroup?.focus(this);
      this.activate();
    });
  }

  /**
   * A tip with a visible word: a small outlined chip at (x, y) naming the term
   * (e.g. the briefing's list of words). Its box is the chip.
   */
  static chip(scene: Phaser.Scene, x: number, y: number, cfg: Omit<TermTipConfig, 'box'> & { text: string }): TermTip {
    const t = scene.add.text(x + SPACE.sm, y + 3, cfg.text, {
      fontFamily: FONT_FAMILY,
      fontSize: `${FONT.tiny}px`,
      color: css(COLORS.text),
    });
    const w = Math.ceil(t.width) + SPACE.sm * 2;
    const h = Math.ceil(t.height) + 6;
    const g = scene.add.graphics();
    g.fillStyle(COLORS.button, 1);
    g.fillRoundedRect(x, y, w, h, RADIUS.sm);
    g.lineStyle(STROKE.thin, COLORS.buttonBorder, 1);
    g.strokeRoundedRect(x + 0.5, y + 0.5, w - 1, h - 1, RADIUS.sm);
    // A dotted underline: the usual mark of a word with a definition.
    g.fillStyle(COLORS.textMuted, 1);
    for (let dx = 0; dx < t.width; dx += 4) g.fillRect(x + SPACE.sm + dx, y + 3 + t.height, 2, 1);
    t.setDepth(1);
    return new TermTip(scene, { ...cfg, box: { x, y, width: w, height: h } });
  }

  /** Changes the words (when what it explains changes, e.g. an actor's posture). */
  setDefinition(term: string, definition: string): this {
    this.cfg = { ...this.cfg, term, definition };
    if (this.isOpen()) this.open();
    return this;
  }

  isEnabled(): boolean {
    return true;
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.drawRing();
    if (focused) this.open();
    else this.close();
  }

  /** Enter, Space, a click or a tap: shows the definition again and says it. */
  activate(): void {
    this.open();
    announce(this.describe());
  }

  handleKey(event: KeyboardEvent): boolean {
    // not-text: a KeyboardEvent key id
    if (event.key === 'Escape' && bubbleOf(this.scene).shownBy === this) {
      this.close();
      return true;
    }
    return false;
  }

  getFocusBounds(): Box {
    return { ...this.box };
  }

  describe(): string {
    return messages().t('tip.spoken', { term: this.cfg.term, definition: this.definition() });
  }

  /** Whether its definition is on screen now. */
  isOpen(): boolean {
    return bubbleOf(this.scene).shownBy === this;
  }

  private definition(): string {
    const d = this.cfg.definition;
    return typeof d === 'function' ? d() : d;
  }

  private open(): void {
    bubbleOf(this.scene).show(this, this.box, this.cfg.term, this.definition());
  }

  private close(): void {
    bubbles.get(this.scene)?.hide(this);
  }

  private drawRing(): void {
    const g = this.ring;
    g.clear();
    const b = this.box;
    if (this.focused) drawFocusRing(g, b.x, b.y, b.width, b.height, RADIUS.sm);
  }
}
