import * as Phaser from 'phaser';
import { parseReplay, type Replay, uncheckableBecause } from '../sim/replay';
import { type ReplayTimeline, replayTimeline } from '../sim/replay-tools';
import { RULES_VERSION } from '../sim/rules';
import type { ActorId, GameState } from '../sim/types';
import { turnDates } from '../text/dates';
import { actorFullName, actorName, lastMotive, outcomeHeadline, postureTitle } from '../text/describe';
import type { Messages } from '../text/messages';
import { announce, announceScene } from '../ui/announcer';
import { playSession, takeOver } from '../ui/branch';
import { copyWithFallback } from '../ui/clipboard';
import { markersOf } from '../ui/danger';
import { type DialogButton, isDialogOpen, openDialog } from '../ui/dialog';
import { createFilePicker, enableFileDrop, type FilePicker, type LoadedFile } from '../ui/files';
import { messages } from '../ui/i18n';
import { openScene } from '../ui/lazy-scenes';
import { NorthMap } from '../ui/map';
import { MAX_LINK_CHARS, markReplayLinkTaken, REPLAY_LINK_NAME, replayLinkFor } from '../ui/replay-link';
import { scenarioById } from '../ui/scenario-source';
import { SCENE } from '../ui/scene-keys';
import { playableActors } from '../ui/session';
import { clipUserText, fitOrClip, fitTextWidth } from '../ui/text-fit';
import { actorColor, actorTag, COLORS, css, FONT, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, FocusGroup, HeaderBar, Panel, ScrollText } from '../ui/widgets';
import { LadderView } from './components/LadderView';
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
  /** The words: the open replay's scenario's, or the game's own while none is open. */
  private m: Messages = messages();

  constructor() {
    super(SCENE.ReplayViewer);
  }

  init(data: ReplayViewerData): void {
    this.request = data ?? {};
    // Phaser keeps the last start data for a later start without data: forget it once read.
    this.sys.settings.data = {};
    this.timeline = null;
    this.view = null;
    this.m = messages();
  }

  create(): void {
    addBackdrop(this);
    const m = this.m;
    const back = () => this.scene.start(SCENE.Title);
    this.group = new FocusGroup(this, { onEscape: back });
    this.picker = createFilePicker(this, { purpose: 'replay', onFiles: (files) => this.openFiles(files) });
    enableFileDrop(
      this,
      m.t('replay.drop'),
      (files) => this.openFiles(files),
      () => !isDialogOpen(this),
    );

    if (this.request.problem) {
      this.buildEmpty({ name: this.request.name ?? m.t('replay.default-file'), error: this.request.problem });
      return;
    }
    const src =
      this.request.text !== undefined
        ? { text: this.request.text, name: this.request.name ?? 'replay.json', turn: this.request.turn } // not-text: a file name
        : lastOpened;
    if (!src) {
      this.buildEmpty(null);
      return;
    }
    if (src.name === REPLAY_LINK_NAME) markReplayLinkTaken();
    const parsed =
      src.name === REPLAY_LINK_NAME && src.text === '' ? { ok: false as const, error: m.t('replay.link.damaged') } : parseReplay(src.text);
    const shownName = src.name === REPLAY_LINK_NAME ? m.t('replay.link.name') : src.name;
    if (!parsed.ok) {
      this.buildEmpty({ name: shownName, error: parsed.error });
      return;
    }
    const tl = replayTimeline(parsed.value, scenarioById);
    if (!tl.ok) {
      this.buildEmpty({ name: shownName, error: tl.error });
      return;
    }
    this.timeline = tl.value;
    this.m = messages(tl.value.scenario);
    this.name = shownName;
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
    showNoReplay(this, this.m, this.group, failed, () => this.picker.open());
  }

  private openFiles(files: LoadedFile[]): void {
    const f = files[0];
    if (!f) return;
    if (files.length > 1) announce(this.m.t('replay.opening-first', { count: files.length, name: f.name }));
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
    const m = this.m;
    const sc = tl.scenario;
    const final = tl.states[tl.states.length - 1] as GameState;
    new HeaderBar(this, {
      title: m.t('replay.title'),
      right: m.t('replay.header.right', { name: clip(this.name, 48), seed: clip(replay.seed, 36) }),
    });

    // Verification strip.
    const strip = new Panel(this, { x: 16, y: 58, width: GAME_WIDTH - 32, height: 64, accent: tl.verified ? COLORS.good : COLORS.bad });
    const vg = this.add.graphics();
    drawVerdict(vg, 42, 32, tl.verified);
    const line1 = this.add.text(74, 8, this.verdictLine(tl), textStyle('h3'));
    fitOrClip(line1, GAME_WIDTH - 32 - 90);
    const difficulty = m.t(`report.difficulty.${replay.difficulty}`);
    const roles = rolesText(m, replay.roles);
    const outcome = outcomeHeadline(m, sc, final);
    const meta = m.t('replay.strip.meta', { seed: clip(replay.seed, 60), roles, difficulty, turns: final.turn, outcome });
    const line2 = this.add.text(
      74,
      38,
      tl.verified ? meta : m.t('replay.why', { why: tl.problem ?? m.t('replay.why.unknown') }),
      textStyle('small', { color: css(tl.verified ? COLORS.textMuted : COLORS.text) }),
    );
    // The seed and a failed file's problem come from the file.
    clipUserText(line2, GAME_WIDTH - 32 - 90);
    strip.add([vg, line1, line2]);

    // Map.
    const mapY = 128;
    const map = new NorthMap(this, 16, mapY, sc, tl.states[this.turn]?.places ?? final.places);

    // Right column: the turn, the ladder, and the details.
    const rx = 832;
    const rw = GAME_WIDTH - rx - 16;
    const info = new Panel(this, { x: rx, y: mapY, width: rw, height: 100 });
    const turnTitle = this.add.text(SPACE.md, 8, '', textStyle('h3'));
    info.add(turnTitle);
    const ladder = new LadderView(this, sc, { size: 'compact', into: info, x: SPACE.md, y: 40, width: rw - SPACE.md * 2 });
    const details = this.group.add(
      new ScrollText(this, {
        x: rx,
        y: mapY + 108,
        width: rw,
        height: 578 - (mapY + 108),
        blocks: [],
        label: m.t('replay.details.label'),
      }),
    );
    this.group.add(
      new Button(this, {
        x: rx,
        y: 586,
        width: rw,
        height: 38,
        label: m.t('replay.button.minds'),
        hotkey: 'm',
        fontSize: FONT.small,
        description: m.t('replay.button.minds.description'),
        onActivate: () => this.askMind(),
      }),
    );

    const last = tl.states.length - 1;
    const stepper = new TurnStepper(this, this.group, {
      scenario: sc,
      messages: m,
      last,
      y: 586,
      right: 816,
      onTurn: (t, speak) => this.showTurn(t, speak),
      keysBlocked: () => isDialogOpen(this),
    });
    const comparePicker = createFilePicker(this, {
      purpose: 'compare',
      onFiles: (files) => compareEndings(this, m, tl, this.name, files),
    });
    const row = this.addButtonRow([
      { label: m.t('replay.button.turn-back'), w: 170, hint: m.t('replay.key.left'), act: () => stepper.step(-1) },
      { label: m.t('replay.button.turn-forward'), w: 190, hint: m.t('replay.key.right'), act: () => stepper.step(1) },
      { label: m.t('replay.button.take-over'), w: 248, hotkey: 't', primary: true, act: () => this.askTakeOver() },
      { label: m.t('replay.button.compare'), w: 208, hotkey: 'c', act: () => comparePicker.open() },
      { label: m.t('replay.button.copy-link'), w: 150, hotkey: 'l', act: () => this.copyLink() },
      { label: m.t('replay.button.open-file'), w: 150, hotkey: 'o', act: () => this.picker.open() },
      { label: m.t('common.back'), w: 108, hint: m.t('common.key.esc'), act: () => this.scene.start(SCENE.Title) },
    ]);
    const [back, forward, take] = row as [Button, Button, Button];
    stepper.useButtons(back, forward);
    this.view = { map, turnTitle, ladder, details, take };

    addKeyHelp(this, m.t('replay.keys'));
    stepper.show(this.turn, false);
    this.group.focusFirst(forward.isEnabled() ? forward : details);

    const verdict = tl.verified
      ? m.t('replay.spoken.verified', { code: tl.code })
      : m.t('replay.spoken.not-verified', { why: tl.problem ?? m.t('replay.spoken.codes-differ') });
    announceScene(
      SCENE.ReplayViewer,
      m.t('replay.spoken.opened', {
        name: this.name,
        verdict,
        seed: replay.seed,
        roles,
        difficulty,
        outcome,
        turn: this.turnLabel(this.turn),
      }),
    );
  }

  /** The strip's first line: verified with its code, made by other rules (uncheckable), or not matching. */
  private verdictLine(tl: ReplayTimeline): string {
    const m = this.m;
    if (tl.verified) return m.t('replay.strip.verified', { code: tl.code });
    const r = tl.replay;
    if (uncheckableBecause(r, tl.scenario) === null) return m.t('replay.strip.not-verified');
    return m.t('replay.strip.unchecked', { kind: r.rules !== RULES_VERSION ? 'rules' : 'scenario' });
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
    const m = this.m;
    return t === 0
      ? m.t('replay.turn.spoken.start')
      : m.t('replay.turn.spoken', { turn: t, last: tl.states.length - 1, dates: turnDates(tl.scenario, t, m.locale) });
  }

  /** Shows turn `t` (0 = the start): the map, the ladder, the reasons; the stepper has checked `t`. */
  private showTurn(t: number, speak: boolean): void {
    const tl = this.timeline;
    const view = this.view;
    if (!tl || !view) return;
    const m = this.m;
    const last = tl.states.length - 1;
    this.turn = t;
    if (lastOpened) lastOpened.turn = t;
    const sc = tl.scenario;
    const state = tl.states[t] as GameState;
    const before = t > 0 ? tl.states[t - 1] : undefined;
    view.map.update(state.places, before?.places);
    view.map.showDangers(markersOf(sc.map, state, t));
    view.take.setDisabled(state.phase === 'over');
    view.turnTitle.setText(
      t === 0
        ? m.t('replay.turn.title.start', { dates: turnDates(sc, 1, m.locale) })
        : m.t('replay.turn.title', { turn: t, last, dates: turnDates(sc, t, m.locale) }),
    );
    fitTextWidth(view.turnTitle, GAME_WIDTH - 832 - 16 - 32);
    view.ladder.update(state.rung, state.peakRung, before ? before.rung : null);
    view.details.setBlocks(turnBlocks(m, tl, t));
    if (speak) announce(spokenTurn(m, tl, t, view.map.describe()));
  }

  // -------------------------------------------------------------------------
  // Take over, compare, copy link.
  // -------------------------------------------------------------------------

  /** The dialogs' Cancel button (Escape does the same). */
  private cancelButton(): DialogButton {
    return { label: this.m.t('dialog.cancel'), hint: this.m.t('common.key.esc') };
  }

  private askTakeOver(): void {
    const tl = this.timeline;
    if (!tl) return;
    const m = this.m;
    const t = this.turn;
    const state = tl.states[t];
    if (!state || state.phase === 'over') {
      announce(m.t('replay.take.game-over'));
      return;
    }
    const sc = tl.scenario;
    const text = m.t('replay.take.text', {
      start: t === 0 ? 'yes' : 'no',
      dates: turnDates(sc, t + 1, m.locale),
      next: t + 1,
      turn: t,
      verified: tl.verified ? 'yes' : 'no',
    });
    openDialog(this, this.group, {
      title: m.t('replay.button.take-over'),
      lines: [{ text }],
      column: true,
      width: 620,
      buttons: playableActors(sc)
        .map(
          (a, i): DialogButton => ({
            label: actorName(m, a),
            hotkey: String(i + 1),
            chipColor: actorColor(sc, a),
            chipText: actorTag(m, a),
            description: actorFullName(m, a),
            onActivate: () => this.startBranch(a),
          }),
        )
        .concat(this.cancelButton()),
    });
  }

  /** Opens ActorMind for one actor, marking its posture at the shown turn and its last change. */
  private askMind(): void {
    const tl = this.timeline;
    if (!tl) return;
    const state = tl.states[this.turn];
    if (!state) return;
    const m = this.m;
    const sc = tl.scenario;
    openDialog(this, this.group, {
      title: m.t('replay.button.minds'),
      lines: [{ text: m.t('replay.minds.text', { start: this.turn === 0 ? 'yes' : 'no', turn: this.turn }) }],
      column: true,
      width: 560,
      buttonHeight: 44,
      buttons: sc.actorIds
        .flatMap((a, i): DialogButton[] => {
          const actor = state.actors[a];
          if (!actor) return [];
          return [
            {
              label: m.t('replay.minds.choice', { actor: actorName(m, a), posture: postureTitle(m, a, actor.posture) }),
              hotkey: String(i + 1),
              chipColor: actorColor(sc, a),
              chipText: actorTag(m, a),
              onActivate: () =>
                openScene(this, SCENE.ActorMind, {
                  actor: a,
                  posture: actor.posture,
                  last: actor.mind.last,
                  motive: lastMotive(state, a),
                  scenarioId: sc.id,
                  returnTo: SCENE.ReplayViewer,
                }),
            },
          ];
        })
        .concat(this.cancelButton()),
    });
  }

  private startBranch(role: ActorId): void {
    const tl = this.timeline;
    if (!tl) return;
    const m = this.m;
    const r = takeOver(tl, this.turn, role, this.name);
    if (!r.ok) {
      announce(m.t('replay.take.cannot', { why: r.error }));
      return;
    }
    announce(m.t('replay.take.now-playing', { actor: actorName(m, role), turn: this.turn + 1 }));
    playSession(this, r.value);
  }

  private copyLink(): void {
    const m = this.m;
    const link = replayLinkFor(this.text, `${location.origin}${location.pathname}`);
    if (link.length > MAX_LINK_CHARS) {
      announce(m.t('replay.link.too-long', { count: link.length }));
      return;
    }
    copyWithFallback(this, this.group, link, {
      name: m.t('replay.link.name'),
      title: m.t('replay.link.copy-title'),
      label: m.t('replay.link.field'),
      done: m.t('replay.link.copied'),
    });
  }
}
