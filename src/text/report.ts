import { stateHash } from '../sim/hash';
import { firstTurnOf, turnsPlayed } from '../sim/lengths';
import { RULES_VERSION } from '../sim/rules';
import { scoreGame } from '../sim/scoring';
import type { GameState, LogEntry, Scenario } from '../sim/types';
import { changeGroups, groupTexts, ladderCauses } from './causes';
import { turnDates } from './dates';
import { actionName, actorName, describeEntry, explainOrder, outcomeHeadline, rungName } from './describe';
import { padColumn } from './lists';
import type { Messages } from './messages';

// The turn-by-turn story of a game as plain text lines, in the reader's
// language: the command line prints it, and the same lines can be offered
// for download in the browser.

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

export function reportHeader(m: Messages, scenario: Scenario, state: Readonly<GameState>): string[] {
  const tempers = scenario.actorIds.map((a) => `${actorName(m, a)} ${signed(state.actors[a]?.temper ?? 0)}`).join(' · ');
  return [
    m.t('report.title', { scenario: m.t('scenario.title') }),
    m.t('report.setup', {
      id: scenario.id,
      version: scenario.version,
      rules: RULES_VERSION,
      seed: state.seed,
      difficulty: m.t(`report.difficulty.${state.difficulty}`),
    }),
    state.humans.length ? m.t('report.roles', { roles: state.humans.map((a) => actorName(m, a)).join(', ') }) : m.t('report.roles.none'),
    m.t('report.tempers', { tempers }),
    ...(state.length
      ? [m.t('lesson.report.length', { name: m.t(`length.${state.length}.name`), first: firstTurnOf(scenario, state) })]
      : []),
  ];
}

export function reportTurn(m: Messages, scenario: Scenario, turn: number, entries: readonly LogEntry[]): string[] {
  const lines: string[] = [];
  const rest = entries.filter((e) => e.kind !== 'decision' && e.kind !== 'end');
  const news = rest.filter((e) => e.kind === 'event');
  const happened = rest.filter((e) => e.kind !== 'event' && e.kind !== 'rung' && e.kind !== 'changes');
  const changes = changeGroups(entries).filter((g) => g.what !== 'heat' && g.what !== 'floor');
  const rung = rest.find((e) => e.kind === 'rung');
  lines.push('', m.t('report.turn', { turn, dates: turnDates(scenario, turn, m.locale) }));
  lines.push(m.t('report.decisions'));
  for (const e of entries) {
    if (e.kind !== 'decision') continue;
    lines.push(`  ${padColumn(actorName(m, e.order.actor), 12)} ${actionName(m, e.order.action)}`);
    lines.push(`  ${padColumn('', 12)} ${m.t('report.why', { why: explainOrder(m, e.order) })}`);
  }
  if (happened.length) {
    lines.push(m.t('report.happened'));
    for (const e of happened) lines.push(`  - ${describeEntry(m, scenario, e)}`);
  }
  if (news.length) {
    lines.push(m.t('report.news'));
    for (const e of news) lines.push(`  - ${describeEntry(m, scenario, e)}`);
  }
  if (changes.length) {
    lines.push(m.t('report.changes'));
    for (const line of groupTexts(m, scenario, changes)) lines.push(`  - ${line}`);
  }
  lines.push(rung ? m.t('report.ladder', { change: describeEntry(m, scenario, rung) }) : m.t('report.ladder.unchanged'));
  const ladder = ladderCauses(m, scenario, entries);
  if (ladder) lines.push(`  ${ladder}`);
  return lines;
}

export function reportEnd(m: Messages, scenario: Scenario, state: Readonly<GameState>): string[] {
  const groups = scenario.casualtyGroups
    .map((g) => {
      const c = state.casualties[g] ?? { injured: 0, killed: 0 };
      return m.t('report.casualties.group', { group: m.t(`casualties.${g}.group`), injured: c.injured, killed: c.killed });
    })
    .join(' · ');
  const lines = [
    '',
    m.t('report.outcome'),
    outcomeHeadline(m, scenario, state),
    m.t('report.final', { turns: turnsPlayed(scenario, state), rung: state.rung, name: rungName(m, state.rung), peak: state.peakRung }),
    m.t('report.casualties', { groups }),
    '',
    m.t('report.scores'),
  ];
  for (const s of scoreGame(state, scenario)) {
    lines.push(`  ${padColumn(actorName(m, s.actor), 12)} ${String(s.score).padStart(3)}`);
    for (const o of s.objectives)
      lines.push(`      ${String(o.points).padStart(2)}/${String(o.weight).padEnd(2)} ${m.t(`objective.${s.actor}.${o.id}`)}`);
  }
  lines.push('', m.t('report.verification', { code: stateHash(state) }));
  return lines;
}

/** The whole report of a finished game. */
export function gameReport(m: Messages, scenario: Scenario, state: Readonly<GameState>): string[] {
  const byTurn = new Map<number, LogEntry[]>();
  for (const e of state.log) {
    const list = byTurn.get(e.turn);
    if (list) list.push(e);
    else byTurn.set(e.turn, [e]);
  }
  const lines = reportHeader(m, scenario, state);
  for (let t = firstTurnOf(scenario, state); t <= state.turn; t++) lines.push(...reportTurn(m, scenario, t, byTurn.get(t) ?? []));
  lines.push(...reportEnd(m, scenario, state));
  return lines;
}
