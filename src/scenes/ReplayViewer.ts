import * as Phaser from 'phaser';
import { outcomeHeadline, postureTitle, turnDates } from '../sim/describe';
import { parseReplay, type Replay } from '../sim/replay';
import { type ReplayTimeline, replayTimeline } from '../sim/replay-tools';
import { ACTOR_IDS, type ActorId, type GameState } from '../sim/types';
import { announce, announceScene } from '../ui/announcer';
import { playSession, takeOver } from '../ui/branch';
import { copyWithFallback } from '../ui/clipboard';
import { createFilePicker, enableFileDrop, type FilePicker, type LoadedFile } from '../ui/files';
import { fitOrClip } from '../ui/fit';
import { openScene } from '../ui/lazy-scenes';
import { NorthMap } from '../ui/map';
import { MAX_LINK_CHARS, markReplayLinkTaken, REPLAY_LINK_NAME, replayLinkFor } from '../ui/replay-link';
import { PLAYABLE_ACTORS } from '../ui/session';
import { ACTOR_STYLE, COLORS, css, FONT, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, FocusGroup, fitTextWidth, HeaderBar, Panel, ScrollText } from '../ui/widgets';
import { LadderView } from './components/LadderView';
import { openDialog } from './Dialog';
import { compareEndings } from './replay/compare-endings';
import { type FailedFile, showNoReplay } from './replay/NoReplayScreen';
import { TurnStepper } from './replay/TurnStepper';
import { spokenTurn, turnBlocks } from './replay/turn-reasons';
import { clip, drawVerdict, rolesText } from './replay/verdict';

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

/** The views of an open replay that change with the turn shown. */
interface ViewerParts {
  map: NorthMap;
  turnTitle: Phaser.GameObjects.Text;
  ladder: LadderView;
  details: ScrollText;
  take: Button;
}

/** Step through a replay turn by turn, check it, and take over from any turn. */
export class ReplayViewer extends Phaser.Scene {
  private request: ReplayViewerData = {};
  private group!: FocusGroup;
  private picker!: FilePicker;
  private timeline: ReplayTimeline | null = null;
  private name = '';
  private text = '';
  private turn = 0;
  /** The open replay's views; null while no replay is open. */
  private view: ViewerParts | null = null;

  constructor() {
    super('ReplayViewer');
  }

  init(data: ReplayViewerData): void {
    this.request = data ?? {};
    // Phaser keeps the last start data for a later start without data: forget it once read.
    this.sys.settings.data = {};
    this.timeline = null;
    this.view = null;
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
      () => !this.scene.isActive('Dialog'),
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

  private buildEmpty(failed: FailedFile | null): void {
    showNoReplay(this, this.group, failed, () => this.picker.open());
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
    const map = new NorthMap(this, 16, mapY, tl.states[this.turn]?.municipalities ?? final.municipalities);

    // Right column: the turn, the ladder, and the details.
    const rx = 832;
    const rw = GAME_WIDTH - rx - 16;
    const info = new Panel(this, { x: rx, y: mapY, width: rw, height: 100 });
    const turnTitle = this.add.text(SPACE.md, 8, '', textStyle('h3'));
    info.add(turnTitle);
    const ladder = new LadderView(this, sc.ladder, { size: 'compact', into: info, x: SPACE.md, y: 40, width: rw - SPACE.md * 2 });
    const details = this.group.add(
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

    const last = tl.states.length - 1;
    const stepper = new TurnStepper(this, this.group, {
      scenario: sc,
      last,
      y: 586,
      right: 816,
      onTurn: (t, speak) => this.showTurn(t, speak),
      keysBlocked: () => this.scene.isActive('Dialog'),
    });
    const comparePicker = createFilePicker(this, {
      purpose: 'compare',
      onFiles: (files) => compareEndings(this, tl, this.name, files),
    });
    const row = this.addButtonRow([
      { label: '← Turn back', w: 170, hint: '[←]', act: () => stepper.step(-1) },
      { label: 'Turn forward →', w: 190, hint: '[→]', act: () => stepper.step(1) },
      { label: 'Take over from here', w: 248, hotkey: 't', primary: true, act: () => this.askTakeOver() },
      { label: 'Compare endings', w: 208, hotkey: 'c', act: () => comparePicker.open() },
      { label: 'Copy link', w: 150, hotkey: 'l', act: () => this.copyLink() },
      { label: 'Open file', w: 150, hotkey: 'o', act: () => this.picker.open() },
      { label: 'Back', w: 108, hint: '[Esc]', act: () => this.scene.start('Title') },
    ]);
    const [back, forward, take] = row as [Button, Button, Button];
    stepper.useButtons(back, forward);
    this.view = { map, turnTitle, ladder, details, take };

    addKeyHelp(this, '← / →: turn back / forward · Tab or ↑/↓: move · Enter: choose · T: take over · M: minds · O: open · Esc: back');
    stepper.show(this.turn, false);
    this.group.focusFirst(forward.isEnabled() ? forward : details);

    const verdict = tl.verified
      ? `✔ Verified: re-playing it gives the code ${tl.code}, the same as the file.`
      : `✘ NOT verified: ${tl.problem ?? 'the codes differ'}.`;
    announceScene(
      'ReplayViewer',
      `Replay viewer: ${this.name}. ${verdict} Seed ${replay.seed}, ${rolesText(sc, replay.roles)}, difficulty ${replay.difficulty}. ${outcomeHeadline(sc, final)} Showing ${this.turnLabel(this.turn)}. Left and right arrows step through the turns.`,
    );
  }

  /** The bottom row of buttons, spread across the screen's width. */
  private addButtonRow(
    specs: { label: string; w: number; hint?: string; hotkey?: string; primary?: boolean; act: () => void }[],
  ): Button[] {
    const by = 634;
    const bh = 48;
    const gap = (GAME_WIDTH - 32 - specs.reduce((s, b) => s + b.w, 0)) / (specs.length - 1);
    let bx = 16;
    return specs.map((s) => {
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
      bx += s.w + gap;
      return b;
    });
  }

  private turnLabel(t: number): string {
    const tl = this.timeline;
    if (!tl) return '';
    return t === 0 ? 'the start, before turn 1' : `turn ${t} of ${tl.states.length - 1}, ${turnDates(tl.scenario, t)}`;
  }

  /** Shows turn `t` (0 = the start): the map, the ladder, the reasons; the stepper has checked `t`. */
  private showTurn(t: number, speak: boolean): void {
    const tl = this.timeline;
    const view = this.view;
    if (!tl || !view) return;
    const last = tl.states.length - 1;
    this.turn = t;
    if (lastOpened) lastOpened.turn = t;
    const sc = tl.scenario;
    const state = tl.states[t] as GameState;
    const before = t > 0 ? tl.states[t - 1] : undefined;
    view.map.update(state.municipalities, before?.municipalities);
    view.take.setDisabled(state.phase === 'over');
    view.turnTitle.setText(t === 0 ? `The start · before turn 1 (${turnDates(sc, 1)})` : `Turn ${t} of ${last} · ${turnDates(sc, t)}`);
    fitTextWidth(view.turnTitle, GAME_WIDTH - 832 - 16 - 32);
    view.ladder.update(state.rung, state.peakRung, before ? before.rung : null);
    view.details.setBlocks(turnBlocks(tl, t));
    if (speak) announce(spokenTurn(tl, t, view.map.describe()));
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
      text: `Choose the actor you will play ${when}. Everything up to ${t === 0 ? 'the start' : `the end of turn ${t}`} stays exactly as in the replay, dice included; from then on the other actors are played by the computer.${note}`,
      column: true,
      width: 620,
      choices: PLAYABLE_ACTORS.map((a, i) => ({
        label: sc.actors[a].short,
        hotkey: String(i + 1),
        chipColor: ACTOR_STYLE[a].color,
        chipText: ACTOR_STYLE[a].tag,
        description: sc.actors[a].name,
        onChoose: () => this.startBranch(a),
      })),
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
      text: `Whose mind? You will see its postures, its posture ${this.turn === 0 ? 'at the start' : `after turn ${this.turn}`}, and its last change.`,
      column: true,
      width: 560,
      buttonHeight: 44,
      choices: ACTOR_IDS.map((a, i) => ({
        label: `${sc.actors[a].short}: ${postureTitle(a, state.actors[a].posture)}`,
        hotkey: String(i + 1),
        chipColor: ACTOR_STYLE[a].color,
        chipText: ACTOR_STYLE[a].tag,
        onChoose: () =>
          openScene(this, 'ActorMind', {
            actor: a,
            posture: state.actors[a].posture,
            last: state.actors[a].mind.last,
            returnTo: 'ReplayViewer',
          }),
      })),
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

  private copyLink(): void {
    const link = replayLinkFor(this.text, `${location.origin}${location.pathname}`);
    if (link.length > MAX_LINK_CHARS) {
      announce(`This replay is too long for a link (${link.length} characters). Share the file instead.`);
      return;
    }
    copyWithFallback(this, this.group, link, { name: 'replay link', done: 'Replay link copied. Anyone who opens it sees this replay:' });
  }
}
