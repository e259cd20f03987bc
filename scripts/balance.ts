// npm run balance [-- --seeds 1000 --train 16 --steps 320 --workers 2 --roles serbia,kfor --doc --plans]
// For each playable role: random play against a strong player found by search
// (scripts/balance-core.ts), over many seeds, with the gap; then, per band of
// the other actors' temperaments, which fixed policy does best. Prints a
// Markdown table (pasted into docs/design-assumptions.md). Exits 1 when a role
// misses the target (strong beats random by at least 15 points on average) or
// when one fixed policy is the best in every band. With --doc it also writes
// the tables into docs/design-assumptions.md.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { north2023 as scenario } from '../src/scenarios/north-2023';
import { BANDS, type RoleResult, type SearchOptions } from './balance-core';
import { replaceBetween } from './doc-markers';

const TARGET_GAP = 15;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 1) {
    console.error(`--${name} needs a whole number of at least 1 (got "${process.argv[i + 1] ?? ''}")`);
    process.exit(2);
  }
  return v;
}

function rolesOption(): string[] {
  const playable = scenario.actorIds.filter((a) => scenario.actors[a]!.playable);
  const i = process.argv.indexOf('--roles');
  if (i < 0) return playable;
  const want = (process.argv[i + 1] ?? '').split(',').filter(Boolean);
  const bad = want.filter((r) => !playable.includes(r));
  if (bad.length || !want.length) {
    console.error(`--roles takes playable roles separated by commas: ${playable.join(', ')} (got "${process.argv[i + 1] ?? ''}")`);
    process.exit(2);
  }
  return want;
}

function runRole(role: string, games: number, search: SearchOptions): Promise<RoleResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('../src/cli/worker-boot.mjs', import.meta.url), {
      workerData: { entry: new URL('./balance-worker.ts', import.meta.url).href, role, games, search },
    });
    w.once('message', (r: RoleResult) => {
      resolve(r);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

async function main(): Promise<void> {
  const games = option('seeds', 1000);
  const search: SearchOptions = { train: option('train', 16), steps: option('steps', 320) };
  const workers = option('workers', Math.min(2, availableParallelism()));
  const roles = rolesOption();
  const t0 = performance.now();
  const queue = [...roles];
  const results: RoleResult[] = [];
  await Promise.all(
    Array.from({ length: Math.min(workers, roles.length) }, async () => {
      for (let role = queue.shift(); role; role = queue.shift()) {
        const r = await runRole(role, games, search);
        console.error(`  ${role}: ${(r.ms / 1000).toFixed(1)} s`);
        results.push(r);
      }
    }),
  );
  results.sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role));
  const secs = (performance.now() - t0) / 1000;
  const f = (x: number) => x.toFixed(1);
  let ok = true;
  const out: string[] = [];
  const print = (line: string) => {
    console.log(line);
    out.push(line);
  };
  print(
    `Scenario ${scenario.id} v${scenario.version}: ${games} seeds per role, search ${search.steps} steps on ${search.train} training seeds per band, ${workers} workers, ${f(secs)} s\n`,
  );
  print('| role | random | strong (search) | gap | dove | hawk | historical | target |');
  print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of results) {
    const gap = r.strong - r.random;
    const met = gap >= TARGET_GAP;
    ok &&= met;
    const hist = r.named.historical === undefined ? '–' : f(r.named.historical);
    print(
      `| ${r.role} | ${f(r.random)} | ${f(r.strong)} | ${f(gap)} | ${f(r.named.dove ?? 0)} | ${f(r.named.hawk ?? 0)} | ${hist} | ${met ? 'met' : 'MISSED'} |`,
    );
  }
  print('\nBest fixed policy per band of the other actors\u2019 temperaments (mean score):\n');
  print(`| role | ${BANDS.join(' | ')} | one policy best everywhere? |`);
  print(`| --- | ${BANDS.map(() => '---').join(' | ')} | --- |`);
  for (const r of results) {
    const bests = BANDS.map((b) => {
      const m = r.bands[b].means;
      const [name, score] = Object.entries(m).sort((x, y) => y[1] - x[1])[0] ?? ['–', 0];
      return { name, score, games: r.bands[b].games };
    });
    const same = bests.every((b) => b.name === bests[0]!.name);
    ok &&= !same;
    print(`| ${r.role} | ${bests.map((b) => `${b.name} ${f(b.score)} (${b.games} games)`).join(' | ')} | ${same ? 'YES' : 'no'} |`);
  }
  if (process.argv.includes('--plans')) for (const r of results) console.log(`\n${r.role} plans: ${JSON.stringify(r.plans)}`);
  print(ok ? '\nTarget met.' : '\nTarget missed.');
  if (process.argv.includes('--doc')) {
    const args = process.argv.slice(2).filter((a) => a !== '--doc' && a !== '--plans');
    const command = `npm run balance${args.length ? ` -- ${args.join(' ')}` : ''}`;
    replaceBetween(
      new URL('../docs/design-assumptions.md', import.meta.url),
      'balance',
      [`Made with \`${command}\`:`, '', ...out].join('\n'),
    );
  }
  process.exit(ok ? 0 : 1);
}

void main();
