import { describe, expect, it } from 'vitest';
import { updateLadder } from '../../src/sim/escalation';
import { initialState } from '../../src/sim/setup';
import type { GameState } from '../../src/sim/types';
import { scenario } from './helpers';

function ladderAfter(from: number, heat: number, extra: (s: GameState) => void = () => {}): number {
  const s = initialState(scenario, { seed: 'ladder' });
  for (const m of Object.values(s.places)) m.unrest = 40; // neutral unrest: no drift either way
  s.rung = from;
  s.heat = heat;
  extra(s);
  updateLadder(s, scenario.ladder);
  return s.rung;
}

describe('the escalation ladder', () => {
  it.each([
    [2, 2, 2],
    [2, 3, 3],
    [2, 6, 4],
    [3, -2, 3],
    [3, -3, 2],
    [3, -9, 2],
  ])('from rung %i with heat %i goes to rung %i', (from, heat, to) => {
    expect(ladderAfter(from, heat)).toBe(to);
  });

  it('does not climb down in a turn with violence', () => {
    expect(ladderAfter(5, -6, (s) => (s.thisTurn.incidents = 1))).toBeGreaterThanOrEqual(5);
  });

  it('cannot pass police operations (5) on heat alone before any violence', () => {
    expect(ladderAfter(5, 9)).toBe(5);
  });

  it('cannot reach the brink without troops at the line', () => {
    expect(ladderAfter(6, 9, (s) => (s.incidents = 2))).toBe(6);
    expect(ladderAfter(6, 9, (s) => ((s.incidents = 2), (s.flags.troopsAtLine = true)))).toBe(8);
  });

  it('rises to a floor set by violence', () => {
    expect(ladderAfter(3, 0, (s) => (s.rungFloor = 6))).toBe(6);
  });

  it('turns into war only from the brink, with troops at the line and armed violence', () => {
    const brink = (s: GameState) => (s.flags.troopsAtLine = true);
    expect(ladderAfter(8, 2, brink)).toBe(8);
    expect(ladderAfter(8, 2, (s) => (brink(s), (s.thisTurn.armed = 1), (s.thisTurn.incidents = 1)))).toBe(9);
    expect(ladderAfter(7, 20, (s) => (brink(s), (s.thisTurn.armed = 1), (s.thisTurn.incidents = 1)))).toBe(8);
  });
});
