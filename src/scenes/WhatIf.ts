import * as Phaser from 'phaser';
import type { BatchSpec, Distribution } from '../sim/batch';
import { POLICY_NAMES, type PolicyName } from '../sim/policies';
import { type ActorId, DIFFICULTIES, type Difficulty, type Scenario } from '../sim/types';
import { actorName, rungName } from '../text/describe';
import type { Messages } from '../text/messages';
import { announce, announceScene } from '../ui/announcer';
import { ChartCanvas } from '../ui/chart-canvas';
import { messages } from '../ui/i18n';
import { defaultScenario } from '../ui/scenario-source';
import { playableActors } from '../ui/session';
import { actorColor, actorTag, COLORS, GAME_HEIGHT, GAME_WIDTH, lineHeight, rungColor, SPACE, type TextKind, textStyle } from '../ui/theme';
import { type WhatIfProgress, WhatIfRun, WorkerPool } from '../ui/whatif';
import { addBackdrop, addKeyHelp, Button, FocusGroup, HeaderBar, Panel, TextField } from '../ui/widgets';

const SIZES = [100, 1000, 10000] as const;
/** The seed prefix when none is typed (the command line's default too). */
const DEFAULT_PREFIX = 'whatif'; // not-text: a seed prefix, the same in every language

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
  private seedPrefix = DEFAULT_PREFIX;
  private scenario!: Scenario;
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

  /** The reader's words (asked for at each drawing: the language can change). */
  private get m(): Messages {
    return messages(this.scenario);
  }

  private policyLabel(p: PolicyName): string {
    return this.m.t(`whatif.policy.${p}`);
  }

  create(): void {
    this.scenario = defaultScenario();
    const scenario = this.scenario;
    const m = this.m;
    addBackdrop(this);
    const header = new HeaderBar(this, {
      title: m.t('whatif.title', { scenario: m.t('scenario.title') }),
      right: m.t('whatif.subtitle'),
    });
    const back = () => this.scene.start('Title'); // the shutdown handler stops any run
    const group = new FocusGroup(this, { onEscape: back });
    // The workers start now, while the question is being chosen (see WorkerPool).
    const pool = new WorkerPool(scenario.id);
    this.pool = pool;
    this.events.once('shutdown', () => {
      pool.dispose(); // first, so a cancelled run's workers are not replaced
      this.run?.cancel();
    });

    const top = header.barHeight + 10;
    new Panel(this, { x: 16, y: top, width: 392, height: GAME_HEIGHT - top - 40, title: m.t('whatif.panel.question') });
    let y = top + 44;
    const x = 16 + SPACE.md;
    const w = 392 - SPACE.md * 2;
    const label = (text: string) => {
      this.add.text(x, y, text, textStyle('label'));
      y += 24;
    };

    label(m.t('whatif.role.label'));
    const roleButtons: Button[] = [];
    const roles: (ActorId | null)[] = [null, ...playableActors(scenario)];
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
        label: r ? actorName(m, r) : m.t('whatif.role.none'),
        selected: r === this.role,
        hint: '',
        onActivate: () => {
          this.role = r;
          roleButtons.forEach((o, j) => o.setSelected(j === i));
          this.policyButtons.forEach((p, j) => p.setDisabled(!r || (POLICY_NAMES[j] === 'historical' && !scenario.historical[r])));
          if (r && this.policy === 'historical' && !scenario.historical[r]) this.choosePolicy('dove');
        },
      });
      roleButtons.push(group.add(b));
    });
    y += Math.ceil(roles.length / 2) * 40 + 6;

    label(m.t('whatif.policy.label'));
    POLICY_NAMES.forEach((p, i) => {
      const b = new Button(this, {
        x: x + (i % 2) * (w / 2 + 2),
        y: y + Math.floor(i / 2) * 40,
        width: w / 2 - 2,
        height: 36,
        toggle: true,
        fontSize: 15,
        label: this.policyLabel(p),
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
      m.t('whatif.games.label'),
      SIZES,
      this.games as (typeof SIZES)[number],
      (n) => m.t('whatif.games.size', { n }),
      (n) => (this.games = n),
    );
    toggleRow(
      m.t('whatif.difficulty.label'),
      DIFFICULTIES,
      this.difficulty,
      (d) => m.t(`whatif.difficulty.${d}`),
      (d) => (this.difficulty = d),
    );

    label(m.t('whatif.seeds.label'));
    group.add(
      new TextField(this, {
        x,
        y,
        width: w,
        height: 40,
        label: m.t('whatif.seeds.field'),
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
        label: m.t('whatif.button.run'),
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
        label: m.t('whatif.button.cancel'),
        hotkey: 'c',
        disabled: true,
        onActivate: () => this.cancel(),
      }),
    );

    // Right: progress and charts.
    const rx = 424;
    const rw = GAME_WIDTH - rx - 16;
    new Panel(this, { x: rx, y: top, width: rw, height: GAME_HEIGHT - top - 40, title: m.t('whatif.panel.results') });
    this.chart = new ChartCanvas(this, rx + 2, top + 40, rw - 4, GAME_HEIGHT - top - 40 - 44);
    this.statusText = m.t('whatif.status.ready');
    this.statusY = top + 44;
    this.shownDist = null;
    this.redraw();

    group.add(
      new Button(this, {
        x: GAME_WIDTH - 16 - 150,
        y: GAME_HEIGHT - 36,
        width: 150,
        height: 32,
        label: m.t('whatif.button.back'),
        hint: m.t('whatif.hint.esc'),
        fontSize: 15,
        onActivate: back,
      }),
    );
    group.focusFirst(this.runButton);
    addKeyHelp(this, m.t('whatif.key-help'));
    announceScene('WhatIf', m.t('whatif.announce'));
  }

  private choosePolicy(p: PolicyName): void {
    this.policy = p;
    this.policyButtons.forEach((b, j) => b.setSelected(POLICY_NAMES[j] === p));
  }

  private start(): void {
    this.run?.cancel();
    const m = this.m;
    const prefix = this.seedPrefix.trim() || DEFAULT_PREFIX;
    const spec: BatchSpec = {
      scenarioId: this.scenario.id,
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
    announce(
      m.t('whatif.announce.running', {
        games: this.games,
        role: spec.role ? 'yes' : 'no',
        actor: spec.role ? actorName(m, spec.role) : '',
        policy: this.policyLabel(this.policy),
      }),
    );
    this.run = new WhatIfRun(this.scenario, spec, (p) => this.progress(p), this.pool ?? undefined);
    document.body.dataset.whatifWorkers = String(this.run.threads);
  }

  private cancel(): void {
    this.run?.cancel();
    this.run = null;
    this.runButton.setDisabled(false);
    this.cancelButton.setDisabled(true);
    document.body.dataset.whatif = 'cancelled';
    const cancelled = this.m.t('whatif.cancelled');
    announce(cancelled);
    this.statusText = `${this.statusText}\n${cancelled}`;
    this.redraw();
  }

  private progress(p: WhatIfProgress): void {
    const now = performance.now();
    if (!p.finished && now - this.lastDraw < 100) return; // redraw at most ten times a second
    this.lastDraw = now;
    const secs = (now - this.startedAt) / 1000;
    const rate = p.done / Math.max(0.001, secs);
    const m = this.m;
    this.statusText = p.error
      ? m.t('whatif.status.stopped', {
          error: p.error.detail ?? m.t(`whatif.error.${p.error.kind}`, { scenario: this.scenario.id }),
        })
      : m.t('whatif.status.progress', {
          done: p.done,
          total: p.total,
          secs,
          rate: Math.round(rate),
          threads: this.run?.threads ?? 1,
          finished: p.finished ? 'yes' : 'no',
        });
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
        m.t('whatif.announce.done', {
          games: d.games,
          settlement: d.outcomes.settlement,
          unresolved: d.outcomes['last-turn'],
          war: d.outcomes.war,
          injured: this.meanInjured(d),
        }),
      );
    }
  }

  /** "KFOR 1.2, police 0.4, civilians 3.1": mean injured per game, per casualty group. */
  private meanInjured(d: Distribution): string {
    const m = this.m;
    const n = Math.max(1, d.games);
    return this.scenario.casualtyGroups
      .map((group) => m.t('whatif.injured.group', { group: { key: `casualties.${group}.group` }, mean: (d.injuredSums[group] ?? 0) / n }))
      .join(m.t('whatif.list.comma'));
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
    const m = this.m;
    const scenario = this.scenario;
    const ladder = scenario.ladder;
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
    text(x0, y, m.t('whatif.chart.outcome'), 'label');
    y += 24;
    const outcomes: [keyof Distribution['outcomes'], number][] = [
      ['settlement', COLORS.good],
      ['last-turn', COLORS.info],
      ['war', COLORS.bad],
    ];
    for (const [k, color] of outcomes) {
      const c = d.outcomes[k];
      text(x0, y, m.t(`whatif.outcome.${k}`), 'tiny');
      chart.rect(x0 + 170, y + 3, Math.round(((width - 330) * c) / n), 16, color);
      text(x0 + width, y, m.t('whatif.chart.count', { count: c, share: c / n }), 'tiny', 1);
      y += 24;
    }

    // Peak rung: ten columns, labelled by number (names in the key line below).
    y += 8;
    text(x0, y, m.t('whatif.chart.peak'), 'label');
    y += 24;
    const colW = Math.floor(width / d.peakRung.length);
    const maxH = 90;
    const peak = Math.max(1, ...d.peakRung);
    d.peakRung.forEach((c, r) => {
      const h = Math.round((maxH * c) / peak);
      chart.rect(x0 + r * colW + 6, y + maxH - h, colW - 12, h, rungColor(r, ladder.top));
      text(x0 + r * colW + colW / 2, y + maxH + 2, String(r), 'tiny', 0.5);
      if (c) text(x0 + r * colW + colW / 2, y + maxH - h - 18, m.t('whatif.chart.rung-share', { share: c / n }), 'tiny', 0.5);
    });
    y += maxH + 24;
    const keyRungs = [0, ladder.calmCap, ladder.brink, ladder.top];
    text(
      x0,
      y,
      keyRungs.map((rung) => m.t('whatif.chart.rung-key', { rung, name: rungName(m, rung) })).join(m.t('whatif.list.separator')),
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
      m.t('whatif.chart.violence', {
        share: clashed / n,
        clashed,
        turn: clashed ? turnSum / clashed : 0,
        injured: this.meanInjured(d),
        killed: d.sums.killed / n,
      }),
      'tiny',
    );
    y += 30;

    // Mean score per actor, with tags.
    text(x0, y, m.t('whatif.chart.scores'), 'label');
    y += 24;
    const half = Math.floor(width / 2);
    scenario.actorIds.forEach((a, i) => {
      const cx = x0 + (i % 2) * half;
      const cy = y + Math.floor(i / 2) * 22;
      const mean = (d.scoreSums[a] ?? 0) / n;
      text(cx, cy, actorTag(m, a), 'tiny');
      chart.rect(cx + 56, cy + 4, Math.round(((half - 120) * mean) / 100), 14, actorColor(scenario, a));
      text(cx + half - 16, cy, m.t('whatif.chart.score', { mean }), 'tiny', 1);
    });
  }
}
