import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type BatchSpec, type Distribution, emptyDistribution, type GameSummary, mergeDistributions } from '../sim/batch';
import type { Scenario } from '../sim/types';
import { actorName, rungName } from '../text/describe';
import { padColumn } from '../text/lists';
import type { Messages } from '../text/messages';

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
  const dist = emptyDistribution(scenario);
  const rows: GameSummary[] = [];
  for (const r of await Promise.all(jobs)) {
    mergeDistributions(dist, r.dist);
    rows.push(...r.rows);
  }
  return { dist, rows };
}

const pct = (x: number, n: number) => `${((x * 100) / Math.max(1, n)).toFixed(1)}%`;
const bar = (x: number, n: number) => '█'.repeat(Math.round((x * 40) / Math.max(1, n)));

/** The distribution as a readable table, in the reader's language. */
export function distributionReport(m: Messages, scenario: Scenario, d: Distribution, seconds: number): string[] {
  const n = d.games;
  const row = (label: string, count: number) =>
    `  ${padColumn(label, 30)} ${String(count).padStart(6)}  ${pct(count, n).padStart(6)}  ${bar(count, n)}`;
  const mean = (sum: number, digits: number) => (sum / Math.max(1, n)).toFixed(digits);
  return [
    m.t('batch.games', { games: n, seconds: seconds.toFixed(2), rate: Math.round(n / seconds) }),
    '',
    m.t('batch.outcome'),
    ...(['settlement', 'last-turn', 'war'] as const).map((o) => row(m.t(`batch.outcome.${o}`), d.outcomes[o])),
    '',
    m.t('batch.peak-rung'),
    ...d.peakRung.map((c, r) => row(`${String(r).padStart(2)} ${rungName(m, r)}`, c)),
    '',
    m.t('batch.first-clash'),
    row(m.t('batch.first-clash.none'), d.firstClashTurn[0] ?? 0),
    ...d.firstClashTurn
      .slice(1)
      .map((c, i) => (c ? row(m.t('batch.first-clash.turn', { turn: i + 1 }), c) : ''))
      .filter(Boolean),
    '',
    m.t('batch.casualties'),
    `  ${[
      ...scenario.casualtyGroups.map((g) =>
        m.t('batch.casualties.injured', { group: m.t(`casualties.${g}.group`), mean: mean(d.injuredSums[g] ?? 0, 1) }),
      ),
      m.t('batch.casualties.killed', { mean: mean(d.sums.killed, 2) }),
    ].join(' · ')}`,
    '',
    m.t('batch.scores'),
    ...scenario.actorIds.map((a) => `  ${padColumn(actorName(m, a), 13)} ${mean(d.scoreSums[a] ?? 0, 1).padStart(5)}`),
  ];
}
