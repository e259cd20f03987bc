// The small panels beside the ladder: the player's position (meters, budget,
// posture), the crisis so far (for watching), and the other actors
// (tag, posture, last action).

import type * as Phaser from 'phaser';
import { MAX_BUDGET } from '../../sim/effects';
import type { ActorId, GameState, MeterId, Scenario } from '../../sim/types';
import { actorName } from '../../text/describe';
import { actorEntry, gameEntry } from '../../text/glossary';
import type { Messages } from '../../text/messages';
import { messages } from '../../ui/i18n';
import type { ActorPanel, PostureView, TurnStart } from '../../ui/play';
import { ellipsize, fitTextWidth, markCutOnPurpose } from '../../ui/text-fit';
import { actorColor, actorTag, COLORS, css, FONT, FONT_FAMILY, SPACE, STROKE, textStyle } from '../../ui/theme';
import { Chip, type FocusGroup, Meter, Panel, TermTip } from '../../ui/widgets';

const METER_COLOR = { support: COLORS.info, standing: 0x8fb7d4, special: COLORS.good } as const;

/** Height of the compact panel header (a bold line instead of the big panel title). */
const HEAD = 32;

/** A panel with a small bold header line (and an optional actor chip before it). */
function compactPanel(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  height: number,
  title: string,
  actor?: { scenario: Scenario; m: Messages; id: ActorId },
): Panel {
  const accent = actor ? actorColor(actor.scenario, actor.id) : null;
  const panel = new Panel(scene, { x, y, width, height, ...(accent !== null ? { accent } : {}) });
  let tx = panel.inner.x;
  if (actor && accent !== null) {
    const chip = new Chip(scene, { x: tx, y: 9, text: actorTag(actor.m, actor.id), color: accent });
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
  private readonly meters: { id: MeterId; meter: Meter; label: string }[] = [];
  private readonly m: Messages;
  private readonly posture: Phaser.GameObjects.Text;
  private readonly budgetText: Phaser.GameObjects.Text;
  private readonly pips: Phaser.GameObjects.Graphics;
  private readonly actor: ActorId;
  private readonly scenario: Scenario;
  private readonly width: number;
  private text = '';

  constructor(scene: Phaser.Scene, x: number, y: number, width: number, height: number, scenario: Scenario, actor: ActorId) {
    const m = messages(scenario);
    this.m = m;
    this.actor = actor;
    this.scenario = scenario;
    this.width = width;
    this.panel = compactPanel(scene, x, y, width, height, m.t('panel.you', { actor: actorName(m, actor) }), { scenario, m, id: actor });
    const inner = this.panel.inner;
    let ty = HEAD;
    this.posture = scene.add.text(inner.x, ty, '', textStyle('tiny', { color: css(COLORS.textMuted) }));
    this.panel.add(this.posture);
    ty += 21;
    const rows: [MeterId, string][] = [
      ['support', m.t('meter.support.label')],
      ['standing', m.t('meter.standing.label')],
      ['special', m.t(`actor.${actor}.meter`)],
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
    if (!a) return;
    const t = this.m;
    for (const m of this.meters) {
      const prev = previous?.meters[this.actor]?.[m.id];
      m.meter.setValue(a.meters[m.id], prev === undefined ? undefined : Math.round(a.meters[m.id] - prev));
    }
    this.posture.setText(posture ? t.t('panel.posture', { posture: posture.title }) : '');
    ellipsize(this.posture, this.panel.inner.width);
    const budget = t.t('panel.budget', { budget: a.budget, max: MAX_BUDGET });
    this.budgetText.setText(budget);
    // Pips: filled squares for what is left, outlined for the rest (shape, not only colour).
    const g = this.pips;
    g.clear();
    const size = 11;
    const gap = 4;
    const x0 = this.panel.inner.x + this.panel.inner.width - MAX_BUDGET * (size + gap) + gap;
    const y0 = this.budgetText.y + 4;
    // The words end before the pips (in Albanian they ran under the first one).
    fitTextWidth(this.budgetText.setFontSize(FONT.tiny), x0 - SPACE.xs - this.panel.inner.x, 12);
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
      const prev = previous?.meters[this.actor]?.[m.id];
      const d = prev === undefined ? 0 : Math.round(a.meters[m.id] - prev);
      return t.t('panel.meter.spoken', {
        meter: m.label,
        value: Math.round(a.meters[m.id]),
        change: d > 0 ? 'up' : d < 0 ? 'down' : 'none',
        delta: Math.abs(d),
      });
    });
    this.text = t.t('panel.status.spoken', {
      hasPosture: posture ? 'yes' : 'no',
      posture: posture?.title ?? '',
      meters: parts.join(t.t('panel.separator')),
      budget: a.budget,
      max: MAX_BUDGET,
    });
    void this.width;
  }

  describe(): string {
    return this.text;
  }

  /**
   * Definitions on hover and focus for the posture, each meter and the budget
   * (added to `group` after the screen's controls, so the Tab order of those stays).
   */
  addTips(group: FocusGroup): TermTip[] {
    const scene = this.panel.scene;
    const px = this.panel.x;
    const py = this.panel.y;
    const inner = this.panel.inner;
    const line = (obj: { y: number }, height: number) => ({ x: px + inner.x - 2, y: py + obj.y - 2, width: inner.width + 4, height });
    const tip = (box: ReturnType<typeof line>, id: Parameters<typeof gameEntry>[2], label?: string) => {
      const e = gameEntry(this.m, this.scenario, id, this.actor);
      return group.add(new TermTip(scene, { box, term: label ?? e.term, definition: e.definition }));
    };
    const tips = [tip(line(this.posture, 20), 'posture')];
    for (const m of this.meters) tips.push(tip(line(m.meter, m.meter.meterHeight + 4), m.id, m.label));
    tips.push(tip(line(this.budgetText, 22), 'budget'));
    return tips;
  }
}

/** Watching: the toll so far and the milestones that matter, in words and numbers. */
export class CrisisView {
  readonly panel: Panel;
  private readonly body: Phaser.GameObjects.Text;
  private readonly scenario: Scenario;
  private readonly m: Messages;

  constructor(scene: Phaser.Scene, x: number, y: number, width: number, height: number, scenario: Scenario) {
    this.scenario = scenario;
    this.m = messages(scenario);
    this.panel = compactPanel(scene, x, y, width, height, this.m.t('panel.crisis'));
    const inner = this.panel.inner;
    this.body = scene.add.text(inner.x, HEAD, '', textStyle('tiny', { color: css(COLORS.text), wrap: inner.width, lineSpacing: 3 }));
    this.panel.add(this.body);
  }

  update(state: Readonly<GameState>, previous: Readonly<TurnStart> | null): void {
    const m = this.m;
    let killed = 0;
    const groups = this.scenario.casualtyGroups.map((group) => {
      const now = state.casualties[group] ?? { injured: 0, killed: 0 };
      const before = previous?.casualties[group]?.injured;
      killed += now.killed;
      return m.t('panel.crisis.group', {
        group: m.t(`casualties.${group}.group`),
        injured: now.injured,
        added: before !== undefined && now.injured > before ? now.injured - before : 0,
      });
    });
    // The first group on the "Injured" line, the others under it (the panel is narrow).
    const lines = [
      m.t('panel.crisis.injured', { group: groups[0] ?? '' }),
      groups.slice(1).join(m.t('panel.crisis.separator')),
      m.t('panel.crisis.killed', { killed }),
      m.t('panel.crisis.incidents', { incidents: state.incidents, armed: state.armedIncidents }),
    ].filter((line) => line !== '');
    this.body.setText(lines.join('\n'));
  }

  describe(): string {
    return this.body.text.replace(/\n/g, '; ');
  }
}

interface ActorRow {
  actor: ActorId;
  y: number;
  height: number;
  posture: Phaser.GameObjects.Text;
  last: Phaser.GameObjects.Text;
  tip?: TermTip;
}

/** One compact row per actor: its tag, its posture, and what it did last. */
export class ActorsView {
  readonly panel: Panel;
  private readonly rows: ActorRow[] = [];
  private readonly textW: number;
  private panels: ActorPanel[] = [];
  private readonly m: Messages;
  private readonly scenario: Scenario;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    width: number,
    height: number,
    scenario: Scenario,
    actors: readonly ActorId[],
    title: string,
  ) {
    this.m = messages(scenario);
    this.scenario = scenario;
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
        text: actorTag(this.m, actor),
        color: actorColor(scenario, actor),
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
      this.rows.push({ actor, y: ry - 2, height: rowH, posture, last });
    });
  }

  update(panels: ActorPanel[]): void {
    this.panels = panels;
    for (const row of this.rows) {
      const p = panels.find((x) => x.actor === row.actor);
      if (!p) continue;
      // The name when it fits (the chip names the actor too), else the posture alone.
      row.posture.setText(this.m.t('panel.actor.posture', { name: p.name, posture: p.posture }));
      row.posture.setFontSize(FONT.tiny);
      if (row.posture.width > this.textW) row.posture.setText(p.posture);
      fitTextWidth(row.posture, this.textW, 12);
      ellipsize(row.posture, this.textW);
      row.last.setFontSize(FONT.tiny);
      row.last.setText(p.lastAction ? this.m.t('panel.actor.last', { action: p.lastAction }) : this.m.t('panel.actor.no-action'));
      // The action alone when "last:" and it do not fit (the row says whose it is).
      if (row.last.width > this.textW && p.lastAction) row.last.setText(p.lastAction);
      fitTextWidth(row.last, this.textW, 12);
      // A preview: each actor's whole decision, with its reasons, is on the turn's results screen.
      markCutOnPurpose(ellipsize(row.last, this.textW), 'preview');
      row.tip?.setDefinition(this.actorTerm(p), this.actorDefinition(p));
    }
  }

  /** Definitions on hover and focus for each actor's row: who the actor is (when the glossary names it) and its posture. */
  addTips(group: FocusGroup): TermTip[] {
    const scene = this.panel.scene;
    const inner = this.panel.inner;
    return this.rows.map((row) => {
      const p = this.panels.find((x) => x.actor === row.actor);
      const tip = new TermTip(scene, {
        box: { x: this.panel.x + inner.x - 2, y: this.panel.y + row.y, width: inner.width + 4, height: row.height - 2 },
        term: p ? this.actorTerm(p) : actorName(this.m, row.actor),
        definition: p ? this.actorDefinition(p) : '',
      });
      row.tip = tip;
      return group.add(tip);
    });
  }

  private actorTerm(p: ActorPanel): string {
    return this.m.t('tip.actor.term', { name: p.name, posture: p.posture });
  }

  private actorDefinition(p: ActorPanel): string {
    const about = actorEntry(this.m, this.scenario, p.actor);
    return this.m.t('tip.actor.definition', {
      hasAbout: about ? 'yes' : 'no',
      about: about?.definition ?? '',
      posture: p.posture,
      meaning: gameEntry(this.m, this.scenario, 'posture').definition,
    });
  }

  describe(): string {
    return this.panels
      .map((p) =>
        this.m.t('panel.actor.spoken', {
          name: p.name,
          posture: p.posture,
          hasLast: p.lastAction ? 'yes' : 'no',
          action: p.lastAction ?? '',
        }),
      )
      .join(' ');
  }
}
