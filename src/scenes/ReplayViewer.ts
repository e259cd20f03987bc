import * as Phaser from 'phaser';
import { actionName, actorName, describeEntry, explainOrder, outcomeHeadline, postureTitle, turnDates } from '../sim/describe';
import { parseReplay, type Replay } from '../sim/replay';
import { type ReplayTimeline, replayTimeline } from '../sim/replay-tools';
import { ACTOR_IDS, type ActorId, type GameState, type LogEntry, type Scenario } from '../sim/types';
import { announce, announceScene } from '../ui/announcer';
import { playSession, takeOver } from '../ui/branch';
import { copyWithFallback } from '../ui/clipboard';
import { type DialogButton, isDialogOpen, openDialog, openDialog } from '../ui/dialog';
import { createFilePicker, enableFileDrop, type FilePicker, type LoadedFile } from '../ui/files';
import { addSteps } from '../ui/intro';
import { openScene } from '../ui/lazy-scenes';
import { NorthMap } from '../ui/map';
import { MAX_LINK_CHARS, markReplayLinkTaken, REPLAY_LINK_NAME, replayLinkFor } from '../ui/replay-link';
import { PLAYABLE_ACTORS } from '../ui/session';
import { fitOrClip, fitTextHeight, fitTextWidth } from '../ui/text-fit';
import { ACTOR_STYLE, COLORS, css, FONT, GAME_WIDTH, rungColor, SPACE, STROKE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, addWrappedText, Button, FocusGroup, HeaderBar, Panel, type ScrollBlock, ScrollText } from '../ui/widgets';

export interface ReplayViewerData {
  /** The replay file's text (from a file, a link or another scene). */
  text?: string;
  /** Its file name (REPLAY_LINK_NAME for a link). */
  name?: string;
  /** The turn to show first (default: the last). */
  turn?: number;
  /** Set when the file could not even be read (e.g. too large). */
  problem?: string;
}

/** The replay shown last, so coming back (from a branch, a comparison) reopens it. */
let lastOpened: { text: string; name: string; turn: number | undefined } | null = null;

const CANCEL: DialogButton = { label: 'Cancel', hint: '[Esc]' };
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Draws a round badge with a check mark (verified) or a cross (not verified): shape, not only colour. */
function drawVerdict(g: Phaser.GameObjects.Graphics, x: number, y: number, ok: boolean): void {
  const r = 20;
  g.fillStyle(ok ? COLORS.good : COLORS.bad, 1);
  g.fillCircle(x, y, r);
  g.lineStyle(4, COLORS.text, 1);
  if (ok) {
    g.beginPath();
    g.moveTo(x - 9, y + 1);
    g.lineTo(x - 3, y + 8);
    g.lineTo(x + 10, y - 7);
    g.strokePath();
  } else {
    g.lineBetween(x - 8, y - 8, x + 8, y + 8);
    g.lineBetween(x + 8, y - 8, x - 8, y + 8);
  }
}

function rolesText(scenario: Scenario, roles: readonly string[]): string {
  if (!roles.length) return 'every actor played by the computer';
  return `${roles.map((r) => scenario.actors[r as ActorId]?.short ?? r).join(' and ')} played by ${roles.length > 1 ? 'people' : 'a person'}`;
}

const HAPPENED: ReadonlySet<LogEntry['kind']> = new Set(['void', 'incident', 'casualties', 'holder', 'flag', 'rung', 'end']);

/** Step through a replay turn by turn, check it, and take over from any turn. */
export class ReplayViewer extends Phaser.Scene {
  private request: ReplayViewerData = {};
  private group!: FocusGroup;
  private picker!: FilePicker;
  private timeline: ReplayTimeline | null = null;
  private name = '';
  private text = '';
  private turn = 0;
  private map: NorthMap | null = null;
  private turnButtons: Button[] = [];
  private details: ScrollText | null = null;
  private turnTitle: Phaser.GameObjects.Text | null = null;
  private rungText: Phaser.GameObjects.Text | null = null;
  private ladder: Phaser.GameObjects.Graphics | null = null;
  private prevButton: Button | null = null;
  private nextButton: Button | null = null;
  private takeButton: Button | null = null;

  constructor() {
    super('ReplayViewer');
  }

  init(data: ReplayViewerData): void {
    this.request = data ?? {};
    // Phaser keeps the last start data for a later start without data: forget it once read.
    this.sys.settings.data = {};
    this.timeline = null;
    this.map = null;
    this.turnButtons = [];
    this.details = null;
  }

  create(): void {
    addBackdrop(this);
    const back = () => this.scene.start('Title');
    this.group = new FocusGroup(this, { onEscape: back });
    this.picker = createFilePicker(this, { purpose: 'replay', onFiles: (files) => this.openFiles(files) });
    enableFileDrop(
      this,
      'Drop a replay file (.json) to open it',
      (files) => this.openFiles(files),
      () => !isDialogOpen(this),
    );

    if (this.request.problem) {
      this.buildEmpty({ name: this.request.name ?? 'file', error: this.request.problem });
      return;
    }
    const src =
      this.request.text !== undefined
        ? { text: this.request.text, name: this.request.name ?? 'replay.json', turn: this.request.turn }
        : lastOpened;
    if (!src) {
      this.buildEmpty(null);
      return;
    }
    if (src.name === REPLAY_LINK_NAME) markReplayLinkTaken();
    const parsed =
      src.name === REPLAY_LINK_NAME && src.text === ''
        ? { ok: false as const, error: 'the replay link is damaged or incomplete (it may have been cut short when it was copied)' }
        : parseReplay(src.text);
    if (!parsed.ok) {
      this.buildEmpty({ name: src.name, error: parsed.error });
      return;
    }
    const tl = replayTimeline(parsed.value);
    if (!tl.ok) {
      this.buildEmpty({ name: src.name, error: tl.error });
      return;
    }
    this.timeline = tl.value;
    this.name = src.name;
    this.text = src.text;
    const last = tl.value.states.length - 1;
    this.turn = Phaser.Math.Clamp(src.turn ?? last, 0, last);
    lastOpened = { text: src.text, name: src.name, turn: this.turn };
    this.buildViewer(tl.value, parsed.value);
  }

  // -------------------------------------------------------------------------
  // No replay (yet), or one that could not be opened.
  // -------------------------------------------------------------------------

  private buildEmpty(failed: { name: string; error: string } | null): void {
    const header = new HeaderBar(this, {
      title: 'Replay viewer',
      right: failed ? clip(failed.name, 60) : 'Open a replay to step through it',
    });
    let y = header.barHeight + SPACE.lg;
    const x = 160;
    const w = GAME_WIDTH - 320;
    if (failed) {
      const why = addWrappedText(this, 78, 82, `Why: ${failed.error}`, w - 100, 'small');
      fitTextHeight(why, 140);
      const boxH = Math.max(130, 82 + why.height + SPACE.md);
      const box = new Panel(this, { x, y, width: w, height: boxH, accent: COLORS.bad });
      const g = this.add.graphics();
      drawVerdict(g, 44, 42, false);
      const t1 = this.add.text(78, 26, 'NOT VERIFIED · this file could not be opened', textStyle('h3'));
      const t2 = this.add.text(78, 54, `File: ${failed.name}`, textStyle('small', { color: css(COLORS.textMuted) }));
      fitOrClip(t2, w - 100);
      box.add([g, t1, t2, why]);
      y += boxH + SPACE.md;
    }
    const intro = failed
      ? 'A replay file is the .json file saved at the end of a game (by the game or the command line). Choose another one, or drop it anywhere on this page.'
      : 'A replay file (.json) holds a game’s seed and the players’ decisions, nothing more. The viewer plays the game again with the same rules, checks its verification code, and shows every turn: the map, the ladder, each actor’s decision and why it made it, the dice and the events.';
    const introText = addWrappedText(this, 0, 0, intro, w - SPACE.md * 2, 'body');
    const panelH = 48 + introText.height + SPACE.md;
    const panel = new Panel(this, { x, y, width: w, height: panelH, title: failed ? 'Open another replay' : 'Open a replay' });
    introText.setPosition(panel.inner.x, panel.inner.y + 4);
    panel.add(introText);
    y += panelH + SPACE.lg;
    if (!failed) {
      addSteps(this, x, y, w, 150, [
        { title: 'Open', text: 'Press Open (or O), drop the file on this page, or open a replay link.' },
        {
          title: 'Verify',
          text: 'The game is played again: ✔ verified when it gives the file’s code, ✘ NOT verified (with the reason) when it does not.',
        },
        { title: 'Step and take over', text: '← and → step through the turns. From any turn, take over one actor and play on.' },
      ]);
      y += 150 + SPACE.lg;
    }
    const by = y;
    const open = this.group.add(
      new Button(this, {
        x: x + w - 320,
        y: by,
        width: 320,
        height: 52,
        label: 'Open a replay file',
        hotkey: 'o',
        variant: 'primary',
        onActivate: () => this.picker.open(),
      }),
    );
    this.group.add(
      new Button(this, { x, y: by, width: 180, height: 52, label: 'Back', hint: '[Esc]', onActivate: () => this.scene.start('Title') }),
    );
    this.group.focusFirst(open);
    addKeyHelp(this, 'O: open a file · or drop a file on the page · Tab or arrow keys: move · Enter: choose · Esc: back');
    announceScene(
      'ReplayViewer',
      failed
        ? `Replay viewer. ✘ NOT verified: the file ${failed.name} could not be opened. Why: ${failed.error}. You can open another file.`
        : 'Replay viewer. No replay is open. Press O to open a replay file, or drop one on the page.',
    );
  }

  private openFiles(files: LoadedFile[]): void {
    const f = files[0];
    if (!f) return;
    if (files.length > 1) announce(`Opening the first of ${files.length} files, ${f.name}. To compare many games, use the class debrief.`);
    if (f.problem) {
      this.scene.restart({ name: f.name, problem: f.problem });
      return;
    }
    this.scene.restart({ text: f.text, name: f.name });
  }

  // -------------------------------------------------------------------------
  // The viewer.
  // -------------------------------------------------------------------------

  private buildViewer(tl: ReplayTimeline, replay: Replay): void {
    const sc = tl.scenario;
    const final = tl.states[tl.states.length - 1] as GameState;
    new HeaderBar(this, { title: 'Replay viewer', right: `${clip(this.name, 48)} · seed ${clip(replay.seed, 36)}` });

    // Verification strip.
    const strip = new Panel(this, { x: 16, y: 58, width: GAME_WIDTH - 32, height: 64, accent: tl.verified ? COLORS.good : COLORS.bad });
    const vg = this.add.graphics();
    drawVerdict(vg, 42, 32, tl.verified);
    const line1 = this.add.text(
      74,
      8,
      tl.verified ? `VERIFIED · code ${tl.code}` : 'NOT VERIFIED · the game it re-plays does not match the file’s code',
      textStyle('h3'),
    );
    fitOrClip(line1, GAME_WIDTH - 32 - 90);
    const meta = `Seed ${clip(replay.seed, 60)} · ${rolesText(sc, replay.roles)} · ${replay.difficulty} · ${final.turn} turn${final.turn === 1 ? '' : 's'} · ${outcomeHeadline(sc, final)}`;
    const line2 = this.add.text(
      74,
      38,
      tl.verified ? meta : `Why: ${tl.problem ?? 'unknown'}`,
      textStyle('small', { color: css(tl.verified ? COLORS.textMuted : COLORS.text) }),
    );
    fitOrClip(line2, GAME_WIDTH - 32 - 90);
    strip.add([vg, line1, line2]);

    // Map.
    const mapY = 128;
    this.map = new NorthMap(this, 16, mapY, tl.states[this.turn]?.municipalities ?? final.municipalities);

    // Right column: the turn, the ladder, and the details.
    const rx = 832;
    const rw = GAME_WIDTH - rx - 16;
    const info = new Panel(this, { x: rx, y: mapY, width: rw, height: 100 });
    this.turnTitle = this.add.text(SPACE.md, 8, '', textStyle('h3'));
    this.ladder = this.add.graphics();
    this.rungText = this.add.text(SPACE.md, 70, '', textStyle('small'));
    info.add([this.turnTitle, this.ladder, this.rungText]);
    this.details = this.group.add(
      new ScrollText(this, {
        x: rx,
        y: mapY + 108,
        width: rw,
        height: 578 - (mapY + 108),
        blocks: [],
        label: 'What happened in this turn',
      }),
    );
    this.group.add(
      new Button(this, {
        x: rx,
        y: 586,
        width: rw,
        height: 38,
        label: 'How each actor thinks',
        hotkey: 'm',
        fontSize: FONT.small,
        description: 'an actor’s postures, with its posture at this turn and its last change',
        onActivate: () => this.askMind(),
      }),
    );

    // Turn row.
    const rowY = 586;
    this.add.text(16, rowY + 19, 'Turn', textStyle('label')).setOrigin(0, 0.5);
    const last = tl.states.length - 1;
    const x0 = 66;
    const span = 816 - x0;
    const slot = Math.min(48, span / (last + 1));
    for (let t = 0; t <= last; t++) {
      const b = new Button(this, {
        x: Math.round(x0 + t * slot),
        y: rowY,
        width: Math.floor(slot - 3),
        height: 38,
        label: String(t),
        hint: '',
        fontSize: FONT.small,
        description: t === 0 ? 'the start, before the first turn' : `turn ${t}, ${turnDates(sc, t)}`,
        onActivate: () => this.show(t),
      });
      this.turnButtons.push(this.group.add(b));
    }

    // Bottom row.
    const by = 634;
    const bh = 48;
    const specs: {
      label: string;
      w: number;
      hint?: string;
      hotkey?: string;
      primary?: boolean;
      act: () => void;
      ref?: 'prev' | 'next' | 'take';
    }[] = [
      { label: '← Turn back', w: 170, hint: '[←]', act: () => this.show(this.turn - 1), ref: 'prev' },
      { label: 'Turn forward →', w: 190, hint: '[→]', act: () => this.show(this.turn + 1), ref: 'next' },
      { label: 'Take over from here', w: 248, hotkey: 't', primary: true, act: () => this.askTakeOver(), ref: 'take' },
      { label: 'Compare endings', w: 208, hotkey: 'c', act: () => this.comparePicker?.open() },
      { label: 'Copy link', w: 150, hotkey: 'l', act: () => this.copyLink() },
      { label: 'Open file', w: 150, hotkey: 'o', act: () => this.picker.open() },
      { label: 'Back', w: 108, hint: '[Esc]', act: () => this.scene.start('Title') },
    ];
    const gap = (GAME_WIDTH - 32 - specs.reduce((s, b) => s + b.w, 0)) / (specs.length - 1);
    let bx = 16;
    for (const s of specs) {
      const b = this.group.add(
        new Button(this, {
          x: Math.round(bx),
          y: by,
          width: s.w,
          height: bh,
          label: s.label,
          ...(s.hint !== undefined ? { hint: s.hint } : {}),
          ...(s.hotkey ? { hotkey: s.hotkey } : {}),
          ...(s.primary ? { variant: 'primary' as const } : {}),
          fontSize: FONT.small + 1,
          onActivate: s.act,
        }),
      );
      if (s.ref === 'prev') this.prevButton = b;
      if (s.ref === 'next') this.nextButton = b;
      if (s.ref === 'take') this.takeButton = b;
      bx += s.w + gap;
    }
    this.comparePicker = createFilePicker(this, { purpose: 'compare', onFiles: (files) => this.compareWith(files) });

    this.installArrowKeys();
    addKeyHelp(this, '← / →: turn back / forward · Tab or ↑/↓: move · Enter: choose · T: take over · M: minds · O: open · Esc: back');
    this.show(this.turn, false);
    this.group.focusFirst(this.nextButton?.isEnabled() ? this.nextButton : (this.details ?? undefined));

    const verdict = tl.verified
      ? `✔ Verified: re-playing it gives the code ${tl.code}, the same as the file.`
      : `✘ NOT verified: ${tl.problem ?? 'the codes differ'}.`;
    announceScene(
      'ReplayViewer',
      `Replay viewer: ${this.name}. ${verdict} Seed ${replay.seed}, ${rolesText(sc, replay.roles)}, difficulty ${replay.difficulty}. ${outcomeHeadline(sc, final)} Showing ${this.turnLabel(this.turn)}. Left and right arrows step through the turns.`,
    );
  }

  private comparePicker: FilePicker | null = null;

  private turnLabel(t: number): string {
    const tl = this.timeline;
    if (!tl) return '';
    return t === 0 ? 'the start, before turn 1' : `turn ${t} of ${tl.states.length - 1}, ${turnDates(tl.scenario, t)}`;
  }

  /** Shows turn `t` (0 = the start). */
  private show(t: number, speak = true): void {
    const tl = this.timeline;
    if (!tl) return;
    const last = tl.states.length - 1;
    if (t < 0 || t > last) {
      if (speak) announce(t < 0 ? 'This is the start: there is no earlier turn.' : 'This is the last turn of the replay.');
      return;
    }
    this.turn = t;
    if (lastOpened) lastOpened.turn = t;
    const sc = tl.scenario;
    const state = tl.states[t] as GameState;
    const before = t > 0 ? tl.states[t - 1] : undefined;
    this.map?.update(state.municipalities, before?.municipalities);
    this.turnButtons.forEach((b, i) => b.setSelected(i === t));
    this.prevButton?.setDisabled(t === 0);
    this.nextButton?.setDisabled(t === last);
    this.takeButton?.setDisabled(state.phase === 'over');

    this.turnTitle?.setText(t === 0 ? `The start · before turn 1 (${turnDates(sc, 1)})` : `Turn ${t} of ${last} · ${turnDates(sc, t)}`);
    if (this.turnTitle) fitTextWidth(this.turnTitle, GAME_WIDTH - 832 - 16 - 32);
    this.drawLadder(state.rung, sc.ladder.length - 1);
    const change = before ? state.rung - before.rung : 0;
    const changeText =
      change > 0 ? ` (up ${change} this turn)` : change < 0 ? ` (down ${-change} this turn)` : before ? ' (no change)' : '';
    this.rungText?.setText(`Rung ${state.rung} of ${sc.ladder.length - 1}: ${sc.ladder[state.rung]?.name ?? ''}${changeText}`);
    if (this.rungText) fitTextWidth(this.rungText, GAME_WIDTH - 832 - 16 - 32);
    this.details?.setBlocks(this.blocksFor(t));
    if (this.focusIsOn(this.prevButton) && t === 0) this.group.focus(this.nextButton);
    if (this.focusIsOn(this.nextButton) && t === last) this.group.focus(this.prevButton);
    if (speak) announce(this.spokenTurn(t));
  }

  private focusIsOn(b: Button | null): boolean {
    return b !== null && this.group.focused === b;
  }

  private drawLadder(rung: number, top: number): void {
    const g = this.ladder;
    if (!g) return;
    g.clear();
    const n = top + 1;
    const x0 = SPACE.md;
    const w = GAME_WIDTH - 832 - 16 - SPACE.md * 2;
    const seg = w / n;
    const y = 40;
    for (let i = 0; i < n; i++) {
      const x = x0 + i * seg;
      g.fillStyle(i <= rung ? rungColor(i, top) : COLORS.bar, 1);
      g.fillRect(x + 1, y, seg - 2, 14);
      g.lineStyle(1, COLORS.panelBorder, 1);
      g.strokeRect(x + 1, y, seg - 2, 14);
    }
    // The current rung: a white frame and a pointer (shape, not only colour).
    const cx = x0 + rung * seg;
    g.lineStyle(STROKE.focus, COLORS.text, 1);
    g.strokeRect(cx - 1, y - 3, seg + 2, 20);
    g.fillStyle(COLORS.text, 1);
    g.fillTriangle(cx + seg / 2 - 6, y - 10, cx + seg / 2 + 6, y - 10, cx + seg / 2, y - 4);
  }

  private blocksFor(t: number): ScrollBlock[] {
    const tl = this.timeline;
    if (!tl) return [];
    const sc = tl.scenario;
    if (t === 0) {
      const blocks: ScrollBlock[] = [{ text: 'Before the first turn', kind: 'h3' }];
      for (const p of sc.briefing) blocks.push({ text: p, kind: 'tiny', color: COLORS.text, gapBefore: 8 });
      blocks.push({ text: 'Press → or choose a turn to follow the game.', kind: 'tiny', color: COLORS.textMuted, gapBefore: 12 });
      return blocks;
    }
    const state = tl.states[t] as GameState;
    const entries = state.log.filter((e) => e.turn === t);
    const blocks: ScrollBlock[] = [{ text: 'Decisions and why', kind: 'h3' }];
    for (const e of entries) {
      if (e.kind !== 'decision') continue;
      const a = e.order.actor;
      blocks.push({
        text: `${ACTOR_STYLE[a].tag} · ${actorName(sc, a)}: ${actionName(sc, e.order.action)}${e.order.by === 'human' ? ' (player)' : ''}`,
        kind: 'label',
        color: COLORS.text,
        gapBefore: 8,
      });
      blocks.push({ text: explainOrder(sc, e.order), kind: 'tiny', color: COLORS.textMuted, gapBefore: 2 });
    }
    const dice = entries.filter((e) => e.kind === 'roll');
    blocks.push({ text: 'Dice', kind: 'h3', gapBefore: 16 });
    if (!dice.length)
      blocks.push({
        text: 'No dice were rolled this turn: nothing uncertain was tried.',
        kind: 'tiny',
        color: COLORS.textMuted,
        gapBefore: 4,
      });
    for (const e of dice) blocks.push({ text: `• ${describeEntry(sc, e)}`, kind: 'tiny', color: COLORS.text, gapBefore: 4 });
    const happened = entries.filter((e) => HAPPENED.has(e.kind));
    blocks.push({ text: 'What happened', kind: 'h3', gapBefore: 16 });
    if (!happened.length) blocks.push({ text: 'Nothing changed on the ground.', kind: 'tiny', color: COLORS.textMuted, gapBefore: 4 });
    for (const e of happened) blocks.push({ text: `• ${describeEntry(sc, e)}`, kind: 'tiny', color: COLORS.text, gapBefore: 4 });
    const events = entries.filter((e) => e.kind === 'event');
    blocks.push({ text: 'Events', kind: 'h3', gapBefore: 16 });
    if (!events.length) blocks.push({ text: 'No events this turn.', kind: 'tiny', color: COLORS.textMuted, gapBefore: 4 });
    for (const e of events) blocks.push({ text: `• ${describeEntry(sc, e)}`, kind: 'tiny', color: COLORS.text, gapBefore: 4 });
    return blocks;
  }

  private spokenTurn(t: number): string {
    const tl = this.timeline;
    if (!tl) return '';
    const sc = tl.scenario;
    const state = tl.states[t] as GameState;
    const head = `${t === 0 ? 'The start' : `Turn ${t}, ${turnDates(sc, t)}`}. Rung ${state.rung}: ${sc.ladder[state.rung]?.name ?? ''}.`;
    if (t === 0) return `${head} ${this.map?.describe() ?? ''}`;
    const entries = state.log.filter((e) => e.turn === t);
    const decisions = entries.flatMap((e) =>
      e.kind === 'decision' ? [`${actorName(sc, e.order.actor)}: ${actionName(sc, e.order.action)}`] : [],
    );
    const dice = entries.flatMap((e) => (e.kind === 'roll' ? [describeEntry(sc, e)] : []));
    const events = entries.flatMap((e) => (e.kind === 'event' ? [describeEntry(sc, e)] : []));
    return `${head} Decisions: ${decisions.join('; ')}. ${dice.length ? dice.join(' ') : 'No dice.'} ${events.length ? `Events: ${events.join(' ')}` : ''} Tab to the text for each actor's reasons.`.trim();
  }

  private installArrowKeys(): void {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      const target = e.target;
      if (target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable))
        return;
      if (!this.timeline || !this.group.isListening() || isDialogOpen(this)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      this.show(this.turn + (e.key === 'ArrowLeft' ? -1 : 1));
    };
    window.addEventListener('keydown', onKey, { capture: true });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => window.removeEventListener('keydown', onKey, { capture: true }));
  }

  // -------------------------------------------------------------------------
  // Take over, compare, copy link.
  // -------------------------------------------------------------------------

  private askTakeOver(): void {
    const tl = this.timeline;
    if (!tl) return;
    const t = this.turn;
    const state = tl.states[t];
    if (!state || state.phase === 'over') {
      announce('The game was over at this turn: choose an earlier turn to take over.');
      return;
    }
    const sc = tl.scenario;
    const when = t === 0 ? `from the very start (turn 1, ${turnDates(sc, 1)})` : `from turn ${t + 1} (${turnDates(sc, t + 1)})`;
    const note = tl.verified ? '' : ' Note: this replay did not verify, so it may not be the game its author played.';
    openDialog(this, this.group, {
      title: 'Take over from here',
      lines: [
        {
          text: `Choose the actor you will play ${when}. Everything up to ${t === 0 ? 'the start' : `the end of turn ${t}`} stays exactly as in the replay, dice included; from then on the other actors are played by the computer.${note}`,
        },
      ],
      column: true,
      width: 620,
      buttons: PLAYABLE_ACTORS.map(
        (a, i): DialogButton => ({
          label: sc.actors[a].short,
          hotkey: String(i + 1),
          chipColor: ACTOR_STYLE[a].color,
          chipText: ACTOR_STYLE[a].tag,
          description: sc.actors[a].name,
          onActivate: () => this.startBranch(a),
        }),
      ).concat(CANCEL),
    });
  }

  /** Opens ActorMind for one actor, marking its posture at the shown turn and its last change. */
  private askMind(): void {
    const tl = this.timeline;
    if (!tl) return;
    const state = tl.states[this.turn];
    if (!state) return;
    const sc = tl.scenario;
    openDialog(this, this.group, {
      title: 'How each actor thinks',
      lines: [
        {
          text: `Whose mind? You will see its postures, its posture ${this.turn === 0 ? 'at the start' : `after turn ${this.turn}`}, and its last change.`,
        },
      ],
      column: true,
      width: 560,
      buttonHeight: 44,
      buttons: ACTOR_IDS.map(
        (a, i): DialogButton => ({
          label: `${sc.actors[a].short}: ${postureTitle(a, state.actors[a].posture)}`,
          hotkey: String(i + 1),
          chipColor: ACTOR_STYLE[a].color,
          chipText: ACTOR_STYLE[a].tag,
          onActivate: () =>
            openScene(this, 'ActorMind', {
              actor: a,
              posture: state.actors[a].posture,
              last: state.actors[a].mind.last,
              returnTo: 'ReplayViewer',
            }),
        }),
      ).concat(CANCEL),
    });
  }

  private startBranch(role: ActorId): void {
    const tl = this.timeline;
    if (!tl) return;
    const r = takeOver(tl, this.turn, role, this.name);
    if (!r.ok) {
      announce(`Cannot take over here: ${r.error}.`);
      return;
    }
    announce(`You now play ${tl.scenario.actors[role].short} from turn ${this.turn + 1}.`);
    playSession(this, r.value);
  }

  private compareWith(files: LoadedFile[]): void {
    const tl = this.timeline;
    const f = files[0];
    if (!tl || !f) return;
    const fail = (why: string) => announce(`Cannot compare with ${f.name}: ${why}.`);
    if (f.problem) {
      fail(f.problem);
      return;
    }
    const parsed = parseReplay(f.text);
    if (!parsed.ok) {
      fail(parsed.error);
      return;
    }
    const other = replayTimeline(parsed.value);
    if (!other.ok) {
      fail(other.error);
      return;
    }
    const a = tl.states[tl.states.length - 1] as GameState;
    const b = other.value.states[other.value.states.length - 1] as GameState;
    openScene(this, 'BranchCompare', {
      original: a,
      branch: b,
      originalLabel: `${clip(this.name, 40)}${tl.verified ? '' : ' (NOT verified)'}`,
      branchLabel: `${clip(f.name, 40)}${other.value.verified ? '' : ' (NOT verified)'}`,
      returnTo: 'ReplayViewer',
    });
  }

  private copyLink(): void {
    const link = replayLinkFor(this.text, `${location.origin}${location.pathname}`);
    if (link.length > MAX_LINK_CHARS) {
      announce(`This replay is too long for a link (${link.length} characters). Share the file instead.`);
      return;
    }
    copyWithFallback(this, this.group, link, { name: 'replay link', done: 'Replay link copied. Anyone who opens it sees this replay:' });
  }
}
