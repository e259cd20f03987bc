import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioLoaders } from '../../src/scenarios';
import { messagesFor } from '../../src/text/messages';
import { parseStartLink, startLinkFor } from '../../src/ui/link';
import { loadAllScenarios, provideScenarios } from '../../src/ui/scenario-source';

// Links are read against the scenarios the page has, as in the browser.
beforeAll(async () => {
  provideScenarios(scenarioLoaders);
  await loadAllScenarios();
});

/** A bad link's problem, in English words. */
const error = (q: string) => {
  const r = parseStartLink(q);
  return r && !r.ok ? messagesFor(null).ref(r.error) : '';
};

describe('start links', () => {
  it('ask for nothing on a plain page', () => {
    expect(parseStartLink('')).toBeNull();
    expect(parseStartLink('?utm=x')).toBeNull();
  });

  it('start a role with a seed', () => {
    const r = parseStartLink('?scenario=north-2023&seed=ZVECAN-4821&role=kfor');
    expect(r?.ok && r.value).toEqual({
      setup: { scenarioId: 'north-2023', role: 'kfor', seed: 'ZVECAN-4821', difficulty: 'normal' },
      speed: 'normal',
    });
  });

  it('watch with role=none, fast on request', () => {
    const r = parseStartLink('?scenario=north-2023&seed=a&role=none&speed=fast');
    expect(r?.ok && r.value.setup.role).toBe('watch');
    expect(r?.ok && r.value.speed).toBe('fast');
  });

  it('round-trip through startLinkFor', () => {
    const setup = { scenarioId: 'north-2023' as const, role: 'eu' as const, seed: 'Zvečan & co', difficulty: 'hard' as const };
    const r = parseStartLink(new URL(startLinkFor(setup, 'http://x/')).search);
    expect(r?.ok && r.value.setup).toEqual(setup);
  });

  it('start a hot-seat game with comma-separated roles, in the fixed actor order', () => {
    const r = parseStartLink('?scenario=north-2023&seed=HOT-1&role=KFOR,serbia,kosovo');
    expect(r?.ok && r.value.setup).toEqual({
      scenarioId: 'north-2023',
      role: 'serbia',
      seed: 'HOT-1',
      difficulty: 'normal',
      players: ['serbia', 'kosovo', 'kfor'],
    });
  });

  it('let hot-seat play the actors that are AI-only alone, up to all eight', () => {
    const all = 'china,russia,usa,eu,kfor,serbs,kosovo,serbia';
    const r = parseStartLink(`?seed=x&role=${all}`);
    expect(r?.ok && r.value.setup.players).toEqual(['serbia', 'kosovo', 'serbs', 'kfor', 'eu', 'usa', 'russia', 'china']);
    const two = parseStartLink('?seed=x&role=usa,russia');
    expect(two?.ok && two.value.setup).toMatchObject({ role: 'usa', players: ['usa', 'russia'] });
  });

  it('round-trip a hot-seat game through startLinkFor', () => {
    const setup = {
      scenarioId: 'north-2023' as const,
      role: 'kosovo' as const,
      seed: 'S',
      difficulty: 'easy' as const,
      players: ['kosovo' as const, 'eu' as const, 'china' as const],
    };
    const link = startLinkFor(setup, 'http://x/');
    expect(new URL(link).searchParams.get('role')).toBe('kosovo,eu,china');
    const r = parseStartLink(new URL(link).search);
    expect(r?.ok && r.value.setup).toEqual(setup);
  });

  it.each([
    ['?scenario=north-2023&seed=x&role=serbia,atlantis', /unknown actor: “atlantis”/],
    ['?scenario=north-2023&seed=x&role=serbia,serbia', /names a role twice/],
    ['?scenario=north-2023&seed=x&role=serbia,', /empty role/],
    ['?scenario=north-2023&seed=x&role=serbia,kosovo,serbs,kfor,eu,usa,russia,china,serbia', /role twice/],
  ])('explain a bad hot-seat link %#', (q, message) => {
    expect(error(q)).toMatch(message);
  });

  it.each([
    ['?scenario=atlantis&seed=x', /unknown scenario: “atlantis”/],
    ['?scenario=north-2023&role=kfor', /no seed code/],
    [`?scenario=north-2023&seed=${'x'.repeat(10_000)}`, /too long \(10000 characters; at most 200\)/],
    ['?scenario=north-2023&seed=x&role=usa', /role that cannot be played: “usa”/],
    ['?scenario=north-2023&seed=x&difficulty=insane', /unknown difficulty/],
    ['?scenario=north-2023&seed=x&speed=ludicrous', /unknown speed/],
    ['?scenario=north-2023&seed=x&role=serbia,kosovo,serbs,kfor,eu,usa,russia,china,atlantis', /unknown actor/],
  ])('explain a bad link %#', (q, message) => {
    expect(error(q)).toMatch(message);
  });

  it('give a problem as a message with its parameters (the screen puts it in words)', () => {
    const r = parseStartLink('?seed=x&role=usa');
    expect(r?.ok).toBe(false);
    if (r && !r.ok)
      expect(r.error).toEqual({ key: 'link.problem.not-playable', params: { role: 'usa', playable: 'serbia, kosovo, serbs, kfor, eu' } });
    expect(error('?seed=x&role=usa')).toBe(
      'The link names a role that cannot be played: “usa”. Playable: serbia, kosovo, serbs, kfor, eu, or none to watch.',
    );
  });

  it('never crashes on any start link', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 50 }), fc.string({ maxLength: 20 }), (junk, seed, role) => {
        const q = `?scenario=north-2023&seed=${encodeURIComponent(seed)}&role=${encodeURIComponent(role)}&${junk}`;
        const r = parseStartLink(q);
        expect(r === null || r.ok || r.error.key.length > 0).toBe(true);
        expect(() => parseStartLink(junk)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
