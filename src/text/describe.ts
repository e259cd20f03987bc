import { guardText } from '../machines/guard-text';
import { catalogOf } from './catalog';
import { postureMeta } from './minds';
import type { ActorId, FlagId, GameState, Holder, LogEntry, Order, Outcome, Scenario } from './types';

// Plain-language text for the log, decisions and outcomes, shared by the
// command line and the browser so both tell the same story.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m] ?? 30;

/** A calendar date `days` after an ISO date (no Date object: the sim has no clock). */
function addDays(iso: string, days: number): { y: number; m: number; d: number } {
  const [y0, m0, d0] = iso.split('-').map(Number) as [number, number, number];
  let y = y0;
  let m = m0 - 1;
  let d = d0 + days;
  while (d > monthDays(y, m)) {
    d -= monthDays(y, m);
    m += 1;
    if (m === 12) [m, y] = [0, y + 1];
  }
  return { y, m, d };
}

/** "24–26 Apr 2023": the days a turn covers. */
export function turnDates(scenario: Scenario, turn: number): string {
  const first = addDays(scenario.startDate, (turn - 1) * scenario.daysPerTurn);
  const last = addDays(scenario.startDate, turn * scenario.daysPerTurn - 1);
  const fmt = (x: { m: number; d: number }) => `${x.d} ${MONTHS[x.m]}`;
  return `${first.m === last.m ? first.d : fmt(first)}–${fmt(last)} ${last.y}`;
}

export const actorName = (scenario: Scenario, id: ActorId): string => scenario.actors[id].short;

export function actionName(scenario: Scenario, id: string): string {
  return catalogOf(scenario).action.get(id)?.name ?? id;
}

export const postureTitle = (actor: ActorId, posture: string): string => postureMeta(actor, posture).title;

export const HOLDER_TEXT: Record<Holder, string> = {
  'local-serbs': 'held by local Serb staff',
  'kosovo-mayor': 'the elected mayor inside, under police guard',
  'kfor-cordon': 'KFOR cordon around the building',
  'mayor-elsewhere': 'the mayor working from other premises',
  'new-council': 'new council after elections with Serb participation',
};

const FLAG_TEXT: Record<FlagId, [string, string]> = {
  mayorsInBuildings: ['The elected mayors are in the municipal buildings.', 'The mayors have left the municipal buildings.'],
  armyHighReadiness: ['Serbia’s army is on high readiness.', 'Serbia’s army is back to normal readiness.'],
  troopsAtLine: ['Serbian troops are massed near the line.', 'Serbian troops have pulled back from the line.'],
  reinforcementsDeployed: ['NATO reinforcements are deployed with KFOR.', 'NATO reinforcements have left.'],
  reinforcementsRequested: ['KFOR has asked for reinforcements.', 'The request for reinforcements is withdrawn.'],
  talksConvened: ['Crisis talks are convened in Brussels.', 'The Brussels talks are suspended.'],
  electionsCalled: ['The EU calls for new elections open to all.', 'The call for new elections is dropped.'],
  electionsAgreedKosovo: ['Pristina accepts new elections in the north.', 'Pristina withdraws its acceptance of new elections.'],
  electionsAgreedSerbia: ['Belgrade accepts new elections in the north.', 'Belgrade withdraws its acceptance of new elections.'],
  serbsWillRun: ['The Kosovo Serbs will run in new elections.', 'The Kosovo Serbs will not run.'],
  euMeasuresOnKosovo: ['EU measures against Kosovo are in force.', 'EU measures against Kosovo are lifted.'],
  euMeasuresOnSerbia: ['EU measures against Serbia are in force.', 'EU measures against Serbia are lifted.'],
  exerciseCancelled: ['Kosovo is dropped from a US-led exercise.', 'Kosovo is back in the exercise.'],
  crossingsClosed: ['The crossings are closed to Serbian goods and vehicles.', 'The crossings reopen.'],
  leaderArrested: ['A Kosovo Serb leader is under arrest.', 'The arrested Kosovo Serb leader is released.'],
  officersDetained: ['Serbia holds three Kosovo police officers.', 'The detained Kosovo police officers are released.'],
  barricadesUp: ['Barricades block the roads in the north.', 'The barricades come down.'],
  boycottHolds: ['The Serb boycott of Kosovo institutions holds.', 'The Serb boycott ends.'],
  associationTalks: ['Talks on the Association of Serb-majority municipalities begin.', 'Talks on the Association stop.'],
  unscSession: ['The UN Security Council meets on Kosovo.', 'The Security Council session ends.'],
  settlement: ['Settlement: both sides accept new elections, and the Serbs will take part.', 'The settlement collapses.'],
};

export const OUTCOME_TEXT: Record<Outcome, string> = {
  war: 'War: the crisis turned into armed conflict. Everyone has lost.',
  settlement: 'Settlement: new elections with Serb participation are agreed and the ladder is down.',
  'last-turn': 'The crisis is unresolved at the end of June.',
};

/** A one-line headline for how the game ended, with the final rung. */
export function outcomeHeadline(scenario: Scenario, state: Readonly<GameState>): string {
  if (!state.outcome) return 'In progress';
  if (state.outcome !== 'last-turn') return OUTCOME_TEXT[state.outcome];
  const rung = scenario.ladder[state.rung]?.name ?? '';
  const mood = state.rung <= 3 ? 'calm, but unresolved' : state.rung <= 6 ? 'an uneasy stand-off' : 'on the brink';
  return `${OUTCOME_TEXT['last-turn']} The north is ${mood} (rung ${state.rung}: ${rung}).`;
}

const pct = (part: number, total: number) => (total > 0 ? Math.round((part * 100) / total) : 0);

/** Why an actor chose what it did, in plain words. */
export function explainOrder(scenario: Scenario, order: Order): string {
  const who = actorName(scenario, order.actor);
  const r = order.reasons;
  const posture = postureTitle(order.actor, r.posture);
  const parts: string[] = [];
  if (r.transition) {
    const why = guardText[r.transition.guard] ?? r.transition.guard;
    parts.push(`moved from ${postureTitle(order.actor, r.transition.from)} to ${posture} because ${why}`);
  } else parts.push(`stayed ${posture}`);
  if (order.by === 'human') return `${who} (player) ${parts[0]}; the player chose “${actionName(scenario, order.action)}”.`;
  const total = r.weights.reduce((s, w) => s + w.weight, 0);
  const chosen = r.weights.find((w) => w.action === order.action);
  if (chosen)
    parts.push(
      `this posture gave “${actionName(scenario, order.action)}” a ${pct(chosen.weight, total)}% chance among ${r.weights.length} options`,
    );
  parts.push(...r.notes);
  return `${who} ${parts.join('; ')}.`;
}

/** Text for one log entry (decisions are explained by explainOrder). */
export function describeEntry(scenario: Scenario, e: LogEntry): string {
  switch (e.kind) {
    case 'decision':
      return `${actorName(scenario, e.order.actor)}: ${actionName(scenario, e.order.action)}`;
    case 'void':
      return `${actorName(scenario, e.actor)}’s “${actionName(scenario, e.action)}” came to nothing: it was no longer possible when its turn came.`;
    case 'roll': {
      const where = e.place ? ` in ${scenario.municipalities[e.place].en}` : '';
      return `Dice: ${e.label}${where} — ${e.chance}% chance, rolled ${e.roll}: ${e.hit ? 'it happened' : 'avoided'}.`;
    }
    case 'event': {
      const ev = scenario.events.find((x) => x.id === e.event);
      return ev ? `${ev.title}. ${ev.text}` : e.event;
    }
    case 'incident':
      return `Violent incident${e.armed ? ' with weapons' : ''}${e.place ? ` in ${scenario.municipalities[e.place].en}` : ''}.`;
    case 'casualties': {
      const who = e.group === 'kfor' ? 'KFOR soldiers' : e.group === 'police' ? 'police officers' : 'civilians and protesters';
      const killed = e.killed > 0 ? `, ${e.killed} killed` : '';
      return `${e.injured} ${who} injured${killed} (${actionName(scenario, e.cause)}).`;
    }
    case 'rung': {
      const to = scenario.ladder[e.to]?.name ?? String(e.to);
      return e.to > e.from ? `The crisis escalates to rung ${e.to}: ${to}.` : `The crisis eases to rung ${e.to}: ${to}.`;
    }
    case 'holder':
      return `${scenario.municipalities[e.place].en}: ${HOLDER_TEXT[e.to]}.`;
    case 'flag':
      return FLAG_TEXT[e.flag][e.set ? 0 : 1];
    case 'end':
      return OUTCOME_TEXT[e.outcome];
  }
}

/** All log entries of one turn, in order. */
export function entriesOfTurn(state: Readonly<GameState>, turn: number): LogEntry[] {
  return state.log.filter((e) => e.turn === turn);
}
