import * as Phaser from 'phaser';
import type { ClassEntry } from '../sim/replay-tools';
import type { Scenario } from '../sim/types';
import { actorName, rungName } from '../text/describe';
import type { Messages } from '../text/messages';
import { announce, announceScene } from '../ui/announcer';
import {
  type ClassSummary,
  mean1,
  type OutcomeKey,
  outcomeLabel,
  readLoadedFiles,
  shownOutcomes,
  splitGroupTitle,
  splitText,
  summarizeClass,
  verifiedGames,
} from '../ui/class-summary';
import { takeHandedFiles } from '../ui/class-teacher-store';
import { CSV_BOM, classCsv } from '../ui/csv';
import { downloadText } from '../ui/download';
import { createFilePicker, enableFileDrop, type FilePicker, type LoadedFile } from '../ui/files';
import { messages } from '../ui/i18n';
import { addSteps } from '../ui/intro';
import { printClassReport } from '../ui/print';
import { defaultScenario, scenarioById } from '../ui/scenario-source';
import { fitOrClip, fitTextWidth } from '../ui/text-fit';
import { actorColor, actorTag, COLORS, css, GAME_WIDTH, OKABE_ITO, rungColor, SPACE, textStyle } from '../ui/theme';
import {
  addBackdrop,
  addKeyHelp,
  addWrappedText,
  Button,
  Chip,
  FocusGroup,
  HeaderBar,
  Panel,
  type ScrollBlock,
  ScrollText,
} from '../ui/widgets';

/** The files of the current class, kept while the page is open. */
let loaded: { file: LoadedFile; entry: ClassEntry }[] = [];

/** The class debrief as it stands (for the lead's tests and the Debrief). */
export function classEntries(): ClassEntry[] {
  return loaded.map((l) => l.entry);
}

const OUTCOME_COLOR: Record<OutcomeKey, number> = {
  settlement: OKABE_ITO.bluishGreen,
  'last-turn': OKABE_ITO.yellow,
  war: OKABE_ITO.vermillion,
  stopped: OKABE_ITO.skyBlue,
  unfinished: OKABE_ITO.grey,
};

/** The crisis the class played: the scenario of its first verified game, else the default one. */
function classScenario(entries: readonly ClassEntry[]): Scenario {
  for (const e of entries) {
    const id = e.ok ? e.state?.scenario.id : undefined;
    const found = id ? scenarioById(id) : undefined;
    if (found) return found;
  }
  return defaultScenario();
}

/** The teacher's view of a whole class: many replay files, verified, counted and compared. */
export class ClassDebrief extends Phaser.Scene {
  private group!: FocusGroup;
  private picker!: FilePicker;
  private busy = false;
  private scenario!: Scenario;
  /** The reader's words, with the class's scenario (looked up on every build: the language can change). */
  private m!: Messages;

  constructor() {
    super('ClassDebrief');
  }

  create(): void {
    this.busy = false;
    const entries = classEntries();
    this.scenario = classScenario(entries);
    this.m = messages(this.scenario);
    const m = this.m;
    addBackdrop(this);
    const back = () => this.scene.start('Title');
    this.group = new FocusGroup(this, { onEscape: back });
    this.picker = createFilePicker(this, { purpose: 'class', multiple: true, onFiles: (files) => this.addFiles(files) });
    enableFileDrop(
      this,
      m.t('class.drop-hint'),
      (files) => this.addFiles(files),
      () => !this.busy,
    );
    // A finished class game's replay, handed over by the class dashboard: read as if opened with the picker.
    const handed = takeHandedFiles();
    if (handed.length) this.time.delayedCall(0, () => this.addFiles(handed));

    if (!entries.length) {
      this.buildEmpty();
      return;
    }
    const summary = summarizeClass(entries, this.scenario, scenarioById);
    this.buildDashboard(summary, entries);
  }

  private buildEmpty(): void {
    const m = this.m;
    const header = new HeaderBar(this, { title: m.t('class.title'), right: m.t('class.subtitle') });
    const x = 160;
    const w = GAME_WIDTH - 320;
    let y = header.barHeight + 28;
    const t = addWrappedText(this, 0, 0, m.t('class.intro'), w - SPACE.md * 2, 'body');
    const panelH = 48 + t.height + SPACE.md;
    const p = new Panel(this, { x, y, width: w, height: panelH, title: m.t('class.intro.title') });
    t.setPosition(p.inner.x, p.inner.y + 4);
    p.add(t);
    y += panelH + SPACE.lg;
    addSteps(this, x, y, w, 170, [
      { title: m.t('class.step.collect.title'), text: m.t('class.step.collect.text') },
      { title: m.t('class.step.open.title'), text: m.t('class.step.open.text') },
      { title: m.t('class.step.compare.title'), text: m.t('class.step.compare.text') },
    ]);
    y += 170 + SPACE.lg;
    const open = this.group.add(
      new Button(this, {
        x: x + w - 340,
        y,
        width: 340,
        height: 52,
        label: m.t('class.button.open'),
        hotkey: 'o',
        variant: 'primary',
        onActivate: () => this.picker.open(),
      }),
    );
    this.group.add(
      new Button(this, {
        x,
        y,
        width: 180,
        height: 52,
        label: m.t('class.button.back'),
        hint: m.t('class.hint.esc'),
        onActivate: () => this.scene.start('Title'),
      }),
    );
    this.group.focusFirst(open);
    addKeyHelp(this, m.t('class.key-help.empty'));
    announceScene('ClassDebrief', m.t('class.announce.empty'));
  }

  // -------------------------------------------------------------------------
  // Loading (verified a few files per frame, with progress).
  // -------------------------------------------------------------------------

  private addFiles(files: LoadedFile[]): void {
    if (this.busy || !files.length) return;
    const m = this.m;
    const seen = new Set(loaded.map((l) => `${l.file.name}\u0000${l.file.text}`));
    const fresh = files.filter((f) => !seen.has(`${f.name}\u0000${f.text}`));
    const dupes = files.length - fresh.length;
    if (!fresh.length) {
      announce(m.t('class.announce.already-loaded', { count: dupes }));
      return;
    }
    this.busy = true;
    this.group.suspend();
    const overlay = this.add.container(0, 0).setDepth(1000);
    const shade = this.add.rectangle(0, 0, GAME_WIDTH, 720, COLORS.bg, 0.85).setOrigin(0, 0).setInteractive();
    const box = new Panel(this, { x: 340, y: 270, width: 600, height: 150, title: m.t('class.checking.title') });
    const label = this.add.text(box.inner.x, box.inner.y + 6, '', textStyle('body'));
    const bar = this.add.graphics();
    box.add([label, bar]);
    overlay.add([shade, box]);
    announce(m.t('class.announce.checking', { count: fresh.length }));
    let i = 0;
    const step = () => {
      if (!this.sys.isActive()) return;
      const t0 = performance.now();
      while (i < fresh.length && performance.now() - t0 < 40) {
        const f = fresh[i] as LoadedFile;
        const [entry] = readLoadedFiles([f], scenarioById);
        if (entry) loaded.push({ file: f, entry });
        i++;
      }
      label.setText(m.t('class.checking.progress', { done: i, total: fresh.length }));
      bar.clear();
      bar.fillStyle(COLORS.bar, 1);
      bar.fillRect(box.inner.x, box.inner.y + 48, box.inner.width, 14);
      bar.fillStyle(COLORS.info, 1);
      bar.fillRect(box.inner.x, box.inner.y + 48, (box.inner.width * i) / fresh.length, 14);
      if (i < fresh.length) this.time.delayedCall(0, step);
      else this.scene.restart();
    };
    this.time.delayedCall(0, step);
  }

  // -------------------------------------------------------------------------
  // The dashboard.
  // -------------------------------------------------------------------------

  private buildDashboard(s: ClassSummary, entries: ClassEntry[]): void {
    const m = this.m;
    const n = s.games;
    new HeaderBar(this, {
      title: m.t('class.title'),
      right: m.t('class.header.counts', { files: s.files, games: n, rejected: s.rejected.length }),
    });
    const lx = 16;
    const lw = 616;
    const rx = 648;
    const rw = GAME_WIDTH - rx - 16;

    this.outcomesPanel(s, lx, 60, lw, 124);
    this.peakPanel(s, lx, 192, lw, 180);
    this.clashPanel(s, lx, 380, lw, 246);
    this.scoresPanel(s, rx, 60, rw, 290);
    const details = this.group.add(
      new ScrollText(this, {
        x: rx,
        y: 358,
        width: rw,
        height: 626 - 358,
        blocks: this.detailBlocks(s),
        label: m.t('class.details.label'),
      }),
    );

    // Bottom row.
    const by = 636;
    const specs: { label: string; w: number; hotkey?: string; hint?: string; primary?: boolean; act: () => void }[] = [
      { label: m.t('class.button.open-more'), w: 230, hotkey: 'o', act: () => this.picker.open() },
      { label: m.t('class.button.csv'), w: 220, hotkey: 'c', act: () => this.downloadCsv(s) },
      { label: m.t('class.button.print'), w: 220, hotkey: 'p', primary: true, act: () => this.print(s, entries) },
      { label: m.t('class.button.clear'), w: 180, hotkey: 'x', act: () => this.clearAll() },
      { label: m.t('class.button.back'), w: 160, hint: m.t('class.hint.esc'), act: () => this.scene.start('Title') },
    ];
    const gap = (GAME_WIDTH - 32 - specs.reduce((a, b) => a + b.w, 0)) / (specs.length - 1);
    let bx = 16;
    for (const sp of specs) {
      this.group.add(
        new Button(this, {
          x: Math.round(bx),
          y: by,
          width: sp.w,
          height: 48,
          label: sp.label,
          ...(sp.hotkey ? { hotkey: sp.hotkey } : {}),
          ...(sp.hint ? { hint: sp.hint } : {}),
          ...(sp.primary ? { variant: 'primary' as const } : {}),
          onActivate: sp.act,
        }),
      );
      bx += sp.w + gap;
    }
    this.group.focusFirst(details);
    addKeyHelp(this, m.t('class.key-help.dashboard'));

    const list = m.t('class.list.comma');
    const outcomes = shownOutcomes(s.outcomes)
      .map((k) => m.t('class.announce.outcome', { outcome: outcomeLabel(m, k), count: s.outcomes[k] }))
      .join(list);
    const peaks = s.peakRung
      .map((count, rung) => (count ? m.t('class.announce.peak', { rung, count }) : ''))
      .filter(Boolean)
      .join(list);
    const fc = s.firstClashStats;
    const scores = this.scenario.actorIds
      .map((actor) => m.t('class.announce.score', { actor: actorName(m, actor), mean: s.scoreMean[actor] ?? 0 }))
      .join(list);
    const rejected = s.rejected
      .map((r) => m.t('class.announce.rejected-file', { name: r.name, problem: r.problem }))
      .join(m.t('class.list.semicolon'));
    announceScene(
      'ClassDebrief',
      m.t('class.announce.dashboard', {
        files: s.files,
        games: n,
        outcomes,
        peaks,
        violence: fc.median === null ? 'none' : 'some',
        median: fc.median ?? 0,
        earliest: fc.earliest ?? 0,
        none: fc.none,
        scores,
        rejectedCount: s.rejected.length,
        rejected,
      }),
    );
  }

  private outcomesPanel(s: ClassSummary, x: number, y: number, w: number, h: number): void {
    const m = this.m;
    const p = new Panel(this, { x, y, width: w, height: h, title: m.t('class.panel.outcomes', { games: s.games }) });
    const keys = shownOutcomes(s.outcomes);
    const rowH = Math.min(26, (h - p.inner.y - 8) / keys.length);
    const max = Math.max(1, ...keys.map((k) => s.outcomes[k]));
    const g = this.add.graphics();
    p.add(g);
    keys.forEach((k, i) => {
      const yy = p.inner.y + i * rowH;
      p.add(this.add.text(p.inner.x, yy, outcomeLabel(m, k), textStyle('small')));
      const bx = p.inner.x + 200;
      const bw = p.inner.width - 200 - 110;
      g.fillStyle(COLORS.bar, 1);
      g.fillRect(bx, yy + 5, bw, 13);
      g.fillStyle(OUTCOME_COLOR[k], 1);
      g.fillRect(bx, yy + 5, Math.round((bw * s.outcomes[k]) / max), 13);
      g.lineStyle(1, COLORS.panelBorder, 1);
      g.strokeRect(bx, yy + 5, bw, 13);
      const share = s.games ? s.outcomes[k] / s.games : 0;
      p.add(
        this.add
          .text(
            p.inner.x + p.inner.width,
            yy,
            m.t('class.outcome.count', { count: s.outcomes[k], share }),
            textStyle('small', { fontStyle: 'bold' }),
          )
          .setOrigin(1, 0),
      );
    });
  }

  private peakPanel(s: ClassSummary, x: number, y: number, w: number, h: number): void {
    const m = this.m;
    const p = new Panel(this, { x, y, width: w, height: h, title: m.t('class.panel.peak') });
    const n = s.peakRung.length;
    const g = this.add.graphics();
    p.add(g);
    const areaTop = p.inner.y + 18;
    const areaH = h - areaTop - 44;
    const slot = p.inner.width / n;
    const max = Math.max(1, ...s.peakRung);
    s.peakRung.forEach((v, i) => {
      const bx = p.inner.x + i * slot + 4;
      const bh = Math.round((areaH * v) / max);
      const by = areaTop + areaH - bh;
      g.fillStyle(rungColor(i, n - 1), 1);
      if (bh > 0) g.fillRect(bx, by, slot - 8, bh);
      g.lineStyle(1, COLORS.panelBorder, 1);
      g.lineBetween(bx - 4, areaTop + areaH + 0.5, bx + slot - 4, areaTop + areaH + 0.5);
      p.add(
        this.add
          .text(
            bx + (slot - 8) / 2,
            by - 2,
            String(v),
            textStyle('tiny', { color: css(v ? COLORS.text : COLORS.textDim), fontStyle: 'bold' }),
          )
          .setOrigin(0.5, 1),
      );
      p.add(this.add.text(bx + (slot - 8) / 2, areaTop + areaH + 3, String(i), textStyle('tiny')).setOrigin(0.5, 0));
    });
    const caption = this.add.text(
      p.inner.x,
      h - 22,
      m.t('class.peak.caption', {
        first: rungName(m, 0),
        middle: this.scenario.ladder.violenceCap,
        middleName: rungName(m, this.scenario.ladder.violenceCap),
        last: n - 1,
        lastName: rungName(m, n - 1),
      }),
      textStyle('tiny', { color: css(COLORS.textDim) }),
    );
    fitTextWidth(caption, p.inner.width);
    p.add(caption);
  }

  private clashPanel(s: ClassSummary, x: number, y: number, w: number, h: number): void {
    const m = this.m;
    const p = new Panel(this, { x, y, width: w, height: h, title: m.t('class.panel.clash') });
    const fc = s.firstClashStats;
    const line =
      fc.median === null
        ? m.t('class.clash.none')
        : m.t('class.clash.stats', { median: fc.median, earliest: fc.earliest ?? 0, latest: fc.latest ?? 0, none: fc.none });
    const t = this.add.text(p.inner.x, p.inner.y, line, textStyle('small'));
    fitOrClip(t, p.inner.width);
    p.add(t);
    // Histogram by turn (1..N), then "none".
    const bins = [...s.firstClash.slice(1), s.firstClash[0] ?? 0];
    const g = this.add.graphics();
    p.add(g);
    const slot = p.inner.width / bins.length;
    const areaTop = p.inner.y + 30;
    const areaH = 38;
    const max = Math.max(1, ...bins);
    bins.forEach((v, i) => {
      const none = i === bins.length - 1;
      const bx = p.inner.x + i * slot + 2;
      const bh = Math.round((areaH * v) / max);
      g.fillStyle(none ? COLORS.textDim : COLORS.info, 1);
      if (bh > 0) g.fillRect(bx, areaTop + areaH - bh, slot - 4, bh);
      g.lineStyle(1, COLORS.panelBorder, 1);
      g.lineBetween(bx - 2, areaTop + areaH + 0.5, bx + slot - 2, areaTop + areaH + 0.5);
      const turn = i + 1;
      if (none || turn === 1 || turn % 5 === 0)
        p.add(
          this.add
            .text(bx + (slot - 4) / 2, areaTop + areaH + 2, none ? m.t('class.clash.bin-none') : String(turn), textStyle('tiny'))
            .setOrigin(0.5, 0),
        );
    });
    // Casualties table.
    const c = s.casualties;
    const rows: [string, number][] = [
      ...this.scenario.casualtyGroups.map((group): [string, number] => [
        m.t('class.casualties.injured', { group: { key: `casualties.${group}.group` } }),
        c.injured[group] ?? 0,
      ]),
      [m.t('class.casualties.killed'), c.killed],
    ];
    let ty = areaTop + areaH + 22;
    const colT = p.inner.x + p.inner.width - 180;
    const colM = p.inner.x + p.inner.width;
    p.add(this.add.text(colT, ty, m.t('class.casualties.total'), textStyle('tiny')).setOrigin(1, 0));
    p.add(this.add.text(colM, ty, m.t('class.casualties.mean'), textStyle('tiny')).setOrigin(1, 0));
    ty += 20;
    for (const [label, v] of rows) {
      p.add(this.add.text(p.inner.x, ty, label, textStyle('small')));
      p.add(this.add.text(colT, ty, String(v), textStyle('small', { fontStyle: 'bold' })).setOrigin(1, 0));
      p.add(this.add.text(colM, ty, mean1(m, v, s.games), textStyle('small', { fontStyle: 'bold' })).setOrigin(1, 0));
      ty += 21;
    }
  }

  private scoresPanel(s: ClassSummary, x: number, y: number, w: number, h: number): void {
    const m = this.m;
    const sc = this.scenario;
    const p = new Panel(this, { x, y, width: w, height: h, title: m.t('class.panel.scores') });
    const g = this.add.graphics();
    p.add(g);
    const histX = p.inner.x + 250;
    const histW = p.inner.width - 250;
    const slot = histW / 10;
    const top = p.inner.y + 18;
    p.add(this.add.text(p.inner.x + 232, p.inner.y - 2, m.t('class.scores.mean'), textStyle('tiny')).setOrigin(1, 0));
    p.add(this.add.text(histX, p.inner.y - 2, '0', textStyle('tiny')));
    p.add(this.add.text(histX + histW, p.inner.y - 2, '100', textStyle('tiny')).setOrigin(1, 0));
    p.add(this.add.text(histX + histW / 2, p.inner.y - 2, '50', textStyle('tiny')).setOrigin(0.5, 0));
    const rowH = 28;
    sc.actorIds.forEach((a, r) => {
      const yy = top + r * rowH;
      const color = actorColor(sc, a);
      p.add(new Chip(this, { x: p.inner.x, y: yy + 3, text: actorTag(m, a), color, minWidth: 52 }));
      const name = this.add.text(p.inner.x + 60, yy + 2, actorName(m, a), textStyle('small'));
      fitTextWidth(name, 120);
      p.add(name);
      p.add(
        this.add
          .text(p.inner.x + 232, yy + 2, m.t('class.mean', { mean: s.scoreMean[a] ?? 0 }), textStyle('small', { fontStyle: 'bold' }))
          .setOrigin(1, 0),
      );
      const h10 = s.scoreHist[a] ?? [];
      const bins = [...h10.slice(0, 9), (h10[9] ?? 0) + (h10[10] ?? 0)];
      const max = Math.max(1, ...bins);
      g.lineStyle(1, COLORS.panelBorder, 1);
      g.lineBetween(histX, yy + 24.5, histX + histW, yy + 24.5);
      bins.forEach((v, i) => {
        if (!v) return;
        const bh = Math.max(2, Math.round((20 * v) / max));
        g.fillStyle(color, 1);
        g.fillRect(histX + i * slot + 1, yy + 24 - bh, slot - 2, bh);
      });
    });
  }

  private detailBlocks(s: ClassSummary): ScrollBlock[] {
    const m = this.m;
    const blocks: ScrollBlock[] = [];
    if (s.rejected.length) {
      blocks.push({
        text: m.t('class.details.rejected', { count: s.rejected.length }),
        kind: 'h3',
        color: COLORS.warn,
      });
      for (const r of s.rejected) {
        blocks.push({ text: r.name, kind: 'label', color: COLORS.text, gapBefore: 6 });
        blocks.push({ text: r.problem, kind: 'tiny', color: COLORS.textMuted, gapBefore: 0, indent: 12 });
      }
    }
    blocks.push({ text: m.t('class.details.split'), kind: 'h3', ...(blocks.length ? { gapBefore: 16 } : {}) });
    if (!s.splits.length) {
      blocks.push({
        text: m.t('class.details.no-splits'),
        kind: 'tiny',
        color: COLORS.textMuted,
        gapBefore: 4,
      });
    }
    for (const g of s.splits) {
      blocks.push({ text: splitGroupTitle(m, g), kind: 'label', color: COLORS.text, gapBefore: 8 });
      if (!g.points.length) blocks.push({ text: m.t('class.split.same-choices'), kind: 'tiny', color: COLORS.textMuted, gapBefore: 2 });
      for (const p of g.points) {
        const t = splitText(m, p);
        blocks.push({
          text: m.t('class.split.line', { head: t.head, choices: t.choices }),
          kind: 'tiny',
          color: COLORS.text,
          gapBefore: 3,
          indent: 12,
        });
      }
    }
    blocks.push({ text: m.t('class.details.counted', { games: s.games }), kind: 'h3', gapBefore: 16 });
    for (const r of s.rows) {
      if (!r.verified) continue;
      const roles = r.roles.map((a) => actorTag(m, a)).join(m.t('class.roles.tags-joiner'));
      blocks.push({
        text: m.t('class.details.game', {
          name: r.team ? m.t('lesson.class.team-file', { team: r.team, file: r.name }) : r.name,
          seed: r.seed ?? '',
          humans: r.roles.length,
          roles,
          outcome: r.outcome ? { key: `class.details.outcome.${r.outcome}` } : '',
          peak: r.peakRung ?? 0,
        }),
        kind: 'tiny',
        color: COLORS.text,
        gapBefore: 3,
      });
    }
    return blocks;
  }

  private downloadCsv(s: ClassSummary): void {
    downloadText('class-debrief.csv', CSV_BOM + classCsv(this.m, this.scenario, s), 'text/csv'); // not-text: a file name and a media type
    announce(this.m.t('class.announce.csv', { rows: s.rows.length }));
  }

  private print(s: ClassSummary, entries: ClassEntry[]): void {
    const games = verifiedGames(entries);
    printClassReport(this.m, this.scenario, scenarioById, s, games);
    announce(this.m.t('class.announce.printed', { pages: games.length }));
  }

  private clearAll(): void {
    loaded = [];
    announce(this.m.t('class.announce.cleared'));
    this.scene.restart();
  }
}
