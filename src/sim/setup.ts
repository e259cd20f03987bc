import { relationKeys } from './relations';
import { rngFromSeed } from './rng';
import type { ActorId, ActorState, Difficulty, GameState, Place, Scenario } from './types';
import { clamp } from './world';

/** How difficulty shifts the temperament of the AI actors (hawkish is harder). */
export const DIFFICULTY_SHIFT: Record<Difficulty, number> = { easy: -20, normal: 0, hard: 20 };

export interface NewGameOptions {
  seed: string;
  humans?: readonly ActorId[];
  difficulty?: Difficulty;
}

/** The state before turn 1: the scenario's start, with temperaments drawn from the seed. */
export function initialState(scenario: Scenario, opts: NewGameOptions): GameState {
  const rng = rngFromSeed(opts.seed);
  const humans = scenario.actorIds.filter((a) => opts.humans?.includes(a));
  const difficulty = opts.difficulty ?? 'normal';

  const actors: Record<ActorId, ActorState> = {};
  for (const id of scenario.actorIds) {
    const p = scenario.actors[id]!;
    // Always draw, so the AI's temperament does not depend on who is human.
    const drawn = rng.between(p.temperRange[0], p.temperRange[1]);
    const human = humans.includes(id);
    actors[id] = {
      posture: '',
      temper: human ? drawn : clamp(drawn + DIFFICULTY_SHIFT[difficulty], -100, 100),
      meters: { support: p.start.support, standing: p.start.standing, special: p.start.special },
      budget: human && difficulty === 'hard' ? p.start.budget - 1 : p.start.budget,
      mind: { last: null, since: 0 },
      lastAction: null,
      lastStance: null,
      usedOnce: [],
    };
  }

  const places: Record<string, Place> = {};
  for (const m of scenario.placeIds) places[m] = { ...scenario.places[m]!.start };

  const relations: Record<string, number> = {};
  for (const k of relationKeys(scenario.actorIds)) relations[k] = scenario.startRelations[k] ?? 0;

  const flags = Object.fromEntries(scenario.flags.map((f) => [f, scenario.startFlags.includes(f)]));
  const casualties = Object.fromEntries(scenario.casualtyGroups.map((g) => [g, { injured: 0, killed: 0 }]));
  const noStats = () => ({ incidents: 0, armed: 0, injured: 0, killed: 0, rungChange: 0 });

  return {
    scenario: { id: scenario.id, version: scenario.version },
    seed: opts.seed,
    difficulty,
    humans,
    turn: 0,
    phase: 'news',
    rng: rng.state(),
    rung: scenario.startRung,
    peakRung: scenario.startRung,
    heat: 0,
    rungFloor: 0,
    thisTurn: noStats(),
    lastTurnStats: noStats(),
    places,
    casualties,
    actors,
    relations,
    flags,
    incidents: 0,
    armedIncidents: 0,
    firstClashTurn: null,
    firedEvents: [],
    orders: [],
    awaiting: [],
    lastOrders: [],
    outcome: null,
    log: [],
  };
}
