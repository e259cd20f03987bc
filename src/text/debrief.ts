import type { ActorId, GameState, HistoryItem, LogEntry, Scenario } from '../sim/types';
import { turnDates } from './dates';
import { actionName, actorName, describeEntry, rungName } from './describe';
import type { Messages } from './messages';

// What the debrief shows beside the scores: this game's timeline next to the
// real one, and the scenario's discussion questions for what happened here.

export interface TimelineRow {
  turn: number;
  dates: string;
  /** Whether this game played the turn (false: before it began or after it ended). */
  played: boolean;
  /** The rung the crisis stood on at the end of the turn (this game's). */
  rung: number;
  /** The players' own decisions that turn ("Kosovo: Send special police north"). */
  decisions: string[];
  /**
   * What happened in this game's turn: violence, rungs, milestones, events; on a
   * turn without them, the rung it stayed on and every actor's order — never an
   * empty "nothing happened" (the ladder and the orders are what changed).
   */
  game: string[];
  /** What really happened in that turn's days (its words: history.<id>.date / .text). */
  history: HistoryItem[];
}

const NOTABLE: ReadonlySet<LogEntry['kind']> = new Set(['incident', 'casualties', 'rung', 'holder', 'flag', 'event', 'end']);

/**
 * The turns this game played to the end (orders enter the log when a turn is
 * resolved): a game may start later than turn 1 (a shorter length) and stop
 * before the last turn. `last < first` when no turn was played yet.
 */
export function playedTurns(state: Readonly<GameState>): { first: number; last: number } {
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const e of state.log)
    if (e.kind === 'decision') {
      first = Math.min(first, e.turn);
      last = Math.max(last, e.turn);
    }
  return last ? { first, last } : { first: state.turn, last: state.turn - 1 };
}

/** The rung at the end of each turn, from the scenario's start rung and the log's rung changes. */
function rungsByTurn(scenario: Scenario, state: Readonly<GameState>, last: number): number[] {
  const rungs: number[] = [];
  let rung = scenario.startRung;
  const changes = state.log.filter((e): e is Extract<LogEntry, { kind: 'rung' }> => e.kind === 'rung');
  for (let t = 0; t <= last; t++) {
    for (const c of changes) if (c.turn === t) rung = c.to;
    rungs[t] = rung;
  }
  return rungs;
}

function ordersOf(m: Messages, state: Readonly<GameState>, turn: number, who: (a: ActorId) => boolean): string[] {
  const out: string[] = [];
  for (const e of state.log)
    if (e.turn === turn && e.kind === 'decision' && who(e.order.actor))
      out.push(m.t('log.decision', { actor: actorName(m, e.order.actor), action: actionName(m, e.order.action) }));
  return out;
}

/**
 * One row for every turn this game played, and one for each turn of the real
 * timeline outside it (before the game began, or after it ended), in turn order.
 */
export function timeline(m: Messages, scenario: Scenario, state: Readonly<GameState>): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const played = playedTurns(state);
  const last = Math.max(played.last, ...scenario.history.map((h) => h.turn));
  const rungs = rungsByTurn(scenario, state, last);
  const isHuman = (a: ActorId) => state.humans.includes(a);
  for (let t = 1; t <= last; t++) {
    const history = scenario.history.filter((h) => h.turn === t);
    const rung = rungs[t] ?? scenario.startRung;
    const base = { turn: t, dates: turnDates(scenario, t, m.locale), rung, history };
    if (t < played.first || t > played.last) {
      if (history.length)
        rows.push({
          ...base,
          played: false,
          decisions: [],
          game: [m.t(t < played.first ? 'timeline.before-game' : 'timeline.game-ended')],
        });
      continue;
    }
    const decisions = ordersOf(m, state, t, isHuman);
    const notable = state.log.filter((e) => e.turn === t && NOTABLE.has(e.kind)).map((e) => describeEntry(m, scenario, e));
    const game = notable.length
      ? notable
      : [
          m.t('timeline.rung-held', { rung, name: rungName(m, rung) }),
          ...(() => {
            const others = ordersOf(m, state, t, (a) => !isHuman(a));
            return others.length ? [m.t('timeline.orders', { orders: others.join(m.t('timeline.orders.separator')) })] : [];
          })(),
        ];
    rows.push({ ...base, played: true, decisions, game });
  }
  return rows;
}

/** The scenario's discussion questions for this game, in words. */
export function discussionQuestions(m: Messages, scenario: Scenario, state: Readonly<GameState>): string[] {
  return scenario.debriefQuestions(state).map((q) => m.ref(q));
}
