import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioLoaders } from '../../src/scenarios';
import { messagesFor } from '../../src/text/messages';
import { parseStartLink, startLinkFor } from '../../src/ui/link';
import { loadAllScenarios, provideScenarios } from '../../src/ui/scenario-source';
import { briefingOf, cleanSetup, type GameSetup, validateSetup } from '../../src/ui/session';

// Start links and setups with a game length and a team name, read against the
// scenarios the page has, as in the browser.
beforeAll(async () => {
  provideScenarios(scenarioLoaders);
  await loadAllScenarios();
});

const english = messagesFor(null);
const error = (q: string) => {
  const r = parseStartLink(q);
  return r && !r.ok ? english.ref(r.error) : '';
};

describe('start links with a length', () => {
  it('&length=lesson starts the lesson length', () => {
    const r = parseStartLink('?scenario=north-2023&seed=classroom-1&role=none&speed=fast&length=lesson');
    expect(r?.ok && r.value).toEqual({
      setup: { scenarioId: 'north-2023', role: 'watch', seed: 'classroom-1', difficulty: 'normal', length: 'lesson' },
      speed: 'fast',
    });
  });

  it('&length=full, or no length, is the full game (the setup names no length)', () => {
    for (const q of ['?seed=a&role=kfor&length=full', '?seed=a&role=kfor']) {
      const r = parseStartLink(q);
      expect(r?.ok && 'length' in r.value.setup).toBe(false);
    }
  });

  it('a length the scenario does not have is explained, listing the lengths it has', () => {
    expect(error('?seed=a&role=kfor&length=weekend')).toBe(
      'The link asks for a game length “weekend” that this scenario does not have (it has: full, lesson).',
    );
  });

  it('a hot-seat link keeps its length', () => {
    const r = parseStartLink('?seed=a&role=serbia,kosovo&length=lesson');
    expect(r?.ok && r.value.setup).toMatchObject({ players: ['serbia', 'kosovo'], length: 'lesson' });
  });

  it('Copy start link writes the length, and reads back the same setup (the team name stays out of links)', () => {
    const setup: GameSetup = {
      scenarioId: 'north-2023',
      role: 'kfor',
      seed: 'ZVECAN-4821',
      difficulty: 'normal',
      length: 'lesson',
      team: 'Team 3',
    };
    const link = startLinkFor(setup, 'https://x.org/');
    expect(link).toBe('https://x.org/?scenario=north-2023&seed=ZVECAN-4821&role=kfor&length=lesson');
    const back = parseStartLink(link.slice(link.indexOf('?')));
    expect(back?.ok && back.value.setup).toEqual({
      scenarioId: 'north-2023',
      role: 'kfor',
      seed: 'ZVECAN-4821',
      difficulty: 'normal',
      length: 'lesson',
    });
  });
});

describe('setups with a length and a team name', () => {
  const base: GameSetup = { scenarioId: 'north-2023', role: 'kfor', seed: 'S-1', difficulty: 'normal' };

  it('accept the scenario’s lengths and refuse others with a message', () => {
    expect(validateSetup({ ...base, length: 'lesson' })).toBeNull();
    expect(english.ref(validateSetup({ ...base, length: 'weekend' }) ?? { key: 'none' })).toBe(
      'This scenario has no game length “weekend”.',
    );
  });

  it('are cleaned: the team name tidied or dropped, the full length left out', () => {
    expect(cleanSetup({ ...base, seed: ' S-1 ', length: 'full', team: '  Team <3>  ' })).toEqual({ ...base, team: 'Team 3' });
    expect(cleanSetup({ ...base, length: 'lesson', team: '<>' })).toEqual({ ...base, length: 'lesson' });
  });
});

describe('the lesson briefing', () => {
  it('describes 23 May, not late April: the full game keeps its own briefing', async () => {
    const { north2023 } = await import('../../src/scenarios/north-2023');
    const base: GameSetup = { scenarioId: 'north-2023', role: 'kfor', seed: 'S-1', difficulty: 'normal' };
    const m = messagesFor(north2023, 'en');
    const lesson = briefingOf(north2023, { ...base, length: 'lesson' }).map((k) => m.t(k));
    expect(lesson[0]).toMatch(/^Northern Kosovo, 23 May 2023/);
    expect(lesson.join(' ')).toMatch(/On 19 May Erden Atiq entered the municipal building of North Mitrovica/);
    expect(briefingOf(north2023, base)).toBe(north2023.briefing);
  });
});
