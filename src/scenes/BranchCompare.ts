import * as Phaser from 'phaser';
import { findScenario } from '../scenarios';
import { outcomeHeadline } from '../sim/describe';
import { scoreGame } from '../sim/scoring';
import { ACTOR_IDS, type GameState, type Scenario } from '../sim/types';
import { announceScene } from '../ui/announcer';
import { returnTo } from '../ui/scene-nav';
import { fitOrClip, fitTextHeight } from '../ui/text-fit';
import { ACTOR_STYLE, COLORS, css, GAME_WIDTH, rungColor, SPACE, textStyle } from '../ui/theme';
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

function casualtiesText(s: GameState): string {
  const c = s.casualties;
  const killed = c.kfor.killed + c.police.killed + c.civilians.killed;
  return `KFOR ${c.kfor.injured} · police ${c.police.injured} · civilians ${c.civilians.injured} injured · ${killed} killed`;
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
    const scenario = d ? findScenario(d.original.scenario.id) : undefined;
    const header = new HeaderBar(this, {
      title: 'Two endings side by side',
      right: d
        ? `${d.original.seed === d.branch.seed ? `seed ${clip(d.original.seed, 40)}` : `seeds ${clip(d.original.seed, 24)} and ${clip(d.branch.seed, 24)}`}${d.fromTurn !== undefined ? ` · the branch starts after turn ${d.fromTurn}` : ''}`
        : '',
    });
    const backButton = group.add(
      new Button(this, { x: 32, y: 636, width: 200, height: 48, label: 'Back', hint: '[Esc]', onActivate: back }),
    );
    addKeyHelp(this, 'Esc: back');
    if (!d || !scenario) {
      this.add
        .text(GAME_WIDTH / 2, 300, 'There are no two games to compare.', textStyle('h2', { color: css(COLORS.textMuted) }))
        .setOrigin(0.5);
      group.focusFirst(backButton);
      announceScene('BranchCompare', 'Two endings side by side: there are no two games to compare.');
      return;
    }
    const sides: Side[] = [
      { label: d.originalLabel ?? (d.fromTurn !== undefined ? 'The original game' : 'First game'), state: d.original, scores: new Map() },
      { label: d.branchLabel ?? (d.fromTurn !== undefined ? 'Your branch' : 'Second game'), state: d.branch, scores: new Map() },
    ];
    for (const s of sides) for (const sc of scoreGame(s.state, scenario)) s.scores.set(sc.actor, sc.score);
    this.layout(scenario, sides, header.barHeight);
    group.focusFirst(backButton);

    const [a, b] = sides as [Side, Side];
    const say = (s: Side) =>
      `${s.label}: ${outcomeHeadline(scenario, s.state)} Final rung ${s.state.rung}, peak rung ${s.state.peakRung}. First violence: ${s.state.firstClashTurn === null ? 'none' : `turn ${s.state.firstClashTurn}`}. ${casualtiesText(s.state)}. Scores: ${ACTOR_IDS.map((id) => `${scenario.actors[id].short} ${s.scores.get(id)}`).join(', ')}.`;
    announceScene('BranchCompare', `Two endings side by side. ${say(a)} ${say(b)}`);
  }

  private layout(scenario: Scenario, sides: Side[], top: number): void {
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
      const t = this.add.text(SPACE.md + 4, 9, `${i === 0 ? 'A' : 'B'} · ${s.label}`, textStyle('h3'));
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
    rowLabel(y, 'OUTCOME', 66);
    sides.forEach((s, i) => {
      const t = addWrappedText(this, colX[i] ?? 0, y + 2, outcomeHeadline(scenario, s.state), colW, 'small');
      fitTextHeight(t, 60);
    });
    y += 72;

    const rows: [string, (s: GameState) => string, ((s: GameState) => number) | null][] = [
      ['FINAL RUNG', (s) => `${s.rung} · ${scenario.ladder[s.rung]?.name ?? ''}`, (s) => s.rung],
      ['PEAK RUNG', (s) => `${s.peakRung} · ${scenario.ladder[s.peakRung]?.name ?? ''}`, (s) => s.peakRung],
      ['FIRST VIOLENCE', (s) => (s.firstClashTurn === null ? 'none' : `turn ${s.firstClashTurn}`), null],
      ['CASUALTIES', casualtiesText, null],
      ['TURNS PLAYED', (s) => `${s.turn} of ${scenario.lastTurn}`, null],
    ];
    const g = this.add.graphics();
    rows.forEach(([label, text, rung], r) => {
      if (r % 2 === 0) rowLabel(y, label, 30);
      else this.add.text(labelX, y + 4, label, textStyle('label'));
      sides.forEach((s, i) => {
        let x = colX[i] ?? 0;
        if (rung) {
          const v = rung(s.state);
          g.fillStyle(rungColor(v, scenario.ladder.length - 1), 1);
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
    this.add.text(labelX, y, 'Scores, each actor against its own objectives (0–100)', textStyle('h3'));
    const barW = colW - 120;
    this.add.text((colX[1] ?? 0) + barW + 50, y + 4, 'B vs A', textStyle('tiny'));
    y += 34;
    ACTOR_IDS.forEach((id, r) => {
      const yy = y + r * 30;
      if (r % 2 === 0) {
        stripe.fillStyle(COLORS.bgRaised, 1);
        stripe.fillRect(labelX - 8, yy - 2, GAME_WIDTH - 2 * labelX + 16, 30);
      }
      new Chip(this, { x: labelX, y: yy + 3, text: ACTOR_STYLE[id].tag, color: ACTOR_STYLE[id].color, minWidth: 52 });
      this.add.text(labelX + 62, yy + 2, scenario.actors[id].short, textStyle('small'));
      const a = sides[0]?.scores.get(id) ?? 0;
      sides.forEach((s, i) => {
        const v = s.scores.get(id) ?? 0;
        const x = colX[i] ?? 0;
        g.fillStyle(COLORS.bar, 1);
        g.fillRect(x, yy + 7, barW, 12);
        g.fillStyle(ACTOR_STYLE[id].color, 1);
        g.fillRect(x, yy + 7, Math.round((barW * v) / 100), 12);
        g.lineStyle(1, COLORS.panelBorder, 1);
        g.strokeRect(x, yy + 7, barW, 12);
        this.add.text(x + barW + 10, yy + 2, String(v), textStyle('small', { fontStyle: 'bold' }));
        if (i === 1) {
          const diff = v - a;
          const txt = diff === 0 ? 'same' : diff > 0 ? `+${diff}` : `\u2212${-diff}`;
          this.add.text(x + barW + 50, yy + 3, txt, textStyle('tiny', { color: css(diff === 0 ? COLORS.textDim : COLORS.text) }));
        }
      });
    });
  }
}
