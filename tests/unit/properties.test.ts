import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGame, restoreGame } from '../../src/sim/game';
import { stateHash } from '../../src/sim/hash';
import { humanDecisions, makeReplay, parseReplay, replayToText, verifyReplay } from '../../src/sim/replay';
import { parseSave, saveToText } from '../../src/sim/save';
import { simulate } from '../../src/sim/simulate';
import { checkStateFits } from '../../src/sim/state-check';
import { type ActorId, DIFFICULTIES, type GameState } from '../../src/sim/types';
import { mutateText, stateProblems, stepProblems } from '../support/invariants';
import { lookup, scenario } from './helpers';

// Random scenarios of play: any seed text, any difficulty, any set of human
// roles, and a stream of numbers choosing among each turn's legal actions.
const gameInput = fc.record({
  seed: fc.string({ maxLength: 40, unit: 'grapheme' }),
  difficulty: fc.constantFrom(...DIFFICULTIES),
  humans: fc.subarray([...scenario.actorIds]),
  choices: fc.array(fc.nat(), { minLength: 1, maxLength: 50 }),
});
type GameInput = typeof gameInput extends fc.Arbitrary<infer T> ? T : never;

/** Plays a game where humans take the k-th possible action, k from the stream. */
function play(input: GameInput, onTurn?: (s: Readonly<GameState>) => void) {
  let i = 0;
  const choose = (game: ReturnType<typeof createGame>, actor: ActorId) => {
    const possible = game.options(actor).filter((o) => o.available);
    const k = input.choices[i++ % input.choices.length] ?? 0;
    return possible[k % possible.length]?.def.id ?? `${actor}.hold`;
  };
  const policies = Object.fromEntries(input.humans.map((a) => [a, choose]));
  const run = simulate(scenario, { seed: input.seed, difficulty: input.difficulty, humans: input.humans, policies, onTurn });
  if (!run.ok) throw new Error(run.error);
  return run.value;
}

const RUNS = { numRuns: 60 };

describe('properties over random play', () => {
  it('keeps every invariant on every turn', () => {
    fc.assert(
      fc.property(gameInput, (input) => {
        let prev: GameState | null = null;
        play(input, (s) => {
          expect(stateProblems(s, scenario)).toEqual([]);
          if (prev) expect(stepProblems(prev, s, scenario)).toEqual([]);
          prev = structuredClone(s) as GameState;
        });
      }),
      RUNS,
    );
  });

  it('is deterministic: the same input twice gives the same code', () => {
    fc.assert(
      fc.property(gameInput, (input) => stateHash(play(input).game.state) === stateHash(play(input).game.state)),
      RUNS,
    );
  });

  it('continues identically after save → load at any turn', () => {
    fc.assert(
      fc.property(gameInput, fc.integer({ min: 1, max: 19 }), (input, stopAt) => {
        const whole = play(input);
        const g = createGame(scenario, { seed: input.seed, difficulty: input.difficulty, humans: input.humans });
        let next = 0;
        const feed = (game: typeof g) => {
          for (const a of [...game.awaiting()]) expect(game.submit(a, whole.decisions[next++]!.action).ok).toBe(true);
        };
        g.advance();
        while (!g.isOver() && g.state.turn < stopAt) {
          feed(g);
          g.advance();
        }
        const loaded = parseSave(saveToText(g.state, 'any', '2026-01-01T00:00:00Z'), lookup);
        if (!loaded.ok) throw new Error(loaded.error);
        g.dispose();
        const resumed = restoreGame(scenario, loaded.value.state);
        while (!resumed.isOver()) {
          feed(resumed);
          resumed.advance();
        }
        expect(stateHash(resumed.state)).toBe(stateHash(whole.game.state));
      }),
      { numRuns: 40 },
    );
  });

  it('verifies the replay of any recorded game', () => {
    fc.assert(
      fc.property(gameInput, (input) => {
        const { game } = play(input);
        const parsed = parseReplay(replayToText(makeReplay(game.state, humanDecisions(game.state))));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(verifyReplay(parsed.value, lookup).ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('properties of the loaders', () => {
  const base = (() => {
    const g = play({ seed: 'mutation-base', difficulty: 'normal', humans: ['kosovo', 'kfor'], choices: [1, 2, 3, 0, 5] }).game;
    return {
      replay: replayToText(makeReplay(g.state, humanDecisions(g.state))),
      save: saveToText(g.state, 'kosovo', '2026-01-01T00:00:00Z'),
    };
  })();

  it('never crashes on a mutated replay file: it verifies or is rejected with a message', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 3, maxLength: 30 }), (ops) => {
        const p = parseReplay(mutateText(base.replay, ops));
        if (!p.ok) {
          expect(p.error.length).toBeGreaterThan(10);
          return;
        }
        const v = verifyReplay(p.value, lookup);
        if (!v.ok) expect(v.error.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  it('never crashes on a mutated save: it loads or is reported', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 3, maxLength: 30 }), (ops) => {
        const p = parseSave(mutateText(base.save, ops), lookup);
        if (!p.ok) {
          expect(p.error.length).toBeGreaterThan(10);
          return;
        }
        const fits = checkStateFits(scenario, p.value.state);
        if (fits.ok) restoreGame(scenario, fits.value).dispose();
        else expect(fits.error.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });
});
