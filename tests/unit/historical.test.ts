import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/simulate';
import type { GameState } from '../../src/sim/types';
import { historicalPolicies, historicalRoles, scenario, seeds } from './helpers';

// The real 2023 choices for Kosovo, Serbia, the Kosovo Serbs and KFOR, with the
// EU, USA, Russia and China left to their machines, across 200 seeds.
const games: GameState[] = seeds(200, 'history').map((seed) => {
  const run = simulate(scenario, { seed, humans: historicalRoles, policies: historicalPolicies });
  if (!run.ok) throw new Error(run.error);
  return run.value.game.snapshot();
});
const share = (pred: (s: GameState) => boolean) => games.filter(pred).length / games.length;

describe('the historical playthrough lands near history', () => {
  it('never ends in war', () => {
    expect(share((s) => s.outcome === 'war')).toBe(0);
  });

  it('has violence at the buildings in most games', () => {
    expect(share((s) => s.firstClashTurn !== null)).toBeGreaterThanOrEqual(0.8);
  });

  it('injures at least ten KFOR soldiers in most games, with a median near the 2023 count', () => {
    expect(share((s) => (s.casualties.kfor?.injured ?? 0) >= 10)).toBeGreaterThanOrEqual(0.65);
    const sorted = games.map((s) => s.casualties.kfor?.injured ?? 0).sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1]!;
    expect(median).toBeGreaterThanOrEqual(10);
    expect(median).toBeLessThanOrEqual(45);
  });

  it('brings NATO reinforcements', () => {
    expect(share((s) => s.flags.reinforcementsDeployed === true)).toBe(1);
  });

  it('puts both governments under pressure (standing below where it started)', () => {
    expect(share((s) => s.actors.kosovo!.meters.standing < scenario.actors.kosovo!.start.standing)).toBeGreaterThanOrEqual(0.9);
    expect(share((s) => s.actors.serbia!.meters.standing < scenario.actors.serbia!.start.standing)).toBeGreaterThanOrEqual(0.9);
  });

  it('ends the crisis unresolved, between protests and clashes, as in June 2023', () => {
    expect(share((s) => s.outcome === 'last-turn' && s.rung >= 3 && s.rung <= 7)).toBeGreaterThanOrEqual(0.85);
  });

  it('has the North Mitrovica mayor move in without force on 19 May (turn 9) in most games', () => {
    const peaceful = (s: GameState) =>
      s.log.some((e) => e.kind === 'event' && e.event === 'mitrovica-mayor' && e.turn === 9) &&
      s.log.some((e) => e.kind === 'holder' && e.turn === 9 && e.place === 'north-mitrovica' && e.to === 'kosovo-mayor');
    expect(share(peaceful)).toBeGreaterThanOrEqual(0.9);
  });

  it('has Serbia detain the three Kosovo police officers on 14 June (turn 18) whenever it can', () => {
    const detained = games.filter((s) => s.log.some((e) => e.kind === 'decision' && e.order.action === 'serbia.detain-officers'));
    expect(detained.length).toBeGreaterThan(0);
    for (const s of detained) {
      const turns = s.log.flatMap((e) => (e.kind === 'decision' && e.order.action === 'serbia.detain-officers' ? [e.turn] : []));
      expect(turns).toEqual([18]);
    }
  });

  it('puts the mayors into the buildings on 26 May (turn 11)', () => {
    expect(share((s) => s.log.some((e) => e.kind === 'holder' && e.turn === 11 && e.to === 'kosovo-mayor'))).toBe(1);
  });
});
