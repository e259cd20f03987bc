import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inlineLinks, markdownBlocks } from '../../src/ui/markdown';
import { isWebAddress } from '../../src/ui/open-link';
import { historyLinks, shortAddress, sourceLinks } from '../../src/ui/sources';
import { en, scenario } from './helpers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const guide = readFileSync(path.join(root, 'docs/teacher-guide.md'), 'utf8');

/** The guide's second-level sections, by title. */
function sections(md: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of md.split(/^## /m).slice(1)) {
    const [title = '', ...body] = part.split('\n');
    out.set(title.trim(), body.join('\n'));
  }
  return out;
}

describe('links a person can follow', () => {
  it('shows a short address: the site, and "/…" when the link goes deeper', () => {
    expect(shortAddress('https://www.kossev.info/violence-ensues/')).toBe('kossev.info/…');
    expect(shortAddress('https://euobserver.com/')).toBe('euobserver.com');
    expect(shortAddress('http://en.people.cn/n3/2023/0531/c90000-20025964.html')).toBe('en.people.cn/…');
    expect(shortAddress('not an address')).toBe('not an address');
  });

  it('opens web addresses only, never javascript: or data:', () => {
    expect(isWebAddress('https://kossev.info/')).toBe(true);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('data:text/html,hi')).toBe(false);
    expect(isWebAddress('kossev.info')).toBe(false);
  });

  it('finds Markdown links and bare addresses, naming a bare one by the words before it when there are some', () => {
    expect(inlineLinks('See [the EU declaration](https://n1info.rs/x) and https://tass.com/politics/1623869.')).toEqual([
      { text: 'the EU declaration', url: 'https://n1info.rs/x' },
      { text: 'https://tass.com/politics/1623869', url: 'https://tass.com/politics/1623869' },
    ]);
    expect(inlineLinks('KFOR’s count, 29 May: https://cdt.ch/news/x')).toEqual([
      { text: 'KFOR’s count, 29 May', url: 'https://cdt.ch/news/x' },
    ]);
    expect(inlineLinks('[inside](#section) and [mail](mailto:a@b.c)')).toEqual([]);
  });

  it('lists every source of the scenario as a link under its group, and every source of the 2023 timeline', () => {
    const links = sourceLinks(en, scenario);
    for (const s of scenario.sources) expect(links).toContainEqual({ label: en.t(s.key), url: s.url });
    expect(links.filter((l) => 'group' in l)).toHaveLength(new Set(scenario.sources.map((s) => s.group)).size);
    const history = historyLinks(en, scenario);
    expect(history.map((l) => ('url' in l ? l.url : ''))).toEqual(scenario.history.map((h) => h.source));
    expect(history[0]).toMatchObject({ label: expect.stringMatching(/^23 Apr 2023: /) });
  });
});

describe('the teacher guide', () => {
  const parts = sections(guide);

  it('has a 45-minute and a 90-minute plan whose minutes add up', () => {
    for (const [title, total] of [
      ['The 45-minute lesson', 45],
      ['The 90-minute lesson', 90],
    ] as const) {
      const body = parts.get(title) ?? '';
      const steps = [...body.matchAll(/^\d+\. \*\*[^*]+\((\d+) minutes\)/gm)].map((m) => Number(m[1]));
      expect(steps.length, title).toBeGreaterThanOrEqual(4);
      expect(
        steps.reduce((a, b) => a + b, 0),
        title,
      ).toBe(total);
    }
  });

  it('gives the 45-minute plan 25 minutes of play, and the timing behind it', () => {
    expect(parts.get('The 45-minute lesson')).toMatch(/\*\*Play \(25 minutes\)\.\*\* Ten turns/);
    const timing = parts.get('How the lesson was timed') ?? '';
    expect(timing).toContain('200 words a minute');
    expect(timing).toContain('npm run lesson-timing');
    expect(timing).toContain('Brysbaert');
  });

  it('needs no command line in any lesson step', () => {
    for (const [title, body] of parts) if (title !== 'How the lesson was timed') expect(body, title).not.toMatch(/npm |npx |--seed|--role/);
  });

  it('describes What if?, start links with the lesson length, Class debrief and the printed debrief', () => {
    for (const title of ['A What if? demonstration', 'Start links and team names', 'The class debrief', 'The printed debrief'])
      expect(parts.has(title), title).toBe(true);
    expect(parts.get('Start links and team names')).toContain('&length=lesson');
    expect(parts.get('A What if? demonstration')).toMatch(/Always de-escalate.+Always escalate/s);
  });

  it('links each of its key sources, and each link reaches the guide screen’s link list', () => {
    const { links } = markdownBlocks(guide);
    const sourceSection = parts.get('Sources') ?? '';
    const urls = [...sourceSection.matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(links.map((l) => l.url)).toContain(url);
  });
});
