import { FULL_LENGTH, type GameLength, type GameState, type LengthId, type ScenarioCard } from './types';

// Game lengths: every scenario has its full game (turns 1 to lastTurn); a
// scenario may declare shorter ones (`lengths`) that start later, from the
// state history had reached. A state records its length only when it is not
// the full game, so full games keep the codes they always had.

type WithLengths = Pick<ScenarioCard, 'lastTurn' | 'lengths'>;

/** Every length of a scenario, the full game first. */
export function gameLengths(scenario: WithLengths): Readonly<Record<LengthId, GameLength>> {
  return { [FULL_LENGTH]: { firstTurn: 1, lastTurn: scenario.lastTurn }, ...scenario.lengths };
}

/** The ids of a scenario's lengths, the full game first. */
export function lengthIds(scenario: WithLengths): LengthId[] {
  return Object.keys(gameLengths(scenario));
}

/** A length of the scenario, or undefined when it has no such length. */
export function findLength(scenario: WithLengths, id: LengthId): GameLength | undefined {
  return Object.hasOwn(gameLengths(scenario), id) ? gameLengths(scenario)[id] : undefined;
}

/** The length a state is played at (the full game when it records none). */
export function lengthOfState(scenario: WithLengths, state: Pick<GameState, 'length'>): GameLength {
  return findLength(scenario, state.length ?? FULL_LENGTH) ?? { firstTurn: 1, lastTurn: scenario.lastTurn };
}

/** The first turn a state's game plays. */
export const firstTurnOf = (scenario: WithLengths, state: Pick<GameState, 'length'>): number => lengthOfState(scenario, state).firstTurn;

/** The last turn a state's game plays. */
export const lastTurnOf = (scenario: WithLengths, state: Pick<GameState, 'length'>): number => lengthOfState(scenario, state).lastTurn;

/** How many turns a length plays. */
export const turnsOf = (length: GameLength): number => length.lastTurn - length.firstTurn + 1;

/** How many turns of its length a game has played (a turn stopped before its orders were carried out does not count). */
export function turnsPlayed(scenario: WithLengths, state: Pick<GameState, 'length' | 'turn' | 'phase' | 'log'>): number {
  const end = state.log.at(-1);
  const unplayed = state.phase === 'decisions' || (end?.kind === 'end' && end.stoppedDuring === 'decisions') ? 1 : 0;
  return Math.max(0, state.turn - unplayed - firstTurnOf(scenario, state) + 1);
}
