import * as Phaser from 'phaser';
import { announceScene } from '../ui/announcer';
import { hasSavedGame } from '../ui/session';
import { ACTOR_IDS } from '../sim/types';
import { ACTOR_STYLE, COLORS, FONT, GAME_WIDTH, SPACE, css, textStyle } from '../ui/theme';
import { Button, FocusGroup, addBackdrop, addKeyHelp } from '../ui/widgets';

export const GAME_TITLE = 'Flashpoint: North Kosovo';
export const GAME_SUBTITLE = 'A classroom simulation of the 2023 crisis in northern Kosovo';

/** Title screen: New game, Continue (when a save exists), Sources & about. */
export class Title extends Phaser.Scene {
  constructor() {
    super('Title');
  }

  create(): void {
    addBackdrop(this);
    const cx = GAME_WIDTH / 2;

    this.add.text(cx, 176, GAME_TITLE, textStyle('display')).setOrigin(0.5);
    // A quiet band of the eight actors' colours, each with its tag below.
    const bandW = 8 * 72;
    const band = this.add.graphics();
    ACTOR_IDS.forEach((id, i) => {
      const x = cx - bandW / 2 + i * 72;
      band.fillStyle(ACTOR_STYLE[id].color, 1);
      band.fillRect(x + 4, 222, 64, 4);
      this.add
        .text(x + 36, 232, ACTOR_STYLE[id].tag, textStyle('tiny', { color: css(COLORS.textDim), fontSize: `${FONT.tiny - 2}px` }))
        .setOrigin(0.5, 0);
    });
    this.add.text(cx, 286, GAME_SUBTITLE, textStyle('h3', { fontStyle: 'normal', color: css(COLORS.textMuted) })).setOrigin(0.5);

    const group = new FocusGroup(this);
    const w = 380;
    const h = 56;
    const x = cx - w / 2;
    let y = 352;
    const saved = hasSavedGame();
    const newGame = group.add(
      new Button(this, { x, y, width: w, height: h, label: 'New game', hotkey: '1', variant: 'primary', onActivate: () => this.scene.start('Setup') }),
    );
    y += h + SPACE.md;
    group.add(
      new Button(this, {
        x,
        y,
        width: w,
        height: h,
        label: 'Continue',
        hotkey: '2',
        disabled: !saved,
        ...(saved ? {} : { disabledNote: 'no saved game yet' }),
        onActivate: () => this.scene.start('Game'),
      }),
    );
    y += h + SPACE.md;
    group.add(
      new Button(this, { x, y, width: w, height: h, label: 'Sources & about', hotkey: '3', onActivate: () => this.scene.start('Sources') }),
    );
    group.focusFirst(newGame);

    addKeyHelp(this, 'Tab or arrow keys: move · Enter or Space: choose · 1–3: shortcuts');
    this.add
      .text(SPACE.lg, this.scale.height - SPACE.sm, 'Scenario: North 2023 · April–June 2023', textStyle('tiny', { color: css(COLORS.textDim) }))
      .setOrigin(0, 1);

    announceScene(
      'Title',
      `${GAME_TITLE}. ${GAME_SUBTITLE}. Menu: New game, key 1; ${saved ? 'Continue, key 2; ' : ''}Sources and about, key 3.`,
    );
  }
}
