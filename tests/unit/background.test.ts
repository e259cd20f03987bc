import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { north2023EnglishParts } from '../../src/scenarios/north-2023/messages/en';
import type { Scenario, StoryItem } from '../../src/sim/types';
import { messagesFor } from '../../src/text/messages';
import { storyMarkdown } from '../../src/text/story-doc';
import { introParts, primerBlocks, sourceSites, storyParts, timelineBlocks } from '../../src/ui/story';
import { tinyScenario } from '../fixtures/tiny-scenario';
import { en, scenario } from './helpers';

// The story around the game: the primer a newcomer reads first, the
// background before the game and the epilogue after it. Every item has its
// words and its sources (listed in docs/facts.md); a scenario without a story
// skips the screens; docs/background.md says what the game says.

const facts = readFileSync(new URL('../../docs/facts.md', import.meta.url), 'utf8');
const doc = readFileSync(new URL('../../docs/background.md', import.meta.url), 'utf8');
const story = scenario.story;
const background = story?.background?.items ?? [];
const epilogue = story?.epilogue?.items ?? [];
const primer = story?.primer;

const words = (part: string, item: StoryItem) => [`${part}.${item.id}.date`, `${part}.${item.id}.title`, `${part}.${item.id}.text`];

describe('North 2023: the primer, the background and the epilogue', () => {
  it('tells all three parts, the primer and background before the game', () => {
    expect(storyParts(scenario)).toEqual(['primer', 'background', 'epilogue']);
    expect(introParts(scenario)).toEqual(['primer', 'background']);
  });

  it.each([
    ['background', background],
    ['epilogue', epilogue],
  ] as const)('gives every %s item a date, a title and a text', (part, items) => {
    expect(items.length).toBeGreaterThanOrEqual(5);
    const missing = items.flatMap((i) => words(part, i)).filter((k) => !en.has(k));
    expect(missing).toEqual([]);
  });

  it('gives the primer its paragraphs, its five dates and the locator’s labels', () => {
    expect(primer?.dates).toHaveLength(5);
    const keys = [
      ...(primer?.sections ?? []).flatMap((s) => [`primer.${s.id}.title`, `primer.${s.id}.text`]),
      ...(primer?.dates ?? []).flatMap((d) => [`primer.date.${d.id}.date`, `primer.date.${d.id}.text`]),
      ...(primer?.locator?.regions ?? []).map((r) => `primer.locator.${r.id}`),
      ...(primer?.locator?.points ?? []).map((p) => `primer.locator.${p.id}`),
      primer?.locator?.caption ?? 'no caption',
      primer?.datesTitle ?? 'no dates title',
      story?.background?.intro ?? 'no intro',
      story?.epilogue?.intro ?? 'no intro',
      ...background.flatMap((i) => (i.era ? [i.era] : [])),
    ];
    expect(keys.filter((k) => !en.has(k))).toEqual([]);
  });

  it('rests every item on at least one source listed in docs/facts.md', () => {
    const items = [...(primer?.sections ?? []), ...(primer?.dates ?? []), ...background, ...epilogue];
    for (const item of items) expect(item.sources.length, item.id).toBeGreaterThan(0);
    const unlisted = items.flatMap((i) => i.sources).filter((url) => !facts.includes(url));
    expect(unlisted).toEqual([]);
  });

  it('keeps each part in order: by date within each heading, and the epilogue after June 2023', () => {
    const byEra = new Map<string, string[]>();
    for (const i of background) byEra.set(i.era ?? '', [...(byEra.get(i.era ?? '') ?? []), i.date]);
    for (const dates of byEra.values()) expect(dates).toEqual([...dates].sort());
    expect(epilogue.map((i) => i.date)).toEqual(epilogue.map((i) => i.date).sort());
    for (const i of epilogue) expect(i.date > '2023-06-30', i.id).toBe(true);
    expect(primer?.dates.map((d) => d.date)).toEqual(primer?.dates.map((d) => d.date).sort());
  });

  it('covers what the issue asks for', () => {
    const text = (part: string, items: readonly StoryItem[]) => items.map((i) => en.t(`${part}.${i.id}.text`) ?? '').join(' ');
    const before = text('background', background);
    for (const needle of [
      'Kosovo Memory Book',
      '13,535',
      'Human Rights Watch',
      'Chinese embassy',
      'apologised',
      'outdated',
      'Resolution 1244',
      'advisory opinion',
      'Constitutional Court',
      'Nenad Đurić',
      'barricades',
      'FK-3',
    ])
      expect(`${before} ${background.map((i) => en.t(`background.${i.id}.title`)).join(' ')}`, needle).toContain(needle);
    const after = text('epilogue', epilogue);
    for (const needle of [
      'Afrim Bunjaku',
      'three attackers',
      'Milan Radoičić',
      'would take part',
      '253 of 46,556',
      'euro',
      'nine of the ten',
    ])
      expect(after, needle).toContain(needle);
  });

  it('names every northern place in both languages', () => {
    const all = [...Object.values(north2023EnglishParts.background ?? {}), ...Object.values(north2023EnglishParts.epilogue ?? {})].join(
      ' ',
    );
    expect(all.length).toBeGreaterThan(1000);
    for (const [sr, sq] of [
      ['Zvečan', 'Zveçan'],
      ['Leposavić', 'Leposaviq'],
      ['Banjska', 'Banjskë'],
      ['Jarinje', 'Jarinjë'],
      ['Brnjak', 'Bërnjak'],
      ['Mitrovica', 'Mitrovicë'],
    ]) {
      const bare = all.split(`${sr}/${sq}`).join('');
      expect(bare, sr).not.toMatch(new RegExp(`${sr}(?!/)`));
    }
  });

  it('shows the sources as site names, and the words as blocks for the screen', () => {
    expect(sourceSites(['https://www.hrw.org/a', 'https://hrw.org/b', 'http://hlc-kosovo.org/?p=1'])).toBe('hrw.org · hlc-kosovo.org');
    const m = messagesFor(scenario, 'en');
    const blocks = timelineBlocks(m, scenario, 'background').map((b) => b.text);
    expect(blocks).toContain(en.t('background.era.war'));
    expect(blocks.some((b) => b.includes('Kosovo Memory Book'))).toBe(true);
    expect(primerBlocks(m, scenario).map((b) => b.text)).toContain(en.t('primer.dates.title'));
  });

  it('is written out for teachers in docs/background.md, word for word (npm run docs:background)', () => {
    expect(doc).toBe(storyMarkdown(scenario, messagesFor(scenario, 'en')));
  });
});

describe('a scenario without a story', () => {
  const none: Scenario = tinyScenario;

  it('has no parts, so the new-game flow goes straight to the briefing and the debrief offers no epilogue', () => {
    expect(none.story).toBeUndefined();
    expect(storyParts(none)).toEqual([]);
    expect(introParts(none)).toEqual([]);
    const m = messagesFor(none, 'en');
    expect(primerBlocks(m, none)).toEqual([]);
    expect(timelineBlocks(m, none, 'epilogue')).toEqual([]);
    expect(storyMarkdown(none, m)).toBe('');
  });
});
