import * as Phaser from 'phaser';
import { announceScene } from '../ui/announcer';
import { messages } from '../ui/i18n';
import { openScene } from '../ui/lazy-scenes';
import { defaultScenario } from '../ui/scenario-source';
import { sourcesBlocks } from '../ui/sources';
import { GAME_WIDTH, SPACE } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, FocusGroup, HeaderBar, ScrollText } from '../ui/widgets';

/** About the game, how it names things, and the key sources of the scenario (scrollable). */
export class Sources extends Phaser.Scene {
  constructor() {
    super('Sources');
  }

  create(): void {
    const scenario = defaultScenario();
    const m = messages(scenario);
    addBackdrop(this);
    const header = new HeaderBar(this, { title: m.t('title.sources'), right: m.t('title.game') });
    const back = () => this.scene.start('Title');
    const group = new FocusGroup(this, { onEscape: back });

    const top = header.barHeight + SPACE.md;
    const text = group.add(
      new ScrollText(this, {
        x: 64,
        y: top,
        width: GAME_WIDTH - 128,
        height: 720 - top - 96,
        blocks: sourcesBlocks(m, scenario),
        label: m.t('about.label'),
      }),
    );
    group.add(new Button(this, { x: 64, y: 720 - 72, width: 200, height: 48, label: m.t('menu.back'), hint: '[Esc]', onActivate: back }));
    group.add(
      new Button(this, {
        x: 280,
        y: 720 - 72,
        width: 280,
        height: 48,
        label: m.t('assumptions.button'),
        hotkey: 'a',
        onActivate: () => openScene(this, 'DesignAssumptions'),
      }),
    );
    group.focusFirst(text);
    addKeyHelp(this, m.t('about.keys'));

    announceScene('Sources', m.t('about.announce', { label: m.t('about.label'), text: text.plainText() }));
  }
}
