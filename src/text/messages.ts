import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageRef, ScenarioCard } from '../sim/types';
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
export const LOCALES = ['en', PSEUDO_LOCALE] as const;
export type Locale = (typeof LOCALES)[number];

const gameCatalogues: Readonly<Record<string, Catalogue>> = { en: englishCatalogue };

function catalogueFor(locale: string, scenario: ScenarioCard | null): Catalogue {
  if (locale === PSEUDO_LOCALE) return pseudoCatalogue(catalogueFor('en', scenario));
  const game = gameCatalogues[locale] ?? englishCatalogue;
  const own = scenario ? (scenario.messages[locale] ?? scenario.messages.en ?? {}) : {};
  return { ...game, ...own };
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
      format = new IntlMessageFormat(source, this.locale === PSEUDO_LOCALE ? 'en' : this.locale);
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

const cache = new WeakMap<object, Map<string, Messages>>();
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
