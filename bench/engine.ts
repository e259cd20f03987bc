// Engine figures for `npm run bench`: throughput on one core against a
// calibration loop, the cost of a turn by phase, heap across 1,000 games,
// and a 10,000-game what-if batch on all cores.
import { availableParallelism } from 'node:os';
import { runBatch } from '../src/cli/batch';
import { north2023 } from '../src/scenarios/north-2023';
import { createGame, type PhaseProfile } from '../src/sim/game';
import { stateHash } from '../src/sim/hash';
import { rngFromSeed } from '../src/sim/rng';
import type { Phase } from '../src/sim/types';

export interface EngineFigures {
  calibration: { rngDrawsPerSecond: number; bareLoopGamesPerSecond: number };
  oneCore: { games: number; seconds: number; gamesPerSecond: number; turnsPerSecond: number; ratioToBareLoop: number };
  turnCostMicroseconds: Record<string, number>;
  heap: { afterWarmupMB: number; after1000GamesMB: number; growthMB: number };
  batch: { games: number; threads: number; seconds: number; gamesPerSecond: number };
}

/** Seeded draws per second: the machine's speed on the RNG everything else uses. */
function calibrateRng(): number {
  const rng = rngFromSeed('calibration');
  const n = 5_000_000;
  let x = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) x += rng.next();
  const s = (performance.now() - t0) / 1000;
  if (x < 0) console.log(x);
  return n / s;
}

/** A bare function loop of the same size as a game (8 actors × 20 turns, one weighted draw each). */
function calibrateBareLoop(): number {
  const games = 20_000;
  const t0 = performance.now();
  let acc = 0;
  for (let g = 0; g < games; g++) {
    const rng = rngFromSeed(`bare-${g}`);
    const meters = new Int32Array(8 * 3);
    for (let t = 0; t < 20; t++) {
      for (let a = 0; a < 8; a++) {
        const roll = rng.below(100);
        const k = a * 3 + (roll % 3);
        meters[k] = (meters[k] ?? 0) + (roll < 50 ? 1 : -1);
      }
    }
    acc += meters[0] ?? 0;
  }
  if (acc === 42.5) console.log(acc);
  return games / ((performance.now() - t0) / 1000);
}

function oneCore(games: number): EngineFigures['oneCore'] & { profile: Record<string, number> } {
  const totals: Record<string, number> = {};
  const profile: PhaseProfile = { now: () => performance.now(), add: (p: Phase, ms) => (totals[p] = (totals[p] ?? 0) + ms) };
  // Throughput: plain games, as a batch plays them (no clock calls, no hashing).
  let turns = 0;
  const t0 = performance.now();
  for (let i = 0; i < games; i++) {
    const g = createGame(north2023, { seed: `bench-${i}` });
    g.advance();
    turns += g.state.turn;
    g.dispose();
  }
  const seconds = (performance.now() - t0) / 1000;
  // Cost by phase, timed on other games, plus the verification hash the CLI computes once a game.
  let profiledTurns = 0;
  let hashMs = 0;
  const profiled = Math.min(500, games);
  for (let i = 0; i < profiled; i++) {
    const g = createGame(north2023, { seed: `profile-${i}` }, profile);
    g.advance();
    profiledTurns += g.state.turn;
    const h0 = performance.now();
    stateHash(g.state);
    hashMs += performance.now() - h0;
    g.dispose();
  }
  const perTurn = Object.fromEntries(Object.entries(totals).map(([k, ms]) => [k, (ms * 1000) / profiledTurns]));
  perTurn['verification hash, once a game (µs per game)'] = (hashMs * 1000) / profiled;
  return { games, seconds, gamesPerSecond: games / seconds, turnsPerSecond: turns / seconds, ratioToBareLoop: 0, profile: perTurn };
}

function heapAcross(games: number): EngineFigures['heap'] {
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap = () => {
    gc?.();
    return process.memoryUsage().heapUsed / 1e6;
  };
  for (let i = 0; i < 100; i++) {
    const g = createGame(north2023, { seed: `warm-${i}` });
    g.advance();
    g.dispose();
  }
  const before = heap();
  for (let i = 0; i < games; i++) {
    const g = createGame(north2023, { seed: `heap-${i}` });
    g.advance();
    g.dispose();
  }
  const after = heap();
  return { afterWarmupMB: before, after1000GamesMB: after, growthMB: after - before };
}

export async function engineFigures(): Promise<EngineFigures> {
  const rngDrawsPerSecond = calibrateRng();
  const bareLoopGamesPerSecond = calibrateBareLoop();
  const core = oneCore(2000);
  const heap = heapAcross(1000);
  const threads = availableParallelism();
  const t0 = performance.now();
  const { dist } = await runBatch(
    north2023,
    { scenarioId: north2023.id, seedPrefix: 'bench-batch', from: 0, to: 10_000, difficulty: 'normal', role: null, policy: null },
    false,
    threads,
  );
  const seconds = (performance.now() - t0) / 1000;
  const { profile, ...rest } = core;
  return {
    calibration: { rngDrawsPerSecond, bareLoopGamesPerSecond },
    oneCore: { ...rest, ratioToBareLoop: rest.gamesPerSecond / bareLoopGamesPerSecond },
    turnCostMicroseconds: profile,
    heap,
    batch: { games: dist.games, threads, seconds, gamesPerSecond: dist.games / seconds },
  };
}
