import * as Phaser from 'phaser';
import { turnsPlayed } from '../sim/lengths';
import type { ActionOption } from '../sim/options';
import { turnFirstDay } from '../text/dates';
import { actionName, actorName } from '../text/describe';
import { announce } from '../ui/announcer';
import { type DialogLine, isDialogOpen, openDialog } from '../ui/dialog';
import { downloadText } from '../ui/download';
import { NorthMap } from '../ui/map';
import { activeSession, beginSession, type PlaySession } from '../ui/play';
import { autosave } from '../ui/saves';
import { SCENE } from '../ui/scene-keys';
import { currentSetup } from '../ui/session';
import { ellipsize } from '../ui/text-fit';
import { actorColor, actorTag, COLORS, css, FONT, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, Button, Chip, FocusGroup, HeaderBar } from '../ui/widgets';
import { LadderView } from './components/LadderView';
import { DangerView } from './game/DangerView';
import { newcomerHelpButtons } from './game/FirstTurnGuide';
import type { ConfirmLine, GameMode, GameScreen } from './game/GameMode';
import { LADDER_W, LADDER_X, MAP_X, TOP } from './game/layout';
import { PlayMode } from './game/PlayMode';
import { WatchMode } from './game/WatchMode';

/**
 * The main game screen: the header, the map, the ladder, the menu and help, shared by its two
 * modes: playing a role (PlayMode: the player's cards) or watching the computer play (WatchMode).
 */
export class Game extends Phaser.Scene {
  private session!: PlaySession;
  private group!: FocusGroup;
  private map!: NorthMap;
  private ladder!: LadderView;
  private danger!: DangerView;
  private headerTitle!: Phaser.GameObjects.Text;
  private headerRight!: Phaser.GameObjects.Text;
  private mode!: GameMode;

  constructor() {
    super(SCENE.Game);
  }

  create(): void {
    let session = activeSession();
    if (!session) {
      const setup = currentSetup();
      if (!setup) {
        this.scene.start(SCENE.Title);
        return;
      }
      session = beginSession(setup);
    }
    this.session = session;
    if (session.over) {
      this.scene.start(SCENE.Debrief);
      return;
    }
    // Hot-seat: nobody's screen shows until its player has unlocked it on the pass-the-device screen.
    if (session.isHotseat && session.unlockedFor !== session.role) {
      this.scene.start(SCENE.PassDevice);
      return;
    }

    addBackdrop(this);
    this.group = new FocusGroup(this, { onEscape: () => this.openMenu() });
    this.buildHeader();
    const s = session.state;
    this.map = new NorthMap(this, MAP_X, TOP, session.scenario, s.places);
    this.ladder = new LadderView(this, session.scenario, { size: 'full', x: LADDER_X, y: TOP, width: LADDER_W, height: 450 });
    this.danger = new DangerView(this, session, this.group, this.map);
    const screen = this.screen();
    this.mode = session.role ? new PlayMode(screen, session.role) : new WatchMode(screen);
    this.refresh();
    this.mode.start();
  }

  /** What the modes may use of this scene. */
  private screen(): GameScreen {
    return {
      scene: this,
      session: this.session,
      group: this.group,
      ladder: this.ladder,
      danger: this.danger,
      turnTitle: () => this.headerTurnText(),
      refresh: () => this.refresh(),
      dialogOpen: () => isDialogOpen(this),
      confirmOrder: (option, lines, commit) => this.confirmOrder(option, lines, commit),
    };
  }

  // -------------------------------------------------------------------------
  // Header
  // -------------------------------------------------------------------------

  private buildHeader(): void {
    const header = new HeaderBar(this, { title: '', right: '' });
    this.headerTitle = header.titleText;
    const setup = this.session.setup;
    const m = this.session.messages;
    const bw = 108;
    const by = 8;
    const help = new Button(this, {
      x: GAME_WIDTH - 16 - bw,
      y: by,
      width: bw,
      height: 36,
      label: m.t('game.help'),
      hotkey: 'h',
      variant: 'quiet',
      fontSize: FONT.small,
      onActivate: () => this.openHelp(),
    });
    const menu = new Button(this, {
      x: GAME_WIDTH - 16 - bw * 2 - 8,
      y: by,
      width: bw,
      height: 36,
      label: m.t('game.menu'),
      hotkey: 'm',
      variant: 'quiet',
      fontSize: FONT.small,
      onActivate: () => this.openMenu(),
    });
    this.group.add(menu);
    this.group.add(help);
    const role = this.session.role;
    const rightEdge = GAME_WIDTH - 16 - bw * 2 - 8 - SPACE.md;
    const seed = setup.seed.length > 24 ? `${setup.seed.slice(0, 24)}…` : setup.seed;
    const right = m.t('game.header.right', {
      mode: !role ? 'watch' : this.session.isHotseat ? 'hotseat' : 'play',
      seed,
      difficulty: m.t('game.header.difficulty', { difficulty: setup.difficulty }),
      player: this.session.chosenCount() + 1,
      players: this.session.players.length,
    });
    this.headerRight = this.add.text(rightEdge, 26, right, textStyle('small', { color: css(COLORS.textMuted) })).setOrigin(1, 0.5);
    if (role) {
      // "[KFOR] You play KFOR" before the seed: the chip and the words.
      const you = this.add
        .text(
          this.headerRight.x - this.headerRight.width - SPACE.md,
          26,
          m.t('game.header.you-play', { actor: actorName(m, role) }),
          textStyle('small', { fontStyle: 'bold' }),
        )
        .setOrigin(1, 0.5);
      const chip = new Chip(this, { x: 0, y: 0, text: actorTag(m, role), color: actorColor(this.session.scenario, role) });
      chip.setPosition(you.x - you.width - SPACE.sm - chip.chipWidth, 26 - chip.chipHeight / 2);
    }
  }

  private headerTurnText(): string {
    const sc = this.session.scenario;
    const m = this.session.messages;
    const t = this.session.displayTurn();
    const scenario = m.t('scenario.name');
    const params = { scenario, turn: t, last: sc.lastTurn, dates: this.session.dates() };
    if (this.session.role) return m.t('game.title.play', params);
    if (t < this.session.turns.first)
      return m.t('game.title.before', { scenario, turn: this.session.turns.first, date: firstDay(this.session) });
    return m.t('game.title.watched', params);
  }

  /** Redraws every view from the session's state. */
  private refresh(): void {
    const session = this.session;
    const s = session.state;
    const prev = session.previous();
    this.headerTitle.setText(this.headerTurnText());
    ellipsize(this.headerTitle, 620);
    this.map.update(s.places, prev?.places);
    this.ladder.update(s.rung, s.peakRung, prev ? prev.rung : null);
    this.danger.refresh();
    this.mode.refresh();
  }

  // -------------------------------------------------------------------------
  // Dialogs: the order confirmation, the menu and help
  // -------------------------------------------------------------------------

  private confirmOrder(option: ActionOption, lines: ConfirmLine[], commit: (option: ActionOption) => void): void {
    const m = this.session.messages;
    openDialog(this, this.group, {
      title: m.t('game.confirm.title', { action: actionName(m, option.def.id) }),
      lines,
      warn: true,
      width: 700,
      buttons: [
        {
          label: m.t('game.confirm.yes'),
          hotkey: 'y',
          hint: m.t('game.confirm.yes.hint'),
          variant: 'primary',
          onActivate: () => commit(option),
        },
        { label: m.t('game.confirm.cancel'), hint: m.t('common.key.esc') },
      ],
    });
  }

  private openMenu(): void {
    if (isDialogOpen(this)) return;
    this.mode.pause();
    const role = this.session.role;
    const m = this.session.messages;
    openDialog(this, this.group, {
      title: m.t('game.menu'),
      lines: [
        {
          text: m.t('game.menu.note', { mode: !role ? 'watch' : this.session.isHotseat ? 'hotseat' : 'play' }),
          kind: 'small',
          color: COLORS.textMuted,
        },
      ],
      column: true,
      width: 560,
      buttonHeight: 46,
      buttons: [
        { label: m.t('game.menu.resume'), hint: m.t('common.key.esc'), variant: 'primary' },
        { label: m.t('game.help'), hotkey: 'h', onActivate: () => this.openHelp() },
        { label: m.t('lesson.menu.download'), hotkey: 'd', onActivate: () => this.downloadReplay() },
        { label: m.t('lesson.menu.end-now'), hotkey: 'e', onActivate: () => this.confirmEndNow() },
        { label: m.t('game.menu.quit'), hotkey: 'q', onActivate: () => this.scene.start(SCENE.Title) },
      ],
    });
  }

  /** The replay of the game so far, as a file (it verifies as far as the game has gone). */
  private downloadReplay(): void {
    const session = this.session;
    const name = session.replayFileName();
    downloadText(name, session.replayText(), 'application/json'); // not-text: a media type
    announce(session.messages.t('lesson.download.spoken', { file: name, code: session.replayCode() }));
  }

  /** "End now → debrief", after a confirmation: the game is stopped early and the debrief opens. */
  private confirmEndNow(): void {
    if (isDialogOpen(this)) return;
    const session = this.session;
    const m = session.messages;
    openDialog(this, this.group, {
      title: m.t('lesson.end.title'),
      lines: [{ text: m.t('lesson.end.text', { played: turnsPlayed(session.scenario, session.state) }), kind: 'small' }],
      warn: true,
      width: 640,
      buttons: [
        { label: m.t('lesson.end.cancel'), hint: m.t('common.key.esc') },
        { label: m.t('lesson.end.yes'), hotkey: 'y', variant: 'primary', onActivate: () => this.endNow() },
      ],
    });
  }

  private endNow(): void {
    const session = this.session;
    const r = session.stopNow();
    if (!r.ok) {
      announce(r.error);
      return;
    }
    // A played game's slot now holds the stopped game (its debrief), as after a last turn.
    if (session.players.length) autosave(session);
    announce(session.messages.t('lesson.end.spoken'));
    this.scene.start(SCENE.Debrief);
  }

  private openHelp(): void {
    if (isDialogOpen(this)) return;
    this.mode.pause();
    const role = this.session.role;
    const m = this.session.messages;
    const lines: DialogLine[] = role
      ? [
          { text: m.t('game.help.play.turn'), kind: 'small' },
          { text: m.t('game.help.play.cards'), kind: 'small' },
          { text: m.t('game.help.play.keys'), kind: 'small', color: COLORS.info },
        ]
      : [
          { text: m.t('game.help.watch.about'), kind: 'small' },
          { text: m.t('game.help.watch.keys'), kind: 'small', color: COLORS.info },
        ];
    openDialog(this, this.group, {
      title: m.t(role ? 'game.help.play.title' : 'game.help.watch.title'),
      lines,
      width: 760,
      buttons: [
        { label: m.t('game.help.close'), hint: m.t('common.key.esc'), variant: 'primary' },
        ...newcomerHelpButtons(this, this.session),
      ],
    });
  }
}

/** The first day of the game's first turn ("24 Apr 2023"; later for a shorter length), written as the turn dates are. */
function firstDay(session: PlaySession): string {
  return turnFirstDay(session.scenario, session.turns.first, session.messages.locale);
}
