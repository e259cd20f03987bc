import * as Phaser from 'phaser';
import { messages } from '../i18n';
import { COLORS, css, lineHeight, RADIUS, SPACE, STROKE, type TextKind, textStyle } from '../theme';
import { type Box, worldBox } from './box';
import type { Focusable } from './Focusable';
import type { FocusGroup } from './FocusGroup';
import { drawFocusRing } from './focus-ring';
import { scrollByKey } from './scroll-keys';
import { wrapLines } from './text';

export interface ScrollBlock {
  text: string;
  kind?: TextKind;
  color?: number;
  /** Extra space above this block in px (default: half a line between blocks). */
  gapBefore?: number;
  /** Left indent in px (e.g. list items). */
  indent?: number;
}

export interface ScrollTextConfig {
  x: number;
  y: number;
  width: number;
  height: number;
  blocks: ScrollBlock[];
  /** Accessible name, e.g. "Sources". */
  label: string;
  /** Draw a panel-like background and border (default true). */
  background?: boolean;
}

interface ScrollLine {
  text: string;
  kind: TextKind;
  color: number | undefined;
  height: number;
  indent: number;
}

/**
 * Word-wrapped text blocks (headings, paragraphs, list items) in a fixed box,
 * scrolled by whole lines: mouse wheel over it, or ↑/↓, Page Up/Down,
 * Home/End while it has keyboard focus. No masks: only the lines that fit
 * are drawn, from a small pool of Text objects.
 */
export class ScrollText extends Phaser.GameObjects.Container implements Focusable {
  readonly label: string;
  focusGroup: FocusGroup | null = null;
  private readonly cfg: ScrollTextConfig;
  private readonly pad = SPACE.md;
  private lines: ScrollLine[] = [];
  private top = 0;
  private readonly pool: Phaser.GameObjects.Text[] = [];
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly chrome: Phaser.GameObjects.Graphics;
  private readonly zone: Phaser.GameObjects.Zone;
  private readonly moreText: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, cfg: ScrollTextConfig) {
    super(scene, cfg.x, cfg.y);
    this.cfg = cfg;
    this.label = cfg.label;
    this.ring = scene.add.graphics();
    const bg = scene.add.graphics();
    if (cfg.background !== false) {
      bg.fillStyle(COLORS.panel, 1);
      bg.fillRoundedRect(0, 0, cfg.width, cfg.height, RADIUS.md);
      bg.lineStyle(STROKE.thin, COLORS.panelBorder, 1);
      bg.strokeRoundedRect(0.5, 0.5, cfg.width - 1, cfg.height - 1, RADIUS.md);
    }
    this.chrome = scene.add.graphics();
    this.moreText = scene.add.text(0, 0, '', textStyle('tiny', { color: css(COLORS.textMuted) })).setOrigin(1, 1);
    this.zone = scene.add.zone(0, 0, cfg.width, cfg.height).setOrigin(0, 0).setInteractive();
    this.add([this.ring, bg, this.chrome, this.moreText, this.zone]);
    this.setSize(cfg.width, cfg.height);

    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_WHEEL, (_p: Phaser.Input.Pointer, _dx: number, dy: number) => {
      this.scrollBy(dy > 0 ? 3 : -3);
    });
    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, () => this.focusGroup?.focus(this));
    this.setBlocks(cfg.blocks);
    scene.add.existing(this);
  }

  /** Replaces the content and scrolls to the top. */
  setBlocks(blocks: ScrollBlock[]): this {
    const width = this.cfg.width - this.pad * 2 - 12;
    const lines: ScrollLine[] = [];
    blocks.forEach((b, i) => {
      const kind = b.kind ?? 'body';
      const gap = b.gapBefore ?? (i === 0 ? 0 : Math.round(lineHeight(kind) / 2));
      if (gap > 0 && lines.length > 0) lines.push({ text: '', kind, color: undefined, height: gap, indent: 0 });
      const indent = b.indent ?? 0;
      for (const text of wrapLines(this.scene, b.text, width - indent, textStyle(kind))) {
        lines.push({ text, kind, color: b.color, height: lineHeight(kind), indent });
      }
    });
    this.lines = lines;
    this.top = 0;
    this.render();
    return this;
  }

  /** The largest `top` line index that still fills the box. */
  get maxTop(): number {
    const avail = this.cfg.height - this.pad * 2;
    let h = 0;
    for (let i = this.lines.length - 1; i >= 0; i--) {
      h += this.lines[i]?.height ?? 0;
      if (h > avail) return i + 1;
    }
    return 0;
  }

  canScroll(): boolean {
    return this.maxTop > 0;
  }

  scrollBy(lines: number): this {
    return this.scrollTo(this.top + lines);
  }

  scrollTo(line: number): this {
    const next = Phaser.Math.Clamp(Math.round(line), 0, this.maxTop);
    if (next !== this.top) {
      this.top = next;
      this.render();
    }
    return this;
  }

  /** First visible line index (for tests). */
  get scrollTop(): number {
    return this.top;
  }

  isEnabled(): boolean {
    return this.visible;
  }

  setFocused(focused: boolean): void {
    this.ring.clear();
    if (focused) drawFocusRing(this.ring, 0, 0, this.cfg.width, this.cfg.height, RADIUS.md);
  }

  activate(): void {
    // Nothing to do: the keys scroll it while it is focused.
  }

  handleKey(event: KeyboardEvent): boolean {
    const self = {
      top: this.top,
      maxTop: this.maxTop,
      scrollBy: (n: number) => this.scrollBy(n),
      scrollTo: (n: number) => this.scrollTo(n),
    };
    return scrollByKey(event, self, Math.max(1, this.visibleCount() - 1));
  }

  getFocusBounds(): Box {
    return worldBox(this, this.cfg.width, this.cfg.height);
  }

  describe(): string {
    return messages().t('widget.scroll-text.spoken', { label: this.label });
  }

  /** All the text, for screen-reader announcements. */
  plainText(): string {
    return this.lines.map((l) => l.text).join(' ');
  }

  private visibleCount(): number {
    const avail = this.cfg.height - this.pad * 2;
    let h = 0;
    let n = 0;
    for (let i = this.top; i < this.lines.length; i++) {
      h += this.lines[i]?.height ?? 0;
      if (h > avail) break;
      n++;
    }
    return n;
  }

  private render(): void {
    const n = this.visibleCount();
    while (this.pool.length < n) {
      const t = this.scene.add.text(0, 0, '', textStyle('body'));
      this.pool.push(t);
      this.addAt(t, 3);
    }
    let y = this.pad;
    for (let i = 0; i < this.pool.length; i++) {
      const t = this.pool[i] as Phaser.GameObjects.Text;
      const line = i < n ? this.lines[this.top + i] : undefined;
      if (!line) {
        t.setVisible(false);
        continue;
      }
      t.setStyle(textStyle(line.kind, line.color !== undefined ? { color: css(line.color) } : {}));
      t.setText(line.text);
      t.setPosition(this.pad + line.indent, y);
      t.setVisible(true);
      y += line.height;
    }
    this.bringToTop(this.zone);

    // Scrollbar and "more" cues (shape + words, not colour alone).
    const g = this.chrome;
    g.clear();
    const max = this.maxTop;
    const w = this.cfg.width;
    const h = this.cfg.height;
    if (max > 0) {
      const trackX = w - 10;
      const trackY = this.pad;
      const trackH = h - this.pad * 2 - 18;
      g.fillStyle(COLORS.bar, 1);
      g.fillRoundedRect(trackX, trackY, 5, trackH, 2);
      const total = this.lines.length;
      const thumbH = Math.max(24, (trackH * n) / total);
      const thumbY = trackY + ((trackH - thumbH) * this.top) / max;
      g.fillStyle(COLORS.textMuted, 1);
      g.fillRoundedRect(trackX, thumbY, 5, thumbH, 2);
      const above = this.top > 0;
      const below = this.top < max;
      this.moreText.setText(below ? messages().t('widget.scroll-text.more-below') : above ? messages().t('widget.scroll-text.end') : '');
      this.moreText.setPosition(w - 18, h - 4);
      if (below) {
        const cx = w - 10;
        const cy = h - 10;
        g.fillStyle(COLORS.textMuted, 1);
        g.fillTriangle(cx - 5, cy - 3, cx + 5, cy - 3, cx, cy + 3);
      }
    } else {
      this.moreText.setText('');
    }
  }
}
