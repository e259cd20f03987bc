// CSV export of the class debrief: one row per file (verified or not).

import { ACTOR_IDS } from '../sim/types';
import type { ClassSummary, GameRow } from './class-summary';

export const CLASS_CSV_HEADER = [
  'file',
  'verified',
  'seed',
  'difficulty',
  'roles',
  'outcome',
  'turns',
  'peak_rung',
  'final_rung',
  'first_clash_turn',
  'kfor_injured',
  'police_injured',
  'civilians_injured',
  'killed',
  ...ACTOR_IDS.map((a) => `score_${a}`),
  'problem',
];

/**
 * One CSV cell: quoted when needed, and text that a spreadsheet would run as
 * a formula (=, +, -, @ at the start) is prefixed with an apostrophe.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function classCsvRow(r: GameRow): string {
  const cells: (string | number | boolean | null)[] = [
    r.name,
    r.verified ? 'yes' : 'no',
    r.seed,
    r.difficulty,
    r.roles.join(' '),
    r.outcome,
    r.turns,
    r.peakRung,
    r.finalRung,
    r.firstClashTurn,
    r.injured?.kfor ?? null,
    r.injured?.police ?? null,
    r.injured?.civilians ?? null,
    r.killed,
    ...ACTOR_IDS.map((a) => r.scores?.[a] ?? null),
    r.problem,
  ];
  return cells.map(csvCell).join(',');
}

export function classCsv(summary: ClassSummary): string {
  return `${[CLASS_CSV_HEADER.join(','), ...summary.rows.map(classCsvRow)].join('\r\n')}\r\n`;
}
