import * as Phaser from 'phaser';
import { announceScene } from '../ui/announcer';
import { currentSetup } from '../ui/session';
import { COLORS, GAME_WIDTH, css, textStyle } from '../ui/theme';
import { Button, FocusGroup, HeaderBar, addBackdrop } from '../ui/widgets';

// PLACEHOLDER: the lead replaces this file with the real game screen.
export class Game extends Phaser.Scene {
  constructor() {
    super('Game');
  }

  create(): void {
    addBackdrop(this);
    new HeaderBar(this, { title: 'North 2023', right: currentSetup() ? `seed ${currentSetup()?.seed}` : '' });
    this.add
      .text(GAME_WIDTH / 2, 320, 'The game screen comes next.', textStyle('h2', { color: css(COLORS.textMuted) }))
      .setOrigin(0.5);
    const group = new FocusGroup(this, { onEscape: () => this.scene.start('Title') });
    const b = group.add(
      new Button(this, { x: GAME_WIDTH / 2 - 150, y: 400, width: 300, label: 'Back to the title', hint: '[Esc]', onActivate: () => this.scene.start('Title') }),
    );
    group.focusFirst(b);
    announceScene('Game', 'Game screen placeholder.');
  }
}
