import { fallbackList, platformSpeaks } from './intl-fallback';
import { intlLocale } from './intl-locale';
import type { Messages } from './messages';

// Lists and dates made by the platform's Intl in the reader's language. The
// house English is British (24 Apr 2023; "Serbia, Kosovo and KFOR" with no
// comma before "and"); the pseudo-language formats like English.

export { intlLocale } from './intl-locale';

/** "A, B and C" / "A, B or C". */
export function listText(m: Messages, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (!platformSpeaks(m.locale)) return fallbackList(m, items, type);
  return new Intl.ListFormat(intlLocale(m.locale), { style: 'long', type }).format(items);
}

/** Pads a text to a column of plain-text output, counting characters as a reader sees them. */
export const padColumn = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - [...text].length));

/** "A, B, C": a plain list (a label, a count's details). */
export function plainList(m: Messages, items: readonly string[]): string {
  if (!platformSpeaks(m.locale)) return items.join(', ');
  return new Intl.ListFormat(intlLocale(m.locale), { type: 'unit', style: 'short' }).format(items);
}
