import * as Phaser from 'phaser';
import { announceScene } from '../ui/announcer';
import { type AssumptionLine, assumptionLines } from '../ui/assumptions';
import { messages } from '../ui/i18n';
import { defaultScenario } from '../ui/scenario-source';
import { GAME_WIDTH, SPACE } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, FocusGroup, HeaderBar, type ScrollBlock, ScrollText } from '../ui/widgets';

/** How each line of the page is set. */
function block(line: AssumptionLine, first: boolean): ScrollBlock {
  if (line.kind === 'h2') return { text: line.text, kind: 'h3', gapBefore: first ? 0 : 20 };
  if (line.kind === 'h3') return { text: line.text, kind: 'label', gapBefore: 12 };
  if (line.kind === 'item') return { text: `• ${line.text}`, kind: 'small', gapBefore: 4, indent: 12 }; // not-text: a bullet mark
  return { text: line.text, kind: 'small' };
}

/** The design assumptions: what the model simplifies, each actor's aims and their basis, the odds (scrollable). */
export class DesignAssumptions extends Phaser.Scene {
  constructor() {
    super('DesignAssumptions');
  }

  create(): void {
    const scenario = defaultScenario();
    const m = messages(scenario);
    addBackdrop(this);
    const header = new HeaderBar(this, { title: m.t('assumptions.title'), right: m.t('title.game') });
    const back = () => this.scene.start('Sources');
    const group = new FocusGroup(this, { onEscape: back });

    const top = header.barHeight + SPACE.md;
    const text = group.add(
      new ScrollText(this, {
        x: 64,
        y: top,
        width: GAME_WIDTH - 128,
        height: 720 - top - 96,
        blocks: assumptionLines(m, scenario).map((l, i) => block(l, i === 0)),
        label: m.t('assumptions.label'),
      }),
    );
    group.add(new Button(this, { x: 64, y: 720 - 72, width: 200, height: 48, label: m.t('menu.back'), hint: '[Esc]', onActivate: back }));
    group.focusFirst(text);
    addKeyHelp(this, m.t('assumptions.keys'));

    announceScene('DesignAssumptions', m.t('assumptions.announce', { title: m.t('assumptions.title'), text: text.plainText() }));
  }
}
