import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { scenarioCards } from '../../src/scenarios';
import type { ScenarioCard } from '../../src/sim/types';
import { catalogueToCyrillic } from '../../src/text/cyrillic';
import { LANGUAGES, loadLanguage } from '../../src/text/languages';
import { type Catalogue, catalogueOf, LOCALES } from '../../src/text/messages';
import { englishCatalogue } from '../../src/text/messages/en/index';
import { catalogue as albanianGame } from '../../src/text/messages/sq/index';
import { catalogue as serbianGame } from '../../src/text/messages/sr-Latn/index';

// Every language has every message: each translation has exactly English's
// keys, valid ICU, the same placeholders and select options, and the plural
// categories its own language needs (Serbian one/few/other). Serbian Cyrillic
// is made from Serbian Latin and is checked like the others.

const cards: ScenarioCard[] = await Promise.all(Object.values(scenarioCards).map((load) => load()));

interface Shape {
  args: string[];
  selects: string[];
  plurals: string[][];
}

function shapeOf(elements: MessageFormatElement[], shape: Shape = { args: [], selects: [], plurals: [] }): Shape {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) shape.args.push(el.value);
    if (el.type === TYPE.select) {
      shape.args.push(el.value);
      shape.selects.push(`${el.value}: ${Object.keys(el.options).sort().join('|')}`);
      for (const o of Object.values(el.options)) shapeOf(o.value, shape);
    }
    if (el.type === TYPE.plural) {
      shape.args.push(el.value);
      shape.plurals.push(Object.keys(el.options));
      for (const o of Object.values(el.options)) shapeOf(o.value, shape);
    }
    if (el.type === TYPE.tag) shapeOf(el.children, shape);
  }
  return shape;
}

const unique = (xs: string[]): string[] => [...new Set(xs)].sort();

/** What differs between a translation and English: missing or extra keys, bad ICU, other placeholders, plurals the language lacks. */
function problems(tag: string, english: Catalogue, translated: Catalogue): string[] {
  const needed = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  const out: string[] = [];
  for (const key of Object.keys(english)) if (!Object.hasOwn(translated, key)) out.push(`missing ${key}`);
  for (const key of Object.keys(translated)) if (!Object.hasOwn(english, key)) out.push(`not in English: ${key}`);
  for (const [key, message] of Object.entries(translated)) {
    const source = english[key];
    if (source === undefined) continue;
    let a: Shape;
    let b: Shape;
    try {
      a = shapeOf(parse(source));
      b = shapeOf(parse(message));
    } catch (e) {
      out.push(`${key}: not valid ICU (${(e as Error).message})`);
      continue;
    }
    if (unique(a.args).join() !== unique(b.args).join()) out.push(`${key}: placeholders ${unique(b.args)} ≠ ${unique(a.args)}`);
    if (unique(a.selects).join() !== unique(b.selects).join()) out.push(`${key}: select options differ`);
    for (const categories of b.plurals) {
      const words = categories.filter((c) => !c.startsWith('='));
      const lacking = words.length > 1 ? needed.filter((c) => !categories.includes(c)) : [];
      if (!categories.includes('other') || lacking.length > 0) out.push(`${key}: plural lacks ${lacking.join(', ') || 'other'}`);
    }
  }
  return out;
}

const TRANSLATED = LANGUAGES.map((l) => l.tag).filter((t) => t !== 'en');
const gameCatalogues: Readonly<Record<string, Catalogue>> = {
  'sr-Latn': serbianGame,
  'sr-Cyrl': catalogueToCyrillic(serbianGame),
  sq: albanianGame,
};

async function scenarioCatalogue(card: ScenarioCard, tag: string): Promise<Catalogue> {
  const load = (t: string) => card.translations?.[t]?.() ?? Promise.reject(new Error(`${card.id} has no ${t}`));
  return tag === 'sr-Cyrl' ? catalogueToCyrillic(await load('sr-Latn')) : load(tag);
}

describe('the languages', () => {
  it('are the ones a person can choose, and the message catalogue knows each', () => {
    expect(TRANSLATED).toEqual(['sr-Latn', 'sr-Cyrl', 'sq']);
    for (const tag of TRANSLATED) expect(LOCALES).toContain(tag);
  });

  it('each name themselves in their own words', () => {
    expect(LANGUAGES.map((l) => l.selfName)).toEqual(['English', 'Srpski (latinica)', 'Српски (ћирилица)', 'Shqip']);
  });
});

describe.each(TRANSLATED)('the game’s own catalogue in %s', (tag) => {
  it('has every English key, valid ICU, the same placeholders and the plurals the language needs', () => {
    expect(problems(tag, englishCatalogue, gameCatalogues[tag] ?? {})).toEqual([]);
  });
});

describe.each(cards.flatMap((c) => TRANSLATED.map((tag) => [c.id, tag, c] as const)))('the %s catalogue in %s', (_id, tag, card) => {
  it('has every English key, valid ICU, the same placeholders and the plurals the language needs', async () => {
    expect(problems(tag, card.messages.en ?? {}, await scenarioCatalogue(card, tag))).toEqual([]);
  });

  it('is what the screens read once the language is loaded', async () => {
    await loadLanguage(tag, [card]);
    const shown = catalogueOf(card, tag);
    const own = await scenarioCatalogue(card, tag);
    for (const key of ['scenario.title', 'actor.serbia.name', 'place.zvecan.both']) expect(shown[key]).toBe(own[key]);
    expect(shown['title.game']).toBe(gameCatalogues[tag]?.['title.game']);
  });
});

describe('Serbian Cyrillic', () => {
  it('has no Serbian Latin letter left outside names that stay in Latin script', () => {
    const cyrillic = gameCatalogues['sr-Cyrl'] ?? {};
    const leftover = Object.entries(cyrillic).filter(([, m]) => /[čćđšžČĆĐŠŽ]/.test(m.replace(/\{[^{}]*\}/g, '')));
    expect(leftover.map(([k]) => k)).toEqual([]);
  });
});
