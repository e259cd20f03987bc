import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim/hash';
import { randomPolicy } from '../../src/sim/policies';
import { rngFromSeed } from '../../src/sim/rng';
import { simulate } from '../../src/sim/simulate';
import type { GameState } from '../../src/sim/types';
import { turnDates } from '../../src/text/dates';
import { catalogueOf, messagesFor } from '../../src/text/messages';
import { PSEUDO_LOCALE } from '../../src/text/pseudo';
import { gameReport } from '../../src/text/report';
import { codeIn } from '../support/cli';
import { scenario, seeds } from './helpers';

// The whole command-line report of 200 games, in English and in the
// pseudo-locale en-XA (every letter accented, text padded with "·"). The
// language must never change a game, and the pseudo-locale shows at once any
// text that does not come from the catalogue.
//
// The precise rule for "no English left" in en-XA: once the pieces that are
// data, not words, are taken out — the seed, the scenario id, the verification
// code and the turn dates (formatted by Intl, not by the catalogue) — no ASCII
// letter remains. Every letter of every message is accented in en-XA, so an
// unaccented letter can only come from text made outside the catalogue.
//
// A raw message key is what `t()` returns for a key the catalogue lacks: a
// known key prefix (the first part of any catalogue key) followed by ".part".

const en = messagesFor(scenario, 'en');
const xa = messagesFor(scenario, PSEUDO_LOCALE);
const prefixes = [...new Set(Object.keys(catalogueOf(scenario)).map((k) => k.split('.')[0]))];
const RAW_KEY = new RegExp(`\\b(?:${prefixes.join('|')})\\.[\\w-]+(?:\\.[\\w-]+)*`, 'g');

/** Games of every kind: every fourth seed has a human role playing at random, difficulties rotate. */
const games: GameState[] = seeds(200, 'pseudo').map((seed, i) => {
  const role = i % 4 === 0 ? scenario.actorIds[(i / 4) % scenario.actorIds.length] : undefined;
  const humans = role ? [role] : [];
  const policies = role ? { [role]: randomPolicy(rngFromSeed(`${seed}-policy`)) } : {};
  const run = simulate(scenario, { seed, difficulty: (['easy', 'normal', 'hard'] as const)[i % 3], humans, policies });
  if (!run.ok) throw new Error(run.error);
  const state = run.value.game.snapshot();
  run.value.game.dispose();
  return state;
});

const reports = new Map<string, string>();
/** The whole report of a game in a language (made once per game and language). */
function report(state: GameState, locale: 'en' | typeof PSEUDO_LOCALE): string {
  const key = `${locale}|${state.seed}`;
  let text = reports.get(key);
  if (text === undefined) {
    text = gameReport(locale === 'en' ? en : xa, scenario, state).join('\n');
    reports.set(key, text);
  }
  return text;
}

/** The en-XA report with its data (seed, scenario id, code, dates) taken out. */
function wordsOnly(text: string, state: GameState): string {
  let out = text.split(state.seed).join(' ').split(scenario.id).join(' ').split(stateHash(state)).join(' ');
  for (let t = 1; t <= state.turn; t++) out = out.split(turnDates(scenario, t, PSEUDO_LOCALE)).join(' ');
  return out;
}

describe('the report in the pseudo-locale en-XA (200 games)', () => {
  it('prints the same verification code as in English, the state’s own code', () => {
    for (const state of games) {
      const code = stateHash(state);
      expect(codeIn(report(state, 'en')), state.seed).toBe(code);
      expect(codeIn(report(state, PSEUDO_LOCALE)), state.seed).toBe(code);
    }
  });

  it('contains no raw message keys', () => {
    for (const state of games) expect(report(state, PSEUDO_LOCALE).match(RAW_KEY), state.seed).toBeNull();
  });

  it('leaves no unaccented letter outside the seed, the scenario id, the code and the dates', () => {
    for (const state of games) {
      const left = wordsOnly(report(state, PSEUDO_LOCALE), state)
        .split('\n')
        .filter((line) => /[A-Za-z]/.test(line));
      expect(left, state.seed).toEqual([]);
    }
  });

  it('is longer than the English, as a translation may be', () => {
    for (const state of games.slice(0, 20))
      expect([...report(state, PSEUDO_LOCALE)].length).toBeGreaterThan([...report(state, 'en')].length);
  });
});

describe('the report in English (200 games)', () => {
  it('contains no raw message keys', () => {
    for (const state of games) expect(report(state, 'en').match(RAW_KEY), state.seed).toBeNull();
  });

  it('finds a raw key when a message is missing (the check can fail)', () => {
    expect('Dice: action.kfor.nothing.risk.label — 20%'.match(RAW_KEY)).toEqual(['action.kfor.nothing.risk.label']);
  });
});
