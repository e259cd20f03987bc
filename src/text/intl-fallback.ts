import { intlLocale } from './intl-locale';
import { type Messages, messagesFor } from './messages';

// Dates and lists where the platform's Intl lacks the reader's language.
// Chromium ships trimmed locale data: it formats Serbian but not Albanian, and
// would write "May 24 – 26, 2023" and "A, B, and C" in an Albanian sentence.
// Then the catalogue's own patterns (messages/<lang>/intl.json) stand in.

const supported = new Map<string, boolean>();

/** Whether this platform's Intl formats dates and lists in the language itself (not a fallback). */
export function platformSpeaks(locale: string): boolean {
  const tag = intlLocale(locale);
  let yes = supported.get(tag);
  if (yes === undefined) {
    yes = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 && Intl.ListFormat.supportedLocalesOf([tag]).length > 0;
    supported.set(tag, yes);
  }
  return yes;
}

const words = (locale: string): Messages => messagesFor(null, locale);
const monthOf = (m: Messages, d: Date, form: 'short' | 'long'): string => m.t(`intl.month.${form}`, { month: `m${d.getUTCMonth() + 1}` });

/** "24 maj 2023" from the catalogue (UTC). */
export function fallbackDate(locale: string, d: Date): string {
  const m = words(locale);
  return m.t('intl.date', { day: d.getUTCDate(), month: monthOf(m, d, 'short'), year: d.getUTCFullYear() });
}

/** "24 – 26 maj 2023", "30 pri – 2 maj 2023", or two whole dates across a new year (as Intl writes them). */
export function fallbackRange(locale: string, first: Date, last: Date): string {
  const m = words(locale);
  const days = { firstDay: first.getUTCDate(), lastDay: last.getUTCDate(), year: first.getUTCFullYear() };
  if (first.getUTCFullYear() !== last.getUTCFullYear())
    return m.t('intl.range', { first: fallbackDate(locale, first), last: fallbackDate(locale, last) });
  if (first.getUTCMonth() === last.getUTCMonth()) return m.t('intl.range.month', { ...days, month: monthOf(m, first, 'short') });
  return m.t('intl.range.year', { ...days, firstMonth: monthOf(m, first, 'short'), lastMonth: monthOf(m, last, 'short') });
}

/** "maj": a month's full name. */
export const fallbackMonth = (locale: string, d: Date): string => monthOf(words(locale), d, 'long');

/** A local date and time ("24 maj 2023, ora 13:45") for saved games' timestamps. */
export function fallbackDateTime(locale: string, d: Date): string {
  const local = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const two = (n: number) => String(n).padStart(2, '0');
  return words(locale).t('intl.date-time', { date: fallbackDate(locale, local), hours: two(d.getHours()), minutes: two(d.getMinutes()) });
}

/** "A, B dhe C" / "A, B ose C". */
export function fallbackList(m: Messages, items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  if (items.length <= 1) return items.join('');
  return m.t(type === 'conjunction' ? 'intl.list.and' : 'intl.list.or', { items: items.slice(0, -1).join(', '), last: items.at(-1) ?? '' });
}
