// The escalation ladder, in one of two sizes:
// - full (the game screen): a titled panel, top rung first. The current rung is
//   marked three ways besides colour: its position, a "▶" marker with a box
//   around the row, and the word NOW; the highest rung reached so far carries
//   a "▲" (see the key).
// - compact (the replay viewer): one bar of rungs, the current one framed and
//   pointed at, with a caption that names it and how it moved.

import type * as Phaser from 'phaser';
import type { Rung } from '../../sim/types';
import { COLORS, css, FONT, FONT_FAMILY, RADIUS, rungColor, SPACE, STROKE, textStyle } from '../../ui/theme';
import { fitTextWidth, Panel, recolor } from '../../ui/widgets';

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
  private readonly ladder: Rung[];
  private readonly marks: Phaser.GameObjects.Graphics;
  private readonly draw: () => void;
  private rung = 0;
  private peak = 0;
  private from: number | null = null;

  constructor(scene: Phaser.Scene, ladder: Rung[], layout: LadderLayout) {
    this.ladder = ladder;
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
    const now = this.ladder[this.rung];
    const peak = this.peak > this.rung ? ` The highest so far was rung ${this.peak}, ${this.ladder[this.peak]?.name}.` : '';
    const moved =
      this.from !== null && this.from !== this.rung
        ? ` Last turn it ${this.from < this.rung ? 'rose' : 'fell'} from rung ${this.from}.`
        : '';
    return `Escalation ladder: rung ${this.rung} of ${this.ladder.length - 1}, ${now?.name}: ${now?.description}${moved}${peak}`;
  }

  // -------------------------------------------------------------------------
  // Full: a row per rung, with its number and name.
  // -------------------------------------------------------------------------

  private buildRows(scene: Phaser.Scene, { x, y, width, height }: { x: number; y: number; width: number; height: number }) {
    const ladder = this.ladder;
    const panel = new Panel(scene, { x, y, width, height, title: 'Escalation ladder' });
    const top = (panel.titleText?.y ?? 8) + 30;
    const n = ladder.length;
    const legendH = 22;
    const rowH = Math.floor((height - top - SPACE.sm - legendH) / n);
    // The key to the marks, under the rungs.
    const legend = scene.add.text(SPACE.sm + 2, top + n * rowH + 4, '▶ now   ▲ highest so far', textStyle('tiny'));
    panel.add(legend);
    panel.add(this.marks);
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
          ladder[level]?.name ?? '',
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
    return () => this.drawRows(rows, rowH, width);
  }

  private drawRows(rows: Row[], rowH: number, width: number): void {
    const { rung, peak, from } = this;
    const g = this.marks;
    g.clear();
    const top = this.ladder.length - 1;
    for (const row of rows) {
      const { level, y } = row;
      const current = level === rung;
      const h = rowH - 2;
      // The colour band at the left edge (always with the number and name beside it).
      g.fillStyle(rungColor(level, top), current ? 1 : 0.55);
      g.fillRect(SPACE.sm + 2, y + 1, 6, h);
      if (current) {
        g.fillStyle(COLORS.buttonSelected, 1);
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
      recolor(row.name, css(current ? COLORS.text : level < rung ? COLORS.textMuted : COLORS.textDim));
      recolor(row.num, css(current ? COLORS.text : level < rung ? COLORS.textMuted : COLORS.textDim));
      const tags: string[] = [];
      if (current) tags.push('NOW');
      if (level === peak && peak > rung) tags.push('▲');
      else if (!current && from !== null && level === from && from !== rung) tags.push(from > rung ? 'was ▼' : 'was');
      row.tag.setText(tags.join('\n'));
      recolor(row.tag, css(current ? COLORS.text : level === peak && peak > rung ? COLORS.warn : COLORS.textMuted));
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
      const moved =
        change > 0 ? ` (up ${change} this turn)` : change < 0 ? ` (down ${-change} this turn)` : from !== null ? ' (no change)' : '';
      caption.setText(`Rung ${rung} of ${this.ladder.length - 1}: ${this.ladder[rung]?.name ?? ''}${moved}`);
      fitTextWidth(caption, width);
    };
  }

  private drawBar(x0: number, y: number, width: number): void {
    const g = this.marks;
    g.clear();
    const rung = this.rung;
    const top = this.ladder.length - 1;
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
