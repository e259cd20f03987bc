// A small Markdown reader for the in-game documents (the teacher's guide):
// headings, paragraphs, bullet and numbered lists, turned into ScrollText
// blocks. Inline marks (**bold**, `code`, [text](url)) become plain text.

import { COLORS } from './theme';
import type { ScrollBlock } from './widgets';

/** A fenced code block's marker (three backticks). */
const FENCE = '\x60\x60\x60';

export function inlineText(s: string): string {
  return s
    .replace(/\[([^\]]+)\]\((<[^>]*>|[^)]*)\)/g, (_m, text: string, url: string) => {
      const u = url.replace(/^<|>$/g, '');
      return u && !u.startsWith('#') && u !== text ? `${text} (${u})` : text;
    })
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1$2')
    .replace(/\x60([^\x60]+)\x60/g, '$1'); // \x60: a backtick (code marks)
}

/** A web link in the document: its words (or its address) and its address, and the block it is in. */
export interface MarkdownLink {
  text: string;
  url: string;
  block: number;
}

/** The web links of a line of Markdown: [text](https://…) and bare https://… addresses, in order. */
export function inlineLinks(s: string): { text: string; url: string }[] {
  const out: { text: string; url: string }[] = [];
  const re = /\[([^\]]+)\]\((<[^>]*>|[^)]*)\)|<?(https?:\/\/[^\s<>]+)/g;
  for (let hit = re.exec(s); hit; hit = re.exec(s)) {
    if (hit[1] !== undefined) {
      const url = (hit[2] ?? '').replace(/^<|>$/g, '');
      if (/^https?:\/\//.test(url)) out.push({ text: inlineText(hit[1]), url });
    } else if (hit[3]) {
      const url = hit[3].replace(/[.,;:!?)>]+$/, '');
      // A bare address is named by the words since the last link ("KFOR's count, 29 May: https://…"), else by itself.
      const before = inlineText(
        s
          .slice(0, hit.index)
          .split(/https?:\/\/\S+/)
          .pop() ?? '',
      )
        .replace(/[\s:–—-]+$/, '')
        .trim();
      out.push({ text: before.split(/\s+/).length >= 2 ? before : url, url });
    }
  }
  return out;
}

export interface MarkdownHeading {
  level: number;
  text: string;
  /** Index of the heading's block in the result. */
  block: number;
}

/** Blocks for ScrollText, and the headings (for a table of contents). */
export function markdownBlocks(md: string): { blocks: ScrollBlock[]; headings: MarkdownHeading[]; links: MarkdownLink[] } {
  const blocks: ScrollBlock[] = [];
  const headings: MarkdownHeading[] = [];
  const links: MarkdownLink[] = [];
  const linksOf = (line: string, block: number) => {
    for (const l of inlineLinks(line)) links.push({ ...l, block });
  };
  let para: string[] = [];
  let inFence = false;
  const flush = () => {
    if (para.length) {
      linksOf(para.join(' '), blocks.length);
      blocks.push({ text: inlineText(para.join(' ')), kind: 'small', color: COLORS.text, gapBefore: 8 });
    }
    para = [];
  };
  for (const raw of md.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith(FENCE)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      blocks.push({ text: line || ' ', kind: 'small', color: COLORS.textMuted, gapBefore: 0, indent: 16 });
      continue;
    }
    const h = /^(#{1,4})\s+(.*)$/.exec(line);
    if (h) {
      flush();
      const level = (h[1] ?? '#').length;
      const text = inlineText(h[2] ?? '');
      headings.push({ level, text, block: blocks.length });
      blocks.push({
        text,
        kind: level === 1 ? 'h1' : level === 2 ? 'h2' : 'h3',
        gapBefore: blocks.length === 0 ? 0 : level <= 2 ? 22 : 14,
      });
      continue;
    }
    const li = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (li) {
      flush();
      const depth = Math.min(2, Math.floor((li[1] ?? '').length / 2));
      const marker = /\d/.test(li[2] ?? '') ? (li[2] ?? '') : '•';
      linksOf(li[3] ?? '', blocks.length);
      blocks.push({
        text: `${marker} ${inlineText(li[3] ?? '')}`,
        kind: 'small',
        color: COLORS.text,
        gapBefore: 4,
        indent: 12 + depth * 22,
      });
      continue;
    }
    if (line.trim() === '' || /^-{3,}$/.test(line.trim())) {
      flush();
      continue;
    }
    if (line.startsWith('>')) {
      flush();
      linksOf(line, blocks.length);
      blocks.push({ text: inlineText(line.replace(/^>\s?/, '')), kind: 'small', color: COLORS.textMuted, gapBefore: 6, indent: 16 });
      continue;
    }
    // A continuation line of a list item joins it.
    const last = blocks[blocks.length - 1];
    if (para.length === 0 && last && last.indent && /^\s+\S/.test(raw) && !last.text.startsWith(FENCE)) {
      linksOf(line, blocks.length - 1);
      last.text = `${last.text} ${inlineText(line.trim())}`;
      continue;
    }
    para.push(line.trim());
  }
  flush();
  return { blocks, headings, links };
}
