import type { GameState, MessageRef } from '../../sim/types';
import { countHolders, totalInjured } from '../../sim/world';

// Discussion questions fitted to a finished Plates 2022 game: one on how it
// ended, one on the first violence, up to two on what stood out, and two that
// every game gets (the second compares with history and with May 2023).
// Questions are message keys (messages/en/debrief.json: question.*).

const ref = (key: string, params?: MessageRef['params']): MessageRef => (params ? { key, params } : { key });

export function debriefQuestions(state: Readonly<GameState>): MessageRef[] {
  const q: MessageRef[] = [];
  if (state.outcome === 'war') q.push(ref('question.war'));
  else if (state.outcome === 'settlement') q.push(ref('question.settlement', { turn: state.turn }));
  else q.push(ref('question.unresolved', { rung: state.rung, rungName: ref(`rung.${state.rung}.name`) }));

  if (state.firstClashTurn !== null) {
    const cause = state.log.find((e) => e.kind === 'roll' && e.hit && e.turn === state.firstClashTurn);
    q.push(
      ref('question.first-violence', {
        turn: state.firstClashTurn,
        action: cause?.kind === 'roll' ? ref(`action.${cause.action}.name`) : 'none',
      }),
    );
  } else q.push(ref('question.no-violence'));

  const standOut: MessageRef[] = [];
  if (state.flags.walkout)
    standOut.push(ref('question.walkout', { left: countHolders(state, 'walked-out') + countHolders(state, 'kosovo-police') }));
  if (state.flags.crossingsClosed || state.flags.barricadesUp) standOut.push(ref('question.barricades-stay'));
  if (state.flags.armyHighReadiness || state.flags.troopsAtLine || state.flags.returnRequested)
    standOut.push(ref('question.army-readiness'));
  if (totalInjured(state) > 0) standOut.push(ref('question.injured', { injured: totalInjured(state) }));
  if (state.flags.platesDealKosovo && state.flags.platesDealSerbia) standOut.push(ref('question.deal'));
  q.push(...standOut.slice(0, 2));

  const firstHuman = state.log.find((e) => e.kind === 'decision' && e.order.by === 'human');
  q.push(
    firstHuman?.kind === 'decision'
      ? ref('question.retell-as-other', { role: ref(`actor.${firstHuman.order.actor}.short`) })
      : ref('question.retell'),
  );
  q.push(ref('question.compare-history'));
  q.push(ref('question.compare-2023'));
  return q;
}
