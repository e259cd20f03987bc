import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageRef, ScenarioCard } from '../sim/types';
import { intlLocale } from './intl-locale';
import { englishCatalogue } from './messages/en/index';
import { PSEUDO_LOCALE, pseudoCatalogue } from './pseudo';

// The message catalogue: every word a person reads is made here, at display
// time, from a key and its parameters (ICU MessageFormat: plurals, selects and
// numbers are handled by intl-messageformat, not by hand-written grammar).
// A catalogue is the game's own messages (src/text/messages/<lang>/) merged
// with the scenario's (src/scenarios/<id>/messages/<lang>.json).

export type Catalogue = Readonly<Record<string, string>>;
export type Param = string | number | MessageRef;
export type Params = Readonly<Record<string, Param>>;

export interface Messages {
  /** The BCP 47 tag of the language, e.g. "en". */
  readonly locale: string;
  /** The text of a message; a missing key comes back as the key itself, so nothing crashes. */
  t(key: string, params?: Params): string;
  /** A message given as data (a key and its parameters, possibly nested). */
  ref(message: MessageRef): string;
  has(key: string): boolean;
}

/** The languages the game can be shown in (the pseudo-locale is for tests). */
export const LOCALES = ['en', 'sr-Latn', 'sr-Cyrl', 'sq', PSEUDO_LOCALE] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (tag: string | null | undefined): tag is Locale => !!tag && (LOCALES as readonly string[]).includes(tag);

// Catalogues of other languages, handed in once loaded (src/text/languages.ts):
// the game's own under "", a scenario's under its id.
const provided = new Map<string, Catalogue>();
const providedKey = (owner: string, locale: string): string => `${owner}\u0000${locale}`;

/** Hands in a loaded catalogue: the game's own (owner "") or a scenario's (owner = its id). */
export function provideCatalogue(owner: string, locale: string, catalogue: Catalogue): void {
  provided.set(providedKey(owner, locale), catalogue);
  cache = new WeakMap(); // Messages made before now lacked it
}

/** Whether a language's catalogue for this owner has been handed in (English always has). */
export const hasCatalogue = (owner: string, locale: string): boolean => locale === 'en' || provided.has(providedKey(owner, locale));

// A key a translation lacks falls back to English, so nothing shows a raw key.
function catalogueFor(locale: string, scenario: ScenarioCard | null): Catalogue {
  if (locale === PSEUDO_LOCALE) return pseudoCatalogue(catalogueFor('en', scenario));
  const english = scenario ? { ...englishCatalogue, ...(scenario.messages.en ?? {}) } : englishCatalogue;
  if (locale === 'en') return english;
  const game = provided.get(providedKey('', locale)) ?? {};
  const own = scenario ? (scenario.messages[locale] ?? provided.get(providedKey(scenario.id, locale)) ?? {}) : {};
  return { ...english, ...game, ...own };
}

class CatalogueMessages implements Messages {
  private readonly compiled = new Map<string, IntlMessageFormat>();

  constructor(
    readonly locale: string,
    private readonly catalogue: Catalogue,
  ) {}

  has(key: string): boolean {
    return Object.hasOwn(this.catalogue, key);
  }

  t(key: string, params?: Params): string {
    const source = this.catalogue[key];
    if (source === undefined) return key;
    // Most messages are plain text: nothing to format, and no parser to run at start-up.
    if (!source.includes('{') && !source.includes("'")) return source;
    let format = this.compiled.get(key);
    if (!format) {
      format = new IntlMessageFormat(source, intlLocale(this.locale));
      this.compiled.set(key, format);
    }
    return String(format.format(params ? this.values(params) : undefined));
  }

  ref(message: MessageRef): string {
    return this.t(message.key, message.params);
  }

  /** Nested messages are made into text first, so a message can name an action, a place or a rung. */
  private values(params: Params): Record<string, string | number> {
    const out: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'object' ? this.ref(v) : v;
    return out;
  }
}

let cache = new WeakMap<object, Map<string, Messages>>();
const NO_SCENARIO = {};

/** The messages of one language, with a scenario's own messages when one (or its card) is given (cached). */
export function messagesFor(scenario: ScenarioCard | null, locale = 'en'): Messages {
  const owner: object = scenario ?? NO_SCENARIO;
  let byLocale = cache.get(owner);
  if (!byLocale) {
    byLocale = new Map();
    cache.set(owner, byLocale);
  }
  let m = byLocale.get(locale);
  if (!m) {
    m = new CatalogueMessages(locale, catalogueFor(locale, scenario));
    byLocale.set(locale, m);
  }
  return m;
}

/** The merged catalogue itself (for tests and checks). */
export const catalogueOf = (scenario: ScenarioCard | null, locale = 'en'): Catalogue => catalogueFor(locale, scenario);
