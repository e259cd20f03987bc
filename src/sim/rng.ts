import seedrandom from 'seedrandom';
import type { GameState } from './types';

// All randomness of the simulation comes from one seeded alea generator whose
// state lives in GameState.rng. A Game hydrates it once, draws, and writes the
// state back at every phase boundary, so a saved state continues identically.

export type RngState = GameState['rng'];

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  below(n: number): number;
  /** An integer in [lo, hi], both included. */
  between(lo: number, hi: number): number;
  state(): RngState;
}

function wrap(prng: seedrandom.StatefulPRNG<RngState>): Rng {
  return {
    next: () => prng(),
    below: (n) => Math.floor(prng() * n),
    between: (lo, hi) => lo + Math.floor(prng() * (hi - lo + 1)),
    state: () => prng.state(),
  };
}

export function rngFromSeed(seed: string): Rng {
  return wrap(seedrandom.alea(seed, { state: true }) as seedrandom.StatefulPRNG<RngState>);
}

export function rngFromState(state: RngState): Rng {
  return wrap(seedrandom.alea('', { state }) as seedrandom.StatefulPRNG<RngState>);
}
