import * as Phaser from 'phaser';
import guideText from '../../docs/teacher-guide.md?raw';
import { announce, announceScene } from '../ui/announcer';
import { markdownBlocks } from '../ui/markdown';
import { printDocument } from '../ui/print';
import { COLORS, css, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, FocusGroup, HeaderBar, type ScrollBlock, ScrollText } from '../ui/widgets';

interface Section {
  title: string;
  blocks: ScrollBlock[];
}

/** The guide split at its second-level headings (the part before the first one is the introduction). */
export function guideSections(md: string = guideText): Section[] {
  const { blocks } = markdownBlocks(md);
  const sections: Section[] = [];
  let cur: Section = { title: 'About this guide', blocks: [] };
  for (const b of blocks) {
    if (b.kind === 'h2') {
      if (cur.blocks.length) sections.push(cur);
      cur = { title: b.text, blocks: [{ ...b, gapBefore: 0 }] };
      continue;
    }
    if (b.kind === 'h1' && cur.blocks.length === 0) {
      cur.blocks.push({ ...b, kind: 'h2', gapBefore: 0 });
      continue;
    }
    cur.blocks.push(cur.blocks.length === 0 ? { ...b, gapBefore: 0 } : b);
  }
  if (cur.blocks.length) sections.push(cur);
  return sections;
}

/** For teachers: docs/teacher-guide.md, one section at a time, readable by keyboard. */
export class TeacherGuide extends Phaser.Scene {
  private section = 0;

  constructor() {
    super('TeacherGuide');
  }

  init(data: { section?: number }): void {
    this.section = data?.section ?? 0;
    // Phaser keeps the last start data for a later start without data: forget it once read.
    this.sys.settings.data = {};
  }

  create(): void {
    addBackdrop(this);
    const header = new HeaderBar(this, { title: 'For teachers', right: 'Lesson plans, roles, shared seeds, the class debrief, sources' });
    const back = () => this.scene.start('Title');
    const group = new FocusGroup(this, { onEscape: back });
    const sections = guideSections();
    this.section = Phaser.Math.Clamp(this.section, 0, sections.length - 1);

    const top = header.barHeight + 12;
    const lw = 330;
    this.add.text(16, top, 'SECTIONS', textStyle('label'));
    const listTop = top + 26;
    const avail = 636 - 10 - listTop;
    const rowH = Math.min(48, Math.floor(avail / sections.length));
    const buttons: Button[] = [];
    const text = new ScrollText(this, {
      x: 16 + lw + SPACE.md,
      y: top,
      width: GAME_WIDTH - (16 + lw + SPACE.md) - 16,
      height: 626 - top,
      blocks: sections[this.section]?.blocks ?? [],
      label: 'Teacher’s guide',
    });
    const show = (i: number, speak: boolean) => {
      this.section = i;
      buttons.forEach((b, j) => b.setSelected(j === i));
      text.setBlocks(sections[i]?.blocks ?? []);
      if (speak) announce(`${sections[i]?.title ?? ''}. ${text.plainText()}`);
    };
    sections.forEach((s, i) => {
      const b = new Button(this, {
        x: 16,
        y: listTop + i * rowH,
        width: lw,
        height: rowH - 6,
        label: s.title,
        ...(i < 9 ? { hotkey: String(i + 1) } : {}),
        toggle: true,
        selected: i === this.section,
        fontSize: 15,
        onActivate: () => {
          show(i, true);
        },
      });
      buttons.push(group.add(b));
    });
    group.add(text);
    group.add(new Button(this, { x: 16, y: 636, width: 200, height: 48, label: 'Back', hint: '[Esc]', onActivate: back }));
    group.add(
      new Button(this, {
        x: GAME_WIDTH - 16 - 260,
        y: 636,
        width: 260,
        height: 48,
        label: 'Print the guide',
        hotkey: 'p',
        onActivate: () => {
          printDocument('Flashpoint: North Kosovo — guide for teachers', markdownBlocks(guideText).blocks);
          announce('The guide was sent to the printer.');
        },
      }),
    );
    this.add
      .text(232, 660, 'The same text is in docs/teacher-guide.md.', textStyle('tiny', { color: css(COLORS.textDim) }))
      .setOrigin(0, 0.5);
    group.focusFirst(text);
    addKeyHelp(this, '1–9: sections · arrow keys, Page Up/Down or wheel: scroll the text · Tab: move · P: print · Esc: back');
    announceScene(
      'TeacherGuide',
      `For teachers. Sections: ${sections.map((s, i) => `${i + 1}, ${s.title}`).join('; ')}. ${sections[this.section]?.title ?? ''}: ${text.plainText()}`,
    );
  }
}
