// The "Sources & about" screen's text: what the game is, how it names things,
// and the key public sources behind its facts. The words are the scenario's
// messages (`sources.*`); the list and its order are the scenario's data.

import type { Scenario } from '../sim/types';
import type { Messages } from '../text/messages';
import type { ScrollBlock } from './widgets';
import type { LinkEntry } from './widgets/LinkList';

/** A message of several paragraphs (separated by a blank line), or none when the scenario lacks it. */
export function paragraphs(m: Messages, key: string): string[] {
  if (!m.has(key)) return [];
  return m
    .t(key)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** What the game is, how it names things, and how its sources were used (the screen's text beside the links). */
export function aboutBlocks(m: Messages): ScrollBlock[] {
  const blocks: ScrollBlock[] = [{ text: m.t('about.heading.about'), kind: 'h3' }];
  for (const p of paragraphs(m, 'sources.about')) blocks.push({ text: p, kind: 'small' });
  blocks.push({ text: m.t('about.heading.naming'), kind: 'h3', gapBefore: 18 });
  for (const p of paragraphs(m, 'sources.naming')) blocks.push({ text: p, kind: 'small' });
  blocks.push({ text: m.t('about.heading.sources'), kind: 'h3', gapBefore: 18 });
  for (const p of paragraphs(m, 'sources.note')) blocks.push({ text: p, kind: 'small' });
  return blocks;
}

/** The whole text with every source and its address, as ScrollText blocks, in the reader's language. */
export function sourcesBlocks(m: Messages, scenario: Scenario): ScrollBlock[] {
  const blocks = aboutBlocks(m);
  let group: string | null = null;
  for (const source of scenario.sources) {
    if (source.group !== group) {
      group = source.group;
      blocks.push({ text: m.t(group), kind: 'label', gapBefore: 14 });
    }
    blocks.push({ text: m.t(source.key), kind: 'small', gapBefore: 6, indent: 12 });
    blocks.push({ text: source.url, kind: 'tiny', gapBefore: 0, indent: 12 });
  }
  return blocks;
}

/** The scenario's sources as links, under their groups' headings. */
export function sourceLinks(m: Messages, scenario: Scenario): LinkEntry[] {
  const links: LinkEntry[] = [];
  let group: string | null = null;
  for (const source of scenario.sources) {
    if (source.group !== group) {
      group = source.group;
      links.push({ group: m.t(group) });
    }
    links.push({ label: m.t(source.key), url: source.url });
  }
  return links;
}

/** The sources of the real timeline the debrief sets beside the game, each named by its date and its event. */
export function historyLinks(m: Messages, scenario: Scenario): LinkEntry[] {
  const links: LinkEntry[] = [];
  for (const h of scenario.history)
    if (h.source)
      links.push({
        label: m.t('weblink.history', { date: m.t(`history.${h.id}.date`), text: m.t(`history.${h.id}.text`) }),
        url: h.source,
      });
  return links;
}

/**
 * A short address to show beside a link: the site, and "/…" when the link goes
 * deeper ("kossev.info/…"). An address that is not a web address is shown whole.
 */
export function shortAddress(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return url;
    const host = u.hostname.replace(/^www\./, '');
    const deeper = u.pathname.replace(/\/+$/, '') !== '' || u.search !== '';
    return deeper ? `${host}/…` : host;
  } catch {
    return url;
  }
}
