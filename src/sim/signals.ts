import { ACTOR_IDS, type ActorId, type GameState, type SelfView, type WorldView } from './types';
import { avgOf, countHolders, maxUnrest, totalKilled } from './world';

/** The world as every posture machine sees it at the start of the decisions phase. */
export function worldView(state: GameState, lastTurn: number): WorldView {
  const postures = {} as Record<ActorId, string>;
  const lastActions = {} as Record<ActorId, string | null>;
  for (const a of ACTOR_IDS) {
    postures[a] = state.actors[a].posture;
    lastActions[a] = state.actors[a].lastAction;
  }
  return {
    turn: state.turn,
    lastTurn,
    rung: state.rung,
    rungChange: state.lastTurnStats.rungChange,
    maxUnrest: maxUnrest(state),
    avgUnrest: avgOf(state, 'unrest'),
    avgPolice: avgOf(state, 'police'),
    avgKfor: avgOf(state, 'kfor'),
    mayorsIn: countHolders(state, 'kosovo-mayor'),
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
  const a = state.actors[actor];
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
