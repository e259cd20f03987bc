import * as Phaser from 'phaser';
import { findScenario } from '../scenarios';
import type { ClassEntry } from '../sim/replay-tools';
import { ACTOR_IDS } from '../sim/types';
import { announce, announceScene } from '../ui/announcer';
import {
  type ClassSummary,
  mean1,
  OUTCOME_KEYS,
  OUTCOME_LABEL,
  type OutcomeKey,
  readLoadedFiles,
  splitGroupTitle,
  splitText,
  summarizeClass,
  verifiedGames,
} from '../ui/class-summary';
import { classCsv } from '../ui/csv';
import { downloadText } from '../ui/download';
import { createFilePicker, enableFileDrop, type FilePicker, type LoadedFile } from '../ui/files';
import { addSteps } from '../ui/intro';
import { printClassReport } from '../ui/print';
import { fitOrClip, fitTextWidth } from '../ui/text-fit';
import { ACTOR_STYLE, COLORS, css, GAME_WIDTH, OKABE_ITO, rungColor, SPACE, textStyle } from '../ui/theme';
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
  unfinished: OKABE_ITO.grey,
};

/** The teacher's view of a whole class: many replay files, verified, counted and compared. */
export class ClassDebrief extends Phaser.Scene {
  private group!: FocusGroup;
  private picker!: FilePicker;
  private busy = false;

  constructor() {
    super('ClassDebrief');
  }

  create(): void {
    this.busy = false;
    addBackdrop(this);
    const back = () => this.scene.start('Title');
    this.group = new FocusGroup(this, { onEscape: back });
    this.picker = createFilePicker(this, { purpose: 'class', multiple: true, onFiles: (files) => this.addFiles(files) });
    enableFileDrop(
      this,
      'Drop the class’s replay files (.json) to add them',
      (files) => this.addFiles(files),
      () => !this.busy,
    );

    const entries = classEntries();
    if (!entries.length) {
      this.buildEmpty();
      return;
    }
    const summary = summarizeClass(entries);
    this.buildDashboard(summary, entries);
  }

  private buildEmpty(): void {
    const header = new HeaderBar(this, { title: 'Class debrief', right: 'For teachers: compare the games of a whole class' });
    const x = 160;
    const w = GAME_WIDTH - 320;
    let y = header.barHeight + 28;
    const intro =
      'Open the replay files of a whole class at once. Every file is played again and checked against its verification code; only verified games are counted, and any file that does not verify is listed by name with the reason.';
    const t = addWrappedText(this, 0, 0, intro, w - SPACE.md * 2, 'body');
    const panelH = 48 + t.height + SPACE.md;
    const p = new Panel(this, { x, y, width: w, height: panelH, title: 'Load the class’s replay files' });
    t.setPosition(p.inner.x, p.inner.y + 4);
    p.add(t);
    y += panelH + SPACE.lg;
    addSteps(this, x, y, w, 170, [
      {
        title: 'Collect',
        text: 'At the end of a game, each student or team saves its replay file (a small .json file). Collect them in one folder.',
      },
      {
        title: 'Open them all',
        text: 'Press Open (or O) and choose every file at once (Ctrl+A in the file dialog), or drop them on this page.',
      },
      {
        title: 'Compare',
        text: 'How the games ended, how high they climbed, the first violence, casualties, scores, and where the class’s choices split.',
      },
    ]);
    y += 170 + SPACE.lg;
    const open = this.group.add(
      new Button(this, {
        x: x + w - 340,
        y,
        width: 340,
        height: 52,
        label: 'Open replay files',
        hotkey: 'o',
        variant: 'primary',
        onActivate: () => this.picker.open(),
      }),
    );
    this.group.add(
      new Button(this, { x, y, width: 180, height: 52, label: 'Back', hint: '[Esc]', onActivate: () => this.scene.start('Title') }),
    );
    this.group.focusFirst(open);
    addKeyHelp(this, 'O: open files · or drop files on the page · Tab or arrow keys: move · Enter: choose · Esc: back');
    announceScene(
      'ClassDebrief',
      'Class debrief. No files loaded. Press O to open the class’s replay files (you can choose many at once), or drop them on the page.',
    );
  }

  // -------------------------------------------------------------------------
  // Loading (verified a few files per frame, with progress).
  // -------------------------------------------------------------------------

  private addFiles(files: LoadedFile[]): void {
    if (this.busy || !files.length) return;
    const seen = new Set(loaded.map((l) => `${l.file.name}\u0000${l.file.text}`));
    const fresh = files.filter((f) => !seen.has(`${f.name}\u0000${f.text}`));
    const dupes = files.length - fresh.length;
    if (!fresh.length) {
      announce(`${dupes === 1 ? 'That file is' : 'Those files are'} already loaded.`);
      return;
    }
    this.busy = true;
    this.group.suspend();
    const overlay = this.add.container(0, 0).setDepth(1000);
    const shade = this.add.rectangle(0, 0, GAME_WIDTH, 720, COLORS.bg, 0.85).setOrigin(0, 0).setInteractive();
    const box = new Panel(this, { x: 340, y: 270, width: 600, height: 150, title: 'Checking the files…' });
    const label = this.add.text(box.inner.x, box.inner.y + 6, '', textStyle('body'));
    const bar = this.add.graphics();
    box.add([label, bar]);
    overlay.add([shade, box]);
    announce(`Checking ${fresh.length} file${fresh.length === 1 ? '' : 's'}: each game is played again and its code compared.`);
    let i = 0;
    const step = () => {
      if (!this.sys.isActive()) return;
      const t0 = performance.now();
      while (i < fresh.length && performance.now() - t0 < 40) {
        const f = fresh[i] as LoadedFile;
        const [entry] = readLoadedFiles([f]);
        if (entry) loaded.push({ file: f, entry });
        i++;
      }
      label.setText(`Playing each game again: ${i} of ${fresh.length}`);
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
    const n = s.games;
    new HeaderBar(this, {
      title: 'Class debrief',
      right: `${s.files} file${s.files === 1 ? '' : 's'} · ${n} verified game${n === 1 ? '' : 's'} counted${s.rejected.length ? ` · ! ${s.rejected.length} not counted` : ''}`,
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
        label: 'Where the class split, and the files',
      }),
    );

    // Bottom row.
    const by = 636;
    const specs: { label: string; w: number; hotkey?: string; hint?: string; primary?: boolean; act: () => void }[] = [
      { label: 'Open more files', w: 230, hotkey: 'o', act: () => this.picker.open() },
      { label: 'Download CSV', w: 220, hotkey: 'c', act: () => this.downloadCsv(s) },
      { label: 'Print report', w: 220, hotkey: 'p', primary: true, act: () => this.print(s, entries) },
      { label: 'Clear all', w: 180, hotkey: 'x', act: () => this.clearAll() },
      { label: 'Back', w: 160, hint: '[Esc]', act: () => this.scene.start('Title') },
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
    addKeyHelp(this, 'Tab or arrow keys: move · arrows scroll the list when it is focused · O: more files · C: CSV · P: print · Esc: back');

    const outcomes = OUTCOME_KEYS.filter((k) => k !== 'unfinished' || s.outcomes[k] > 0)
      .map((k) => `${OUTCOME_LABEL[k]}: ${s.outcomes[k]}`)
      .join(', ');
    const rejected = s.rejected.length
      ? ` ${s.rejected.length} file${s.rejected.length === 1 ? '' : 's'} not counted: ${s.rejected.map((r) => `${r.name} (${r.problem})`).join('; ')}.`
      : ' Every file verified.';
    const fc = s.firstClashStats;
    announceScene(
      'ClassDebrief',
      `Class debrief. ${s.files} files loaded; ${n} verified games counted. Outcomes: ${outcomes}. Highest rung reached: ${s.peakRung
        .map((v, i) => (v ? `rung ${i}: ${v}` : ''))
        .filter(Boolean)
        .join(
          ', ',
        )}. First violence: ${fc.median === null ? 'none' : `median turn ${fc.median}, earliest ${fc.earliest}, none in ${fc.none} games`}. Mean scores: ${ACTOR_IDS.map(
        (a) => `${a} ${s.scoreMean[a].toFixed(1)}`,
      ).join(', ')}.${rejected}`,
    );
  }

  private outcomesPanel(s: ClassSummary, x: number, y: number, w: number, h: number): void {
    const p = new Panel(this, { x, y, width: w, height: h, title: `How the ${s.games} games ended` });
    const keys = OUTCOME_KEYS.filter((k) => k !== 'unfinished' || s.outcomes[k] > 0);
    const rowH = Math.min(26, (h - p.inner.y - 8) / keys.length);
    const max = Math.max(1, ...keys.map((k) => s.outcomes[k]));
    const g = this.add.graphics();
    p.add(g);
    keys.forEach((k, i) => {
      const yy = p.inner.y + i * rowH;
      p.add(this.add.text(p.inner.x, yy, OUTCOME_LABEL[k], textStyle('small')));
      const bx = p.inner.x + 200;
      const bw = p.inner.width - 200 - 110;
      g.fillStyle(COLORS.bar, 1);
      g.fillRect(bx, yy + 5, bw, 13);
      g.fillStyle(OUTCOME_COLOR[k], 1);
      g.fillRect(bx, yy + 5, Math.round((bw * s.outcomes[k]) / max), 13);
      g.lineStyle(1, COLORS.panelBorder, 1);
      g.strokeRect(bx, yy + 5, bw, 13);
      const pct = s.games ? Math.round((s.outcomes[k] * 100) / s.games) : 0;
      p.add(
        this.add
          .text(p.inner.x + p.inner.width, yy, `${s.outcomes[k]}  (${pct}%)`, textStyle('small', { fontStyle: 'bold' }))
          .setOrigin(1, 0),
      );
    });
  }

  private peakPanel(s: ClassSummary, x: number, y: number, w: number, h: number): void {
    const p = new Panel(this, { x, y, width: w, height: h, title: 'Highest rung each game reached' });
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
      `rung: 0 ${s.rungNames[0] ?? ''} · 6 ${s.rungNames[6] ?? ''} · ${n - 1} ${s.rungNames[n - 1] ?? ''}`.toLowerCase(),
      textStyle('tiny', { color: css(COLORS.textDim) }),
    );
    fitTextWidth(caption, p.inner.width);
    p.add(caption);
  }

  private clashPanel(s: ClassSummary, x: number, y: number, w: number, h: number): void {
    const p = new Panel(this, { x, y, width: w, height: h, title: 'First violence and casualties' });
    const fc = s.firstClashStats;
    const line =
      fc.median === null
        ? 'No game had any violence.'
        : `First violence: median turn ${fc.median} · earliest ${fc.earliest} · latest ${fc.latest} · none in ${fc.none} game${fc.none === 1 ? '' : 's'}`;
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
        p.add(this.add.text(bx + (slot - 4) / 2, areaTop + areaH + 2, none ? 'none' : String(turn), textStyle('tiny')).setOrigin(0.5, 0));
    });
    // Casualties table.
    const c = s.casualties;
    const rows: [string, number][] = [
      ['KFOR soldiers injured', c.kfor],
      ['Police officers injured', c.police],
      ['Civilians and protesters injured', c.civilians],
      ['Killed (all groups)', c.killed],
    ];
    let ty = areaTop + areaH + 22;
    const colT = p.inner.x + p.inner.width - 180;
    const colM = p.inner.x + p.inner.width;
    p.add(this.add.text(colT, ty, 'total', textStyle('tiny')).setOrigin(1, 0));
    p.add(this.add.text(colM, ty, 'mean per game', textStyle('tiny')).setOrigin(1, 0));
    ty += 20;
    for (const [label, v] of rows) {
      p.add(this.add.text(p.inner.x, ty, label, textStyle('small')));
      p.add(this.add.text(colT, ty, String(v), textStyle('small', { fontStyle: 'bold' })).setOrigin(1, 0));
      p.add(this.add.text(colM, ty, mean1(v, s.games), textStyle('small', { fontStyle: 'bold' })).setOrigin(1, 0));
      ty += 21;
    }
  }

  private scoresPanel(s: ClassSummary, x: number, y: number, w: number, h: number): void {
    const p = new Panel(this, { x, y, width: w, height: h, title: 'Scores: mean, and games per band of 10 points' });
    const sc = findScenario('north-2023');
    const g = this.add.graphics();
    p.add(g);
    const histX = p.inner.x + 250;
    const histW = p.inner.width - 250;
    const slot = histW / 10;
    const top = p.inner.y + 18;
    p.add(this.add.text(p.inner.x + 232, p.inner.y - 2, 'mean', textStyle('tiny')).setOrigin(1, 0));
    p.add(this.add.text(histX, p.inner.y - 2, '0', textStyle('tiny')));
    p.add(this.add.text(histX + histW, p.inner.y - 2, '100', textStyle('tiny')).setOrigin(1, 0));
    p.add(this.add.text(histX + histW / 2, p.inner.y - 2, '50', textStyle('tiny')).setOrigin(0.5, 0));
    const rowH = 28;
    ACTOR_IDS.forEach((a, r) => {
      const yy = top + r * rowH;
      p.add(new Chip(this, { x: p.inner.x, y: yy + 3, text: ACTOR_STYLE[a].tag, color: ACTOR_STYLE[a].color, minWidth: 52 }));
      const name = this.add.text(p.inner.x + 60, yy + 2, sc?.actors[a].short ?? a, textStyle('small'));
      fitTextWidth(name, 120);
      p.add(name);
      p.add(this.add.text(p.inner.x + 232, yy + 2, s.scoreMean[a].toFixed(1), textStyle('small', { fontStyle: 'bold' })).setOrigin(1, 0));
      const h10 = s.scoreHist[a];
      const bins = [...h10.slice(0, 9), (h10[9] ?? 0) + (h10[10] ?? 0)];
      const max = Math.max(1, ...bins);
      g.lineStyle(1, COLORS.panelBorder, 1);
      g.lineBetween(histX, yy + 24.5, histX + histW, yy + 24.5);
      bins.forEach((v, i) => {
        if (!v) return;
        const bh = Math.max(2, Math.round((20 * v) / max));
        g.fillStyle(ACTOR_STYLE[a].color, 1);
        g.fillRect(histX + i * slot + 1, yy + 24 - bh, slot - 2, bh);
      });
    });
  }

  private detailBlocks(s: ClassSummary): ScrollBlock[] {
    const blocks: ScrollBlock[] = [];
    if (s.rejected.length) {
      blocks.push({
        text: `! Not counted: ${s.rejected.length} file${s.rejected.length === 1 ? '' : 's'}`,
        kind: 'h3',
        color: COLORS.warn,
      });
      for (const r of s.rejected) {
        blocks.push({ text: r.name, kind: 'label', color: COLORS.text, gapBefore: 6 });
        blocks.push({ text: r.problem, kind: 'tiny', color: COLORS.textMuted, gapBefore: 0, indent: 12 });
      }
    }
    blocks.push({ text: 'Where the class split', kind: 'h3', ...(blocks.length ? { gapBefore: 16 } : {}) });
    if (!s.splits.length) {
      blocks.push({
        text: 'No two verified games share a seed, a difficulty and a role, so there is nothing to compare turn by turn. Give the class one seed code to see where their choices part.',
        kind: 'tiny',
        color: COLORS.textMuted,
        gapBefore: 4,
      });
    }
    for (const g of s.splits) {
      blocks.push({ text: splitGroupTitle(g), kind: 'label', color: COLORS.text, gapBefore: 8 });
      if (!g.points.length)
        blocks.push({ text: 'These games made the same choice on every turn.', kind: 'tiny', color: COLORS.textMuted, gapBefore: 2 });
      for (const p of g.points) {
        const t = splitText(p);
        blocks.push({ text: `${t.head}: ${t.choices}`, kind: 'tiny', color: COLORS.text, gapBefore: 3, indent: 12 });
      }
    }
    blocks.push({ text: `Counted games (${s.games})`, kind: 'h3', gapBefore: 16 });
    for (const r of s.rows) {
      if (!r.verified) continue;
      const roles = r.roles.length ? r.roles.map((a) => ACTOR_STYLE[a].tag).join('+') : 'all AI';
      blocks.push({
        text: `${r.name} · seed ${r.seed ?? ''} · ${roles} · ${r.outcome ? OUTCOME_LABEL[r.outcome].toLowerCase() : ''} · peak rung ${r.peakRung ?? ''}`,
        kind: 'tiny',
        color: COLORS.text,
        gapBefore: 3,
      });
    }
    return blocks;
  }

  private downloadCsv(s: ClassSummary): void {
    downloadText('class-debrief.csv', classCsv(s), 'text/csv');
    announce(`The CSV file was downloaded: one row per file, ${s.rows.length} rows.`);
  }

  private print(s: ClassSummary, entries: ClassEntry[]): void {
    const games = verifiedGames(entries);
    printClassReport(s, games);
    announce(
      `The report was sent to the printer: a summary page and ${games.length} page${games.length === 1 ? '' : 's'}, one per verified game.`,
    );
  }

  private clearAll(): void {
    loaded = [];
    announce('All files were removed from the class debrief.');
    this.scene.restart();
  }
}
