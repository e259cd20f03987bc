// The guided first turn: on turn 1 of a game a person plays, a short run of
// callouts points at the map, the ladder, your meters, the news and the action
// cards, then says "choose a card and confirm". It never takes the keyboard
// away from the game: N moves on, S skips it (and switches it off for the next
// games, remembered in the browser), the game's keys keep working throughout.
// Help switches it back on.

import type * as Phaser from 'phaser';
import type { ActorId } from '../../sim/types';
import { announce } from '../../ui/announcer';
import type { DialogButton } from '../../ui/dialog';
import { firstTurnGuideOn, setFirstTurnGuide } from '../../ui/guide-setting';
import { openOver } from '../../ui/open-over';
import { markOverlay } from '../../ui/overlay-layer';
import type { PlaySession } from '../../ui/play';
import { SCENE } from '../../ui/scene-keys';
import { COLORS, css, FONT, GAME_HEIGHT, GAME_WIDTH, RADIUS, SPACE, STROKE, textStyle } from '../../ui/theme';
import { notify } from '../../ui/toast';
import { type Box, Button } from '../../ui/widgets';
import type { GameScreen } from './GameMode';
import { BOTTOM_H, BOTTOM_Y, END_W, END_X, LADDER_W, LADDER_X, MAP_X, NEWS_W, SIDE_W, SIDE_X, STRIP_X, TOP } from './layout';

/** The steps, in order: what each points at (message `first-turn.<id>`). */
const GUIDE_STEPS = ['map', 'ladder', 'meters', 'news', 'cards', 'choose'] as const;
type GuideStep = (typeof GUIDE_STEPS)[number];

/** Above the screen, below definition bubbles (900) and dialogs (1000). */
const DEPTH = 800;
const WIDTH = 380;
const PAD = SPACE.md;
const BUTTON_H = 36;
/** The smallest letters the callout shows on a small screen, in CSS pixels of the page. */
const MIN_CSS_PX = 13;

interface Placement {
  target: Box;
  /** Where the callout goes relative to the target. */
  side: 'right' | 'left' | 'above';
}

/** Where each step points on the 1280×720 game screen (see layout.ts). */
function placement(step: GuideStep, statusHeight: number): Placement {
  switch (step) {
    case 'map':
      return { target: { x: MAP_X, y: TOP, width: 800, height: 450 }, side: 'right' };
    case 'ladder':
      return { target: { x: LADDER_X, y: TOP, width: LADDER_W, height: 450 }, side: 'left' };
    case 'meters':
      return { target: { x: SIDE_X, y: TOP, width: SIDE_W, height: statusHeight }, side: 'left' };
    case 'news':
      return { target: { x: 16, y: BOTTOM_Y, width: NEWS_W, height: BOTTOM_H }, side: 'above' };
    case 'cards':
      return { target: { x: STRIP_X, y: BOTTOM_Y, width: END_X - 8 - STRIP_X, height: BOTTOM_H }, side: 'above' };
    case 'choose':
      return { target: { x: STRIP_X, y: BOTTOM_Y, width: END_X + END_W - STRIP_X, height: BOTTOM_H }, side: 'above' };
  }
}

/** Who has seen the guide in which game (so it shows once a game, not again after a trip to the glossary). */
const seen = new WeakMap<PlaySession, Set<ActorId>>();

export class FirstTurnGuide {
  private step = 0;
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly next: Button;
  private readonly skip: Button;
  private closed = false;
  /** Larger on a small screen (a phone), so its letters stay readable: 1 at full size. */
  private readonly zoom: number;

  /**
   * Starts the guide when it should show: turn 1 of a game a person plays,
   * the setting on, and not yet seen by this player in this game.
   */
  static maybeStart(screen: GameScreen, role: ActorId, statusHeight: number, onClose: () => void): FirstTurnGuide | null {
    const session = screen.session;
    if (!firstTurnGuideOn() || session.over || session.state.turn !== 1) return null;
    const who = seen.get(session) ?? new Set<ActorId>();
    if (who.has(role)) return null;
    who.add(role);
    seen.set(session, who);
    return new FirstTurnGuide(screen, statusHeight, onClose);
  }

  private constructor(
    private readonly screen: GameScreen,
    private readonly statusHeight: number,
    private readonly onClose: () => void,
  ) {
    const scene = screen.scene;
    const m = screen.session.messages;
    // Game pixels per page pixel: about 3 on a phone held upright, where 16 px would read as 5.
    const shrink = Math.max(scene.scale.displayScale.x, scene.scale.displayScale.y);
    this.zoom = shrink > 1.5 ? Math.min(2.6, (MIN_CSS_PX * shrink) / FONT.small) : 1;
    const z = this.zoom;
    this.frame = scene.add.graphics().setDepth(DEPTH);
    this.panel = scene.add.graphics().setDepth(DEPTH);
    this.title = scene.add
      .text(0, 0, '', textStyle('label', { color: css(COLORS.info), fontSize: `${Math.round(FONT.small * z)}px` }))
      .setDepth(DEPTH);
    this.body = scene.add
      .text(0, 0, '', textStyle('small', { wrap: (WIDTH - PAD * 2) * z, lineSpacing: 3 * z, fontSize: `${Math.round(FONT.small * z)}px` }))
      .setDepth(DEPTH);
    const half = ((WIDTH - PAD * 2 - SPACE.sm) * z) / 2;
    this.skip = new Button(scene, {
      x: 0,
      y: 0,
      width: half,
      height: BUTTON_H * z,
      label: m.t('first-turn.skip'),
      hotkey: 's',
      variant: 'quiet',
      fontSize: Math.round(FONT.tiny * z),
      onActivate: () => this.skipGuide(),
    }).setDepth(DEPTH);
    this.next = new Button(scene, {
      x: 0,
      y: 0,
      width: half,
      height: BUTTON_H * z,
      label: m.t('first-turn.next'),
      hotkey: 'n',
      variant: 'primary',
      fontSize: Math.round(FONT.tiny * z),
      onActivate: () => this.advance(),
    }).setDepth(DEPTH);
    // A callout over the screen beside what it points at (its buttons over the ladder or the map, say).
    markOverlay(this.frame, this.panel, this.title, this.body, this.skip, this.next);
    // After the screen's own controls in the Tab order, so the game's keys work as without it.
    screen.group.add(this.next);
    screen.group.add(this.skip);
    this.draw();
  }

  /** The step shown now (for the announcement and the tests). */
  get current(): GuideStep | null {
    return this.closed ? null : (GUIDE_STEPS[this.step] ?? null);
  }

  /** What the screen reader hears of the step shown now ('' once closed). */
  spoken(): string {
    const id = this.current;
    if (!id) return '';
    const m = this.screen.session.messages;
    return m.t('first-turn.spoken', { title: this.titleText(), text: m.t(`first-turn.${id}`) });
  }

  private titleText(): string {
    return this.screen.session.messages.t('first-turn.title', { step: this.step + 1, steps: GUIDE_STEPS.length });
  }

  private advance(): void {
    if (this.closed) return;
    if (this.step >= GUIDE_STEPS.length - 1) {
      this.close();
      return;
    }
    this.step++;
    this.draw();
    announce(this.spoken());
  }

  private skipGuide(): void {
    if (this.closed) return;
    setFirstTurnGuide(false);
    this.close();
    announce(this.screen.session.messages.t('first-turn.off'));
  }

  private close(): void {
    this.closed = true;
    for (const b of [this.next, this.skip]) {
      this.screen.group.remove(b);
      b.destroy();
    }
    for (const o of [this.frame, this.panel, this.title, this.body]) o.destroy();
    this.onClose();
  }

  private draw(): void {
    const id = this.current;
    if (!id) return;
    const m = this.screen.session.messages;
    const last = this.step === GUIDE_STEPS.length - 1;
    this.title.setText(this.titleText());
    this.body.setText(m.t(`first-turn.${id}`));
    this.next.setLabel(m.t(last ? 'first-turn.done' : 'first-turn.next'));
    const z = this.zoom;
    const w = WIDTH * z;
    const pad = PAD * z;
    const bh = BUTTON_H * z;
    const height = pad + this.title.height + SPACE.xs * z + this.body.height + SPACE.sm * z + bh + pad;
    const { target, side } = placement(id, this.statusHeight);
    let x: number;
    let y: number;
    if (z > 1) {
      // Large letters: across the half of the screen away from the target.
      x = (GAME_WIDTH - w) / 2;
      y = target.y + target.height / 2 < GAME_HEIGHT / 2 ? GAME_HEIGHT - SPACE.sm - height : SPACE.sm;
    } else if (side === 'right') {
      x = target.x + target.width + SPACE.md;
      y = target.y + SPACE.sm;
    } else if (side === 'left') {
      x = target.x - SPACE.md - w;
      y = target.y + SPACE.sm;
    } else {
      x = Math.min(target.x + SPACE.lg, target.x + target.width - w);
      y = target.y - SPACE.md - height;
    }
    // The target, framed (a thick line: shape and place, not colour alone).
    const f = this.frame;
    f.clear();
    f.lineStyle(STROKE.focus + 2, COLORS.bg, 1);
    f.strokeRoundedRect(target.x - 3, target.y - 3, target.width + 6, target.height + 6, RADIUS.md);
    f.lineStyle(STROKE.focus, COLORS.info, 1);
    f.strokeRoundedRect(target.x - 3, target.y - 3, target.width + 6, target.height + 6, RADIUS.md);
    // The callout, with a pointer toward its target.
    const g = this.panel;
    g.clear();
    g.fillStyle(COLORS.bgRaised, 0.97);
    g.fillRoundedRect(x, y, w, height, RADIUS.md);
    g.lineStyle(STROKE.normal, COLORS.info, 1);
    g.strokeRoundedRect(x, y, w, height, RADIUS.md);
    g.fillStyle(COLORS.info, 1);
    if (z === 1 && side === 'left') g.fillTriangle(x + w, y + 20, x + w + 12, y + 28, x + w, y + 36);
    if (z === 1 && side === 'right') g.fillTriangle(x, y + 20, x - 12, y + 28, x, y + 36);
    if (z === 1 && side === 'above') g.fillTriangle(x + 40, y + height, x + 48, y + height + 12, x + 56, y + height);
    this.title.setPosition(x + pad, y + pad);
    this.body.setPosition(x + pad, this.title.y + this.title.height + SPACE.xs * z);
    const by = y + height - pad - bh;
    const half = (w - pad * 2 - SPACE.sm * z) / 2;
    this.skip.setPosition(x + pad, by);
    this.next.setPosition(x + pad + half + SPACE.sm * z, by);
  }
}

/**
 * The game help's extra buttons: the glossary (the game sleeps under it and
 * wakes as it was) and, for a person playing, the guide's switch.
 */
export function newcomerHelpButtons(scene: Phaser.Scene, session: PlaySession): DialogButton[] {
  const m = session.messages;
  const buttons: DialogButton[] = [
    { label: m.t('glossary.open'), hotkey: 'g', onActivate: () => openOver(scene, SCENE.Glossary, { returnTo: SCENE.Game }) },
  ];
  if (session.role) {
    const on = firstTurnGuideOn();
    buttons.push({
      label: m.t(on ? 'first-turn.setting.on' : 'first-turn.setting.off'),
      description: m.t('first-turn.setting.hint'),
      onActivate: () => {
        setFirstTurnGuide(!on);
        announce(m.t(on ? 'first-turn.off' : 'first-turn.on'));
        notify(scene, m.t(on ? 'first-turn.off' : 'first-turn.on'), 5000);
      },
    });
  }
  return buttons;
}
