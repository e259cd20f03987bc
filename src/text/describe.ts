import { catalogOf } from '../sim/catalog';
import type { ActorId, GameState, LadderRules, LogEntry, MessageRef, Order, ReasonNote, Scenario } from '../sim/types';
import type { Messages, Params } from './messages';

// Words for the game's data, shared by the command line and the browser so both
// tell the same story: names, log entries, decisions' reasons and outcomes.
// Everything here reads the message catalogue; nothing is stored.

export const actorName = (m: Messages, id: ActorId): string => m.t(`actor.${id}.short`);
export const actorFullName = (m: Messages, id: ActorId): string => m.t(`actor.${id}.name`);
export const actionName = (m: Messages, id: string): string => m.t(`action.${id}.name`);
export const placeName = (m: Messages, id: string): string => m.t(`place.${id}.name`);
export const rungName = (m: Messages, rung: number): string => m.t(`rung.${rung}.name`);
export const postureTitle = (m: Messages, actor: ActorId, posture: string): string => m.t(`posture.${actor}.${posture}.title`);
export const guardText = (m: Messages, guard: string): string => (m.has(`guard.${guard}`) ? m.t(`guard.${guard}`) : guard);

/** A message given as data, e.g. a debrief question. */
export const say = (m: Messages, message: MessageRef): string => m.ref(message);

/** What caused something: an action's name, an event's title, or the scenario's word for the id. */
export function causeName(m: Messages, scenario: Scenario, cause: string): string {
  if (catalogOf(scenario).action.has(cause)) return actionName(m, cause);
  if (m.has(`event.${cause}.title`)) return m.t(`event.${cause}.title`);
  return m.has(`cause.${cause}`) ? m.t(`cause.${cause}`) : cause;
}

/** "in Zvečan" or nothing: the `place` parameter of messages that may name a place. */
const placeParam = (m: Messages, place: string | null): string => (place ? placeName(m, place) : 'none');

/**
 * How the crisis stands on a rung, read from the scenario's ladder rules:
 * calm well below the height heat alone can reach, a stand-off up to where
 * violence takes it, the brink above.
 */
export function ladderMood(ladder: LadderRules, rung: number): 'calm' | 'standoff' | 'brink' {
  return rung <= ladder.calmCap - 2 ? 'calm' : rung <= ladder.violenceCap ? 'standoff' : 'brink';
}

/** A one-line headline for how the game ended, with the final rung. */
export function outcomeHeadline(m: Messages, scenario: Scenario, state: Readonly<GameState>): string {
  if (!state.outcome) return m.t('outcome.in-progress');
  if (state.outcome !== 'last-turn') return m.t(`outcome.${state.outcome}`);
  const mood = ladderMood(scenario.ladder, state.rung);
  return m.t('outcome.last-turn.headline', { mood, rung: state.rung, rungName: rungName(m, state.rung) });
}

/** One reason note (a boost, the temperament, nothing possible) in words. */
export function noteText(m: Messages, note: ReasonNote): string {
  switch (note.kind) {
    case 'boost':
      return m.t('why.note.boost', {
        why: m.t(`action.${note.action}.boost.${note.boost}`),
        action: actionName(m, note.action),
        factor: note.percent / 100,
      });
    case 'temper':
      return m.t(`why.note.temper.${note.leaning}`, { temper: note.temper });
    case 'nothing-possible':
      return m.t('why.note.nothing-possible');
  }
}

const pct = (part: number, total: number) => (total > 0 ? Math.round((part * 100) / total) : 0);

/** The posture part of a reason: "moved from … to … because …" or "stayed …". */
export function postureChange(m: Messages, order: Order): string {
  const r = order.reasons;
  const posture = postureTitle(m, order.actor, r.posture);
  if (!r.transition) return m.t('why.stayed', { posture });
  return m.t('why.moved', { from: postureTitle(m, order.actor, r.transition.from), to: posture, why: guardText(m, r.transition.guard) });
}

/** Why an actor chose what it did, in plain words. */
export function explainOrder(m: Messages, order: Order): string {
  const actor = actorName(m, order.actor);
  const action = actionName(m, order.action);
  const change = postureChange(m, order);
  if (order.by === 'human') return m.t('why.player', { actor, change, action });
  const r = order.reasons;
  const total = r.weights.reduce((s, w) => s + w.weight, 0);
  const chosen = r.weights.find((w) => w.action === order.action);
  const parts = [change];
  if (chosen) parts.push(m.t('why.chance', { action, percent: pct(chosen.weight, total), options: r.weights.length }));
  for (const n of r.notes) parts.push(noteText(m, n));
  return m.t('why.ai', { actor, reasons: parts.join(m.t('why.separator')) });
}

/** Text for one log entry (decisions are explained by explainOrder). */
export function describeEntry(m: Messages, scenario: Scenario, e: LogEntry): string {
  switch (e.kind) {
    case 'decision':
      return m.t('log.decision', { actor: actorName(m, e.order.actor), action: actionName(m, e.order.action) });
    case 'void':
      return m.t('log.void', { actor: actorName(m, e.actor), action: actionName(m, e.action) });
    case 'roll':
      return m.t('log.roll', {
        label: m.t(`action.${e.action}.risk.label`),
        place: placeParam(m, e.place),
        chance: e.chance,
        roll: e.roll,
        hit: e.hit ? 'yes' : 'no',
      });
    case 'event':
      return m.t('log.event', { title: m.t(`event.${e.event}.title`), text: m.t(`event.${e.event}.text`) });
    case 'incident':
      return m.t('log.incident', { armed: e.armed ? 'yes' : 'no', place: placeParam(m, e.place) });
    case 'casualties': {
      const params: Params = { who: { key: `casualties.${e.group}`, params: { count: e.injured } }, killed: e.killed };
      return m.t('log.casualties', { ...params, cause: causeName(m, scenario, e.cause) });
    }
    case 'rung':
      return m.t(e.to > e.from ? 'log.rung.up' : 'log.rung.down', { rung: e.to, name: rungName(m, e.to) });
    case 'holder':
      return m.t('log.holder', { place: placeName(m, e.place), change: m.t(`holder.${e.to}.to`) });
    case 'flag':
      return m.t('log.flag', { text: m.t(`flag.${e.flag}.${e.set ? 'on' : 'off'}`) });
    case 'end':
      return m.t(`outcome.${e.outcome}`);
  }
}

/** All log entries of one turn, in order. */
export function entriesOfTurn(state: Readonly<GameState>, turn: number): LogEntry[] {
  return state.log.filter((e) => e.turn === turn);
}
