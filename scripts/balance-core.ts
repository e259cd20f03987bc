// The measurements behind `npm run balance` (see scripts/balance.ts): how much
// a role's choices change its score. For one role it plays random choices, the
// named policies, and a strong player found by search with the engine itself:
// a plan of per-turn choices improved by hill-climbing on training seeds (other
// seeds than the ones it is judged on), one plan per band of the other actors'
// temperaments. Nothing here is read by the game.
import { actionsOf, holdAction } from '../src/sim/catalog';
import { createGame, type Game } from '../src/sim/game';
import { firstPossible, type Policy, type PolicyName, policyFor } from '../src/sim/policies';
import { rngFromSeed } from '../src/sim/rng';
import { scoreGame } from '../src/sim/scoring';
import { simulate } from '../src/sim/simulate';
import type { ActorId, Scenario } from '../src/sim/types';

/** Per-turn preference lists (index = turn): the first possible one is played, else hold. */
export type Plan = string[][];

export const BANDS = ['dovish', 'middle', 'hawkish'] as const;
export type Band = (typeof BANDS)[number];

export interface SearchOptions {
  /** Training games per band for the hill-climbing. */
  train: number;
  /** Hill-climbing steps per band. */
  steps: number;
}

export interface RoleResult {
  role: ActorId;
  games: number;
  random: number;
  strong: number;
  /** Mean score of each named policy (historical only where the scenario has a script). */
  named: Record<string, number>;
  /** Per band: games, and the mean score of each fixed policy (named ones and each band's plan). */
  bands: Record<Band, { games: number; means: Record<string, number> }>;
  plans: Record<Band, Plan>;
  ms: number;
}

/** The score of `role` after a game played with `policy` for it (all other actors are the AI). */
export function scoreWith(scenario: Scenario, role: ActorId, seed: string, policy: Policy): number {
  const run = simulate(scenario, { seed, humans: [role], policies: { [role]: policy } });
  if (!run.ok) throw new Error(run.error);
  const score = scoreGame(run.value.game.state, scenario).find((s) => s.actor === role)?.score ?? 0;
  run.value.game.dispose();
  return score;
}

export const planPolicy =
  (plan: Plan): Policy =>
  (game: Game, actor: ActorId) =>
    firstPossible(game, actor, plan[game.state.turn] ?? []);

/**
 * Which band of temperament the other actors drew in this game: each AI actor's
 * temperament placed in its own range (0..1), averaged, cut in thirds. The
 * temperaments are drawn from the seed before turn 1, whoever plays.
 */
export function bandOf(scenario: Scenario, role: ActorId, seed: string): Band {
  const game = createGame(scenario, { seed, humans: [role] });
  let sum = 0;
  let n = 0;
  for (const id of scenario.actorIds) {
    if (id === role) continue;
    const [lo, hi] = scenario.actors[id]!.temperRange;
    sum += hi > lo ? (game.state.actors[id]!.temper - lo) / (hi - lo) : 0.5;
    n++;
  }
  game.dispose();
  const x = sum / n;
  return x < 0.45 ? 'dovish' : x > 0.55 ? 'hawkish' : 'middle';
}

/** `count` seeds of one band, drawn in order from a prefix. */
function seedsOfBand(scenario: Scenario, role: ActorId, prefix: string, band: Band, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count && i < count * 40; i++) {
    const seed = `${prefix}-${i}`;
    if (bandOf(scenario, role, seed) === band) out.push(seed);
  }
  return out;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Hill-climbing over per-turn choices. It starts from the best of a few whole
 * plans (always hold, the historical script, each card played whenever
 * possible), then sweeps the turns: for each turn it tries each card as that
 * turn's first choice (the old choices stay as fallbacks) and keeps a change
 * when the training games score better. `steps` bounds the plans tried in the sweeps.
 */
export function searchPlan(scenario: Scenario, role: ActorId, seeds: readonly string[], steps: number, rngSeed: string, from?: Plan): Plan {
  const ids = actionsOf(scenario, role).map((a) => a.id);
  const rng = rngFromSeed(rngSeed);
  const turns = scenario.lastTurn;
  const evaluate = (p: Plan) => mean(seeds.map((s) => scoreWith(scenario, role, s, planPolicy(p))));
  const whole = (f: (t: number) => string[]): Plan => Array.from({ length: turns + 1 }, (_, t) => f(t));
  const starts: Plan[] = [whole(() => [holdAction(role)]), ...ids.map((id) => whole(() => [id, holdAction(role)]))];
  const script = scenario.historical[role];
  if (script) starts.push(whole((t) => [...(script.turns[t] ?? script.default)]));
  if (from) starts.push(from);
  let plan = starts[0]!;
  let best = -1;
  for (const p of starts) {
    const s = evaluate(p);
    if (s > best) [plan, best] = [p, s];
  }
  let tried = 0;
  while (tried < steps) {
    // Turns in a shuffled order each sweep, so early turns are not always settled first.
    const order = Array.from({ length: turns }, (_, i) => i + 1);
    for (let i = order.length - 1; i > 0; i--) {
      const k = rng.below(i + 1);
      [order[i], order[k]] = [order[k]!, order[i]!];
    }
    for (const t of order) {
      for (const id of ids) {
        if (tried >= steps) return plan;
        if (plan[t]?.[0] === id) continue;
        const next = plan.map((xs) => [...xs]);
        next[t] = [id, ...(plan[t] ?? []).filter((x) => x !== id)].slice(0, 3);
        tried++;
        const s = evaluate(next);
        if (s > best) [plan, best] = [next, s];
      }
    }
  }
  return plan;
}

/** Everything `npm run balance` prints for one role. */
export function measureRole(scenario: Scenario, role: ActorId, games: number, opts: SearchOptions): RoleResult {
  const t0 = performance.now();
  const first = {} as Record<Band, Plan>;
  const train = {} as Record<Band, string[]>;
  for (const band of BANDS) {
    train[band] = seedsOfBand(scenario, role, `balance-train-${role}-${band}`, band, opts.train);
    first[band] = searchPlan(scenario, role, train[band], opts.steps, `balance-search-${role}-${band}`);
  }
  // Second stage: the first-stage plan that does best over all bands (on fresh
  // games of every band) is the common start; each band then goes on climbing
  // from it on more training games of its own band, so a band's plan differs
  // from the common one only where that band's temperaments reward it.
  const mixed = BANDS.flatMap((b) => seedsOfBand(scenario, role, `balance-mixed-${role}-${b}`, b, opts.train));
  let common = first[BANDS[0]];
  let commonScore = -1;
  for (const b of BANDS) {
    const s = mean(mixed.map((seed) => scoreWith(scenario, role, seed, planPolicy(first[b]))));
    if (s > commonScore) [commonScore, common] = [s, first[b]];
  }
  const found = {} as Record<Band, Plan>;
  for (const band of BANDS) {
    const more = [...train[band], ...seedsOfBand(scenario, role, `balance-train2-${role}-${band}`, band, opts.train)];
    found[band] = searchPlan(scenario, role, more, Math.ceil(opts.steps / 2), `balance-refine-${role}-${band}`, common);
  }
  // The strong player of a band plays whichever of the found plans does best on
  // fresh games of that band (validation seeds, so a plan fitted to its training games is not preferred).
  const chosen = {} as Record<Band, Band>;
  for (const band of BANDS) {
    const check = seedsOfBand(scenario, role, `balance-check-${role}-${band}`, band, opts.train * 4);
    let best = -1;
    for (const b of BANDS) {
      const s = mean(check.map((seed) => scoreWith(scenario, role, seed, planPolicy(found[b]))));
      if (s > best) [best, chosen[band]] = [s, b];
    }
  }
  const names: PolicyName[] = ['random', 'dove', 'hawk', ...(scenario.historical[role] ? (['historical'] as const) : [])];
  const bands = Object.fromEntries(BANDS.map((b) => [b, { games: 0, sums: {} as Record<string, number> }])) as Record<
    Band,
    { games: number; sums: Record<string, number> }
  >;
  const totals: Record<string, number> = {};
  let strongSum = 0;
  for (let i = 0; i < games; i++) {
    const seed = `balance-${i}`;
    const band = bandOf(scenario, role, seed);
    const into = bands[band];
    into.games++;
    for (const n of names) {
      const s = scoreWith(scenario, role, seed, policyFor(scenario, n, role, seed));
      totals[n] = (totals[n] ?? 0) + s;
      into.sums[n] = (into.sums[n] ?? 0) + s;
    }
    for (const b of BANDS) {
      const s = scoreWith(scenario, role, seed, planPolicy(found[b]));
      into.sums[`plan-${b}`] = (into.sums[`plan-${b}`] ?? 0) + s;
      if (b === chosen[band]) strongSum += s;
    }
  }
  const avg = (sum: number | undefined, n: number) => (n ? (sum ?? 0) / n : 0);
  return {
    role,
    games,
    random: avg(totals.random, games),
    strong: avg(strongSum, games),
    named: Object.fromEntries(names.map((n) => [n, avg(totals[n], games)])),
    bands: Object.fromEntries(
      BANDS.map((b) => [
        b,
        { games: bands[b].games, means: Object.fromEntries(Object.entries(bands[b].sums).map(([k, v]) => [k, avg(v, bands[b].games)])) },
      ]),
    ) as RoleResult['bands'],
    plans: found,
    ms: performance.now() - t0,
  };
}
