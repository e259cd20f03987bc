import { actionName, actorName, describeEntry, turnDates } from './describe';
import type { GameState, HistoryItem, LogEntry, Scenario } from './types';
import { countHolders, totalInjured, totalKilled } from './world';

// What the debrief shows beside the scores: this game's timeline next to the
// real 2023 one, and discussion questions chosen for what happened here.

export interface TimelineRow {
  turn: number;
  dates: string;
  /** The notable things of this game's turn (violence, rungs, milestones, events). */
  game: string[];
  /** What really happened in that turn's days in 2023. */
  history: HistoryItem[];
}

const NOTABLE: ReadonlySet<LogEntry['kind']> = new Set(['incident', 'casualties', 'rung', 'holder', 'flag', 'event', 'end']);

export function timeline(scenario: Scenario, state: Readonly<GameState>): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const last = Math.max(state.turn, ...scenario.history.map((h) => h.turn));
  for (let t = 1; t <= last; t++) {
    const game = state.log.filter((e) => e.turn === t && NOTABLE.has(e.kind)).map((e) => describeEntry(scenario, e));
    const history = scenario.history.filter((h) => h.turn === t);
    if (game.length || history.length)
      rows.push({ turn: t, dates: turnDates(scenario, t), game: t <= state.turn ? game : ['(the game had ended)'], history });
  }
  return rows;
}

/** Four to six questions fitted to this game. */
export function discussionQuestions(scenario: Scenario, state: Readonly<GameState>): string[] {
  const q: string[] = [];
  const firstHumanOrder = state.log.find((e) => e.kind === 'decision' && e.order.by === 'human');
  const role = firstHumanOrder && firstHumanOrder.kind === 'decision' ? actorName(scenario, firstHumanOrder.order.actor) : null;

  if (state.outcome === 'war') {
    q.push('This game ended in armed conflict. Which decision made war likely, and at which turn could it still have been avoided?');
  } else if (state.outcome === 'settlement') {
    q.push(
      `This game ended in a settlement on turn ${state.turn}. What made both governments accept new elections here, when in 2023 it took until late June and the Serbs did not run until October?`,
    );
  } else {
    q.push(
      `At the end of June the crisis stood at rung ${state.rung} (${scenario.ladder[state.rung]?.name}). Why was it so hard to climb down the ladder?`,
    );
  }
  if (state.firstClashTurn !== null) {
    const clash = state.log.find((e) => e.kind === 'incident');
    const cause = state.log.find((e) => e.kind === 'roll' && e.hit && e.turn === state.firstClashTurn);
    const by = cause && cause.kind === 'roll' ? ` after “${actionName(scenario, cause.action)}”` : '';
    const where = clash && clash.kind === 'incident' && clash.place ? ` in ${scenario.municipalities[clash.place].en}` : '';
    q.push(
      `The first violence came on turn ${state.firstClashTurn}${where}${by}. Who could have prevented it, and what would it have cost them at home?`,
    );
  } else {
    q.push(
      'There was no violence in this game. Which choices kept the crowds and the police apart, and who paid a price for that restraint?',
    );
  }
  // Up to two questions on what stood out, then two that every game gets.
  const m: string[] = [];
  if (state.flags.euMeasuresOnKosovo || state.flags.exerciseCancelled) {
    m.push(
      'Kosovo’s Western partners penalised it in this game. Is it fair to press the side that acted within its own law, if that action risked violence?',
    );
  }
  if (state.flags.armyHighReadiness || state.flags.troopsAtLine) {
    m.push('Serbia raised its army’s readiness. Whom was that message for — Pristina, the northern Serbs, NATO, or voters in Serbia?');
  }
  if (state.casualties.kfor.injured > 0) {
    m.push(
      `${state.casualties.kfor.injured} KFOR soldiers were injured (and ${totalInjured(state) - state.casualties.kfor.injured} others). How does a peacekeeping force stay impartial when its own soldiers are hurt?`,
    );
  }
  if (countHolders(state, 'kosovo-mayor') > 0) {
    m.push(
      'Mayors elected on a very low turnout govern from the buildings at the end. Is an election with a boycott legitimate? What would make it so for both communities?',
    );
  }
  if (totalKilled(state) > 0)
    m.unshift('People were killed in this game. How do the different sides describe the same deaths, and why does the wording matter?');
  q.push(...m.slice(0, 2));
  q.push(
    role
      ? `You played ${role}. Choose another actor: how would it tell the story of this game in its own words?`
      : 'Choose one actor: how would it tell the story of this game in its own words?',
  );
  q.push('Compare this game with the real 2023 timeline. Where did it part from history, and why?');
  return q;
}
