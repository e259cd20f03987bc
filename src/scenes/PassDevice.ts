import * as Phaser from 'phaser';
import { announceScene } from '../ui/announcer';
import { type Dialog, openDialog } from '../ui/dialog';
import { activeSession, type PlaySession } from '../ui/play';
import { ACTOR_STYLE, COLORS, css, FONT, GAME_WIDTH, RADIUS, SPACE, STROKE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, Chip, FocusGroup, HeaderBar } from '../ui/widgets';

/**
 * Hot-seat: "pass the device to <role>". Shows nothing of any player's orders
 * or screen: the turn, who is next, how many have chosen (a count only), and
 * one button for the next player to unlock their own screen.
 */
export class PassDevice extends Phaser.Scene {
  private modal: Dialog | null = null;

  constructor() {
    super('PassDevice');
  }

  create(): void {
    const session = activeSession();
    this.modal = null;
    if (!session) {
      this.scene.start('Title');
      return;
    }
    if (session.over) {
      this.scene.start('Debrief');
      return;
    }
    const actor = session.role;
    if (!session.isHotseat || !actor) {
      // One player (or watching): there is nobody to hand the device to.
      this.scene.start('Game');
      return;
    }
    const sc = session.scenario;
    const profile = sc.actors[actor];
    const turn = session.state.turn;
    const total = session.players.length;
    const chosen = session.chosenCount();

    addBackdrop(this);
    new HeaderBar(this, {
      title: `${sc.title.split(':')[0]} · Turn ${turn} of ${sc.lastTurn} · ${session.dates(turn)}`,
      right: `Hot-seat · ${total} players · seed ${clip(session.setup.seed, 24)}`,
    });
    const group = new FocusGroup(this, { onEscape: () => this.openMenu(session, group) });

    // A card in the middle, in the next player's colour.
    const cardW = 880;
    const cardH = 440;
    const cx = GAME_WIDTH / 2;
    const x0 = cx - cardW / 2;
    const y0 = 108;
    const g = this.add.graphics();
    g.fillStyle(COLORS.panel, 1);
    g.fillRoundedRect(x0, y0, cardW, cardH, RADIUS.md);
    g.lineStyle(STROKE.normal, ACTOR_STYLE[actor].color, 1);
    g.strokeRoundedRect(x0, y0, cardW, cardH, RADIUS.md);
    g.fillStyle(ACTOR_STYLE[actor].color, 1);
    g.fillRoundedRect(x0, y0, cardW, 10, { tl: RADIUS.md, tr: RADIUS.md, bl: 0, br: 0 });

    let y = y0 + 52;
    this.add
      .text(cx, y, `Turn ${turn} · Pass the device to`, textStyle('h2', { fontStyle: 'normal', color: css(COLORS.textMuted) }))
      .setOrigin(0.5, 0);
    y += 50;
    // The chip and the actor's name, centred together.
    const name = this.add.text(0, y, profile.short, textStyle('h1', { fontSize: '44px' }));
    const chip = new Chip(this, { x: 0, y: 0, text: ACTOR_STYLE[actor].tag, color: ACTOR_STYLE[actor].color, fontSize: FONT.h3 });
    const rowW = chip.chipWidth + SPACE.md + name.width;
    const maxW = cardW - 2 * SPACE.xl;
    if (rowW > maxW) name.setScale(Math.max(0.6, (maxW - chip.chipWidth - SPACE.md) / name.width));
    const left = cx - (chip.chipWidth + SPACE.md + name.displayWidth) / 2;
    chip.setPosition(left, y + (name.displayHeight - chip.chipHeight) / 2);
    name.setX(left + chip.chipWidth + SPACE.md);
    y += name.displayHeight + 4;
    // The full name under it, when it says more ("KFOR (NATO-led Kosovo Force)").
    if (profile.name !== profile.short)
      this.add.text(cx, y, profile.name, textStyle('small', { color: css(COLORS.textMuted) })).setOrigin(0.5, 0);
    y += 40;

    const lookAway = `Everyone else: please look away until ${profile.short} has chosen. All orders are revealed together once everyone has chosen.`;
    this.add
      .text(cx, y, lookAway, textStyle('body', { wrap: cardW - 2 * SPACE.xl, align: 'center', color: css(COLORS.text) }))
      .setOrigin(0.5, 0);
    y += 64;
    const count = `${chosen} of ${total} players ${chosen === 1 ? 'has' : 'have'} chosen this turn.`;
    this.add.text(cx, y, count, textStyle('small', { color: css(COLORS.textMuted) })).setOrigin(0.5, 0);

    const bw = 620;
    const bh = 72;
    const unlock = group.add(
      new Button(this, {
        x: cx - bw / 2,
        y: y0 + cardH - bh - 36,
        width: bw,
        height: bh,
        label: `I am ${profile.short} — show my screen`,
        hint: '[Enter]',
        variant: 'primary',
        fontSize: FONT.h3,
        description: `Only ${profile.short} should look now.`,
        onActivate: () => this.unlock(session, actor),
      }),
    );

    this.add
      .text(
        cx,
        y0 + cardH + 24,
        'Your screen shows only your own cards and your own order. Nobody else’s choice is shown before the turn is revealed.',
        textStyle('small', { color: css(COLORS.textMuted), wrap: cardW, align: 'center' }),
      )
      .setOrigin(0.5, 0);

    group.focusFirst(unlock);
    addKeyHelp(this, `Enter: show ${profile.short}’s screen · Esc: menu`);
    announceScene(
      'PassDevice',
      `Turn ${turn}. Pass the device to ${profile.short}${profile.name !== profile.short ? ` (${profile.name})` : ''}. ${lookAway} ${count} Press Enter when you are ${profile.short}: I am ${profile.short}, show my screen. Escape opens the menu.`,
    );
  }

  private unlock(session: PlaySession, actor: NonNullable<PlaySession['role']>): void {
    if (this.modal?.isOpen) return;
    const r = session.unlock(actor);
    if (!r.ok) {
      // The game moved on (e.g. the turn was already played): show the current state.
      this.scene.restart();
      return;
    }
    this.scene.start('Game');
  }

  private openMenu(session: PlaySession, group: FocusGroup): void {
    if (this.modal?.isOpen) return;
    const chosen = session.chosenCount();
    this.modal = openDialog(this, group, {
      title: 'Menu',
      lines: [
        {
          text: 'The game is saved automatically after every turn, once every player has chosen: you can continue it later from the title screen (Continue).',
          kind: 'small',
        },
        ...(chosen > 0
          ? [
              {
                text: `! ${chosen} ${chosen === 1 ? 'player has' : 'players have'} chosen this turn: those orders are not saved yet. Continuing later starts this turn again.`,
                kind: 'small' as const,
                color: COLORS.warn,
              },
            ]
          : []),
      ],
      buttons: [
        { label: 'Resume', hint: '[Esc]', variant: 'primary' },
        { label: 'Quit to title', hotkey: 'q', onActivate: () => this.scene.start('Title') },
      ],
    });
  }
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
