import { createGame } from './game';
import { turnsPlayed } from './lengths';
import { type PolicyName, policyFor } from './policies';
import { scoreGame } from './scoring';
import { simulate } from './simulate';
import type { ActorId, CasualtyGroup, Difficulty, LengthId, Outcome, Scenario } from './types';
import { totalKilled } from './world';

// "What if?" batches: many games of one scenario, optionally with one role
// played by a named policy, summarised into mergeable distributions. The same
// code runs in Node worker threads and in browser Web Workers.

export interface BatchSpec {
  scenarioId: string;
  /** Game i is played with seed `${seedPrefix}-${i}`. */
  seedPrefix: string;
  from: number;
  to: number;
  difficulty: Difficulty;
  role: ActorId | null;
  policy: PolicyName | null;
  /** One of the scenario's lengths (absent: the full game). */
  length?: LengthId;
}

/** One game, reduced to what the distributions need. */
export interface GameSummary {
  seed: string;
  outcome: Outcome;
  turns: number;
  peakRung: number;
  finalRung: number;
  firstClashTurn: number | null;
  /** Injured per casualty group of the scenario. */
  injured: Record<CasualtyGroup, number>;
  killed: number;
  scores: Record<ActorId, number>;
}

export function playSummary(scenario: Scenario, spec: BatchSpec, i: number): GameSummary {
  const seed = `${spec.seedPrefix}-${i}`;
  const length = spec.length !== undefined ? { length: spec.length } : {};
  let game: ReturnType<typeof createGame>;
  if (spec.role && spec.policy) {
    const run = simulate(scenario, {
      seed,
      difficulty: spec.difficulty,
      ...length,
      humans: [spec.role],
      policies: { [spec.role]: policyFor(scenario, spec.policy, spec.role, seed) },
    });
    if (!run.ok) throw new Error(run.error);
    game = run.value.game;
  } else {
    game = createGame(scenario, { seed, difficulty: spec.difficulty, ...length });
    game.advance();
  }
  const s = game.state;
  const scores: Record<ActorId, number> = {};
  const injured: Record<CasualtyGroup, number> = {};
  for (const g of scenario.casualtyGroups) injured[g] = s.casualties[g]?.injured ?? 0;
  for (const sc of scoreGame(s, scenario)) scores[sc.actor] = sc.score;
  const summary: GameSummary = {
    seed,
    outcome: s.outcome ?? 'last-turn',
    turns: turnsPlayed(scenario, s),
    peakRung: s.peakRung,
    finalRung: s.rung,
    firstClashTurn: s.firstClashTurn,
    injured,
    killed: totalKilled(s),
    scores,
  };
  game.dispose();
  return summary;
}

/** Distributions over many games; two of them merge by adding (for workers). */
export interface Distribution {
  games: number;
  outcomes: Record<Outcome, number>;
  /** Index = rung. */
  peakRung: number[];
  /** Index = turn of the first clash (0 = none). */
  firstClashTurn: number[];
  sums: { killed: number; turns: number };
  /** Injured summed over the games, per casualty group. */
  injuredSums: Record<CasualtyGroup, number>;
  scoreSums: Record<ActorId, number>;
  /** Index = score decile 0..10 per actor. */
  scoreHist: Record<ActorId, number[]>;
}

/** An empty distribution for a scenario's actors, casualty groups, ladder and turns. */
export function emptyDistribution(scenario: Scenario): Distribution {
  const rungs = scenario.ladder.top + 1;
  const turns = scenario.lastTurn;
  const actors = scenario.actorIds;
  const zeros = (n: number) => Array.from({ length: n }, () => 0);
  return {
    games: 0,
    outcomes: { war: 0, settlement: 0, 'last-turn': 0, stopped: 0 },
    peakRung: zeros(rungs),
    firstClashTurn: zeros(turns + 1),
    sums: { killed: 0, turns: 0 },
    injuredSums: Object.fromEntries(scenario.casualtyGroups.map((g) => [g, 0])),
    scoreSums: Object.fromEntries(actors.map((a) => [a, 0])),
    scoreHist: Object.fromEntries(actors.map((a) => [a, zeros(11)])),
  };
}

export function addGame(d: Distribution, g: GameSummary): void {
  d.games++;
  d.outcomes[g.outcome]++;
  d.peakRung[g.peakRung] = (d.peakRung[g.peakRung] ?? 0) + 1;
  const c = g.firstClashTurn ?? 0;
  d.firstClashTurn[c] = (d.firstClashTurn[c] ?? 0) + 1;
  for (const k in g.injured) d.injuredSums[k] = (d.injuredSums[k] ?? 0) + (g.injured[k] ?? 0);
  d.sums.killed += g.killed;
  d.sums.turns += g.turns;
  for (const a in g.scores) {
    const score = g.scores[a] ?? 0;
    d.scoreSums[a] = (d.scoreSums[a] ?? 0) + score;
    d.scoreHist[a] ??= Array.from({ length: 11 }, () => 0);
    const h = d.scoreHist[a];
    const bin = Math.min(10, Math.floor(score / 10));
    h[bin] = (h[bin] ?? 0) + 1;
  }
}

const addInto = (into: number[], from: readonly number[]) => from.forEach((v, i) => (into[i] = (into[i] ?? 0) + v));

export function mergeDistributions(into: Distribution, from: Distribution): void {
  into.games += from.games;
  for (const k of Object.keys(into.outcomes) as Outcome[]) into.outcomes[k] += from.outcomes[k];
  addInto(into.peakRung, from.peakRung);
  addInto(into.firstClashTurn, from.firstClashTurn);
  into.sums.killed += from.sums.killed;
  into.sums.turns += from.sums.turns;
  for (const k in from.injuredSums) into.injuredSums[k] = (into.injuredSums[k] ?? 0) + (from.injuredSums[k] ?? 0);
  for (const a in from.scoreSums) into.scoreSums[a] = (into.scoreSums[a] ?? 0) + (from.scoreSums[a] ?? 0);
  for (const a in from.scoreHist) {
    into.scoreHist[a] ??= [];
    addInto(into.scoreHist[a], from.scoreHist[a] ?? []);
  }
}

/** The CSV columns of a scenario's batch (ids, not words: a spreadsheet reads them in any language). */
export function csvHeader(scenario: Scenario): string[] {
  return [
    'seed',
    'outcome',
    'turns',
    'peak_rung',
    'final_rung',
    'first_clash_turn',
    ...scenario.casualtyGroups.map((g) => `${g}_injured`),
    'killed',
    ...scenario.actorIds.map((a) => `score_${a}`),
  ];
}

export function csvRow(scenario: Scenario, g: GameSummary): string {
  const cells = [
    g.seed,
    g.outcome,
    g.turns,
    g.peakRung,
    g.finalRung,
    g.firstClashTurn ?? '',
    ...scenario.casualtyGroups.map((c) => g.injured[c] ?? 0),
    g.killed,
    ...scenario.actorIds.map((a) => g.scores[a] ?? 0),
  ];
  return cells.map((c) => (typeof c === 'string' && /[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : String(c))).join(',');
}
