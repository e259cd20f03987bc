import type { Scenario, ScenarioCard } from '../sim/types';
import { fallbackDate, fallbackMonth, fallbackRange, platformSpeaks } from './intl-fallback';
import { intlLocale } from './lists';
import type { Messages } from './messages';

// Turn dates, made by the platform's Intl in the reader's language (the
// simulation reads no clock: dates are only counted from the scenario's start).

const DAY_MS = 86_400_000;

interface DayFormat {
  format(d: Date): string;
  formatRange(a: Date, b: Date): string;
}

const formats = new Map<string, DayFormat>();

/** The platform's format for the language, or the catalogue's where the platform lacks it (intl-fallback.ts). */
function formatFor(locale: string): DayFormat {
  let f = formats.get(locale);
  if (!f) {
    f = platformSpeaks(locale)
      ? new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
      : { format: (d) => fallbackDate(locale, d), formatRange: (a, b) => fallbackRange(locale, a, b) };
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

/** "24 Apr 2023": the first day of a turn, written as the turn dates are. */
export function turnFirstDay(scenario: Scenario, turn: number, locale = 'en'): string {
  return formatFor(locale).format(turnDays(scenario, turn).first);
}

/** "24–26 Apr 2023": the days a turn covers. */
export function turnDates(scenario: Scenario, turn: number, locale = 'en'): string {
  const { first, last } = turnDays(scenario, turn);
  return formatFor(locale).formatRange(first, last);
}

/**
 * The first day of the first turn and of the last turn: the months a scenario's
 * turns begin in (a last week-long turn from 29 December is still December's).
 */
function scenarioMonths(scenario: ScenarioCard): { start: Date; end: Date } {
  const start = new Date(`${scenario.startDate}T12:00:00Z`);
  const end = new Date(start.getTime() + (scenario.lastTurn - 1) * scenario.daysPerTurn * DAY_MS);
  return { start, end };
}

/** "April–June 2023": the months a scenario's turns begin in, in the reader's language. */
export function scenarioSpan(m: Messages, scenario: ScenarioCard): string {
  const { start, end } = scenarioMonths(scenario);
  const month = platformSpeaks(m.locale)
    ? new Intl.DateTimeFormat(intlLocale(m.locale), { month: 'long', timeZone: 'UTC' })
    : { format: (d: Date) => fallbackMonth(m.locale, d) };
  const [from, to] = [month.format(start), month.format(end)];
  return m.t('setup.span', { from, to, year: String(end.getUTCFullYear()), same: from === to ? 'yes' : 'no' });
}

/**
 * "2023": the year a scenario's turns cover (the year of the history its timeline
 * sets beside a game), or "2022–2023" for a scenario across New Year.
 */
export function scenarioYear(scenario: ScenarioCard): string {
  const { start, end } = scenarioMonths(scenario);
  const [from, to] = [start.getUTCFullYear(), end.getUTCFullYear()];
  return from === to ? String(to) : `${from}–${to}`;
}
