// The escalation ladder, top rung first. The current rung is marked three
// ways besides colour: its position, a "▶" marker with a box around the row,
// and the word NOW; the highest rung reached so far carries a "▲" (see the key).

import type * as Phaser from 'phaser';
import type { Scenario } from '../../sim/types';
import { rungName } from '../../text/describe';
import type { Messages } from '../../text/messages';
import { messages } from '../../ui/i18n';
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
  private readonly m: Messages;
  /** The top rung (the ladder has top + 1 rungs). */
  private readonly top: number;
  private readonly rowH: number;
  private readonly w: number;
  private rung = 0;
  private peak = 0;
  private from: number | null = null;

  constructor(scene: Phaser.Scene, x: number, y: number, width: number, height: number, scenario: Scenario) {
    const m = messages(scenario);
    this.m = m;
    this.top = scenario.ladder.top;
    this.w = width;
    this.panel = new Panel(scene, { x, y, width, height, title: m.t('ladder.title') });
    const top = (this.panel.titleText?.y ?? 8) + 30;
    const n = this.top + 1;
    const legendH = 22;
    this.rowH = Math.floor((height - top - SPACE.sm - legendH) / n);
    // The key to the marks, under the rungs.
    const legend = scene.add.text(SPACE.sm + 2, top + n * this.rowH + 4, m.t('ladder.key'), textStyle('tiny'));
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
          rungName(m, level),
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
    const top = this.top;
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
      if (current) tags.push(this.m.t('ladder.tag.now'));
      if (level === peak && peak > rung) tags.push('▲');
      else if (!current && from !== null && level === from && from !== rung)
        tags.push(this.m.t(from > rung ? 'ladder.tag.was-higher' : 'ladder.tag.was'));
      row.tag.setText(tags.join('\n'));
      recolor(row.tag, css(current ? COLORS.text : level === peak && peak > rung ? COLORS.warn : COLORS.textMuted));
      row.tag.setFontSize(level === peak && peak > rung ? FONT.body : FONT.tiny);
    }
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
}
