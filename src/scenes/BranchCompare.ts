import * as Phaser from 'phaser';
import { scoreGame } from '../sim/scoring';
import type { GameState, Scenario } from '../sim/types';
import { actorName, outcomeHeadline, rungName } from '../text/describe';
import type { Messages } from '../text/messages';
import { announceScene } from '../ui/announcer';
import { messages } from '../ui/i18n';
import { scenarioById } from '../ui/scenario-source';
import { returnTo } from '../ui/scene-nav';
import { fitOrClip, fitTextHeight } from '../ui/text-fit';
import { actorColor, actorTag, COLORS, css, GAME_WIDTH, rungColor, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, addWrappedText, Button, Chip, FocusGroup, HeaderBar, Panel } from '../ui/widgets';

/**
 * Data for BranchCompare: two final states (e.g. a replay's ending and the
 * ending of a game taken over from it). The Debrief starts it with
 * `this.scene.start('BranchCompare', { original, branch })`.
 */
export interface BranchCompareData {
  original: GameState;
  branch: GameState;
  /** The turn the branch was taken after, if it is a branch. */
  fromTurn?: number;
  originalLabel?: string;
  branchLabel?: string;
  /** Scene to go back to (default 'Title'); woken or resumed if it sleeps or is paused. */
  returnTo?: string;
}

interface Side {
  label: string;
  state: GameState;
  scores: Map<string, number>;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function casualtiesText(m: Messages, scenario: Scenario, s: GameState): string {
  let killed = 0;
  const injured = scenario.casualtyGroups.map((group) => {
    killed += s.casualties[group]?.killed ?? 0;
    return m.t('compare.casualties.group', { group: { key: `casualties.${group}.group` }, count: s.casualties[group]?.injured ?? 0 });
  });
  return m.t('compare.casualties', { injured: injured.join(m.t('compare.list.separator')), killed });
}

/** Two endings side by side: outcome, rungs, violence, casualties, every actor's score. */
export class BranchCompare extends Phaser.Scene {
  private data_: BranchCompareData | null = null;

  constructor() {
    super('BranchCompare');
  }

  init(data: BranchCompareData): void {
    this.data_ = data?.original && data?.branch ? data : null;
    // Phaser keeps the last start data for a later start without data: forget it once read.
    this.sys.settings.data = {};
  }

  create(): void {
    addBackdrop(this);
    const d = this.data_;
    const backKey = d?.returnTo ?? 'Title';
    const back = () => returnTo(this, backKey);
    const group = new FocusGroup(this, { onEscape: back });
    const scenario = d ? scenarioById(d.original.scenario.id) : undefined;
    const m = messages(scenario ?? null);
    const branched = d?.fromTurn !== undefined;
    const header = new HeaderBar(this, {
      title: m.t('compare.title'),
      right: d
        ? m.t('compare.header', {
            same: d.original.seed === d.branch.seed ? 'yes' : 'no',
            seed: clip(d.original.seed, 40),
            first: clip(d.original.seed, 24),
            second: clip(d.branch.seed, 24),
            branched: branched ? 'yes' : 'no',
            fromTurn: d.fromTurn ?? 0,
          })
        : '',
    });
    const backButton = group.add(
      new Button(this, {
        x: 32,
        y: 636,
        width: 200,
        height: 48,
        label: m.t('compare.button.back'),
        hint: m.t('compare.hint.esc'),
        onActivate: back,
      }),
    );
    addKeyHelp(this, m.t('compare.key-help'));
    if (!d || !scenario) {
      this.add.text(GAME_WIDTH / 2, 300, m.t('compare.nothing'), textStyle('h2', { color: css(COLORS.textMuted) })).setOrigin(0.5);
      group.focusFirst(backButton);
      announceScene('BranchCompare', m.t('compare.announce.nothing'));
      return;
    }
    const sides: Side[] = [
      { label: d.originalLabel ?? m.t('compare.side.first', { branched: branched ? 'yes' : 'no' }), state: d.original, scores: new Map() },
      { label: d.branchLabel ?? m.t('compare.side.second', { branched: branched ? 'yes' : 'no' }), state: d.branch, scores: new Map() },
    ];
    for (const s of sides) for (const sc of scoreGame(s.state, scenario)) s.scores.set(sc.actor, sc.score);
    this.layout(m, scenario, sides, header.barHeight);
    group.focusFirst(backButton);

    const [a, b] = sides as [Side, Side];
    const say = (s: Side) =>
      m.t('compare.announce.side', {
        label: s.label,
        headline: scenario ? outcomeHeadline(m, scenario, s.state) : '',
        rung: s.state.rung,
        peak: s.state.peakRung,
        clash: s.state.firstClashTurn ?? 0,
        casualties: casualtiesText(m, scenario, s.state),
        scores: scenario.actorIds
          .map((id) => m.t('compare.announce.score', { actor: actorName(m, id), score: s.scores.get(id) ?? 0 }))
          .join(m.t('compare.list.comma')),
      });
    announceScene('BranchCompare', m.t('compare.announce', { first: say(a), second: say(b) }));
  }

  private layout(m: Messages, scenario: Scenario, sides: Side[], top: number): void {
    const labelX = 32;
    const colX = [340, 800];
    const colW = 430;
    let y = top + 12;
    const stripe = this.add.graphics();

    // Column heads.
    sides.forEach((s, i) => {
      const p = new Panel(this, {
        x: (colX[i] ?? 0) - 12,
        y,
        width: colW + 12,
        height: 40,
        accent: i === 0 ? COLORS.textDim : COLORS.info,
      });
      const t = this.add.text(SPACE.md + 4, 9, m.t('compare.column', { column: i === 0 ? 'a' : 'b', label: s.label }), textStyle('h3'));
      fitOrClip(t, colW - 30);
      p.add(t);
    });
    y += 50;

    const rowLabel = (yy: number, text: string, h: number) => {
      stripe.fillStyle(COLORS.bgRaised, 1);
      stripe.fillRect(labelX - 8, yy - 2, GAME_WIDTH - 2 * labelX + 16, h);
      this.add.text(labelX, yy + 4, text, textStyle('label'));
    };

    // Outcome.
    rowLabel(y, m.t('compare.row.outcome'), 66);
    sides.forEach((s, i) => {
      const t = addWrappedText(this, colX[i] ?? 0, y + 2, scenario ? outcomeHeadline(m, scenario, s.state) : '', colW, 'small');
      fitTextHeight(t, 60);
    });
    y += 72;

    const rows: [string, (s: GameState) => string, ((s: GameState) => number) | null][] = [
      [m.t('compare.row.final-rung'), (s) => m.t('compare.rung', { rung: s.rung, name: rungName(m, s.rung) }), (s) => s.rung],
      [m.t('compare.row.peak-rung'), (s) => m.t('compare.rung', { rung: s.peakRung, name: rungName(m, s.peakRung) }), (s) => s.peakRung],
      [m.t('compare.row.first-violence'), (s) => m.t('compare.first-violence', { clash: s.firstClashTurn ?? 0 }), null],
      [m.t('compare.row.casualties'), (s) => casualtiesText(m, scenario, s), null],
      [m.t('compare.row.turns'), (s) => m.t('compare.turns', { turn: s.turn, lastTurn: scenario.lastTurn }), null],
    ];
    const g = this.add.graphics();
    rows.forEach(([label, text, rung], r) => {
      if (r % 2 === 0) rowLabel(y, label, 30);
      else this.add.text(labelX, y + 4, label, textStyle('label'));
      sides.forEach((s, i) => {
        let x = colX[i] ?? 0;
        if (rung) {
          const v = rung(s.state);
          g.fillStyle(rungColor(v, scenario.ladder.top), 1);
          g.fillRect(x, y + 6, 14, 14);
          g.lineStyle(1, COLORS.bg, 1);
          g.strokeRect(x, y + 6, 14, 14);
          x += 22;
        }
        const t = this.add.text(x, y + 3, text(s.state), textStyle('small'));
        fitOrClip(t, colW - (x - (colX[i] ?? 0)));
      });
      y += 30;
    });

    // Scores.
    y += 8;
    this.add.text(labelX, y, m.t('compare.scores'), textStyle('h3'));
    const barW = colW - 120;
    this.add.text((colX[1] ?? 0) + barW + 50, y + 4, m.t('compare.scores.diff-head'), textStyle('tiny'));
    y += 34;
    scenario.actorIds.forEach((id, r) => {
      const color = actorColor(scenario, id);
      const yy = y + r * 30;
      if (r % 2 === 0) {
        stripe.fillStyle(COLORS.bgRaised, 1);
        stripe.fillRect(labelX - 8, yy - 2, GAME_WIDTH - 2 * labelX + 16, 30);
      }
      new Chip(this, { x: labelX, y: yy + 3, text: actorTag(m, id), color, minWidth: 52 });
      this.add.text(labelX + 62, yy + 2, actorName(m, id), textStyle('small'));
      const a = sides[0]?.scores.get(id) ?? 0;
      sides.forEach((s, i) => {
        const v = s.scores.get(id) ?? 0;
        const x = colX[i] ?? 0;
        g.fillStyle(COLORS.bar, 1);
        g.fillRect(x, yy + 7, barW, 12);
        g.fillStyle(color, 1);
        g.fillRect(x, yy + 7, Math.round((barW * v) / 100), 12);
        g.lineStyle(1, COLORS.panelBorder, 1);
        g.strokeRect(x, yy + 7, barW, 12);
        this.add.text(x + barW + 10, yy + 2, String(v), textStyle('small', { fontStyle: 'bold' }));
        if (i === 1) {
          const diff = v - a;
          const txt = m.t('compare.scores.diff', { sign: diff === 0 ? 'same' : diff > 0 ? 'up' : 'down', diff: Math.abs(diff) });
          this.add.text(x + barW + 50, yy + 3, txt, textStyle('tiny', { color: css(diff === 0 ? COLORS.textDim : COLORS.text) }));
        }
      });
    });
  }
}
