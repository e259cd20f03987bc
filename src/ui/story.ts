// The words of the story around a game (primer, background, epilogue) as
// ScrollText blocks, and the "don't show again" choice for new games. The
// scenario holds the data (Scenario.story); its messages hold the words.

import type { Scenario, StoryItem } from '../sim/types';
import type { Messages } from '../text/messages';
import { COLORS } from './theme';
import type { ScrollBlock } from './widgets';

/** The screens a scenario has, in reading order. */
export type StoryPart = 'primer' | 'background' | 'epilogue';

/** Which parts of the story a scenario tells (none: the screens are skipped). */
export function storyParts(scenario: Scenario): StoryPart[] {
  const s = scenario.story;
  const parts: StoryPart[] = [];
  if (s?.primer && (s.primer.sections.length > 0 || s.primer.dates.length > 0)) parts.push('primer');
  if (s?.background && s.background.items.length > 0) parts.push('background');
  if (s?.epilogue && s.epilogue.items.length > 0) parts.push('epilogue');
  return parts;
}

/** The parts shown before a game (the epilogue comes after it). */
export function introParts(scenario: Scenario): StoryPart[] {
  return storyParts(scenario).filter((p) => p !== 'epilogue');
}

/** "hrw.org · hlc-kosovo.org": the sites behind an item, without "www.". */
export function sourceSites(urls: readonly string[]): string {
  const sites: string[] = [];
  for (const u of urls) {
    let host = u;
    try {
      host = new URL(u).hostname.replace(/^www\./, '');
    } catch {
      // Not an address: shown as written.
    }
    if (!sites.includes(host)) sites.push(host);
  }
  return sites.join(' · ');
}

/** The primer's words as blocks: its paragraphs, then its key dates. */
export function primerBlocks(m: Messages, scenario: Scenario): ScrollBlock[] {
  const primer = scenario.story?.primer;
  if (!primer) return [];
  const blocks: ScrollBlock[] = [];
  for (const s of primer.sections) {
    blocks.push({ text: m.t(`primer.${s.id}.title`), kind: 'h3', gapBefore: blocks.length ? 16 : 0 });
    blocks.push({ text: m.t(`primer.${s.id}.text`), kind: 'small', color: COLORS.text, gapBefore: 4 });
  }
  if (primer.dates.length) {
    blocks.push({
      text: primer.datesTitle ? m.t(primer.datesTitle) : m.t('story.primer.dates', { count: primer.dates.length }),
      kind: 'h3',
      gapBefore: 16,
    });
    for (const d of primer.dates) {
      blocks.push({ text: m.t(`primer.date.${d.id}.date`), kind: 'label', color: COLORS.info, gapBefore: 10 });
      blocks.push({ text: m.t(`primer.date.${d.id}.text`), kind: 'small', color: COLORS.text, gapBefore: 2 });
    }
  }
  const all = [...primer.sections.flatMap((s) => s.sources), ...primer.dates.flatMap((d) => d.sources)];
  if (all.length) {
    blocks.push({ text: m.t('story.sources', { sites: sourceSites(all) }), kind: 'tiny', gapBefore: 16 });
    blocks.push({ text: m.t('story.sources.note'), kind: 'tiny', gapBefore: 4 });
  }
  return blocks;
}

/** A timeline (background or epilogue) as blocks: its introduction, then each item under its heading. */
export function timelineBlocks(m: Messages, scenario: Scenario, part: 'background' | 'epilogue'): ScrollBlock[] {
  const line = scenario.story?.[part];
  if (!line) return [];
  const blocks: ScrollBlock[] = [{ text: m.t(line.intro), kind: 'small', color: COLORS.textMuted }];
  let era: string | undefined;
  for (const item of line.items) {
    if (item.era && item.era !== era) {
      era = item.era;
      blocks.push({ text: m.t(item.era), kind: 'h3', gapBefore: 18 });
    }
    blocks.push(...itemBlocks(m, part, item));
  }
  blocks.push({ text: m.t('story.sources.note'), kind: 'tiny', gapBefore: 18 });
  return blocks;
}

function itemBlocks(m: Messages, part: 'background' | 'epilogue', item: StoryItem): ScrollBlock[] {
  return [
    {
      text: m.t('story.item.head', { date: m.t(`${part}.${item.id}.date`), title: m.t(`${part}.${item.id}.title`) }),
      kind: 'label',
      color: COLORS.info,
      gapBefore: 12,
    },
    { text: m.t(`${part}.${item.id}.text`), kind: 'small', color: COLORS.text, gapBefore: 2 },
    { text: m.t('story.sources', { sites: sourceSites(item.sources) }), kind: 'tiny', gapBefore: 2 },
  ];
}

// "Don't show this again": remembered in this browser for new games only (the
// briefing, the title screen and the sources screen still open it).
const SKIP_KEY = 'flashpoint.intro.skip'; // not-text: a storage key

/** The choice made in this visit when the browser's storage is blocked. */
let unstored: boolean | null = null;

/** Whether new games go straight to the briefing. */
export function introSkipped(): boolean {
  if (unstored !== null) return unstored;
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(SKIP_KEY) === '1';
  } catch {
    return false;
  }
}

/** Remembers (or forgets) the choice to skip the primer and background before new games. */
export function setIntroSkipped(skip: boolean): void {
  try {
    if (skip) localStorage.setItem(SKIP_KEY, '1');
    else localStorage.removeItem(SKIP_KEY);
    unstored = null;
  } catch {
    // Storage may be full or blocked: the choice then lasts for this visit.
    unstored = skip;
  }
}
