import * as Phaser from 'phaser';
import type { ActionOption } from '../sim/options';
import { NorthMap } from '../ui/map';
import { activeSession, beginSession, type PlaySession } from '../ui/play';
import { currentSetup } from '../ui/session';
import { ellipsize } from '../ui/text-fit';
import { ACTOR_STYLE, COLORS, css, FONT, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, Button, Chip, FocusGroup, HeaderBar } from '../ui/widgets';
import { LadderView } from './components/LadderView';
import { Modal } from './components/Modal';
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
  private headerTitle!: Phaser.GameObjects.Text;
  private headerRight!: Phaser.GameObjects.Text;
  private modal: Modal | null = null;
  private mode!: GameMode;

  constructor() {
    super('Game');
  }

  create(): void {
    let session = activeSession();
    if (!session) {
      const setup = currentSetup();
      if (!setup) {
        this.scene.start('Title');
        return;
      }
      session = beginSession(setup);
    }
    this.session = session;
    this.modal = null;
    if (session.over) {
      this.scene.start('Debrief');
      return;
    }
    // Hot-seat: nobody's screen shows until its player has unlocked it on the pass-the-device screen.
    if (session.isHotseat && session.unlockedFor !== session.role) {
      this.scene.start('PassDevice');
      return;
    }

    addBackdrop(this);
    this.group = new FocusGroup(this, { onEscape: () => this.openMenu() });
    this.buildHeader();
    const s = session.state;
    this.map = new NorthMap(this, MAP_X, TOP, s.municipalities);
    this.ladder = new LadderView(this, session.scenario.ladder, { size: 'full', x: LADDER_X, y: TOP, width: LADDER_W, height: 450 });
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
      turnTitle: () => this.headerTurnText(),
      refresh: () => this.refresh(),
      dialogOpen: () => this.modal?.isOpen ?? false,
      confirmOrder: (option, lines, commit) => this.confirmOrder(option, lines, commit),
      closeDialog: () => this.modal?.close(),
    };
  }

  // -------------------------------------------------------------------------
  // Header
  // -------------------------------------------------------------------------

  private buildHeader(): void {
    const header = new HeaderBar(this, { title: '', right: '' });
    this.headerTitle = header.titleText;
    const setup = this.session.setup;
    const bw = 108;
    const by = 8;
    const help = new Button(this, {
      x: GAME_WIDTH - 16 - bw,
      y: by,
      width: bw,
      height: 36,
      label: 'Help',
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
      label: 'Menu',
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
    const right = !role
      ? `Watching: all AI · seed ${seed} · ${setup.difficulty}`
      : this.session.isHotseat
        ? `Hot-seat, player ${this.session.chosenCount() + 1} of ${this.session.players.length} · seed ${seed}`
        : `seed ${seed} · ${setup.difficulty}`;
    this.headerRight = this.add.text(rightEdge, 26, right, textStyle('small', { color: css(COLORS.textMuted) })).setOrigin(1, 0.5);
    if (role) {
      // "[KFOR] You play KFOR" before the seed: the chip and the words.
      const you = this.add
        .text(
          this.headerRight.x - this.headerRight.width - SPACE.md,
          26,
          `You play ${this.session.scenario.actors[role].short}`,
          textStyle('small', { fontStyle: 'bold' }),
        )
        .setOrigin(1, 0.5);
      const chip = new Chip(this, { x: 0, y: 0, text: ACTOR_STYLE[role].tag, color: ACTOR_STYLE[role].color });
      chip.setPosition(you.x - you.width - SPACE.sm - chip.chipWidth, 26 - chip.chipHeight / 2);
    }
  }

  private headerTurnText(): string {
    const sc = this.session.scenario;
    const t = this.session.displayTurn();
    if (this.session.role) return `${sc.title.split(':')[0]} · Turn ${t} of ${sc.lastTurn} · ${this.session.dates()}`;
    if (t === 0) return `${sc.title.split(':')[0]} · Before turn 1 · from ${this.session.dates(1).replace(/–\d+/, '')}`;
    return `${sc.title.split(':')[0]} · Turn ${t} of ${sc.lastTurn} played · ${this.session.dates()}`;
  }

  /** Redraws every view from the session's state. */
  private refresh(): void {
    const session = this.session;
    const s = session.state;
    const prev = session.previous();
    this.headerTitle.setText(this.headerTurnText());
    ellipsize(this.headerTitle, 620);
    this.map.update(s.municipalities, prev?.municipalities);
    this.ladder.update(s.rung, s.peakRung, prev ? prev.rung : null);
    this.mode.refresh();
  }

  // -------------------------------------------------------------------------
  // Dialogs: the order confirmation, the menu and help
  // -------------------------------------------------------------------------

  private confirmOrder(option: ActionOption, lines: ConfirmLine[], commit: (option: ActionOption) => void): void {
    this.modal = new Modal(this, {
      title: `Order “${option.def.name}”?`,
      lines,
      warn: true,
      width: 700,
      under: this.group,
      buttons: [
        { label: 'Confirm', hotkey: 'y', hint: '[Y]', variant: 'primary', onActivate: () => commit(option) },
        { label: 'Cancel', hint: '[Esc]', onActivate: () => this.modal?.close() },
      ],
    });
  }

  private openMenu(): void {
    if (this.modal?.isOpen) return;
    this.mode.pause();
    const role = this.session.role;
    this.modal = new Modal(this, {
      title: 'Menu',
      lines: [
        {
          text: !role
            ? 'A watched game is not saved; the same seed always plays the same way.'
            : this.session.isHotseat
              ? 'The game is saved after every turn, once every player has chosen. Orders given during this turn are not saved until then: continuing later starts this turn again.'
              : 'The game is saved after every turn: you can continue it later from the title screen.',
          kind: 'small',
          color: COLORS.textMuted,
        },
      ],
      under: this.group,
      buttons: [
        { label: 'Resume', hint: '[Esc]', variant: 'primary', onActivate: () => this.modal?.close() },
        {
          label: 'Help',
          hotkey: 'h',
          onActivate: () => {
            this.modal?.close();
            this.openHelp();
          },
        },
        { label: 'Quit to title', hotkey: 'q', onActivate: () => this.scene.start('Title') },
      ],
    });
  }

  private openHelp(): void {
    if (this.modal?.isOpen) return;
    this.mode.pause();
    const role = this.session.role;
    const lines = role
      ? [
          {
            text: 'A turn is three days. Choose one action card, then end the turn: every actor’s orders are revealed together and resolved in a fixed order (statements, deployments, action on the ground, talks). Dice decide uncertain outcomes; the odds are on the cards.',
            kind: 'small' as const,
          },
          {
            text: 'Cost comes out of your budget (+2 each turn, at most 6). “✓ fits your posture” marks what your advisers suggest now; “! may cross a rung” warns that the action alone can push the ladder up.',
            kind: 'small' as const,
          },
          {
            text: 'Keys: number keys (then 0 and -) choose a card · Tab or arrow keys move · Enter or Space choose · E ends the turn · M or Esc menu · H help',
            kind: 'small' as const,
            color: COLORS.info,
          },
        ]
      : [
          {
            text: 'Every actor is played by the computer. Each turn shows every order, why the actor chose it, the dice and the news.',
            kind: 'small' as const,
          },
          {
            text: 'Keys: N next turn · Space or P auto-play on or off · S speed (slow, normal, fast) · R why each actor acted · Tab or arrow keys move · M or Esc menu · H help',
            kind: 'small' as const,
            color: COLORS.info,
          },
        ];
    this.modal = new Modal(this, {
      title: role ? 'How to play' : 'Watching',
      lines,
      width: 760,
      under: this.group,
      buttons: [{ label: 'Close', hint: '[Esc]', variant: 'primary', onActivate: () => this.modal?.close() }],
    });
  }
}
