import { catalogOf } from './catalog';
import { findLength } from './lengths';
import { posturesOf } from './minds';
import { FULL_LENGTH, type GameState, type Result, type Scenario } from './types';

/**
 * What the schema cannot see: that a well-formed state also fits the scenario
 * and the machines (postures that exist, actions and events the scenario has,
 * humans awaited only in the decisions phase). Run on every state from outside.
 */
export function checkStateFits(scenario: Scenario, state: GameState): Result<GameState> {
  const fail = (error: string): Result<GameState> => ({ ok: false, error });
  if (state.scenario.id !== scenario.id || state.scenario.version !== scenario.version) {
    return fail(`it belongs to scenario ${state.scenario.id} v${state.scenario.version}, not ${scenario.id} v${scenario.version}`);
  }
  const length = findLength(scenario, state.length ?? FULL_LENGTH);
  if (!length) return fail(`scenario ${scenario.id} has no length "${state.length}"`);
  if (state.turn > length.lastTurn) return fail(`turn ${state.turn} is past the game's last turn (${length.lastTurn})`);
  if (state.turn < length.firstTurn - 1) return fail(`turn ${state.turn} comes before the game's first turn (${length.firstTurn})`);
  const { action } = catalogOf(scenario);
  const knownEvent = new Set(scenario.events.map((e) => e.id));
  for (const a of scenario.actorIds) {
    const st = state.actors[a];
    if (!st) return fail(`${a} is missing`);
    const postures = posturesOf(scenario, a);
    if (!postures.includes(st.posture)) return fail(`${a} is in an unknown posture "${st.posture}"`);
    if (st.lastAction !== null && action.get(st.lastAction)?.actor !== a)
      return fail(`${a}'s last action "${st.lastAction}" is not one of its actions`);
    for (const id of st.usedOnce) if (action.get(id)?.actor !== a) return fail(`${a} used an unknown action "${id}"`);
    const last = st.mind.last;
    if (last && (!postures.includes(last.from) || !postures.includes(last.to)))
      return fail(`${a}'s last transition names an unknown posture`);
  }
  for (const o of state.orders)
    if (action.get(o.action)?.actor !== o.actor) return fail(`an order names an action "${o.action}" that ${o.actor} does not have`);
  for (const id of state.firedEvents) if (!knownEvent.has(id)) return fail(`an unknown event "${id}" has fired`);
  for (const e of state.log) {
    if (e.kind === 'decision' && action.get(e.order.action)?.actor !== e.order.actor)
      return fail(`the log names an unknown action "${e.order.action}"`);
    if (e.kind === 'event' && !knownEvent.has(e.event)) return fail(`the log names an unknown event "${e.event}"`);
  }
  for (const h of state.awaiting) if (!state.humans.includes(h)) return fail(`${h} is awaited but is not a human role`);
  if (state.awaiting.length && state.phase !== 'decisions') return fail(`orders are awaited outside the decisions phase`);
  if ((state.phase === 'over') !== (state.outcome !== null))
    return fail('the game is over without an outcome, or has an outcome but is not over');
  return { ok: true, value: state };
}
