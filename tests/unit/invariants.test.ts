import { describe, expect, it } from 'vitest';
import { MAX_BUDGET } from '../../src/sim/effects';
import { randomPolicy } from '../../src/sim/policies';
import { rngFromSeed } from '../../src/sim/rng';
import { simulate } from '../../src/sim/simulate';
import { type ActorId, type GameState, METER_IDS } from '../../src/sim/types';
import { scenario, seeds } from './helpers';

/** Random legal play: random human roles choosing random possible actions. */
function randomGame(seed: string, check: (s: Readonly<GameState>, prev: GameState | null) => void): GameState {
  const pick = rngFromSeed(`roles-${seed}`);
  const humans = scenario.actorIds.filter(() => pick.below(3) === 0);
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
    const inRange = (v: number | undefined, lo: number, hi: number) => v !== undefined && Number.isInteger(v) && v >= lo && v <= hi;
    for (const seed of seeds(150, 'inv')) {
      const out: string[] = [];
      randomGame(seed, (s) => {
        if (!inRange(s.rung, 0, scenario.ladder.top)) out.push(`turn ${s.turn}: rung ${s.rung}`);
        for (const a of scenario.actorIds) {
          for (const m of METER_IDS) if (!inRange(s.actors[a]?.meters[m], 0, 100)) out.push(`turn ${s.turn}: ${a}.${m}`);
          if (!inRange(s.actors[a]?.budget, 0, MAX_BUDGET)) out.push(`turn ${s.turn}: ${a} budget`);
        }
        for (const id of scenario.placeIds)
          for (const k of ['unrest', 'police', 'troops'] as const)
            if (!inRange(s.places[id]?.[k], 0, 100)) out.push(`turn ${s.turn}: ${id}.${k}`);
        for (const [k, v] of Object.entries(s.relations)) if (!inRange(v, -100, 100)) out.push(`turn ${s.turn}: relation ${k}`);
      });
      expect(out, seed).toEqual([]);
    }
  });

  it('never lets casualties or the peak rung go down', () => {
    for (const seed of seeds(150, 'inv')) {
      randomGame(seed, (s, prev) => {
        if (!prev) return;
        for (const g of scenario.casualtyGroups) {
          expect(s.casualties[g]?.injured).toBeGreaterThanOrEqual(prev.casualties[g]?.injured ?? 0);
          expect(s.casualties[g]?.killed).toBeGreaterThanOrEqual(prev.casualties[g]?.killed ?? 0);
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
      if (end.outcome === 'war') expect(end.rung).toBe(scenario.ladder.top);
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
