import { findLength } from './lengths';
import { relationKeys } from './relations';
import { rngFromSeed } from './rng';
import {
  type ActorId,
  type ActorState,
  type Difficulty,
  FULL_LENGTH,
  type GameState,
  type LengthId,
  type Place,
  type Scenario,
} from './types';
import { clamp } from './world';

/** How difficulty shifts the temperament of the AI actors (hawkish is harder). */
export const DIFFICULTY_SHIFT: Record<Difficulty, number> = { easy: -20, normal: 0, hard: 20 };

export interface NewGameOptions {
  seed: string;
  humans?: readonly ActorId[];
  difficulty?: Difficulty;
  /** One of the scenario's lengths (default: the full game). */
  length?: LengthId;
}

/**
 * The state before the first turn: the scenario's start, with temperaments
 * drawn from the seed. A shorter length starts later, from its own start (the
 * scenario's start with its overrides), just before its first turn.
 */
export function initialState(scenario: Scenario, opts: NewGameOptions): GameState {
  const lengthId = opts.length ?? FULL_LENGTH;
  const length = findLength(scenario, lengthId);
  // not-text: a developer error (callers check the length against the scenario first)
  if (!length) throw new Error(`scenario "${scenario.id}" has no length "${lengthId}"`);
  const start = length.start ?? {};
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
      meters: { support: p.start.support, standing: p.start.standing, special: p.start.special, ...start.meters?.[id] },
      budget: human && difficulty === 'hard' ? p.start.budget - 1 : p.start.budget,
      mind: { last: null, since: 0 },
      lastAction: null,
      lastStance: null,
      usedOnce: [],
    };
  }

  const places: Record<string, Place> = {};
  for (const m of scenario.placeIds) places[m] = { ...scenario.places[m]!.start, ...start.places?.[m] };

  const relations: Record<string, number> = {};
  for (const k of relationKeys(scenario.actorIds)) relations[k] = start.relations?.[k] ?? scenario.startRelations[k] ?? 0;

  const startFlags = start.flags ?? scenario.startFlags;
  const flags = Object.fromEntries(scenario.flags.map((f) => [f, startFlags.includes(f)]));
  const rung = start.rung ?? scenario.startRung;
  const casualties = Object.fromEntries(scenario.casualtyGroups.map((g) => [g, { injured: 0, killed: 0 }]));
  const noStats = () => ({ incidents: 0, armed: 0, injured: 0, killed: 0, rungChange: 0 });

  const state: GameState = {
    scenario: { id: scenario.id, version: scenario.version },
    seed: opts.seed,
    difficulty,
    humans,
    turn: length.firstTurn - 1,
    phase: 'news',
    rng: rng.state(),
    rung,
    peakRung: rung,
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
    firedEvents: [...(start.firedEvents ?? [])],
    orders: [],
    awaiting: [],
    lastOrders: [],
    outcome: null,
    log: [],
  };
  // Only a shorter length is recorded, so a full game's state (and code) is what it always was.
  if (lengthId !== FULL_LENGTH) state.length = lengthId;
  return state;
}
