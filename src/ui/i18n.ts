import type { ScenarioCard } from '../sim/types';
import { LOCALES, type Messages, messagesFor } from '../text/messages';

// The reader's language for the screens: from the address (?lang=…), else the
// one chosen before (browser storage), else English. Every word on a screen
// comes from `messages(scenario)` at the moment it is drawn.

const STORAGE_KEY = 'flashpoint.lang';

const known = (tag: string | null | undefined): tag is string => !!tag && (LOCALES as readonly string[]).includes(tag);

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

let locale: string | null = null;

/** The language the screens are shown in. */
export function currentLocale(): string {
  if (locale === null) {
    const asked = fromAddress();
    const stored = fromStorage();
    locale = known(asked) ? asked : known(stored) ? stored : 'en';
  }
  return locale;
}

/** Changes the language (remembered for the next visit). */
export function setLocale(tag: string): void {
  if (!known(tag)) return;
  locale = tag;
  try {
    localStorage.setItem(STORAGE_KEY, tag);
  } catch {
    // Storage may be full or blocked: the choice then lasts for this visit.
  }
}

/** The messages for the current language, with a scenario's own messages when given. */
export function messages(scenario: ScenarioCard | null = null): Messages {
  return messagesFor(scenario, currentLocale());
}
