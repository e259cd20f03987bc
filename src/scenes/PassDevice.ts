import * as Phaser from 'phaser';
import { actorName } from '../text/describe';
import { announceScene } from '../ui/announcer';
import { type DialogLine, isDialogOpen, openDialog } from '../ui/dialog';
import { activeSession, type PlaySession } from '../ui/play';
import { SCENE } from '../ui/scene-keys';
import { actorColor, actorTag, COLORS, css, FONT, GAME_WIDTH, RADIUS, SPACE, STROKE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, Chip, FocusGroup, HeaderBar } from '../ui/widgets';

/**
 * Hot-seat: "pass the device to <role>". Shows nothing of any player's orders
 * or screen: the turn, who is next, how many have chosen (a count only), and
 * one button for the next player to unlock their own screen.
 */
export class PassDevice extends Phaser.Scene {
  constructor() {
    super(SCENE.PassDevice);
  }

  create(): void {
    const session = activeSession();
    if (!session) {
      this.scene.start(SCENE.Title);
      return;
    }
    if (session.over) {
      this.scene.start(SCENE.Debrief);
      return;
    }
    const actor = session.role;
    if (!session.isHotseat || !actor) {
      // One player (or watching): there is nobody to hand the device to.
      this.scene.start(SCENE.Game);
      return;
    }
    const sc = session.scenario;
    const m = session.messages;
    const short = actorName(m, actor);
    const full = m.t(`actor.${actor}.name`);
    const color = actorColor(sc, actor);
    const turn = session.state.turn;
    const total = session.players.length;
    const chosen = session.chosenCount();

    addBackdrop(this);
    new HeaderBar(this, {
      title: m.t('pass.title', { scenario: m.t('scenario.name'), turn, last: sc.lastTurn, dates: session.dates(turn) }),
      right: m.t('pass.right', { players: total, seed: clip(session.setup.seed, 24) }),
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
    g.lineStyle(STROKE.normal, color, 1);
    g.strokeRoundedRect(x0, y0, cardW, cardH, RADIUS.md);
    g.fillStyle(color, 1);
    g.fillRoundedRect(x0, y0, cardW, 10, { tl: RADIUS.md, tr: RADIUS.md, bl: 0, br: 0 });

    let y = y0 + 52;
    this.add
      .text(cx, y, m.t('pass.heading', { turn }), textStyle('h2', { fontStyle: 'normal', color: css(COLORS.textMuted) }))
      .setOrigin(0.5, 0);
    y += 50;
    // The chip and the actor's name, centred together.
    const name = this.add.text(0, y, short, textStyle('h1', { fontSize: '44px' }));
    const chip = new Chip(this, { x: 0, y: 0, text: actorTag(m, actor), color, fontSize: FONT.h3 });
    const rowW = chip.chipWidth + SPACE.md + name.width;
    const maxW = cardW - 2 * SPACE.xl;
    if (rowW > maxW) name.setScale(Math.max(0.6, (maxW - chip.chipWidth - SPACE.md) / name.width));
    const left = cx - (chip.chipWidth + SPACE.md + name.displayWidth) / 2;
    chip.setPosition(left, y + (name.displayHeight - chip.chipHeight) / 2);
    name.setX(left + chip.chipWidth + SPACE.md);
    y += name.displayHeight + 4;
    // The full name under it, when it says more ("KFOR (NATO-led Kosovo Force)").
    if (full !== short) this.add.text(cx, y, full, textStyle('small', { color: css(COLORS.textMuted) })).setOrigin(0.5, 0);
    y += 40;

    const lookAway = m.t('pass.look-away', { actor: short });
    this.add
      .text(cx, y, lookAway, textStyle('body', { wrap: cardW - 2 * SPACE.xl, align: 'center', color: css(COLORS.text) }))
      .setOrigin(0.5, 0);
    y += 64;
    const count = m.t('pass.count', { chosen, players: total });
    this.add.text(cx, y, count, textStyle('small', { color: css(COLORS.textMuted) })).setOrigin(0.5, 0);

    const bw = 620;
    const bh = 72;
    const unlock = group.add(
      new Button(this, {
        x: cx - bw / 2,
        y: y0 + cardH - bh - 36,
        width: bw,
        height: bh,
        label: m.t('pass.unlock', { actor: short }),
        hint: m.t('common.key.enter'),
        variant: 'primary',
        fontSize: FONT.h3,
        description: m.t('pass.unlock.description', { actor: short }),
        onActivate: () => this.unlock(session, actor),
      }),
    );

    this.add
      .text(cx, y0 + cardH + 24, m.t('pass.privacy'), textStyle('small', { color: css(COLORS.textMuted), wrap: cardW, align: 'center' }))
      .setOrigin(0.5, 0);

    group.focusFirst(unlock);
    addKeyHelp(this, m.t('pass.key-help', { actor: short }));
    announceScene(
      SCENE.PassDevice,
      m.t('pass.spoken', { turn, actor: short, same: full === short ? 'yes' : 'no', name: full, lookAway, count }),
    );
  }

  private unlock(session: PlaySession, actor: NonNullable<PlaySession['role']>): void {
    if (isDialogOpen(this)) return;
    const r = session.unlock(actor);
    if (!r.ok) {
      // The game moved on (e.g. the turn was already played): show the current state.
      this.scene.restart();
      return;
    }
    this.scene.start(SCENE.Game);
  }

  private openMenu(session: PlaySession, group: FocusGroup): void {
    if (isDialogOpen(this)) return;
    const m = session.messages;
    const chosen = session.chosenCount();
    const lines: DialogLine[] = [{ text: m.t('pass.menu.note'), kind: 'small' }];
    if (chosen > 0) lines.push({ text: m.t('pass.menu.unsaved', { chosen }), kind: 'small', color: COLORS.warn });
    openDialog(this, group, {
      title: m.t('game.menu'),
      lines,
      buttons: [
        { label: m.t('game.menu.resume'), hint: m.t('common.key.esc'), variant: 'primary' },
        { label: m.t('game.menu.quit'), hotkey: 'q', onActivate: () => this.scene.start(SCENE.Title) },
      ],
    });
  }
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
