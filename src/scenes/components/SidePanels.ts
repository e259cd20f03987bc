// The small panels beside the ladder: the player's position (meters, budget,
// posture), the crisis so far (for watching), and the other actors
// (tag, posture, last action).

import type * as Phaser from 'phaser';
import { MAX_BUDGET } from '../../sim/effects';
import type { ActorId, GameState } from '../../sim/types';
import type { ActorPanel, PostureView, TurnStart } from '../../ui/play';
import { ellipsize } from '../../ui/text-fit';
import { ACTOR_STYLE, COLORS, css, FONT, FONT_FAMILY, SPACE, STROKE, textStyle } from '../../ui/theme';
import { Chip, Meter, Panel } from '../../ui/widgets';

const METER_COLOR = { support: COLORS.info, standing: 0x8fb7d4, special: COLORS.good } as const;

/** Height of the compact panel header (a bold line instead of the big panel title). */
const HEAD = 32;

/** A panel with a small bold header line (and an optional actor chip before it). */
function compactPanel(scene: Phaser.Scene, x: number, y: number, width: number, height: number, title: string, actor?: ActorId): Panel {
  const panel = new Panel(scene, { x, y, width, height, ...(actor ? { accent: ACTOR_STYLE[actor].color } : {}) });
  let tx = panel.inner.x;
  if (actor) {
    const chip = new Chip(scene, { x: tx, y: 9, text: ACTOR_STYLE[actor].tag, color: ACTOR_STYLE[actor].color });
    panel.add(chip);
    tx += chip.chipWidth + SPACE.sm;
  }
  const t = scene.add.text(tx, 7, title, textStyle('body', { fontStyle: 'bold' }));
  if (t.width > width - tx - SPACE.md) t.setFontSize(FONT.small).setY(8);
  ellipsize(t, width - tx - SPACE.md);
  panel.add(t);
  return panel;
}

/** Your meters (with last turn's change), budget as pips and a number, and your posture. */
export class StatusView {
  readonly panel: Panel;
  private readonly meters: { id: 'support' | 'standing' | 'special'; meter: Meter; label: string }[] = [];
  private readonly posture: Phaser.GameObjects.Text;
  private readonly budgetText: Phaser.GameObjects.Text;
  private readonly pips: Phaser.GameObjects.Graphics;
  private readonly actor: ActorId;
  private readonly width: number;
  private text = '';

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    width: number,
    height: number,
    actor: ActorId,
    actorName: string,
    specialMeter: string,
  ) {
    this.actor = actor;
    this.width = width;
    this.panel = compactPanel(scene, x, y, width, height, `You: ${actorName}`, actor);
    const inner = this.panel.inner;
    let ty = HEAD;
    this.posture = scene.add.text(inner.x, ty, '', textStyle('tiny', { color: css(COLORS.textMuted) }));
    this.panel.add(this.posture);
    ty += 21;
    const rows: ['support' | 'standing' | 'special', string][] = [
      ['support', 'Support at home'],
      ['standing', 'Standing abroad'],
      ['special', specialMeter],
    ];
    for (const [id, label] of rows) {
      const meter = new Meter(scene, {
        x: inner.x,
        y: ty,
        width: inner.width,
        label,
        value: 0,
        kind: 'tiny',
        barHeight: 7,
        color: METER_COLOR[id],
      });
      this.panel.add(meter);
      this.meters.push({ id, meter, label });
      ty += meter.meterHeight + 3;
    }
    ty += 3;
    this.budgetText = scene.add.text(inner.x, ty, '', textStyle('tiny', { color: css(COLORS.text) }));
    this.pips = scene.add.graphics();
    this.panel.add([this.budgetText, this.pips]);
  }

  update(state: Readonly<GameState>, posture: PostureView | null, previous: Readonly<TurnStart> | null): void {
    const a = state.actors[this.actor];
    for (const m of this.meters) {
      const prev = previous?.meters[this.actor][m.id];
      m.meter.setValue(a.meters[m.id], prev === undefined ? undefined : Math.round(a.meters[m.id] - prev));
    }
    this.posture.setText(posture ? `Posture: ${posture.title}` : '');
    ellipsize(this.posture, this.panel.inner.width);
    this.budgetText.setText(`Budget ${a.budget} of ${MAX_BUDGET}`);
    // Pips: filled squares for what is left, outlined for the rest (shape, not only colour).
    const g = this.pips;
    g.clear();
    const size = 11;
    const gap = 4;
    const x0 = this.panel.inner.x + this.panel.inner.width - MAX_BUDGET * (size + gap) + gap;
    const y0 = this.budgetText.y + 4;
    for (let i = 0; i < MAX_BUDGET; i++) {
      const px = x0 + i * (size + gap);
      if (i < a.budget) {
        g.fillStyle(COLORS.info, 1);
        g.fillRect(px, y0, size, size);
      } else {
        g.lineStyle(STROKE.thin, COLORS.textDim, 1);
        g.strokeRect(px + 0.5, y0 + 0.5, size - 1, size - 1);
      }
    }
    const parts = this.meters.map((m) => {
      const prev = previous?.meters[this.actor][m.id];
      const d = prev === undefined ? 0 : Math.round(a.meters[m.id] - prev);
      return `${m.label} ${Math.round(a.meters[m.id])}${d ? ` (${d > 0 ? 'up' : 'down'} ${Math.abs(d)})` : ''}`;
    });
    this.text = `${posture ? `Your posture: ${posture.title}. ` : ''}${parts.join(', ')}. Budget ${a.budget} of ${MAX_BUDGET}.`;
    void this.width;
  }

  describe(): string {
    return this.text;
  }
}

/** Watching: the toll so far and the milestones that matter, in words and numbers. */
export class CrisisView {
  readonly panel: Panel;
  private readonly body: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, x: number, y: number, width: number, height: number) {
    this.panel = compactPanel(scene, x, y, width, height, 'The crisis so far');
    const inner = this.panel.inner;
    this.body = scene.add.text(inner.x, HEAD, '', textStyle('tiny', { color: css(COLORS.text), wrap: inner.width, lineSpacing: 3 }));
    this.panel.add(this.body);
  }

  update(state: Readonly<GameState>, previous: Readonly<TurnStart> | null): void {
    const c = state.casualties;
    const d = (now: number, before: number | undefined) => (before !== undefined && now > before ? ` (+${now - before})` : '');
    const lines = [
      `Injured: KFOR ${c.kfor.injured}${d(c.kfor.injured, previous?.casualties.kfor.injured)}`,
      `police ${c.police.injured}${d(c.police.injured, previous?.casualties.police.injured)} · civilians ${c.civilians.injured}${d(c.civilians.injured, previous?.casualties.civilians.injured)}`,
      `Killed: ${c.kfor.killed + c.police.killed + c.civilians.killed}`,
      `Violent incidents: ${state.incidents}${state.armedIncidents ? ` (${state.armedIncidents} armed)` : ''}`,
    ];
    this.body.setText(lines.join('\n'));
  }

  describe(): string {
    return this.body.text.replace(/\n/g, '; ');
  }
}

interface ActorRow {
  actor: ActorId;
  posture: Phaser.GameObjects.Text;
  last: Phaser.GameObjects.Text;
}

/** One compact row per actor: its tag, its posture, and what it did last. */
export class ActorsView {
  readonly panel: Panel;
  private readonly rows: ActorRow[] = [];
  private readonly textW: number;
  private panels: ActorPanel[] = [];

  constructor(scene: Phaser.Scene, x: number, y: number, width: number, height: number, actors: readonly ActorId[], title: string) {
    this.panel = compactPanel(scene, x, y, width, height, title);
    const inner = this.panel.inner;
    const rowH = Math.min(40, Math.floor((height - HEAD - 4) / actors.length));
    const chipW = 48;
    this.textW = inner.width - chipW - SPACE.sm;
    actors.forEach((actor, i) => {
      const ry = HEAD + i * rowH;
      const chip = new Chip(scene, {
        x: inner.x,
        y: ry + 1,
        text: ACTOR_STYLE[actor].tag,
        color: ACTOR_STYLE[actor].color,
        minWidth: chipW,
        fontSize: FONT.tiny - 1,
      });
      const posture = scene.add.text(inner.x + chipW + SPACE.sm, ry - 1, '', {
        fontFamily: FONT_FAMILY,
        fontSize: `${FONT.tiny}px`,
        fontStyle: 'bold',
        color: css(COLORS.text),
      });
      const last = scene.add.text(inner.x + chipW + SPACE.sm, ry + 16, '', {
        fontFamily: FONT_FAMILY,
        fontSize: `${FONT.tiny}px`,
        color: css(COLORS.textMuted),
      });
      this.panel.add([chip, posture, last]);
      this.rows.push({ actor, posture, last });
    });
  }

  update(panels: ActorPanel[]): void {
    this.panels = panels;
    for (const row of this.rows) {
      const p = panels.find((x) => x.actor === row.actor);
      if (!p) continue;
      // The name when it fits (the chip names the actor too), else the posture alone.
      row.posture.setText(`${p.name}: ${p.posture}`);
      if (row.posture.width > this.textW) row.posture.setText(p.posture);
      ellipsize(row.posture, this.textW);
      row.last.setText(p.lastAction ? `last: ${p.lastAction}` : 'no action yet');
      ellipsize(row.last, this.textW);
    }
  }

  describe(): string {
    return this.panels.map((p) => `${p.name}: ${p.posture}${p.lastAction ? `, last: ${p.lastAction}` : ''}.`).join(' ');
  }
}
