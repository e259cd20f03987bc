import { describe, expect, it } from 'vitest';
import { plates2022 } from '../../src/scenarios/plates-2022';
import { type Policy, scriptPolicy } from '../../src/sim/policies';
import { simulate } from '../../src/sim/simulate';
import type { ActorId, GameState } from '../../src/sim/types';
import { seeds } from './helpers';

// The real 2022 choices of Kosovo, Serbia, the Kosovo Serbs, KFOR and the EU,
// with the USA, Russia and China left to their machines, across 200 seeds:
// barricades go up, the crossings close, no war, the barricades come down by the end.
const scenario = plates2022;
const roles = Object.keys(scenario.historical) as ActorId[];
const policies: Partial<Record<ActorId, Policy>> = Object.fromEntries(roles.map((a) => [a, scriptPolicy(scenario.historical[a]!)]));
const games: GameState[] = seeds(200, 'plates-history').map((seed) => {
  const run = simulate(scenario, { seed, humans: roles, policies });
  if (!run.ok) throw new Error(run.error);
  const state = run.value.game.snapshot();
  run.value.game.dispose();
  return state;
});
const share = (pred: (s: GameState) => boolean) => games.filter(pred).length / games.length;
const played = (s: GameState, action: string, turn: number) =>
  s.log.some((e) => e.kind === 'decision' && e.order.action === action && e.turn === turn);

describe('the plates-2022 historical playthrough lands near history', () => {
  it('never ends in war', () => {
    expect(share((s) => s.outcome === 'war')).toBe(0);
  });

  it('plays every scripted choice on its turn (the script stays legal whatever the dice did)', () => {
    for (const s of games)
      for (const a of roles)
        for (const [turn, choices] of Object.entries(scenario.historical[a]!.turns))
          expect(played(s, choices[0]!, Number(turn)), `${a} turn ${turn} ${choices[0]}`).toBe(true);
  });

  it('has the barricades of 31 July come down, and the rules postponed, in August', () => {
    expect(share((s) => played(s, 'serbs.barricades', 1) && played(s, 'serbs.remove-barricades', 2))).toBe(1);
    expect(share((s) => s.log.some((e) => e.kind === 'flag' && e.flag === 'rulesPostponed' && e.turn === 1))).toBe(1);
  });

  it('has the Serbs walk out of Kosovo’s institutions in the week of 5 November (turn 15), leaving every post', () => {
    expect(share((s) => s.flags.walkout === true && played(s, 'serbs.walk-out', 15))).toBe(1);
    expect(share((s) => s.log.some((e) => e.kind === 'holder' && e.turn === 15 && e.to === 'walked-out'))).toBe(1);
  });

  it('puts the barricades up and closes the crossings after the arrest of 10 December (turn 20)', () => {
    const closedInDecember = (s: GameState) =>
      s.log.some((e) => e.kind === 'event' && e.event === 'crossings-close' && e.turn >= 20 && e.turn <= 22);
    expect(share((s) => played(s, 'kosovo.arrest-suspect', 20) && played(s, 'serbs.barricades', 20))).toBe(1);
    expect(share(closedInDecember)).toBeGreaterThanOrEqual(0.95);
  });

  it('brings the barricades down and opens the crossings by the end, with Serbia’s army stood down', () => {
    expect(share((s) => !s.flags.barricadesUp && !s.flags.crossingsClosed && !s.flags.armyHighReadiness)).toBe(1);
    expect(share((s) => s.turn === scenario.lastTurn)).toBe(1);
  });

  it('ends without deaths, and mostly without violence, as in 2022', () => {
    expect(share((s) => Object.values(s.casualties).every((c) => c.killed === 0))).toBe(1);
    expect(share((s) => s.firstClashTurn === null)).toBeGreaterThanOrEqual(0.8);
  });

  it('ends settled or at a low rung, never above blockades', () => {
    expect(share((s) => s.rung <= 4)).toBeGreaterThanOrEqual(0.9);
    expect(share((s) => s.outcome === 'settlement')).toBeGreaterThanOrEqual(0.5);
  });
});
