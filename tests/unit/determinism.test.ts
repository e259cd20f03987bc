import { describe, expect, it } from 'vitest';
import { createGame, restoreGame } from '../../src/sim/game';
import { stateHash } from '../../src/sim/hash';
import { randomPolicy } from '../../src/sim/policies';
import { rngFromSeed } from '../../src/sim/rng';
import { simulate } from '../../src/sim/simulate';
import type { GameState } from '../../src/sim/types';
import { historicalPolicies, historicalRoles, scenario, seeds } from './helpers';

function allAiCode(seed: string, difficulty: 'easy' | 'normal' | 'hard' = 'normal'): string {
  const g = createGame(scenario, { seed, difficulty });
  g.advance();
  const code = stateHash(g.state);
  g.dispose();
  return code;
}

describe('determinism', () => {
  it('gives the same verification code for the same seed, 300 seeds over', () => {
    for (const seed of seeds(300)) expect(allAiCode(seed), seed).toBe(allAiCode(seed));
  });

  it('gives the same final state, not only the same code', () => {
    const a = createGame(scenario, { seed: 'twin' });
    const b = createGame(scenario, { seed: 'twin' });
    a.advance();
    b.advance();
    expect(a.state).toEqual(b.state);
  });

  it('gives a different game for every one of 300 different seeds', () => {
    const codes = new Set(seeds(300).map((s) => allAiCode(s)));
    expect(codes.size).toBe(300);
  });

  it('plays different decisions, not just different hashes, for different seeds', () => {
    const actions = (seed: string) => {
      const g = createGame(scenario, { seed });
      g.advance();
      return g.state.log.filter((e) => e.kind === 'decision').map((e) => (e.kind === 'decision' ? e.order.action : ''));
    };
    expect(actions('classroom-1')).not.toEqual(actions('classroom-2'));
  });

  it('lets difficulty change the game for the same seed', () => {
    expect(allAiCode('classroom-1', 'easy')).not.toBe(allAiCode('classroom-1', 'hard'));
  });

  it('replays the same human decisions to the same code', () => {
    for (const seed of seeds(50, 'human')) {
      const first = simulate(scenario, { seed, humans: historicalRoles, policies: historicalPolicies });
      if (!first.ok) throw new Error(first.error);
      const again = simulate(scenario, { seed, humans: historicalRoles, decisions: first.value.decisions });
      if (!again.ok) throw new Error(again.error);
      expect(stateHash(again.value.game.state)).toBe(stateHash(first.value.game.state));
    }
  });

  it('continues a saved game (through JSON) exactly as if never interrupted', () => {
    for (const seed of seeds(40, 'save')) {
      const policy = randomPolicy(rngFromSeed(`p-${seed}`));
      const whole = simulate(scenario, { seed, humans: ['kfor'], policies: { kfor: policy } });
      if (!whole.ok) throw new Error(whole.error);

      // Same game, stopped at turn 7's decisions, saved as text, restored, continued.
      const decisions = whole.value.decisions;
      const g = createGame(scenario, { seed, humans: ['kfor'] });
      let i = 0;
      g.advance();
      while (!g.isOver() && g.state.turn < 7) {
        g.submit('kfor', decisions[i++]!.action);
        g.advance();
      }
      const saved = JSON.parse(JSON.stringify(g.snapshot())) as GameState;
      g.dispose();
      const resumed = restoreGame(scenario, saved);
      while (!resumed.isOver()) {
        expect(resumed.submit('kfor', decisions[i++]!.action).ok).toBe(true);
        resumed.advance();
      }
      expect(stateHash(resumed.state)).toBe(stateHash(whole.value.game.state));
    }
  });
});
