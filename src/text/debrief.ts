import { firstTurnOf } from '../sim/lengths';
import type { GameState, HistoryItem, LogEntry, Scenario } from '../sim/types';
import { turnDates } from './dates';
import { describeEntry } from './describe';
import type { Messages } from './messages';

// What the debrief shows beside the scores: this game's timeline next to the
// real one, and the scenario's discussion questions for what happened here.

export interface TimelineRow {
  turn: number;
  dates: string;
  /** The notable things of this game's turn (violence, rungs, milestones, events). */
  game: string[];
  /** What really happened in that turn's days (its words: history.<id>.date / .text). */
  history: HistoryItem[];
}

const NOTABLE: ReadonlySet<LogEntry['kind']> = new Set(['incident', 'casualties', 'rung', 'holder', 'flag', 'event', 'end']);

export function timeline(m: Messages, scenario: Scenario, state: Readonly<GameState>): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const last = Math.max(state.turn, ...scenario.history.map((h) => h.turn));
  for (let t = firstTurnOf(scenario, state); t <= last; t++) {
    const game = state.log.filter((e) => e.turn === t && NOTABLE.has(e.kind)).map((e) => describeEntry(m, scenario, e));
    const history = scenario.history.filter((h) => h.turn === t);
    if (game.length || history.length)
      rows.push({ turn: t, dates: turnDates(scenario, t, m.locale), game: t <= state.turn ? game : [m.t('timeline.game-ended')], history });
  }
  return rows;
}

/** The scenario's discussion questions for this game, in words. */
export function discussionQuestions(m: Messages, scenario: Scenario, state: Readonly<GameState>): string[] {
  return scenario.debriefQuestions(state).map((q) => m.ref(q));
}
