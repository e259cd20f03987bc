import * as Phaser from 'phaser';
import { announceScene } from '../ui/announcer';
import { sourcesBlocks } from '../ui/sources';
import { GAME_WIDTH, SPACE } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, FocusGroup, HeaderBar, ScrollText } from '../ui/widgets';

/** About the game, how it names things, and the key sources (scrollable). */
export class Sources extends Phaser.Scene {
  constructor() {
    super('Sources');
  }

  create(): void {
    addBackdrop(this);
    const header = new HeaderBar(this, { title: 'Sources & about', right: 'Flashpoint: North Kosovo' });
    const back = () => this.scene.start('Title');
    const group = new FocusGroup(this, { onEscape: back });

    const top = header.barHeight + SPACE.md;
    const text = group.add(
      new ScrollText(this, {
        x: 64,
        y: top,
        width: GAME_WIDTH - 128,
        height: 720 - top - 96,
        blocks: sourcesBlocks(),
        label: 'Sources and about',
      }),
    );
    group.add(new Button(this, { x: 64, y: 720 - 72, width: 200, height: 48, label: 'Back', hint: '[Esc]', onActivate: back }));
    group.focusFirst(text);
    addKeyHelp(this, 'Arrow keys, Page Up/Down or mouse wheel: scroll · Tab: move · Esc: back');

    announceScene('Sources', `Sources and about. ${text.plainText()}`);
  }
}
