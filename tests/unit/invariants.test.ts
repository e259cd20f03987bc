import { describe, expect, it } from 'vitest';
import { randomPolicy } from '../../src/sim/policies';
import { rngFromSeed } from '../../src/sim/rng';
import { simulate } from '../../src/sim/simulate';
import { ACTOR_IDS, type ActorId, CASUALTY_GROUPS, type GameState, METER_IDS, MUNICIPALITY_IDS } from '../../src/sim/types';
import { scenario, seeds } from './helpers';

/** Random legal play: random human roles choosing random possible actions. */
function randomGame(seed: string, check: (s: Readonly<GameState>, prev: GameState | null) => void): GameState {
  const pick = rngFromSeed(`roles-${seed}`);
  const humans = ACTOR_IDS.filter(() => pick.below(3) === 0);
  const policies = Object.fromEntries(humans.map((a) => [a, randomPolicy(rngFromSeed(`${seed}-${a}`))])) as Record<
    ActorId,
    ReturnType<typeof randomPolicy>
  >;
  let prev: GameState | null = null;
  const run = simulate(scenario, {
    seed,
    humans,
    difficulty: (['easy', 'normal', 'hard'] as const)[pick.below(3)],
    policies,
    onTurn: (s) => {
      check(s, prev);
      prev = structuredClone(s) as GameState;
    },
  });
  if (!run.ok) throw new Error(run.error);
  return run.value.game.state as GameState;
}

describe('invariants of random legal play (150 seeds)', () => {
  it('keeps meters, budgets, rungs and local figures in range every turn', () => {
    for (const seed of seeds(150, 'inv')) {
      randomGame(seed, (s) => {
        expect(s.rung).toBeGreaterThanOrEqual(0);
        expect(s.rung).toBeLessThanOrEqual(scenario.ladder.length - 1);
        for (const a of ACTOR_IDS) {
          for (const m of METER_IDS) expect(s.actors[a].meters[m]).toSatisfy((v: number) => Number.isInteger(v) && v >= 0 && v <= 100);
          expect(s.actors[a].budget).toSatisfy((v: number) => v >= 0 && v <= 6);
        }
        for (const m of MUNICIPALITY_IDS) {
          for (const k of ['unrest', 'police', 'kfor'] as const)
            expect(s.municipalities[m][k]).toSatisfy((v: number) => v >= 0 && v <= 100);
        }
        for (const v of Object.values(s.relations)) expect(v).toSatisfy((x: number) => x >= -100 && x <= 100);
      });
    }
  });

  it('never lets casualties or the peak rung go down', () => {
    for (const seed of seeds(150, 'inv')) {
      randomGame(seed, (s, prev) => {
        if (!prev) return;
        for (const g of CASUALTY_GROUPS) {
          expect(s.casualties[g].injured).toBeGreaterThanOrEqual(prev.casualties[g].injured);
          expect(s.casualties[g].killed).toBeGreaterThanOrEqual(prev.casualties[g].killed);
        }
        expect(s.peakRung).toBeGreaterThanOrEqual(prev.peakRung);
      });
    }
  });

  it('always ends, by the last turn at the latest, with an outcome', () => {
    for (const seed of seeds(150, 'inv')) {
      const end = randomGame(seed, () => {});
      expect(end.phase).toBe('over');
      expect(end.turn).toBeLessThanOrEqual(scenario.lastTurn);
      expect(end.outcome).not.toBeNull();
      if (end.outcome === 'war') expect(end.rung).toBe(9);
      if (end.outcome === 'last-turn') expect(end.turn).toBe(scenario.lastTurn);
    }
  });

  it('round-trips the state through JSON unchanged every turn', () => {
    for (const seed of seeds(60, 'json')) {
      randomGame(seed, (s) => {
        expect(JSON.parse(JSON.stringify(s))).toEqual(s);
      });
    }
  });

  it('climbs down at most one rung a turn', () => {
    for (const seed of seeds(150, 'inv')) {
      randomGame(seed, (s, prev) => {
        if (prev) expect(s.rung).toBeGreaterThanOrEqual(prev.rung - 1);
      });
    }
  });
});
