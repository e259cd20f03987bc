// npm run soak [-- <games>]: the long property run for before a release
// (default 100,000 games on all cores). Prints the figures; exits 1 on any problem.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

type Counts = {
  games: number;
  turns: number;
  replaysVerified: number;
  savesResumed: number;
  mutatedReplays: number;
  mutatedSaves: number;
  rejected: number;
  problems: string[];
};

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100_000);
  const threads = availableParallelism();
  const size = Math.ceil(n / threads);
  const t0 = performance.now();
  const parts = await Promise.all(
    Array.from(
      { length: threads },
      (_, p) =>
        new Promise<Counts>((resolve, reject) => {
          const w = new Worker(new URL('../src/cli/worker-boot.mjs', import.meta.url), {
            workerData: { entry: new URL('./soak-worker.ts', import.meta.url).href, from: p * size, to: Math.min(n, (p + 1) * size) },
          });
          w.once('message', resolve);
          w.once('error', reject);
        }),
    ),
  );
  const total = parts.reduce((a, b) => ({
    games: a.games + b.games,
    turns: a.turns + b.turns,
    replaysVerified: a.replaysVerified + b.replaysVerified,
    savesResumed: a.savesResumed + b.savesResumed,
    mutatedReplays: a.mutatedReplays + b.mutatedReplays,
    mutatedSaves: a.mutatedSaves + b.mutatedSaves,
    rejected: a.rejected + b.rejected,
    problems: [...a.problems, ...b.problems],
  }));
  const s = (performance.now() - t0) / 1000;
  console.log(`soak: ${total.games} games (${total.turns} turns checked) in ${s.toFixed(1)} s on ${threads} threads`);
  console.log(`replays verified: ${total.replaysVerified}/${total.games}`);
  console.log(`saves resumed mid-game to the same code: ${total.savesResumed}`);
  console.log(
    `damaged files thrown at the loaders: ${total.mutatedReplays} replays, ${total.mutatedSaves} saves (${total.rejected} rejected with a message, none crashed unless listed below)`,
  );
  console.log(`problems: ${total.problems.length}`);
  for (const p of total.problems.slice(0, 20)) console.log(`  - ${p}`);
  process.exit(total.problems.length ? 1 : 0);
}

void main();
