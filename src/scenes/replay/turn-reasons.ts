// What one turn of a replay holds, in words: every decision and why, the dice,
// what happened and the events, for the reasons panel and the screen reader.
import { actionName, actorName, describeEntry, explainOrder, turnDates } from '../../sim/describe';
import type { ReplayTimeline } from '../../sim/replay-tools';
import type { GameState, LogEntry } from '../../sim/types';
import { ACTOR_STYLE, COLORS } from '../../ui/theme';
import type { ScrollBlock } from '../../ui/widgets';

const HAPPENED: ReadonlySet<LogEntry['kind']> = new Set(['void', 'incident', 'casualties', 'holder', 'flag', 'rung', 'end']);

/** The reasons panel's text for turn `t` (0 = the start: the briefing). */
export function turnBlocks(tl: ReplayTimeline, t: number): ScrollBlock[] {
  const sc = tl.scenario;
  if (t === 0) {
    const blocks: ScrollBlock[] = [{ text: 'Before the first turn', kind: 'h3' }];
    for (const p of sc.briefing) blocks.push({ text: p, kind: 'tiny', color: COLORS.text, gapBefore: 8 });
    blocks.push({ text: 'Press → or choose a turn to follow the game.', kind: 'tiny', color: COLORS.textMuted, gapBefore: 12 });
    return blocks;
  }
  const state = tl.states[t] as GameState;
  const entries = state.log.filter((e) => e.turn === t);
  const blocks: ScrollBlock[] = [{ text: 'Decisions and why', kind: 'h3' }];
  for (const e of entries) {
    if (e.kind !== 'decision') continue;
    const a = e.order.actor;
    blocks.push({
      text: `${ACTOR_STYLE[a].tag} · ${actorName(sc, a)}: ${actionName(sc, e.order.action)}${e.order.by === 'human' ? ' (player)' : ''}`,
      kind: 'label',
      color: COLORS.text,
      gapBefore: 8,
    });
    blocks.push({ text: explainOrder(sc, e.order), kind: 'tiny', color: COLORS.textMuted, gapBefore: 2 });
  }
  const dice = entries.filter((e) => e.kind === 'roll');
  blocks.push({ text: 'Dice', kind: 'h3', gapBefore: 16 });
  if (!dice.length)
    blocks.push({
      text: 'No dice were rolled this turn: nothing uncertain was tried.',
      kind: 'tiny',
      color: COLORS.textMuted,
      gapBefore: 4,
    });
  for (const e of dice) blocks.push({ text: `• ${describeEntry(sc, e)}`, kind: 'tiny', color: COLORS.text, gapBefore: 4 });
  const happened = entries.filter((e) => HAPPENED.has(e.kind));
  blocks.push({ text: 'What happened', kind: 'h3', gapBefore: 16 });
  if (!happened.length) blocks.push({ text: 'Nothing changed on the ground.', kind: 'tiny', color: COLORS.textMuted, gapBefore: 4 });
  for (const e of happened) blocks.push({ text: `• ${describeEntry(sc, e)}`, kind: 'tiny', color: COLORS.text, gapBefore: 4 });
  const events = entries.filter((e) => e.kind === 'event');
  blocks.push({ text: 'Events', kind: 'h3', gapBefore: 16 });
  if (!events.length) blocks.push({ text: 'No events this turn.', kind: 'tiny', color: COLORS.textMuted, gapBefore: 4 });
  for (const e of events) blocks.push({ text: `• ${describeEntry(sc, e)}`, kind: 'tiny', color: COLORS.text, gapBefore: 4 });
  return blocks;
}

/** Turn `t` read aloud: the rung, the decisions, the dice and the events; at the start, `mapSays` (the map described). */
export function spokenTurn(tl: ReplayTimeline, t: number, mapSays: string): string {
  const sc = tl.scenario;
  const state = tl.states[t] as GameState;
  const head = `${t === 0 ? 'The start' : `Turn ${t}, ${turnDates(sc, t)}`}. Rung ${state.rung}: ${sc.ladder[state.rung]?.name ?? ''}.`;
  if (t === 0) return `${head} ${mapSays}`;
  const entries = state.log.filter((e) => e.turn === t);
  const decisions = entries.flatMap((e) =>
    e.kind === 'decision' ? [`${actorName(sc, e.order.actor)}: ${actionName(sc, e.order.action)}`] : [],
  );
  const dice = entries.flatMap((e) => (e.kind === 'roll' ? [describeEntry(sc, e)] : []));
  const events = entries.flatMap((e) => (e.kind === 'event' ? [describeEntry(sc, e)] : []));
  return `${head} Decisions: ${decisions.join('; ')}. ${dice.length ? dice.join(' ') : 'No dice.'} ${events.length ? `Events: ${events.join(' ')}` : ''} Tab to the text for each actor's reasons.`.trim();
}
