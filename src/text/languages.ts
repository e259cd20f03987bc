import type { ScenarioCard } from '../sim/types';
import { catalogueToCyrillic } from './cyrillic';
import { type Catalogue, hasCatalogue, provideCatalogue } from './messages';

// The languages a person can choose, each named in itself, and how their
// catalogues load: English is built in; Serbian (Latin) and Albanian are
// their own chunks, loaded on first use; Serbian Cyrillic is made from
// Serbian Latin by transliteration when it is chosen.

export interface Language {
  /** The BCP 47 tag, as in a start link's &lang=. */
  tag: string;
  /** Its name in itself, the same in every language of the game. */
  selfName: string;
}

export const LANGUAGES: readonly Language[] = [
  { tag: 'en', selfName: 'English' },
  { tag: 'sr-Latn', selfName: 'Srpski (latinica)' },
  { tag: 'sr-Cyrl', selfName: 'Српски (ћирилица)' },
  { tag: 'sq', selfName: 'Shqip' },
];

/** A language's name in itself ("Shqip"); the tag itself for one the game does not have. */
export const selfNameOf = (tag: string): string => LANGUAGES.find((l) => l.tag === tag)?.selfName ?? tag;

/** The game's own catalogues of other languages (each a chunk of its own in the browser). */
const gameLoaders: Readonly<Record<string, () => Promise<Catalogue>>> = {
  'sr-Latn': () => import('./messages/sr-Latn/index').then((m) => m.catalogue),
  sq: () => import('./messages/sq/index').then((m) => m.catalogue),
};

/** Languages made from another one's catalogue. */
const DERIVED: Readonly<Record<string, { from: string; make: (c: Catalogue) => Catalogue }>> = {
  'sr-Cyrl': { from: 'sr-Latn', make: catalogueToCyrillic },
};

async function loadOne(owner: string, locale: string, load: ((tag: string) => Promise<Catalogue> | undefined) | null): Promise<void> {
  if (!load || hasCatalogue(owner, locale)) return;
  const derived = DERIVED[locale];
  const catalogue = derived ? load(derived.from)?.then(derived.make) : load(locale);
  if (catalogue) provideCatalogue(owner, locale, await catalogue);
}

/**
 * Loads a language's catalogues, the game's own and each scenario's, and hands
 * them to the message catalogue. Once it resolves, `messagesFor(…, locale)`
 * reads them synchronously. English and the pseudo-language need nothing.
 */
export async function loadLanguage(locale: string, scenarios: readonly ScenarioCard[]): Promise<void> {
  await Promise.all([
    loadOne('', locale, (tag) => gameLoaders[tag]?.()),
    ...scenarios.map((s) =>
      loadOne(s.id, locale, (tag) => (s.messages[tag] ? Promise.resolve(s.messages[tag]) : s.translations?.[tag]?.())),
    ),
  ]);
}

/**
 * The language of the game for a reader whose browser asks for these tags
 * (navigator.languages, most wanted first): Albanian for sq, Serbian Latin for
 * Latin-script Serbian and for Montenegro, Serbian Cyrillic for other Serbian
 * (Cyrillic is Serbian's default script), else English.
 */
export function languageForBrowser(wanted: readonly string[]): string {
  for (const raw of wanted) {
    const tag = raw.toLowerCase();
    if (tag === 'sq' || tag.startsWith('sq-')) return 'sq';
    if (tag === 'sr-latn' || tag.startsWith('sr-latn-') || tag === 'sr-me') return 'sr-Latn';
    if (tag === 'sr' || tag.startsWith('sr-')) return 'sr-Cyrl';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}
