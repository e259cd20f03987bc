import type { GameState, MessageRef } from '../../sim/types';
import { countHolders, totalInjured, totalKilled } from '../../sim/world';

// Discussion questions fitted to a finished North 2023 game: one on how it
// ended, one on the first violence, up to two on what stood out, and two that
// every game gets. Questions are message keys (messages/en/*.json: question.*)
// with the numbers and names they need.

const ref = (key: string, params?: MessageRef['params']): MessageRef => (params ? { key, params } : { key });

export function debriefQuestions(state: Readonly<GameState>): MessageRef[] {
  const q: MessageRef[] = [];
  if (state.outcome === 'war') q.push(ref('question.war'));
  else if (state.outcome === 'settlement') q.push(ref('question.settlement', { turn: state.turn }));
  else q.push(ref('question.unresolved', { rung: state.rung, rungName: ref(`rung.${state.rung}.name`) }));

  if (state.firstClashTurn !== null) {
    const clash = state.log.find((e) => e.kind === 'incident');
    const cause = state.log.find((e) => e.kind === 'roll' && e.hit && e.turn === state.firstClashTurn);
    q.push(
      ref('question.first-violence', {
        turn: state.firstClashTurn,
        place: clash?.kind === 'incident' && clash.place ? ref(`place.${clash.place}.both`) : 'none',
        action: cause?.kind === 'roll' ? ref(`action.${cause.action}.name`) : 'none',
      }),
    );
  } else q.push(ref('question.no-violence'));

  const standOut: MessageRef[] = [];
  if (totalKilled(state) > 0) standOut.push(ref('question.killed'));
  if (state.flags.euMeasuresOnKosovo || state.flags.exerciseCancelled) standOut.push(ref('question.kosovo-penalised'));
  if (state.flags.armyHighReadiness || state.flags.troopsAtLine) standOut.push(ref('question.army-readiness'));
  const kforInjured = state.casualties.kfor?.injured ?? 0;
  if (kforInjured > 0) standOut.push(ref('question.kfor-injured', { injured: kforInjured, others: totalInjured(state) - kforInjured }));
  if (countHolders(state, 'kosovo-mayor') > 0) standOut.push(ref('question.mayors-govern'));
  q.push(...standOut.slice(0, 2));

  const firstHuman = state.log.find((e) => e.kind === 'decision' && e.order.by === 'human');
  q.push(
    firstHuman?.kind === 'decision'
      ? ref('question.retell-as-other', { role: ref(`actor.${firstHuman.order.actor}.short`) })
      : ref('question.retell'),
  );
  q.push(ref('question.compare-history'));
  return q;
}
