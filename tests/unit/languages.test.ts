import { describe, expect, it } from 'vitest';
import { languageForBrowser } from '../../src/text/languages';
import { catalogueOf, hasCatalogue, isLocale, provideCatalogue } from '../../src/text/messages';
import { tinyScenario } from '../fixtures/tiny-scenario';

// Which language a first visit gets from the browser, and how a loaded
// language reaches the screens (with English for anything it lacks).

describe('the language of a first visit', () => {
  it('is Albanian for an Albanian browser', () => {
    expect(languageForBrowser(['sq-AL', 'en'])).toBe('sq');
    expect(languageForBrowser(['sq'])).toBe('sq');
  });

  it('is Serbian Cyrillic for Serbian (its default script) and Serbian Latin when Latin is asked for', () => {
    expect(languageForBrowser(['sr-RS'])).toBe('sr-Cyrl');
    expect(languageForBrowser(['sr'])).toBe('sr-Cyrl');
    expect(languageForBrowser(['sr-Latn-RS'])).toBe('sr-Latn');
    expect(languageForBrowser(['sr-ME'])).toBe('sr-Latn');
  });

  it('follows the browser’s order of preference', () => {
    expect(languageForBrowser(['de', 'sq', 'sr'])).toBe('sq');
    expect(languageForBrowser(['en-US', 'sr'])).toBe('en');
  });

  it('is English when the browser asks for none of the game’s languages', () => {
    expect(languageForBrowser(['de-DE', 'fr'])).toBe('en');
    expect(languageForBrowser([])).toBe('en');
  });
});

describe('a loaded language', () => {
  it('knows the tags a start link may carry, and no others', () => {
    for (const tag of ['en', 'sr-Latn', 'sr-Cyrl', 'sq']) expect(isLocale(tag)).toBe(true);
    for (const tag of ['sr', 'SQ', 'de', '', '<b>']) expect(isLocale(tag)).toBe(false);
  });

  it('shows its own words and English for any message it lacks', () => {
    const english = catalogueOf(tinyScenario, 'en');
    const [key, other] = Object.keys(english);
    if (!key || !other) throw new Error('the tiny scenario has messages');
    expect(hasCatalogue(tinyScenario.id, 'x-test')).toBe(false);
    provideCatalogue(tinyScenario.id, 'x-test', { [key]: 'prevedeno' });
    expect(hasCatalogue(tinyScenario.id, 'x-test')).toBe(true);
    const shown = catalogueOf(tinyScenario, 'x-test');
    expect(shown[key]).toBe('prevedeno');
    expect(shown[other]).toBe(english[other]);
  });
});
