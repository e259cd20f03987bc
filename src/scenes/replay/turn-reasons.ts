// What one turn of a replay holds, in words: every decision and why, the dice,
// what happened and the events, for the reasons panel and the screen reader.
import type { ReplayTimeline } from '../../sim/replay-tools';
import type { GameState, LogEntry } from '../../sim/types';
import { changeGroups, groupTexts, ladderCauses } from '../../text/causes';
import { turnDates } from '../../text/dates';
import { actionName, actorName, describeEntry, explainOrder, rungName } from '../../text/describe';
import type { Messages } from '../../text/messages';
import { howChosenShown } from '../../ui/how-chosen';
import { actorTag, COLORS } from '../../ui/theme';
import type { ScrollBlock } from '../../ui/widgets';

const HAPPENED: ReadonlySet<LogEntry['kind']> = new Set(['void', 'incident', 'casualties', 'holder', 'flag', 'rung', 'end']);

/** The reasons panel's text for turn `t` (0 = the start: the briefing). */
export function turnBlocks(m: Messages, tl: ReplayTimeline, t: number): ScrollBlock[] {
  const sc = tl.scenario;
  if (t === 0) {
    const blocks: ScrollBlock[] = [{ text: m.t('replay.reasons.start.title'), kind: 'h3' }];
    for (const p of sc.briefing) blocks.push({ text: m.t(p), kind: 'tiny', color: COLORS.text, gapBefore: 8 });
    blocks.push({ text: m.t('replay.reasons.start.hint'), kind: 'tiny', color: COLORS.textMuted, gapBefore: 12 });
    return blocks;
  }
  const state = tl.states[t] as GameState;
  const entries = state.log.filter((e) => e.turn === t);
  const bullet = (e: LogEntry): ScrollBlock => ({
    text: m.t('common.bullet', { text: describeEntry(m, sc, e) }),
    kind: 'tiny',
    color: COLORS.text,
    gapBefore: 4,
  });
  const none = (key: string): ScrollBlock => ({ text: m.t(key), kind: 'tiny', color: COLORS.textMuted, gapBefore: 4 });
  const blocks: ScrollBlock[] = [{ text: m.t('replay.reasons.decisions'), kind: 'h3' }];
  for (const e of entries) {
    if (e.kind !== 'decision') continue;
    const a = e.order.actor;
    blocks.push({
      text: m.t('replay.reasons.decision', {
        tag: actorTag(m, a),
        actor: actorName(m, a),
        action: actionName(m, e.order.action),
        by: e.order.by,
      }),
      kind: 'label',
      color: COLORS.text,
      gapBefore: 8,
    });
    // Motives before dice: the odds only when "How the AI chose" is on (remembered from the results screen).
    blocks.push({ text: explainOrder(m, e.order, howChosenShown()), kind: 'tiny', color: COLORS.textMuted, gapBefore: 2 });
  }
  const dice = entries.filter((e) => e.kind === 'roll');
  blocks.push({ text: m.t('replay.reasons.dice'), kind: 'h3', gapBefore: 16 });
  if (!dice.length) blocks.push(none('replay.reasons.dice.none'));
  for (const e of dice) blocks.push(bullet(e));
  const happened = entries.filter((e) => HAPPENED.has(e.kind));
  blocks.push({ text: m.t('replay.reasons.happened'), kind: 'h3', gapBefore: 16 });
  if (!happened.length) blocks.push(none('replay.reasons.happened.none'));
  for (const e of happened) blocks.push(bullet(e));
  // Causes you can see: every number that moved, with what moved it.
  const changes = changeGroups(entries).filter((g) => g.what !== 'heat' && g.what !== 'floor');
  if (changes.length) blocks.push({ text: m.t('replay.reasons.changes'), kind: 'h3', gapBefore: 16 });
  for (const line of groupTexts(m, sc, changes))
    blocks.push({ text: m.t('common.bullet', { text: line }), kind: 'tiny', color: COLORS.text, gapBefore: 4 });
  const ladder = ladderCauses(m, sc, entries);
  if (ladder) blocks.push({ text: ladder, kind: 'tiny', color: COLORS.text, gapBefore: 6 });
  const events = entries.filter((e) => e.kind === 'event');
  blocks.push({ text: m.t('replay.reasons.events'), kind: 'h3', gapBefore: 16 });
  if (!events.length) blocks.push(none('replay.reasons.events.none'));
  for (const e of events) blocks.push(bullet(e));
  return blocks;
}

/** Turn `t` read aloud: the rung, the decisions, the dice and the events; at the start, `mapSays` (the map described). */
export function spokenTurn(m: Messages, tl: ReplayTimeline, t: number, mapSays: string): string {
  const sc = tl.scenario;
  const state = tl.states[t] as GameState;
  const rung = { rung: state.rung, name: rungName(m, state.rung) };
  if (t === 0) return m.t('replay.spoken.turn.start', { head: m.t('replay.spoken.turn.head.start', rung), map: mapSays });
  const head = m.t('replay.spoken.turn.head', { turn: t, dates: turnDates(sc, t, m.locale), ...rung });
  const entries = state.log.filter((e) => e.turn === t);
  const decisions = entries.flatMap((e) =>
    e.kind === 'decision'
      ? [m.t('replay.spoken.turn.decision', { actor: actorName(m, e.order.actor), action: actionName(m, e.order.action) })]
      : [],
  );
  const dice = entries.flatMap((e) => (e.kind === 'roll' ? [describeEntry(m, sc, e)] : []));
  const events = entries.flatMap((e) => (e.kind === 'event' ? [describeEntry(m, sc, e)] : []));
  return m
    .t('replay.spoken.turn', {
      head,
      decisions: decisions.join('; '), // not-text: a list separator between whole sentences
      dice: dice.length ? dice.join(' ') : m.t('replay.spoken.turn.no-dice'),
      events: events.length ? m.t('replay.spoken.turn.events', { events: events.join(' ') }) : '',
    })
    .trim();
}
