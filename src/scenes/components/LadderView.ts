// The escalation ladder, in one of two sizes:
// - full (the game screen): a titled panel, top rung first. The current rung is
//   marked three ways besides colour: its position, a "▶" marker with a box
//   around the row, and the word NOW; the highest rung reached so far carries
//   a "▲" (see the key).
// - compact (the replay viewer): one bar of rungs, the current one framed and
//   pointed at, with a caption that names it and how it moved.

import type * as Phaser from 'phaser';
import type { Scenario } from '../../sim/types';
import { rungName } from '../../text/describe';
import type { Messages } from '../../text/messages';
import { TONE_IDS, toneOf } from '../../ui/danger';
import { messages } from '../../ui/i18n';
import { fitTextWidth } from '../../ui/text-fit';
import { COLORS, css, FONT, FONT_FAMILY, RADIUS, rungColor, SPACE, STROKE, textOn, textStyle } from '../../ui/theme';
import { Panel, recolor } from '../../ui/widgets';

/** Where the ladder goes: its own panel, or (compact) a bar inside a panel the caller owns. */
export type LadderLayout =
  | { size: 'full'; x: number; y: number; width: number; height: number }
  | { size: 'compact'; into: Phaser.GameObjects.Container; x: number; y: number; width: number };

interface Row {
  level: number;
  y: number;
  num: Phaser.GameObjects.Text;
  name: Phaser.GameObjects.Text;
  tag: Phaser.GameObjects.Text;
}

export class LadderView {
  private readonly m: Messages;
  /** The top rung (the ladder has top + 1 rungs). */
  private readonly top: number;
  private readonly marks: Phaser.GameObjects.Graphics;
  private readonly draw: () => void;
  private rung = 0;
  private peak = 0;
  /** Full size: the band under the title that names the tone (calm … on the brink). */
  private toneText: Phaser.GameObjects.Text | null = null;
  private from: number | null = null;

  constructor(scene: Phaser.Scene, scenario: Scenario, layout: LadderLayout) {
    this.m = messages(scenario);
    this.top = scenario.ladder.top;
    this.marks = scene.add.graphics();
    this.draw = layout.size === 'full' ? this.buildRows(scene, layout) : this.buildBar(scene, layout);
  }

  /** Shows the rung now, the peak so far, and (optionally) where the last turn started. */
  update(rung: number, peak: number, from: number | null = null): void {
    this.rung = rung;
    this.peak = peak;
    this.from = from;
    this.draw();
  }

  /** One sentence for the live region. */
  describe(): string {
    const m = this.m;
    const peak = this.peak > this.rung ? m.t('ladder.describe.peak', { peak: this.peak, name: rungName(m, this.peak) }) : '';
    const moved =
      this.from !== null && this.from !== this.rung
        ? m.t('ladder.describe.moved', { direction: this.from < this.rung ? 'up' : 'down', from: this.from })
        : '';
    return m.t('ladder.describe', {
      rung: this.rung,
      top: this.top,
      name: rungName(m, this.rung),
      description: m.t(`rung.${this.rung}.description`),
      moved,
      peak,
    });
  }

  // -------------------------------------------------------------------------
  // Full: a row per rung, with its number and name.
  // -------------------------------------------------------------------------

  private buildRows(scene: Phaser.Scene, { x, y, width, height }: { x: number; y: number; width: number; height: number }) {
    const m = this.m;
    const panel = new Panel(scene, { x, y, width, height, title: m.t('ladder.title') });
    const toneY = (panel.titleText?.y ?? 8) + 30;
    const toneH = 24;
    const top = toneY + toneH + 4;
    const n = this.top + 1;
    const legendH = 22;
    const rowH = Math.floor((height - top - SPACE.sm - legendH) / n);
    // The key to the marks, under the rungs.
    const legend = scene.add.text(SPACE.sm + 2, top + n * rowH + 4, m.t('ladder.key'), textStyle('tiny'));
    panel.add(legend);
    panel.add(this.marks);
    // The tone band: words and marks ("▲▲ VIOLENT"), on a fill that grows more intense up the ladder.
    this.toneText = scene.add
      .text(width / 2, toneY + toneH / 2, '', {
        fontFamily: FONT_FAMILY,
        fontSize: `${FONT.tiny}px`,
        fontStyle: 'bold',
        color: css(COLORS.text),
      })
      .setOrigin(0.5, 0.5);
    panel.add(this.toneText);
    const rows: Row[] = [];
    const top9 = n - 1;
    for (let i = 0; i < n; i++) {
      const level = top9 - i;
      const rowY = top + i * rowH;
      const num = scene.add
        .text(28, rowY + rowH / 2, String(level), {
          fontFamily: FONT_FAMILY,
          fontSize: `${FONT.small}px`,
          fontStyle: 'bold',
          color: css(COLORS.text),
        })
        .setOrigin(0.5, 0.5);
      const name = scene.add
        .text(
          40,
          rowY + rowH / 2,
          rungName(m, level),
          textStyle('tiny', { color: css(COLORS.text), lineSpacing: 0, wrap: width - 40 - 46 }),
        )
        .setOrigin(0, 0.5);
      const tag = scene.add
        .text(width - SPACE.sm, rowY + rowH / 2, '', {
          fontFamily: FONT_FAMILY,
          fontSize: `${FONT.tiny}px`,
          fontStyle: 'bold',
          color: css(COLORS.text),
          align: 'right',
          lineSpacing: -2,
        })
        .setOrigin(1, 0.5);
      panel.add([num, name, tag]);
      rows.push({ level, y: rowY, num, name, tag });
    }
    return () => {
      this.drawRows(rows, rowH, width);
      this.drawTone(toneY, toneH, width, height);
    };
  }

  /** The tone band under the title, and the panel's frame: thicker and hotter from calm to the brink. */
  private drawTone(y: number, h: number, width: number, height: number): void {
    const g = this.marks;
    const tone = toneOf(this.rung, this.top);
    const color = rungColor(this.rung, this.top);
    g.fillStyle(color, [0.35, 0.6, 0.85, 1][tone] ?? 1);
    g.fillRoundedRect(SPACE.sm, y, width - SPACE.sm * 2, h, RADIUS.sm);
    this.toneText?.setText(this.m.t('danger.tone', { tone: TONE_IDS[tone] }));
    if (this.toneText) recolor(this.toneText, css(tone === 0 ? COLORS.text : textOn(color)));
    if (tone > 0) {
      const bw = tone + 1;
      g.lineStyle(bw, color, 1);
      g.strokeRoundedRect(bw / 2, bw / 2, width - bw, height - bw, RADIUS.md);
    }
  }

  private drawRows(rows: Row[], rowH: number, width: number): void {
    const { rung, peak, from } = this;
    const g = this.marks;
    g.clear();
    const top = this.top;
    for (const row of rows) {
      const { level, y } = row;
      const current = level === rung;
      const h = rowH - 2;
      // The colour band at the left edge (always with the number and name beside it).
      g.fillStyle(rungColor(level, top), current ? 1 : 0.55);
      g.fillRect(SPACE.sm + 2, y + 1, 6, h);
      const hot = current && toneOf(level, top) >= 2;
      if (current) {
        // Calm rungs: the selected-row fill; violent ones and the brink: the rung's own colour.
        g.fillStyle(hot ? rungColor(level, top) : COLORS.buttonSelected, 1);
        g.fillRoundedRect(16, y + 1, width - 22, h, RADIUS.sm);
        g.lineStyle(STROKE.normal, COLORS.text, 1);
        g.strokeRoundedRect(16, y + 1, width - 22, h, RADIUS.sm);
        // "▶" marker pointing at the row, outside its box.
        const cy = y + 1 + h / 2;
        g.fillStyle(COLORS.text, 1);
        g.fillTriangle(2, cy - 8, 2, cy + 8, 13, cy);
      } else if (level <= rung) {
        g.fillStyle(COLORS.bgRaised, 1);
        g.fillRoundedRect(16, y + 1, width - 22, h, RADIUS.sm);
      }
      row.name.setFontStyle(current ? 'bold' : 'normal');
      const onCurrent = hot ? textOn(rungColor(level, top)) : COLORS.text;
      recolor(row.name, css(current ? onCurrent : level < rung ? COLORS.textMuted : COLORS.textDim));
      recolor(row.num, css(current ? onCurrent : level < rung ? COLORS.textMuted : COLORS.textDim));
      const tags: string[] = [];
      if (current) tags.push(this.m.t('ladder.tag.now'));
      if (level === peak && peak > rung) tags.push('▲');
      else if (!current && from !== null && level === from && from !== rung)
        tags.push(this.m.t(from > rung ? 'ladder.tag.was-higher' : 'ladder.tag.was'));
      row.tag.setText(tags.join('\n'));
      recolor(row.tag, css(current ? onCurrent : level === peak && peak > rung ? COLORS.warn : COLORS.textMuted));
      row.tag.setFontSize(level === peak && peak > rung ? FONT.body : FONT.tiny);
    }
  }

  // -------------------------------------------------------------------------
  // Compact: a bar of rungs, and a caption under it.
  // -------------------------------------------------------------------------

  private buildBar(
    scene: Phaser.Scene,
    { into, x, y, width }: { into: Phaser.GameObjects.Container; x: number; y: number; width: number },
  ) {
    const caption = scene.add.text(x, y + 30, '', textStyle('small'));
    into.add([this.marks, caption]);
    return () => {
      this.drawBar(x, y, width);
      const { rung, from } = this;
      const change = from === null ? 0 : rung - from;
      const direction = from === null ? 'none' : change > 0 ? 'up' : change < 0 ? 'down' : 'same';
      caption.setText(
        this.m.t('ladder.caption', { rung, top: this.top, name: rungName(this.m, rung), change: direction, by: Math.abs(change) }),
      );
      fitTextWidth(caption, width);
    };
  }

  private drawBar(x0: number, y: number, width: number): void {
    const g = this.marks;
    g.clear();
    const rung = this.rung;
    const top = this.top;
    const n = top + 1;
    const seg = width / n;
    for (let i = 0; i < n; i++) {
      const x = x0 + i * seg;
      g.fillStyle(i <= rung ? rungColor(i, top) : COLORS.bar, 1);
      g.fillRect(x + 1, y, seg - 2, 14);
      g.lineStyle(1, COLORS.panelBorder, 1);
      g.strokeRect(x + 1, y, seg - 2, 14);
    }
    // The current rung: a white frame and a pointer (shape, not only colour).
    const cx = x0 + rung * seg;
    g.lineStyle(STROKE.focus, COLORS.text, 1);
    g.strokeRect(cx - 1, y - 3, seg + 2, 20);
    g.fillStyle(COLORS.text, 1);
    g.fillTriangle(cx + seg / 2 - 6, y - 10, cx + seg / 2 + 6, y - 10, cx + seg / 2, y - 4);
  }
}
