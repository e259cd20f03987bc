import { actionName, actorName, describeEntry, explainOrder, outcomeHeadline, turnDates } from './describe';
import { stateHash } from './hash';
import { scoreGame } from './scoring';
import { ACTOR_IDS, type GameState, type LogEntry, type Scenario } from './types';

// The turn-by-turn story of a game as plain text lines: the command line
// prints it, and the same lines can be offered for download in the browser.

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

export function reportHeader(scenario: Scenario, state: Readonly<GameState>): string[] {
  const roles = state.humans.length ? state.humans.map((a) => actorName(scenario, a)).join(', ') : 'none (every actor is AI)';
  const tempers = ACTOR_IDS.map((a) => `${actorName(scenario, a)} ${signed(state.actors[a].temper)}`).join(' · ');
  return [
    `Flashpoint: North Kosovo — ${scenario.title}`,
    `scenario: ${scenario.id} v${scenario.version} · seed: ${state.seed} · difficulty: ${state.difficulty}`,
    `human roles: ${roles}`,
    `temperaments (-100 dovish .. +100 hawkish): ${tempers}`,
  ];
}

export function reportTurn(scenario: Scenario, _state: Readonly<GameState>, turn: number, entries: readonly LogEntry[]): string[] {
  const lines: string[] = [];
  const decisions = entries.filter((e) => e.kind === 'decision');
  const rest = entries.filter((e) => e.kind !== 'decision' && e.kind !== 'end');
  const news = rest.filter((e) => e.kind === 'event');
  const happened = rest.filter((e) => e.kind !== 'event' && e.kind !== 'rung');
  const rung = rest.find((e) => e.kind === 'rung');
  lines.push('', `== Turn ${turn} · ${turnDates(scenario, turn)}`);
  lines.push('Decisions:');
  for (const e of decisions) {
    if (e.kind !== 'decision') continue;
    lines.push(`  ${actorName(scenario, e.order.actor).padEnd(12)} ${actionName(scenario, e.order.action)}`);
    lines.push(`  ${''.padEnd(12)} why: ${explainOrder(scenario, e.order)}`);
  }
  if (happened.length) {
    lines.push('What happened:');
    for (const e of happened) lines.push(`  - ${describeEntry(scenario, e)}`);
  }
  if (news.length) {
    lines.push('News:');
    for (const e of news) lines.push(`  - ${describeEntry(scenario, e)}`);
  }
  lines.push(rung ? `Ladder: ${describeEntry(scenario, rung)}` : 'Ladder: unchanged.');
  return lines;
}

export function reportEnd(scenario: Scenario, state: Readonly<GameState>): string[] {
  const c = state.casualties;
  const lines = [
    '',
    '== Outcome',
    outcomeHeadline(scenario, state),
    `turns played: ${state.turn} · final rung: ${state.rung} (${scenario.ladder[state.rung]?.name}) · peak rung: ${state.peakRung}`,
    `casualties: KFOR ${c.kfor.injured} injured, ${c.kfor.killed} killed · police ${c.police.injured} injured, ${c.police.killed} killed · civilians ${c.civilians.injured} injured, ${c.civilians.killed} killed`,
    '',
    '== Scores (each actor against its own objectives, 0–100)',
  ];
  for (const s of scoreGame(state, scenario)) {
    lines.push(`  ${actorName(scenario, s.actor).padEnd(12)} ${String(s.score).padStart(3)}`);
    for (const o of s.objectives) lines.push(`      ${String(o.points).padStart(2)}/${String(o.weight).padEnd(2)} ${o.text}`);
  }
  lines.push('', `verification: ${stateHash(state)}`);
  return lines;
}

/** The whole report of a finished game. */
export function gameReport(scenario: Scenario, state: Readonly<GameState>): string[] {
  const byTurn = new Map<number, LogEntry[]>();
  for (const e of state.log) {
    const list = byTurn.get(e.turn);
    if (list) list.push(e);
    else byTurn.set(e.turn, [e]);
  }
  const lines = reportHeader(scenario, state);
  for (let t = 1; t <= state.turn; t++) lines.push(...reportTurn(scenario, state, t, byTurn.get(t) ?? []));
  lines.push(...reportEnd(scenario, state));
  return lines;
}
