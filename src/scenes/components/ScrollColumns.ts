// Two columns of word-wrapped text scrolled together, row by row (e.g. this
// game's timeline beside the real one). Each row has a heading across both
// columns; the columns' items wrap on their own and line up at the row's top.
// Scrolls by lines: mouse wheel, or ↑/↓, Page Up/Down, Home/End when focused.

import * as Phaser from 'phaser';
import { messages } from '../../ui/i18n';
import { COLORS, css, lineHeight, RADIUS, SPACE, STROKE, type TextKind, textStyle } from '../../ui/theme';
import { type Box, drawFocusRing, type Focusable, type FocusGroup, recolor, scrollByKey, wrapLines } from '../../ui/widgets';

export interface ColumnRow {
  heading: string;
  left: string[];
  right: string[];
}

interface Line {
  left: string;
  right: string;
  kind: TextKind;
  leftColor: number;
  rightColor: number;
  height: number;
  heading: string | null;
}

export interface ScrollColumnsConfig {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Column titles, drawn above the lines. */
  titles: [string, string];
  rows: ColumnRow[];
  label: string;
}

export class ScrollColumns extends Phaser.GameObjects.Container implements Focusable {
  readonly label: string;
  focusGroup: FocusGroup | null = null;
  private readonly cfg: ScrollColumnsConfig;
  private readonly pad = SPACE.md;
  private readonly headH = 30;
  private readonly lines: Line[] = [];
  private readonly pool: { heading: Phaser.GameObjects.Text; left: Phaser.GameObjects.Text; right: Phaser.GameObjects.Text }[] = [];
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly chrome: Phaser.GameObjects.Graphics;
  private readonly more: Phaser.GameObjects.Text;
  private top = 0;
  private readonly colW: number;

  constructor(scene: Phaser.Scene, cfg: ScrollColumnsConfig) {
    super(scene, cfg.x, cfg.y);
    this.cfg = cfg;
    this.label = cfg.label;
    this.ring = scene.add.graphics();
    const bg = scene.add.graphics();
    bg.fillStyle(COLORS.panel, 1);
    bg.fillRoundedRect(0, 0, cfg.width, cfg.height, RADIUS.md);
    bg.lineStyle(STROKE.thin, COLORS.panelBorder, 1);
    bg.strokeRoundedRect(0.5, 0.5, cfg.width - 1, cfg.height - 1, RADIUS.md);
    const gutter = SPACE.md;
    this.colW = Math.floor((cfg.width - this.pad * 2 - gutter - 12) / 2);
    const t1 = scene.add.text(this.pad, 8, cfg.titles[0], textStyle('label', { color: css(COLORS.text) }));
    const t2 = scene.add.text(this.pad + this.colW + gutter, 8, cfg.titles[1], textStyle('label', { color: css(COLORS.text) }));
    bg.lineStyle(1, COLORS.panelBorder, 1);
    bg.lineBetween(this.pad, this.headH, cfg.width - this.pad, this.headH);
    bg.lineBetween(this.pad + this.colW + gutter / 2, this.headH, this.pad + this.colW + gutter / 2, cfg.height - 8);
    this.chrome = scene.add.graphics();
    this.more = scene.add.text(cfg.width - 18, cfg.height - 4, '', textStyle('tiny')).setOrigin(1, 1);
    const zone = scene.add.zone(0, 0, cfg.width, cfg.height).setOrigin(0, 0).setInteractive();
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_WHEEL, (_p: Phaser.Input.Pointer, _dx: number, dy: number) =>
      this.scrollBy(dy > 0 ? 3 : -3),
    );
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, () => this.focusGroup?.focus(this));
    this.add([this.ring, bg, t1, t2, this.chrome, this.more, zone]);

    const style = textStyle('tiny');
    for (const row of cfg.rows) {
      this.lines.push({ left: '', right: '', kind: 'tiny', leftColor: COLORS.text, rightColor: COLORS.text, height: 10, heading: null });
      this.lines.push({
        left: '',
        right: '',
        kind: 'label',
        leftColor: COLORS.text,
        rightColor: COLORS.text,
        height: lineHeight('label'),
        heading: row.heading,
      });
      const wrap = (items: string[]) =>
        items.flatMap((t) => wrapLines(scene, `• ${t}`, this.colW - 4, style).map((l, i) => (i === 0 ? l : `   ${l}`)));
      const left = wrap(row.left);
      const right = wrap(row.right);
      const n = Math.max(left.length, right.length);
      for (let i = 0; i < n; i++) {
        this.lines.push({
          left: left[i] ?? '',
          right: right[i] ?? '',
          kind: 'tiny',
          leftColor: COLORS.text,
          rightColor: COLORS.textMuted,
          height: lineHeight('tiny') - 2,
          heading: null,
        });
      }
    }
    if (this.lines[0]?.heading === null) this.lines.shift();
    this.setSize(cfg.width, cfg.height);
    this.render();
    scene.add.existing(this);
  }

  get maxTop(): number {
    const avail = this.cfg.height - this.headH - this.pad;
    let h = 0;
    for (let i = this.lines.length - 1; i >= 0; i--) {
      h += this.lines[i]?.height ?? 0;
      if (h > avail) return i + 1;
    }
    return 0;
  }

  scrollBy(n: number): void {
    this.scrollTo(this.top + n);
  }

  scrollTo(line: number): void {
    const next = Phaser.Math.Clamp(Math.round(line), 0, this.maxTop);
    if (next === this.top) return;
    this.top = next;
    this.render();
  }

  isEnabled(): boolean {
    return this.visible;
  }

  setFocused(focused: boolean): void {
    this.ring.clear();
    if (focused) drawFocusRing(this.ring, 0, 0, this.cfg.width, this.cfg.height, RADIUS.md);
  }

  activate(): void {}

  handleKey(event: KeyboardEvent): boolean {
    const self = {
      top: this.top,
      maxTop: this.maxTop,
      scrollBy: (n: number) => this.scrollBy(n),
      scrollTo: (n: number) => this.scrollTo(n),
    };
    return scrollByKey(event, self, 8);
  }

  getFocusBounds(): Box {
    const m = this.getWorldTransformMatrix();
    return { x: m.tx, y: m.ty, width: this.cfg.width, height: this.cfg.height };
  }

  describe(): string {
    return messages().t('scroll.spoken', { label: this.label });
  }

  /** All rows as sentences, for the live region. */
  plainText(): string {
    const m = messages();
    const [leftTitle, rightTitle] = this.cfg.titles;
    return this.cfg.rows
      .map((r) =>
        m.t('columns.row.spoken', { heading: r.heading, leftTitle, left: r.left.join(' '), rightTitle, right: r.right.join(' ') }),
      )
      .join(' ');
  }

  private render(): void {
    const avail = this.cfg.height - this.headH - this.pad;
    let y = this.headH + 4;
    let used = 0;
    let n = 0;
    for (let i = this.top; i < this.lines.length; i++) {
      const h = this.lines[i]?.height ?? 0;
      if (used + h > avail) break;
      used += h;
      n++;
    }
    while (this.pool.length < n) {
      const heading = this.scene.add.text(0, 0, '', textStyle('label', { color: css(COLORS.info) }));
      const left = this.scene.add.text(0, 0, '', textStyle('tiny'));
      const right = this.scene.add.text(0, 0, '', textStyle('tiny'));
      this.pool.push({ heading, left, right });
      this.addAt([heading, left, right], 3);
    }
    const rightX = this.pad + this.colW + SPACE.md;
    this.pool.forEach((p, i) => {
      const line = i < n ? this.lines[this.top + i] : undefined;
      if (!line) {
        p.heading.setVisible(false);
        p.left.setVisible(false);
        p.right.setVisible(false);
        return;
      }
      p.heading
        .setVisible(line.heading !== null)
        .setText(line.heading ?? '')
        .setPosition(this.pad, y);
      recolor(p.left.setVisible(line.heading === null).setText(line.left), css(line.leftColor)).setPosition(this.pad, y);
      recolor(p.right.setVisible(line.heading === null).setText(line.right), css(line.rightColor)).setPosition(rightX, y);
      y += line.height;
    });

    const g = this.chrome;
    g.clear();
    const max = this.maxTop;
    if (max > 0) {
      const w = this.cfg.width;
      const trackY = this.headH + 6;
      const trackH = this.cfg.height - trackY - 24;
      g.fillStyle(COLORS.bar, 1);
      g.fillRoundedRect(w - 10, trackY, 5, trackH, 2);
      const thumbH = Math.max(24, (trackH * n) / this.lines.length);
      const thumbY = trackY + ((trackH - thumbH) * this.top) / max;
      g.fillStyle(COLORS.textMuted, 1);
      g.fillRoundedRect(w - 10, thumbY, 5, thumbH, 2);
      this.more.setText(messages().t(this.top < max ? 'scroll.more-below' : 'scroll.end'));
    } else this.more.setText('');
  }
}
