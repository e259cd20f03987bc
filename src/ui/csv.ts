// CSV export of the class debrief: one row per file (verified or not). The
// header is for a teacher who opens the file in a spreadsheet, so its words
// are messages; the cells keep ids and numbers.

import type { Scenario } from '../sim/types';
import type { Messages } from '../text/messages';
import type { ClassSummary, GameRow } from './class-summary';

/** The header row's cells, in the reader's language. */
export function classCsvHeader(m: Messages, scenario: Scenario): string[] {
  const h = (column: string) => m.t(`class.csv.${column}`);
  return [
    h('file'),
    h('team'),
    h('length'),
    h('verified'),
    h('seed'),
    h('difficulty'),
    h('roles'),
    h('outcome'),
    h('turns'),
    h('peak-rung'),
    h('final-rung'),
    h('first-clash-turn'),
    ...scenario.casualtyGroups.map((group) => m.t('class.csv.injured', { group })),
    h('killed'),
    ...scenario.actorIds.map((actor) => m.t('class.csv.score', { actor })),
    h('problem'),
  ];
}

/**
 * One CSV cell: quoted when needed, and text that a spreadsheet would run as
 * a formula (=, +, -, @ at the start) is prefixed with an apostrophe.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  // not-text: quoting characters of CSV
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function classCsvRow(m: Messages, scenario: Scenario, r: GameRow): string {
  const cells: (string | number | boolean | null)[] = [
    r.name,
    r.team,
    r.length,
    m.t('class.csv.yes-no', { verified: r.verified ? 'yes' : 'no' }),
    r.seed,
    r.difficulty,
    r.roles.join(' '),
    r.outcome,
    r.turns,
    r.peakRung,
    r.finalRung,
    r.firstClashTurn,
    ...scenario.casualtyGroups.map((g) => r.injured?.[g] ?? null),
    r.killed,
    ...scenario.actorIds.map((a) => r.scores?.[a] ?? null),
    r.problem,
  ];
  return cells.map(csvCell).join(',');
}

/** A spreadsheet's byte-order mark: without it Excel reads UTF-8 as a legacy code page and garbles č, ë, ћ. */
export const CSV_BOM = '\uFEFF';

export function classCsv(m: Messages, scenario: Scenario, summary: ClassSummary): string {
  const header = classCsvHeader(m, scenario).map(csvCell).join(',');
  return `${[header, ...summary.rows.map((r) => classCsvRow(m, scenario, r))].join('\r\n')}\r\n`;
}
