import { createGame } from './game';
import { type PolicyName, policyFor } from './policies';
import { scoreGame } from './scoring';
import { simulate } from './simulate';
import { ACTOR_IDS, type ActorId, type Difficulty, type Outcome, type Scenario } from './types';

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
}

/** One game, reduced to what the distributions need. */
export interface GameSummary {
  seed: string;
  outcome: Outcome;
  turns: number;
  peakRung: number;
  finalRung: number;
  firstClashTurn: number | null;
  kforInjured: number;
  policeInjured: number;
  civiliansInjured: number;
  killed: number;
  scores: Record<ActorId, number>;
}

export function playSummary(scenario: Scenario, spec: BatchSpec, i: number): GameSummary {
  const seed = `${spec.seedPrefix}-${i}`;
  let game: ReturnType<typeof createGame>;
  if (spec.role && spec.policy) {
    const run = simulate(scenario, {
      seed,
      difficulty: spec.difficulty,
      humans: [spec.role],
      policies: { [spec.role]: policyFor(scenario, spec.policy, spec.role, seed) },
    });
    if (!run.ok) throw new Error(run.error);
    game = run.value.game;
  } else {
    game = createGame(scenario, { seed, difficulty: spec.difficulty });
    game.advance();
  }
  const s = game.state;
  const scores = {} as Record<ActorId, number>;
  for (const sc of scoreGame(s, scenario)) scores[sc.actor] = sc.score;
  const summary: GameSummary = {
    seed,
    outcome: s.outcome ?? 'last-turn',
    turns: s.turn,
    peakRung: s.peakRung,
    finalRung: s.rung,
    firstClashTurn: s.firstClashTurn,
    kforInjured: s.casualties.kfor.injured,
    policeInjured: s.casualties.police.injured,
    civiliansInjured: s.casualties.civilians.injured,
    killed: s.casualties.kfor.killed + s.casualties.police.killed + s.casualties.civilians.killed,
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
  sums: { kforInjured: number; policeInjured: number; civiliansInjured: number; killed: number; turns: number };
  scoreSums: Record<ActorId, number>;
  /** Index = score decile 0..10 per actor. */
  scoreHist: Record<ActorId, number[]>;
}

export function emptyDistribution(rungs = 10, turns = 20): Distribution {
  const zeros = (n: number) => Array.from({ length: n }, () => 0);
  return {
    games: 0,
    outcomes: { war: 0, settlement: 0, 'last-turn': 0 },
    peakRung: zeros(rungs),
    firstClashTurn: zeros(turns + 1),
    sums: { kforInjured: 0, policeInjured: 0, civiliansInjured: 0, killed: 0, turns: 0 },
    scoreSums: Object.fromEntries(ACTOR_IDS.map((a) => [a, 0])) as Record<ActorId, number>,
    scoreHist: Object.fromEntries(ACTOR_IDS.map((a) => [a, zeros(11)])) as Record<ActorId, number[]>,
  };
}

export function addGame(d: Distribution, g: GameSummary): void {
  d.games++;
  d.outcomes[g.outcome]++;
  d.peakRung[g.peakRung] = (d.peakRung[g.peakRung] ?? 0) + 1;
  const c = g.firstClashTurn ?? 0;
  d.firstClashTurn[c] = (d.firstClashTurn[c] ?? 0) + 1;
  d.sums.kforInjured += g.kforInjured;
  d.sums.policeInjured += g.policeInjured;
  d.sums.civiliansInjured += g.civiliansInjured;
  d.sums.killed += g.killed;
  d.sums.turns += g.turns;
  for (const a of ACTOR_IDS) {
    d.scoreSums[a] += g.scores[a];
    const h = d.scoreHist[a];
    const bin = Math.min(10, Math.floor(g.scores[a] / 10));
    h[bin] = (h[bin] ?? 0) + 1;
  }
}

const addInto = (into: number[], from: readonly number[]) => from.forEach((v, i) => (into[i] = (into[i] ?? 0) + v));

export function mergeDistributions(into: Distribution, from: Distribution): void {
  into.games += from.games;
  for (const k of Object.keys(into.outcomes) as Outcome[]) into.outcomes[k] += from.outcomes[k];
  addInto(into.peakRung, from.peakRung);
  addInto(into.firstClashTurn, from.firstClashTurn);
  for (const k of Object.keys(into.sums) as (keyof Distribution['sums'])[]) into.sums[k] += from.sums[k];
  for (const a of ACTOR_IDS) {
    into.scoreSums[a] += from.scoreSums[a];
    addInto(into.scoreHist[a], from.scoreHist[a]);
  }
}

export const CSV_HEADER = [
  'seed',
  'outcome',
  'turns',
  'peak_rung',
  'final_rung',
  'first_clash_turn',
  'kfor_injured',
  'police_injured',
  'civilians_injured',
  'killed',
  ...ACTOR_IDS.map((a) => `score_${a}`),
];

export function csvRow(g: GameSummary): string {
  const cells = [
    g.seed,
    g.outcome,
    g.turns,
    g.peakRung,
    g.finalRung,
    g.firstClashTurn ?? '',
    g.kforInjured,
    g.policeInjured,
    g.civiliansInjured,
    g.killed,
    ...ACTOR_IDS.map((a) => g.scores[a]),
  ];
  return cells.map((c) => (typeof c === 'string' && /[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : String(c))).join(',');
}
