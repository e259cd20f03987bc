// The "Sources & about" screen's text: what the game is, how it names things,
// and the key public sources behind its facts. The words are the scenario's
// messages (`sources.*`); the list and its order are the scenario's data.

import type { Scenario } from '../sim/types';
import type { Messages } from '../text/messages';
import type { ScrollBlock } from './widgets';

/** A message of several paragraphs (separated by a blank line), or none when the scenario lacks it. */
function paragraphs(m: Messages, key: string): string[] {
  if (!m.has(key)) return [];
  return m
    .t(key)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The whole screen as ScrollText blocks, in the reader's language. */
export function sourcesBlocks(m: Messages, scenario: Scenario): ScrollBlock[] {
  const blocks: ScrollBlock[] = [{ text: m.t('about.heading.about'), kind: 'h3' }];
  for (const p of paragraphs(m, 'sources.about')) blocks.push({ text: p, kind: 'small' });
  blocks.push({ text: m.t('about.heading.naming'), kind: 'h3', gapBefore: 18 });
  for (const p of paragraphs(m, 'sources.naming')) blocks.push({ text: p, kind: 'small' });
  blocks.push({ text: m.t('about.heading.sources'), kind: 'h3', gapBefore: 18 });
  for (const p of paragraphs(m, 'sources.note')) blocks.push({ text: p, kind: 'small' });
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
