import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { scenarioLoaders } from '../../src/scenarios';
import { north2023EnglishParts } from '../../src/scenarios/north-2023/messages/en';
import { simulate } from '../../src/sim/simulate';
import type { MessageRef, Scenario } from '../../src/sim/types';
import { catalogueOf } from '../../src/text/messages';
import { englishCatalogue, englishParts } from '../../src/text/messages/en/index';
import { PSEUDO_LOCALE } from '../../src/text/pseudo';
import { tinyScenario } from '../fixtures/tiny-scenario';
import { placeholders, requiredKeys } from '../support/catalogue';
import { seeds } from './helpers';

// The message catalogues: the game's own (src/text/messages/<lang>/*.json) and
// each scenario's (its messages/<lang>.json). Every key a scenario's data
// implies is there, every message is valid ICU, no key is defined twice, every
// literal key the code asks for exists, and translations keep the placeholders.

const root = new URL('../..', import.meta.url).pathname;
const registered: Scenario[] = await Promise.all(Object.values(scenarioLoaders).map((load) => load()));
const scenarios: Scenario[] = [...registered, tinyScenario];

describe.each(scenarios.map((s) => [s.id, s] as const))('the %s catalogue', (_id, scenario) => {
  const en = scenario.messages.en ?? {};

  it('has every key its data implies', () => {
    const missing = [...requiredKeys(scenario)].filter(([k]) => !Object.hasOwn(en, k)).map(([k, why]) => `${k} (${why})`);
    expect(missing).toEqual([]);
  });

  it('has every key its debrief questions ask for, in 30 finished games', () => {
    const keysOf = (ref: MessageRef): string[] => [
      ref.key,
      ...Object.values(ref.params ?? {}).flatMap((p) => (typeof p === 'object' ? keysOf(p) : [])),
    ];
    const catalogue = catalogueOf(scenario);
    for (const seed of seeds(30, 'questions')) {
      const run = simulate(scenario, { seed });
      if (!run.ok) throw new Error(run.error);
      const asked = scenario.debriefQuestions(run.value.game.state).flatMap(keysOf);
      run.value.game.dispose();
      expect(
        asked.filter((k) => !Object.hasOwn(catalogue, k)),
        seed,
      ).toEqual([]);
    }
  });

  it('parses every message as ICU MessageFormat', () => {
    for (const [key, message] of Object.entries(en)) expect(() => parse(message), key).not.toThrow();
  });

  it('does not redefine a key of the game’s own catalogue', () => {
    expect(Object.keys(en).filter((k) => Object.hasOwn(englishCatalogue, k))).toEqual([]);
  });

  it('keeps the placeholders of every message in every language (en-XA generated)', () => {
    const english = catalogueOf(scenario, 'en');
    const locales = [...Object.keys(scenario.messages).filter((l) => l !== 'en'), PSEUDO_LOCALE];
    for (const locale of locales) {
      const other = catalogueOf(scenario, locale);
      for (const [key, message] of Object.entries(other)) {
        expect(Object.hasOwn(english, key), `${locale} ${key} has no English`).toBe(true);
        expect(placeholders(message), `${locale} ${key}`).toEqual(placeholders(english[key] ?? ''));
      }
    }
  });
});

describe('the game’s own catalogue', () => {
  it('parses every message as ICU MessageFormat', () => {
    for (const [key, message] of Object.entries(englishCatalogue)) expect(() => parse(message), key).not.toThrow();
  });

  it('defines each key in one file only', () => {
    expect(keysDefinedTwice(englishParts)).toEqual([]);
  });

  it('defines each key of North 2023 in one of its files only', () => {
    expect(keysDefinedTwice(north2023EnglishParts)).toEqual([]);
  });

  it('keeps the placeholders of every message in every language', () => {
    const dir = join(root, 'src/text/messages');
    const locales = readdirSync(dir).filter((d) => d !== 'en' && statSync(join(dir, d)).isDirectory());
    for (const locale of locales) {
      for (const file of readdirSync(join(dir, locale)).filter((f) => f.endsWith('.json'))) {
        const catalogue = JSON.parse(readFileSync(join(dir, locale, file), 'utf8')) as Record<string, string>;
        for (const [key, message] of Object.entries(catalogue)) {
          const english = englishCatalogue[key];
          expect(english, `${locale}/${file}: ${key} has no English`).toBeDefined();
          expect(placeholders(message), `${locale} ${key}`).toEqual(placeholders(english ?? ''));
        }
      }
    }
  });
});

describe('keys the code asks for', () => {
  /** Every .ts file under src/. */
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return name.endsWith('.ts') ? [path] : [];
    });
  // A literal key: .t('key') or .t("key"), possibly after a line break (template keys are checked by the data above).
  const LITERAL = /\.t\(\s*(['"])([^'"`$\s]+)\1/g;
  const literals = sources(join(root, 'src')).flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(LITERAL)].map((m) => ({ key: m[2] ?? '', where: relative(root, path) })),
  );

  it('finds the literal keys in the sources', () => {
    expect(literals.length).toBeGreaterThan(30);
    expect(literals.map((l) => l.key)).toContain('report.verification');
  });

  it('exist in the game’s catalogue or in a scenario’s', () => {
    const known = (key: string) => Object.hasOwn(englishCatalogue, key) || registered.some((s) => Object.hasOwn(s.messages.en ?? {}, key));
    expect(literals.filter((l) => !known(l.key)).map((l) => `${l.key} (${l.where})`)).toEqual([]);
  });

  it('that a scenario must word (scenario.title, outcomes) exist in every scenario', () => {
    const scenarioWorded = literals.filter((l) => !Object.hasOwn(englishCatalogue, l.key)).map((l) => l.key);
    for (const s of scenarios)
      expect(
        scenarioWorded.filter((k) => !Object.hasOwn(s.messages.en ?? {}, k)),
        s.id,
      ).toEqual([]);
  });
});

/** Keys that appear in more than one file of a catalogue split by area. */
function keysDefinedTwice(parts: Readonly<Record<string, Readonly<Record<string, string>>>>): string[] {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const [part, catalogue] of Object.entries(parts)) {
    for (const key of Object.keys(catalogue)) {
      if (seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${part})`);
      seen.set(key, part);
    }
  }
  return twice;
}
