import { describe, expect, it } from 'vitest';
import { postureGraph } from '../../src/machines/graph';
import { north2023 } from '../../src/scenarios/north-2023';
import { plates2022 } from '../../src/scenarios/plates-2022';
import { MAX_BUDGET } from '../../src/sim/effects';
import { createGame } from '../../src/sim/game';
import { stateHash } from '../../src/sim/hash';
import { type Policy, randomPolicy, scriptPolicy } from '../../src/sim/policies';
import { humanDecisions, makeReplay, parseReplay, replayToText, verifyReplay } from '../../src/sim/replay';
import { rngFromSeed } from '../../src/sim/rng';
import { simulate } from '../../src/sim/simulate';
import { type ActorId, type GameState, METER_IDS } from '../../src/sim/types';
import { lookupOf, seeds } from './helpers';

// Plates 2022 on the same engine as North 2023: determinism, invariants of
// random legal play, posture machines whose every posture and action can be
// reached, and replays that round-trip and cannot be passed off as another
// scenario's.

const scenario = plates2022;
const lookup = lookupOf(north2023, plates2022);
const roles = Object.keys(scenario.historical) as ActorId[];
const historical: Partial<Record<ActorId, Policy>> = Object.fromEntries(roles.map((a) => [a, scriptPolicy(scenario.historical[a]!)]));

function allAiCode(seed: string, difficulty: 'easy' | 'normal' | 'hard' = 'normal'): string {
  const g = createGame(scenario, { seed, difficulty });
  g.advance();
  const code = stateHash(g.state);
  g.dispose();
  return code;
}

/** Random legal play: random human roles choosing random possible actions. */
function randomGame(seed: string, check: (s: Readonly<GameState>, prev: GameState | null) => void): GameState {
  const pick = rngFromSeed(`roles-${seed}`);
  const humans = scenario.actorIds.filter(() => pick.below(3) === 0);
  const policies = Object.fromEntries(humans.map((a) => [a, randomPolicy(rngFromSeed(`${seed}-${a}`))])) as Record<ActorId, Policy>;
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

describe('plates-2022: determinism', () => {
  it('gives the same verification code for the same seed, 300 seeds over, and a different game for each', () => {
    const codes = new Set<string>();
    for (const seed of seeds(300, 'plates')) {
      const code = allAiCode(seed);
      expect(allAiCode(seed), seed).toBe(code);
      codes.add(code);
    }
    expect(codes.size).toBe(300);
  });

  it('lets difficulty change the game for the same seed', () => {
    expect(allAiCode('classroom-1', 'easy')).not.toBe(allAiCode('classroom-1', 'hard'));
  });

  it('replays the same human decisions to the same code', () => {
    for (const seed of seeds(50, 'plates-human')) {
      const first = simulate(scenario, { seed, humans: roles, policies: historical });
      if (!first.ok) throw new Error(first.error);
      const again = simulate(scenario, { seed, humans: roles, decisions: first.value.decisions });
      if (!again.ok) throw new Error(again.error);
      expect(stateHash(again.value.game.state)).toBe(stateHash(first.value.game.state));
    }
  });
});

describe('plates-2022: invariants of random legal play (150 seeds)', () => {
  it('keeps every figure in range, never lowers casualties or the peak, climbs down one rung at most, and ends', () => {
    const inRange = (v: number | undefined, lo: number, hi: number) => v !== undefined && Number.isInteger(v) && v >= lo && v <= hi;
    for (const seed of seeds(150, 'plates-inv')) {
      const out: string[] = [];
      const end = randomGame(seed, (s, prev) => {
        if (!inRange(s.rung, 0, scenario.ladder.top)) out.push(`turn ${s.turn}: rung ${s.rung}`);
        for (const a of scenario.actorIds) {
          for (const m of METER_IDS) if (!inRange(s.actors[a]?.meters[m], 0, 100)) out.push(`turn ${s.turn}: ${a}.${m}`);
          if (!inRange(s.actors[a]?.budget, 0, MAX_BUDGET)) out.push(`turn ${s.turn}: ${a} budget`);
        }
        for (const id of scenario.placeIds) {
          for (const k of ['unrest', 'police', 'troops'] as const)
            if (!inRange(s.places[id]?.[k], 0, 100)) out.push(`turn ${s.turn}: ${id}.${k}`);
          if (!scenario.holders.includes(s.places[id]!.holder)) out.push(`turn ${s.turn}: ${id} holder ${s.places[id]!.holder}`);
        }
        for (const [k, v] of Object.entries(s.relations)) if (!inRange(v, -100, 100)) out.push(`turn ${s.turn}: relation ${k}`);
        if (!prev) return;
        if (s.rung < prev.rung - 1) out.push(`turn ${s.turn}: down two rungs`);
        if (s.peakRung < prev.peakRung) out.push(`turn ${s.turn}: peak lowered`);
        for (const g of scenario.casualtyGroups) {
          if ((s.casualties[g]?.injured ?? 0) < (prev.casualties[g]?.injured ?? 0)) out.push(`turn ${s.turn}: ${g} injured lowered`);
          if ((s.casualties[g]?.killed ?? 0) < (prev.casualties[g]?.killed ?? 0)) out.push(`turn ${s.turn}: ${g} killed lowered`);
        }
      });
      expect(out, seed).toEqual([]);
      expect(end.phase).toBe('over');
      expect(end.outcome).not.toBeNull();
      expect(end.turn).toBeLessThanOrEqual(scenario.lastTurn);
      if (end.outcome === 'war') expect(end.rung).toBe(scenario.ladder.top);
      if (end.outcome === 'last-turn') expect(end.turn).toBe(scenario.lastTurn);
    }
  });

  it('round-trips the state through JSON unchanged every turn', () => {
    for (const seed of seeds(30, 'plates-json')) randomGame(seed, (s) => expect(JSON.parse(JSON.stringify(s))).toEqual(s));
  });
});

describe('plates-2022: the posture machines', () => {
  const actionIds = new Set(scenario.actions.map((a) => a.id));

  it.each(scenario.actorIds)('%s: every posture can be reached from the first, and offers only its own actor’s actions', (actor) => {
    const graph = postureGraph(scenario.machines[actor]!);
    const initial = graph.nodes.find((n) => n.initial)!.id;
    const seen = new Set([initial]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const e of graph.edges)
        if (seen.has(e.from) && !seen.has(e.to)) {
          seen.add(e.to);
          grew = true;
        }
    }
    expect([...seen].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const n of graph.nodes) {
      expect(
        graph.edges.some((e) => e.from === n.id),
        `${actor}.${n.id} has a way out`,
      ).toBe(true);
      for (const id of Object.keys(n.weights)) {
        expect(actionIds.has(id), id).toBe(true);
        expect(id.startsWith(`${actor}.`), id).toBe(true);
      }
    }
  });

  it('gives every action of every actor a posture that offers it (or a historical script that plays it)', () => {
    const offered = new Set(
      scenario.actorIds.flatMap((a) => postureGraph(scenario.machines[a]!).nodes.flatMap((n) => Object.keys(n.weights))),
    );
    const scripted = new Set(Object.values(scenario.historical).flatMap((s) => [...s.default, ...Object.values(s.turns).flat()]));
    expect(scenario.actions.map((a) => a.id).filter((id) => !offered.has(id) && !scripted.has(id))).toEqual([]);
    for (const id of scripted) expect(actionIds.has(id), id).toBe(true);
  });

  it('visits every posture of every actor in 200 all-computer games', () => {
    const visited = new Set<string>();
    for (const seed of seeds(200, 'plates-postures')) {
      const run = simulate(scenario, { seed, difficulty: (['easy', 'normal', 'hard'] as const)[seed.length % 3] });
      if (!run.ok) throw new Error(run.error);
      for (const e of run.value.game.state.log) if (e.kind === 'decision') visited.add(`${e.order.actor}.${e.order.reasons.posture}`);
      run.value.game.dispose();
    }
    const all = scenario.actorIds.flatMap((a) => postureGraph(scenario.machines[a]!).nodes.map((n) => `${a}.${n.id}`));
    expect(all.filter((p) => !visited.has(p))).toEqual([]);
  });
});

describe('plates-2022: replays', () => {
  const recorded = (seed = 'plates-replay') => {
    const run = simulate(scenario, { seed, humans: roles, policies: historical });
    if (!run.ok) throw new Error(run.error);
    return makeReplay(run.value.game.state, humanDecisions(run.value.game.state));
  };

  it('round-trip through text and verify to the same code', () => {
    const replay = recorded();
    const parsed = parseReplay(replayToText(replay));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual(replay);
    const verified = verifyReplay(parsed.value, lookup);
    expect(verified.ok && verified.value.code).toBe(replay.verification);
    expect(replay.scenario.id).toBe('plates-2022');
  });

  it('reject a North 2023 replay passed off as plates-2022', () => {
    const northRoles = Object.keys(north2023.historical) as ActorId[];
    const northPolicies = Object.fromEntries(northRoles.map((a) => [a, scriptPolicy(north2023.historical[a]!)]));
    const run = simulate(north2023, { seed: 'north-as-plates', humans: northRoles, policies: northPolicies });
    if (!run.ok) throw new Error(run.error);
    const north = makeReplay(run.value.game.state, humanDecisions(run.value.game.state));
    const forged = { ...north, scenario: { id: 'plates-2022', version: plates2022.version } };
    const parsed = parseReplay(JSON.stringify(forged));
    const verdict = parsed.ok ? verifyReplay(parsed.value, lookup) : parsed;
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.error).toMatch(/illegal decision|verification mismatch|not an actor/);
  });

  it('reject a plates-2022 replay whose code was changed', () => {
    const replay = recorded('plates-tamper');
    const parsed = parseReplay(
      JSON.stringify({ ...replay, verification: replay.verification === '0000-0000-0000' ? '1111-1111-1111' : '0000-0000-0000' }),
    );
    const verdict = parsed.ok ? verifyReplay(parsed.value, lookup) : parsed;
    expect(verdict.ok).toBe(false);
  });
});
