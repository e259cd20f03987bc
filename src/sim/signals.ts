import { lastTurnOf } from './lengths';
import type { ActorId, GameState, Scenario, SelfView, WorldView } from './types';
import { avgOf, countHolders, maxUnrest, totalKilled } from './world';

/** The world as every posture machine sees it at the start of the decisions phase. */
export function worldView(state: GameState, scenario: Scenario): WorldView {
  const postures: Record<ActorId, string> = {};
  const lastActions: Record<ActorId, string | null> = {};
  for (const a of scenario.actorIds) {
    postures[a] = state.actors[a]!.posture;
    lastActions[a] = state.actors[a]!.lastAction;
  }
  const holders: Record<string, number> = {};
  for (const h of scenario.holders) holders[h] = countHolders(state, h);
  return {
    turn: state.turn,
    lastTurn: lastTurnOf(scenario, state),
    rung: state.rung,
    rungChange: state.lastTurnStats.rungChange,
    maxUnrest: maxUnrest(state),
    avgUnrest: avgOf(state, 'unrest'),
    avgPolice: avgOf(state, 'police'),
    avgTroops: avgOf(state, 'troops'),
    holders,
    incidentsLastTurn: state.lastTurnStats.incidents,
    incidents: state.incidents,
    injuredLastTurn: state.lastTurnStats.injured,
    killed: totalKilled(state),
    flags: state.flags,
    postures,
    lastActions,
  };
}

export function selfView(state: GameState, actor: ActorId): SelfView {
  const a = state.actors[actor]!;
  return {
    actor,
    human: state.humans.includes(actor),
    temper: a.temper,
    support: a.meters.support,
    standing: a.meters.standing,
    special: a.meters.special,
    budget: a.budget,
    lastStance: a.lastStance,
  };
}
