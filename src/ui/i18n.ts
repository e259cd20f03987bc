import type { ScenarioCard } from '../sim/types';
import { languageForBrowser, loadLanguage } from '../text/languages';
import { isLocale, type Messages, messagesFor } from '../text/messages';

// The reader's language for the screens: from the address (?lang=…), else the
// one chosen before (browser storage), else the browser's own language on a
// first visit, else English. Every word on a screen comes from
// `messages(scenario)` at the moment it is drawn; a language other than
// English is loaded (its own chunk) before the first screen draws.

const STORAGE_KEY = 'flashpoint.lang';

function fromAddress(): string | null {
  if (typeof location === 'undefined') return null;
  return new URLSearchParams(location.search).get('lang');
}

function fromStorage(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function fromBrowser(): string {
  if (typeof navigator === 'undefined') return 'en';
  return languageForBrowser(navigator.languages?.length ? navigator.languages : [navigator.language ?? 'en']);
}

let locale: string | null = null;

/** The language the screens are shown in. */
export function currentLocale(): string {
  if (locale === null) {
    const asked = fromAddress();
    const stored = fromStorage();
    locale = isLocale(asked) ? asked : isLocale(stored) ? stored : fromBrowser();
  }
  return locale;
}

/** Whether the address asked for a language this game does not have (the start link's notice says so). */
export function unknownAskedLanguage(): string | null {
  const asked = fromAddress();
  return asked !== null && !isLocale(asked) ? asked : null;
}

/** Changes the language (remembered for the next visit); call `prepareLanguage` before drawing in it. */
export function setLocale(tag: string): void {
  if (!isLocale(tag)) return;
  locale = tag;
  try {
    localStorage.setItem(STORAGE_KEY, tag);
  } catch {
    // Storage may be full or blocked: the choice then lasts for this visit.
  }
}

/** Loads the current language's words for these scenarios' cards (and its fonts, when a caller hands a font loader). */
export async function prepareLanguage(cards: readonly ScenarioCard[], fonts?: (locale: string) => Promise<void>): Promise<void> {
  const tag = currentLocale();
  await Promise.all([loadLanguage(tag, cards), fonts?.(tag)]);
  // Screen readers and the browser's own text (hyphenation, spelling) follow the page's language.
  if (typeof document !== 'undefined') {
    document.documentElement.lang = tag;
    document.title = messages().t('title.game');
  }
}

/** The messages for the current language, with a scenario's own messages when given. */
export function messages(scenario: ScenarioCard | null = null): Messages {
  return messagesFor(scenario, currentLocale());
}
