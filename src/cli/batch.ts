import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type BatchSpec, type Distribution, emptyDistribution, type GameSummary, mergeDistributions } from '../sim/batch';
import { ACTOR_IDS, type Scenario } from '../sim/types';

/** Runs a batch on all cores (worker threads), in seed order per worker. */
export async function runBatch(
  scenario: Scenario,
  spec: BatchSpec,
  wantRows: boolean,
  threads = availableParallelism(),
): Promise<{ dist: Distribution; rows: GameSummary[] }> {
  const n = spec.to - spec.from;
  const parts = Math.max(1, Math.min(threads, n));
  const size = Math.ceil(n / parts);
  const jobs: Promise<{ dist: Distribution; rows: GameSummary[] }>[] = [];
  for (let p = 0; p < parts; p++) {
    const from = spec.from + p * size;
    const to = Math.min(spec.to, from + size);
    if (from >= to) break;
    jobs.push(
      new Promise((resolve, reject) => {
        const w = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
          workerData: { entry: new URL('./batch-worker.ts', import.meta.url).href, spec: { ...spec, from, to }, rows: wantRows },
        });
        w.once('message', resolve);
        w.once('error', reject);
      }),
    );
  }
  const dist = emptyDistribution(scenario.ladder.length, scenario.lastTurn);
  const rows: GameSummary[] = [];
  for (const r of await Promise.all(jobs)) {
    mergeDistributions(dist, r.dist);
    rows.push(...r.rows);
  }
  return { dist, rows };
}

const pct = (x: number, n: number) => `${((x * 100) / Math.max(1, n)).toFixed(1)}%`;
const bar = (x: number, n: number) => '█'.repeat(Math.round((x * 40) / Math.max(1, n)));

/** The distribution as a readable table. */
export function distributionReport(scenario: Scenario, d: Distribution, seconds: number): string[] {
  const n = d.games;
  const lines = [
    `games: ${n} in ${seconds.toFixed(2)} s (${Math.round(n / seconds)} games/s)`,
    '',
    'outcome',
    ...(['settlement', 'last-turn', 'war'] as const).map(
      (o) => `  ${o.padEnd(11)} ${String(d.outcomes[o]).padStart(6)}  ${pct(d.outcomes[o], n).padStart(6)}  ${bar(d.outcomes[o], n)}`,
    ),
    '',
    'peak rung',
    ...d.peakRung.map(
      (c, r) =>
        `  ${String(r).padStart(2)} ${(scenario.ladder[r]?.name ?? '').padEnd(26)} ${String(c).padStart(6)}  ${pct(c, n).padStart(6)}  ${bar(c, n)}`,
    ),
    '',
    'turn of the first clash',
    `  none   ${String(d.firstClashTurn[0] ?? 0).padStart(6)}  ${pct(d.firstClashTurn[0] ?? 0, n).padStart(6)}`,
    ...d.firstClashTurn
      .slice(1)
      .map((c, i) => (c ? `  ${String(i + 1).padStart(4)}   ${String(c).padStart(6)}  ${pct(c, n).padStart(6)}  ${bar(c, n)}` : ''))
      .filter(Boolean),
    '',
    'casualties (mean per game)',
    `  KFOR injured ${(d.sums.kforInjured / n).toFixed(1)} · police injured ${(d.sums.policeInjured / n).toFixed(1)} · civilians injured ${(d.sums.civiliansInjured / n).toFixed(1)} · killed ${(d.sums.killed / n).toFixed(2)}`,
    '',
    'score (mean, 0–100)',
    ...ACTOR_IDS.map((a) => `  ${scenario.actors[a].short.padEnd(13)} ${(d.scoreSums[a] / n).toFixed(1).padStart(5)}`),
  ];
  return lines;
}
