import type { Scenario } from '../sim/types';

// Turn dates, made by the platform's Intl in the reader's language (the
// simulation reads no clock: dates are only counted from the scenario's start).

const DAY_MS = 86_400_000;

/** English dates read day-month-year (24–26 Apr 2023), as the sources do. */
const dateLocale = (locale: string): string => (locale === 'en' || locale.startsWith('en-') ? 'en-GB' : locale);

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: string): Intl.DateTimeFormat {
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(dateLocale(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, f);
  }
  return f;
}

/** The first and last day of a turn, as UTC dates. */
export function turnDays(scenario: Scenario, turn: number): { first: Date; last: Date } {
  const start = Date.parse(`${scenario.startDate}T00:00:00Z`);
  const first = new Date(start + (turn - 1) * scenario.daysPerTurn * DAY_MS);
  const last = new Date(first.getTime() + (scenario.daysPerTurn - 1) * DAY_MS);
  return { first, last };
}

/** "24–26 Apr 2023": the days a turn covers. */
export function turnDates(scenario: Scenario, turn: number, locale = 'en'): string {
  const { first, last } = turnDays(scenario, turn);
  return formatFor(locale).formatRange(first, last);
}
