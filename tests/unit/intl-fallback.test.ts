// Where the platform's Intl lacks a language (Chromium has no Albanian data),
// dates and lists come from the catalogue's own patterns, written as Intl
// writes them where it has the data (Node): the browser and the CLI agree.
import { describe, expect, it } from 'vitest';
import { turnDays } from '../../src/text/dates';
import { fallbackDate, fallbackList, fallbackMonth, fallbackRange } from '../../src/text/intl-fallback';
import { loadLanguage } from '../../src/text/languages';
import { messagesFor } from '../../src/text/messages';
import { scenario } from './helpers';

await loadLanguage('sq', [scenario]);
await loadLanguage('sr-Latn', [scenario]);

describe('dates and lists without the platform’s data', () => {
  it.each(['sq', 'en'])('write every turn of North 2023 in %s as Node’s Intl does', (locale) => {
    const intl = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let turn = 1; turn <= scenario.lastTurn; turn++) {
      const { first, last } = turnDays(scenario, turn);
      expect(fallbackRange(locale, first, last).replace(/\s/g, ' ')).toBe(intl.formatRange(first, last).replace(/\s/g, ' '));
      expect(fallbackDate(locale, first).replace(/\s/g, ' ')).toBe(intl.format(first).replace(/\s/g, ' '));
    }
  });

  it('writes dates across a new year in full', () => {
    expect(fallbackRange('sq', new Date('2022-12-30T00:00:00Z'), new Date('2023-01-01T00:00:00Z'))).toBe('30 dhj 2022 – 1 jan 2023');
  });

  it('names months in full and joins lists with the language’s own "and" and "or"', () => {
    expect(fallbackMonth('sq', new Date('2023-06-10T00:00:00Z'))).toBe('qershor');
    const sq = messagesFor(scenario, 'sq');
    expect(fallbackList(sq, ['Serbia', 'Kosova', 'KFOR'], 'conjunction')).toBe('Serbia, Kosova dhe KFOR');
    expect(fallbackList(sq, ['Serbia', 'Kosova'], 'disjunction')).toBe('Serbia ose Kosova');
    expect(fallbackList(sq, ['KFOR'], 'conjunction')).toBe('KFOR');
  });
});
