import { catalogOf } from '../sim/catalog';
import type { ActorId, Cause, ChangeWhat, GameState, LadderRules, LogEntry, MessageRef, Order, ReasonNote, Scenario } from '../sim/types';
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

/**
 * Why an actor acted, in one plain sentence, before any dice: the motive its
 * posture and the situation gave it (`motive.<actor>.<id>`), else its
 * posture's summary. Null for a player's own choice.
 */
export function orderMotive(m: Messages, order: Order): string | null {
  if (order.by === 'human') return null;
  const r = order.reasons;
  const key = r.motive ? `motive.${order.actor}.${r.motive}` : `posture.${order.actor}.${r.posture}.summary`;
  return m.has(key) ? m.t(key) : null;
}

/** The plain part of a decision's reasons: the posture it kept or moved to, and why (no odds). */
export function orderPosture(m: Messages, order: Order): string {
  const actor = actorName(m, order.actor);
  const change = postureChange(m, order);
  if (order.by === 'human') return m.t('why.player', { actor, change, action: actionName(m, order.action) });
  return m.t('why.ai', { actor, reasons: change });
}

/** How the AI chose, in numbers: the chosen card's share of the posture's weights, boosts and temperament. Null for a player. */
export function orderOdds(m: Messages, order: Order): string | null {
  if (order.by === 'human') return null;
  const r = order.reasons;
  const action = actionName(m, order.action);
  const total = r.weights.reduce((s, w) => s + w.weight, 0);
  const chosen = r.weights.find((w) => w.action === order.action);
  const parts: string[] = [];
  if (chosen) parts.push(m.t('why.chance', { action, percent: pct(chosen.weight, total), options: r.weights.length }));
  for (const n of r.notes) parts.push(noteText(m, n));
  return parts.length ? m.t('why.odds', { reasons: parts.join(m.t('why.separator')) }) : null;
}

/** Why an actor chose what it did, in plain words: the motive first, then the posture, then (with `odds`) how the dice were weighted. */
export function explainOrder(m: Messages, order: Order, odds = true): string {
  const parts = [orderMotive(m, order), orderPosture(m, order), odds ? orderOdds(m, order) : null];
  return parts.filter((p): p is string => p !== null).join(' ');
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
    case 'changes':
      return m.t('log.changes', { count: e.what.length });
    case 'end':
      return m.t(`outcome.${e.outcome}`);
  }
}

/** "+5", "−3" (a real minus sign), "±0". */
export function signedText(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '\u00b10';
}

/** The name of a meter of an actor: "support at home", "standing abroad", or its own meter. */
const meterKey = (actor: ActorId, meter: string): string => (meter === 'special' ? `actor.${actor}.meter` : `meter.${meter}`);

/**
 * The number a change touched, with the amount: "unrest +4 in Zvečan",
 * "Serbia: support at home +2", "Kosovo–Serbia relations −3", "escalation pressure +3".
 */
export function changedNumber(m: Messages, what: ChangeWhat, of: string, delta: number): string {
  const d = signedText(delta);
  switch (what) {
    case 'support':
    case 'standing':
    case 'special':
      return m.t('effect.meter.other', { actor: actorName(m, of), meter: { key: meterKey(of, what) }, delta: d });
    case 'relation': {
      const [a = '', b = ''] = of.split('|');
      return m.t('effect.relation.others', { a: actorName(m, a), b: actorName(m, b), delta: d });
    }
    case 'unrest':
    case 'police':
    case 'troops':
      return m.t(`effect.${what}`, { delta: d, where: m.t('effect.where.place', { place: placeName(m, of) }) });
    case 'heat':
      return m.t('effect.heat', { delta: d });
    case 'floor':
      return m.t('change.floor', { delta: d });
  }
}

/** Who or what caused a change: "Kosovo: “Send more special police north”", "news: “…”", "drift: …", "the settlement". */
export function causeText(m: Messages, scenario: Scenario, c: Cause): string {
  switch (c.by) {
    case 'order': {
      const actor = catalogOf(scenario).action.get(c.cause)?.actor;
      return m.t('cause.order', { actor: actor ? actorName(m, actor) : c.cause, action: actionName(m, c.cause) });
    }
    case 'event':
      return m.t('cause.event', { title: m.t(`event.${c.cause}.title`) });
    case 'drift':
      if (c.cause.startsWith('holder:')) return m.t('cause.drift.holder', { holder: m.t(`holder.${c.cause.slice(7)}.label`) });
      return m.t('cause.drift', { cause: c.cause });
    case 'settlement':
      return causeName(m, scenario, c.cause);
  }
}

/** Why a change gave less than it asked: near the ends of a meter or relation scale changes count for less; places stop at 0 and 100. */
export const shortfallReason = (what: ChangeWhat): 'damped' | 'limit' =>
  what === 'support' || what === 'standing' || what === 'special' || what === 'relation' ? 'damped' : 'limit';

/** One recorded change (one index of a turn's changes): `asked` only when it differs from `delta`. */
export interface Change extends Cause {
  what: ChangeWhat;
  of: string;
  delta: number;
  asked?: number;
}

/** One recorded change in words: "unrest +4 in Zvečan (Kosovo Serbs: “Hold a peaceful protest”)", with what it asked for if that differs. */
export function changeText(m: Messages, scenario: Scenario, e: Change): string {
  return m.t('change.entry', {
    number: changedNumber(m, e.what, e.of, e.delta),
    cause: causeText(m, scenario, e),
    asked: e.asked === undefined ? 'none' : signedText(e.asked),
    why: shortfallReason(e.what),
  });
}

/** The motive of an actor's latest decision in the log (undefined for a player or an older save). */
export function lastMotive(state: Readonly<GameState>, actor: ActorId): string | undefined {
  for (let i = state.log.length - 1; i >= 0; i--) {
    const e = state.log[i]!;
    if (e.kind === 'decision' && e.order.actor === actor) return e.order.reasons.motive;
  }
  return undefined;
}

/** All log entries of one turn, in order. */
export function entriesOfTurn(state: Readonly<GameState>, turn: number): LogEntry[] {
  return state.log.filter((e) => e.turn === turn);
}
