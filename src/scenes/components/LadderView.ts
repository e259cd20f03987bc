// The escalation ladder, top rung first. The current rung is marked three
// ways besides colour: its position, a "▶" marker with a box around the row,
// and the word NOW; the highest rung reached so far carries a "▲" (see the key).

import type * as Phaser from 'phaser';
import type { Rung } from '../../sim/types';
import { COLORS, css, FONT, FONT_FAMILY, RADIUS, rungColor, SPACE, STROKE, textStyle } from '../../ui/theme';
import { Panel, recolor } from '../../ui/widgets';

interface Row {
  level: number;
  y: number;
  num: Phaser.GameObjects.Text;
  name: Phaser.GameObjects.Text;
  tag: Phaser.GameObjects.Text;
}

export class LadderView {
  readonly panel: Panel;
  private readonly rows: Row[] = [];
  private readonly marks: Phaser.GameObjects.Graphics;
  private readonly ladder: Rung[];
  private readonly rowH: number;
  private readonly w: number;
  private rung = 0;
  private peak = 0;
  private from: number | null = null;

  constructor(scene: Phaser.Scene, x: number, y: number, width: number, height: number, ladder: Rung[]) {
    this.ladder = ladder;
    this.w = width;
    this.panel = new Panel(scene, { x, y, width, height, title: 'Escalation ladder' });
    const top = (this.panel.titleText?.y ?? 8) + 30;
    const n = ladder.length;
    const legendH = 22;
    this.rowH = Math.floor((height - top - SPACE.sm - legendH) / n);
    // The key to the marks, under the rungs.
    const legend = scene.add.text(SPACE.sm + 2, top + n * this.rowH + 4, '▶ now   ▲ highest so far', textStyle('tiny'));
    this.panel.add(legend);
    this.marks = scene.add.graphics();
    this.panel.add(this.marks);
    const top9 = n - 1;
    for (let i = 0; i < n; i++) {
      const level = top9 - i;
      const rowY = top + i * this.rowH;
      const num = scene.add
        .text(28, rowY + this.rowH / 2, String(level), {
          fontFamily: FONT_FAMILY,
          fontSize: `${FONT.small}px`,
          fontStyle: 'bold',
          color: css(COLORS.text),
        })
        .setOrigin(0.5, 0.5);
      const name = scene.add
        .text(
          40,
          rowY + this.rowH / 2,
          ladder[level]?.name ?? '',
          textStyle('tiny', { color: css(COLORS.text), lineSpacing: 0, wrap: width - 40 - 46 }),
        )
        .setOrigin(0, 0.5);
      const tag = scene.add
        .text(width - SPACE.sm, rowY + this.rowH / 2, '', {
          fontFamily: FONT_FAMILY,
          fontSize: `${FONT.tiny}px`,
          fontStyle: 'bold',
          color: css(COLORS.text),
          align: 'right',
          lineSpacing: -2,
        })
        .setOrigin(1, 0.5);
      this.panel.add([num, name, tag]);
      this.rows.push({ level, y: rowY, num, name, tag });
    }
  }

  /** Shows the rung now, the peak so far, and (optionally) where the last turn started. */
  update(rung: number, peak: number, from: number | null = null): void {
    this.rung = rung;
    this.peak = peak;
    this.from = from;
    const g = this.marks;
    g.clear();
    const top = this.ladder.length - 1;
    for (const row of this.rows) {
      const { level, y } = row;
      const current = level === rung;
      const h = this.rowH - 2;
      // The colour band at the left edge (always with the number and name beside it).
      g.fillStyle(rungColor(level, top), current ? 1 : 0.55);
      g.fillRect(SPACE.sm + 2, y + 1, 6, h);
      if (current) {
        g.fillStyle(COLORS.buttonSelected, 1);
        g.fillRoundedRect(16, y + 1, this.w - 22, h, RADIUS.sm);
        g.lineStyle(STROKE.normal, COLORS.text, 1);
        g.strokeRoundedRect(16, y + 1, this.w - 22, h, RADIUS.sm);
        // "▶" marker pointing at the row, outside its box.
        const cy = y + 1 + h / 2;
        g.fillStyle(COLORS.text, 1);
        g.fillTriangle(2, cy - 8, 2, cy + 8, 13, cy);
      } else if (level <= rung) {
        g.fillStyle(COLORS.bgRaised, 1);
        g.fillRoundedRect(16, y + 1, this.w - 22, h, RADIUS.sm);
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
}
