import * as Phaser from 'phaser';
import { north2023 } from '../scenarios/north-2023';
import type { BatchSpec, Distribution } from '../sim/batch';
import { POLICY_NAMES, type PolicyName } from '../sim/policies';
import { ACTOR_IDS, type ActorId, DIFFICULTIES, type Difficulty } from '../sim/types';
import { announce, announceScene } from '../ui/announcer';
import { ChartCanvas } from '../ui/chart-canvas';
import { PLAYABLE_ACTORS } from '../ui/session';
import { ACTOR_STYLE, COLORS, GAME_HEIGHT, GAME_WIDTH, lineHeight, rungColor, SPACE, type TextKind, textStyle } from '../ui/theme';
import { type WhatIfProgress, WhatIfRun, WorkerPool } from '../ui/whatif';
import { addBackdrop, addKeyHelp, Button, FocusGroup, HeaderBar, Panel, TextField } from '../ui/widgets';

const POLICY_LABEL: Record<PolicyName, string> = {
  historical: 'As in 2023',
  dove: 'Always de-escalate',
  hawk: 'Always hard line',
  random: 'Random choices',
};
const SIZES = [100, 1000, 10000] as const;

/**
 * "What if?": thousands of games of North 2023 in Web Workers, with one role
 * optionally following a simple policy, and the distributions drawn as they
 * arrive. The same seeds and settings give the command line's numbers.
 */
export class WhatIf extends Phaser.Scene {
  private role: ActorId | null = null;
  private policy: PolicyName = 'dove';
  private games: number = 1000;
  private difficulty: Difficulty = 'normal';
  private seedPrefix = 'whatif';
  private run: WhatIfRun | null = null;
  private pool: WorkerPool | null = null;
  /** The status line and the charts, drawn on a 2D canvas over the game's (see ChartCanvas). */
  private chart!: ChartCanvas;
  private statusText = '';
  private statusY = 0;
  private shownDist: Distribution | null = null;
  private shownShare = 0;
  private startedAt = 0;
  private lastDraw = 0;
  private policyButtons: Button[] = [];
  private runButton!: Button;
  private cancelButton!: Button;

  constructor() {
    super('WhatIf');
  }

  create(): void {
    addBackdrop(this);
    const header = new HeaderBar(this, { title: 'What if? · North 2023', right: 'Thousands of games in a few seconds' });
    const back = () => this.scene.start('Title'); // the shutdown handler stops any run
    const group = new FocusGroup(this, { onEscape: back });
    // The workers start now, while the question is being chosen (see WorkerPool).
    const pool = new WorkerPool();
    this.pool = pool;
    this.events.once('shutdown', () => {
      pool.dispose(); // first, so a cancelled run's workers are not replaced
      this.run?.cancel();
    });

    const top = header.barHeight + 10;
    new Panel(this, { x: 16, y: top, width: 392, height: GAME_HEIGHT - top - 40, title: 'The question' });
    let y = top + 44;
    const x = 16 + SPACE.md;
    const w = 392 - SPACE.md * 2;
    const label = (text: string) => {
      this.add.text(x, y, text, textStyle('label'));
      y += 24;
    };

    label('Which role follows a policy?');
    const roleButtons: Button[] = [];
    const roles: (ActorId | null)[] = [null, ...PLAYABLE_ACTORS];
    roles.forEach((r, i) => {
      const col = i % 2;
      const b = new Button(this, {
        x: x + col * (w / 2 + 2),
        y: y + Math.floor(i / 2) * 40,
        width: w / 2 - 2,
        height: 36,
        toggle: true,
        fontSize: 14,
        // Names only: with a colour chip too, "Kosovo Serbs" did not fit a half-width button.
        label: r ? north2023.actors[r].short : 'None (all AI)',
        selected: r === this.role,
        hint: '',
        onActivate: () => {
          this.role = r;
          roleButtons.forEach((o, j) => o.setSelected(j === i));
          this.policyButtons.forEach((p, j) => p.setDisabled(!r || (POLICY_NAMES[j] === 'historical' && !north2023.historical[r])));
          if (r && this.policy === 'historical' && !north2023.historical[r]) this.choosePolicy('dove');
        },
      });
      roleButtons.push(group.add(b));
    });
    y += Math.ceil(roles.length / 2) * 40 + 6;

    label('Its policy, every turn');
    POLICY_NAMES.forEach((p, i) => {
      const b = new Button(this, {
        x: x + (i % 2) * (w / 2 + 2),
        y: y + Math.floor(i / 2) * 40,
        width: w / 2 - 2,
        height: 36,
        toggle: true,
        fontSize: 15,
        label: POLICY_LABEL[p],
        selected: p === this.policy,
        disabled: true,
        hint: '',
        onActivate: () => this.choosePolicy(p),
      });
      this.policyButtons.push(group.add(b));
    });
    y += 86;

    // A row of radio-style buttons over the width of the panel.
    const toggleRow = <T>(title: string, values: readonly T[], current: T, name: (v: T) => string, choose: (v: T) => void) => {
      label(title);
      const buttons: Button[] = values.map((v, i) =>
        group.add(
          new Button(this, {
            x: x + i * (w / values.length + 1),
            y,
            width: w / values.length - 2,
            height: 36,
            toggle: true,
            fontSize: 15,
            hint: '',
            label: name(v),
            selected: v === current,
            onActivate: () => {
              choose(v);
              buttons.forEach((o, j) => o.setSelected(values[j] === v));
            },
          }),
        ),
      );
      y += 46;
    };
    toggleRow(
      'Games',
      SIZES,
      this.games as (typeof SIZES)[number],
      (n) => n.toLocaleString('en-GB'),
      (n) => (this.games = n),
    );
    toggleRow(
      'Difficulty',
      DIFFICULTIES,
      this.difficulty,
      (d) => d[0]!.toUpperCase() + d.slice(1),
      (d) => (this.difficulty = d),
    );

    label('Seeds: <prefix>-0, <prefix>-1, …');
    group.add(
      new TextField(this, {
        x,
        y,
        width: w,
        height: 40,
        label: 'Seed prefix',
        value: this.seedPrefix,
        maxLength: 60,
        onChange: (v) => (this.seedPrefix = v),
      }),
    );
    y += 52;

    this.runButton = group.add(
      new Button(this, {
        x,
        y,
        width: w / 2 - 4,
        height: 46,
        label: 'Run',
        hotkey: 'r',
        variant: 'primary',
        onActivate: () => this.start(),
      }),
    );
    this.cancelButton = group.add(
      new Button(this, {
        x: x + w / 2 + 4,
        y,
        width: w / 2 - 4,
        height: 46,
        label: 'Cancel',
        hotkey: 'c',
        disabled: true,
        onActivate: () => this.cancel(),
      }),
    );

    // Right: progress and charts.
    const rx = 424;
    const rw = GAME_WIDTH - rx - 16;
    new Panel(this, { x: rx, y: top, width: rw, height: GAME_HEIGHT - top - 40, title: 'Results' });
    this.chart = new ChartCanvas(this, rx + 2, top + 40, rw - 4, GAME_HEIGHT - top - 40 - 44);
    this.statusText = 'Choose a question and press Run.';
    this.statusY = top + 44;
    this.shownDist = null;
    this.redraw();

    group.add(
      new Button(this, {
        x: GAME_WIDTH - 16 - 150,
        y: GAME_HEIGHT - 36,
        width: 150,
        height: 32,
        label: 'Back',
        hint: '[Esc]',
        fontSize: 15,
        onActivate: back,
      }),
    );
    group.focusFirst(this.runButton);
    addKeyHelp(this, 'Tab or arrows: move · Enter: choose · R: run · C: cancel · Esc: back');
    announceScene(
      'WhatIf',
      'What if? Choose a role and the policy it follows in every game, how many games, a difficulty and a seed prefix, then Run. Results are counted as the games finish.',
    );
  }

  private choosePolicy(p: PolicyName): void {
    this.policy = p;
    this.policyButtons.forEach((b, j) => b.setSelected(POLICY_NAMES[j] === p));
  }

  private start(): void {
    this.run?.cancel();
    const prefix = this.seedPrefix.trim() || 'whatif';
    const spec: BatchSpec = {
      scenarioId: north2023.id,
      seedPrefix: prefix,
      from: 0,
      to: this.games,
      difficulty: this.difficulty,
      role: this.role,
      policy: this.role ? this.policy : null,
    };
    this.startedAt = performance.now();
    this.lastDraw = 0;
    this.runButton.setDisabled(true);
    this.cancelButton.setDisabled(false);
    document.body.dataset.whatif = 'running';
    const who = spec.role ? `${north2023.actors[spec.role].short} (${POLICY_LABEL[this.policy]})` : 'all actors AI';
    announce(`Running ${this.games} games, ${who}.`);
    this.run = new WhatIfRun(spec, (p) => this.progress(p), this.pool ?? undefined);
    document.body.dataset.whatifWorkers = String(this.run.threads);
  }

  private cancel(): void {
    this.run?.cancel();
    this.run = null;
    this.runButton.setDisabled(false);
    this.cancelButton.setDisabled(true);
    document.body.dataset.whatif = 'cancelled';
    announce('Cancelled.');
    this.statusText = `${this.statusText}\nCancelled.`;
    this.redraw();
  }

  private progress(p: WhatIfProgress): void {
    const now = performance.now();
    if (!p.finished && now - this.lastDraw < 100) return; // redraw at most ten times a second
    this.lastDraw = now;
    const secs = (now - this.startedAt) / 1000;
    const rate = p.done / Math.max(0.001, secs);
    this.statusText = p.error
      ? `Stopped: ${p.error}`
      : `${p.done.toLocaleString('en-GB')} of ${p.total.toLocaleString('en-GB')} games · ${secs.toFixed(1)} s · ${Math.round(rate).toLocaleString('en-GB')} games/s on ${this.run?.threads ?? 1} worker${this.run?.threads === 1 ? '' : 's'}${p.finished ? ' · done' : ''}`;
    this.shownDist = p.dist;
    this.shownShare = p.done / p.total;
    this.redraw();
    if (p.finished) {
      this.runButton.setDisabled(false);
      this.cancelButton.setDisabled(true);
      this.run = null;
      const d = p.dist;
      document.body.dataset.whatif = JSON.stringify(d);
      announce(
        `Done: ${d.games} games. Settlement ${d.outcomes.settlement}, unresolved ${d.outcomes['last-turn']}, war ${d.outcomes.war}. Mean KFOR injured ${(d.sums.kforInjured / Math.max(1, d.games)).toFixed(1)}.`,
      );
    }
  }

  /** The status line, then the charts of the results so far (if any). */
  private redraw(): void {
    const chart = this.chart;
    chart.clear();
    const x0 = 424 + SPACE.md;
    const width = GAME_WIDTH - 424 - 16 - SPACE.md * 2;
    chart.paragraph(x0, this.statusY, this.statusText, 'small', width, lineHeight('small'));
    if (this.shownDist) this.drawCharts(this.shownDist, this.shownShare);
  }

  private drawCharts(d: Distribution, share: number): void {
    const chart = this.chart;
    const text = (x: number, y: number, s: string, kind: TextKind = 'tiny', origin = 0) => chart.text(x, y, s, kind, origin);
    const n = Math.max(1, d.games);
    const x0 = 424 + SPACE.md;
    const width = GAME_WIDTH - 424 - 16 - SPACE.md * 2;

    // Progress bar, with the share also written out.
    let y = 130;
    chart.rect(x0, y, width, 14, COLORS.bar);
    chart.rect(x0, y, Math.round(width * share), 14, COLORS.info);
    y += 26;

    // Outcomes: three horizontal bars with counts and shares.
    text(x0, y, 'Outcome', 'label');
    y += 24;
    const outcomes: [keyof Distribution['outcomes'], string, number][] = [
      ['settlement', 'Settlement', COLORS.good],
      ['last-turn', 'Unresolved in June', COLORS.info],
      ['war', 'War', COLORS.bad],
    ];
    for (const [k, name, color] of outcomes) {
      const c = d.outcomes[k];
      text(x0, y, name, 'tiny');
      chart.rect(x0 + 170, y + 3, Math.round(((width - 330) * c) / n), 16, color);
      text(x0 + width, y, `${c.toLocaleString('en-GB')} · ${((c * 100) / n).toFixed(1)}%`, 'tiny', 1);
      y += 24;
    }

    // Peak rung: ten columns, labelled by number (names in the key line below).
    y += 8;
    text(x0, y, 'Highest rung reached', 'label');
    y += 24;
    const colW = Math.floor(width / 10);
    const maxH = 90;
    const peak = Math.max(1, ...d.peakRung);
    d.peakRung.forEach((c, r) => {
      const h = Math.round((maxH * c) / peak);
      chart.rect(x0 + r * colW + 6, y + maxH - h, colW - 12, h, rungColor(r));
      text(x0 + r * colW + colW / 2, y + maxH + 2, String(r), 'tiny', 0.5);
      if (c) text(x0 + r * colW + colW / 2, y + maxH - h - 18, `${Math.round((c * 100) / n)}%`, 'tiny', 0.5);
    });
    y += maxH + 24;
    text(
      x0,
      y,
      `0 ${north2023.ladder[0]?.name} · 5 ${north2023.ladder[5]?.name} · 8 ${north2023.ladder[8]?.name} · 9 ${north2023.ladder[9]?.name}`,
      'tiny',
    );
    y += 26;

    // Violence and casualties in one line.
    const clashed = n - (d.firstClashTurn[0] ?? 0);
    let turnSum = 0;
    d.firstClashTurn.forEach((c, t) => (turnSum += t * c));
    text(
      x0,
      y,
      `Violence in ${((clashed * 100) / n).toFixed(1)}% of games${clashed ? `, first on turn ${(turnSum / clashed).toFixed(1)} on average` : ''} · mean injured: KFOR ${(d.sums.kforInjured / n).toFixed(1)}, police ${(d.sums.policeInjured / n).toFixed(1)}, civilians ${(d.sums.civiliansInjured / n).toFixed(1)} · killed ${(d.sums.killed / n).toFixed(2)}`,
      'tiny',
    );
    y += 30;

    // Mean score per actor, with tags.
    text(x0, y, 'Mean score (0–100)', 'label');
    y += 24;
    const half = Math.floor(width / 2);
    ACTOR_IDS.forEach((a, i) => {
      const cx = x0 + (i % 2) * half;
      const cy = y + Math.floor(i / 2) * 22;
      const mean = d.scoreSums[a] / n;
      text(cx, cy, `${ACTOR_STYLE[a].tag}`, 'tiny');
      chart.rect(cx + 56, cy + 4, Math.round(((half - 120) * mean) / 100), 14, ACTOR_STYLE[a].color);
      text(cx + half - 16, cy, mean.toFixed(0), 'tiny', 1);
    });
  }
}
