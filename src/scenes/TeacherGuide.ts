import * as Phaser from 'phaser';
import type { Messages } from '../text/messages';
import { announce, announceScene } from '../ui/announcer';
import { currentLocale, messages } from '../ui/i18n';
import { markdownBlocks } from '../ui/markdown';
import { printDocument } from '../ui/print';
import { COLORS, css, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, FocusGroup, HeaderBar, type ScrollBlock, ScrollText } from '../ui/widgets';
import { LinkList } from '../ui/widgets/LinkList';

interface Section {
  title: string;
  blocks: ScrollBlock[];
  /** The section's web links, in order, each once. */
  links: { label: string; url: string }[];
}

// The guide is a document, one Markdown file per language: docs/teacher-guide.md
// in English, docs/teacher-guide.<lang>.md in another language (when there is one).
const GUIDES = import.meta.glob<string>('../../docs/teacher-guide*.md', { query: '?raw', import: 'default', eager: true });
const ENGLISH_GUIDE = '../../docs/teacher-guide.md'; // not-text: a file path

/** The guide's file in the reader's language, else the English one. */
function guidePath(locale: string): string {
  const own = `../../docs/teacher-guide.${locale}.md`; // not-text: a file path
  return GUIDES[own] !== undefined ? own : ENGLISH_GUIDE;
}

/** The guide in the reader's language, else in English. */
export function guideText(locale: string = currentLocale()): string {
  return GUIDES[guidePath(locale)] ?? '';
}

/** The guide split at its second-level headings (the part before the first one is the introduction). */
export function guideSections(md: string = guideText(), m: Messages = messages()): Section[] {
  const { blocks, links } = markdownBlocks(md);
  const sections: Section[] = [];
  let cur: Section = { title: m.t('guide.introduction'), blocks: [], links: [] };
  const addLinks = (block: number) => {
    for (const l of links) if (l.block === block && !cur.links.some((x) => x.url === l.url)) cur.links.push({ label: l.text, url: l.url });
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'h2') {
      if (cur.blocks.length) sections.push(cur);
      cur = { title: b.text, blocks: [{ ...b, gapBefore: 0 }], links: [] };
      return;
    }
    addLinks(i);
    if (b.kind === 'h1' && cur.blocks.length === 0) {
      cur.blocks.push({ ...b, kind: 'h2', gapBefore: 0 });
      return;
    }
    cur.blocks.push(cur.blocks.length === 0 ? { ...b, gapBefore: 0 } : b);
  });
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
    const m = messages();
    const guide = guideText();
    addBackdrop(this);
    const header = new HeaderBar(this, { title: m.t('title.teachers'), right: m.t('guide.header') });
    const back = () => this.scene.start('Title');
    const group = new FocusGroup(this, { onEscape: back });
    const sections = guideSections(guide, m);
    this.section = Phaser.Math.Clamp(this.section, 0, sections.length - 1);

    const top = header.barHeight + 12;
    const lw = 330;
    this.add.text(16, top, m.t('guide.label.sections'), textStyle('label'));
    const listTop = top + 26;
    const avail = 636 - 10 - listTop;
    const rowH = Math.min(48, Math.floor(avail / sections.length));
    const buttons: Button[] = [];
    const textX = 16 + lw + SPACE.md;
    const textW = GAME_WIDTH - textX - 16;
    const linksH = 100;
    const text = new ScrollText(this, {
      x: textX,
      y: top,
      width: textW,
      height: 626 - top - linksH - SPACE.sm,
      blocks: sections[this.section]?.blocks ?? [],
      label: m.t('guide.label'),
    });
    // The section's web links, below its text: they open in a new tab.
    const links = new LinkList(this, {
      x: textX,
      y: 626 - linksH,
      width: textW,
      height: linksH,
      title: m.t('weblinks.heading.guide'),
      label: m.t('weblinks.label'),
      links: sections[this.section]?.links ?? [],
      emptyText: m.t('weblinks.none'),
    });
    const show = (i: number, speak: boolean) => {
      this.section = i;
      buttons.forEach((b, j) => b.setSelected(j === i));
      text.setBlocks(sections[i]?.blocks ?? []);
      links.setLinks(sections[i]?.links ?? []);
      if (speak) announce(m.t('guide.section.announce', { title: sections[i]?.title ?? '', text: text.plainText() }));
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
    group.add(links);
    group.add(new Button(this, { x: 16, y: 636, width: 200, height: 48, label: m.t('menu.back'), hint: '[Esc]', onActivate: back }));
    group.add(
      new Button(this, {
        x: GAME_WIDTH - 16 - 260,
        y: 636,
        width: 260,
        height: 48,
        label: m.t('guide.print'),
        hotkey: 'p',
        onActivate: () => {
          printDocument(m.t('guide.print.title', { game: m.t('title.game') }), markdownBlocks(guide).blocks);
          announce(m.t('guide.printed'));
        },
      }),
    );
    this.add
      .text(
        232,
        660,
        m.t('guide.file-note', { file: guidePath(m.locale).replace('../../', '') }),
        textStyle('tiny', { color: css(COLORS.textDim) }),
      )
      .setOrigin(0, 0.5);
    group.focusFirst(text);
    addKeyHelp(this, m.t('guide.keys'));
    announceScene(
      'TeacherGuide',
      m.t('guide.announce', {
        title: m.t('title.teachers'),
        sections: sections.map((s, i) => m.t('guide.announce.section', { n: i + 1, title: s.title })).join('; '),
        section: sections[this.section]?.title ?? '',
        text: text.plainText(),
      }),
    );
  }
}
