// npm run bench: prints every figure as a table and writes test-output/bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { engineFigures } from './engine';

const fmt = (n: number, digits = 1) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const engine = await engineFigures();
  const rows: [string, string][] = [
    ['calibration: seeded RNG draws / s', fmt(engine.calibration.rngDrawsPerSecond, 0)],
    ['calibration: bare game loop, games / s (one core)', fmt(engine.calibration.bareLoopGamesPerSecond, 0)],
    ['engine: all-AI games / s (one core)', fmt(engine.oneCore.gamesPerSecond)],
    ['engine: turns / s (one core)', fmt(engine.oneCore.turnsPerSecond, 0)],
    ['engine: ratio to the bare loop', fmt(engine.oneCore.ratioToBareLoop, 3)],
    ...Object.entries(engine.turnCostMicroseconds).map(([k, v]) => [`turn cost: ${k} (µs)`, fmt(v)] as [string, string]),
    ['heap after warm-up (MB)', fmt(engine.heap.afterWarmupMB)],
    ['heap after 1,000 more games (MB)', fmt(engine.heap.after1000GamesMB)],
    ['heap growth over 1,000 games (MB)', fmt(engine.heap.growthMB, 2)],
    [`batch: ${engine.batch.games} games on ${engine.batch.threads} threads (s)`, fmt(engine.batch.seconds, 2)],
    ['batch: games / s', fmt(engine.batch.gamesPerSecond, 0)],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v.padStart(14)}`).join('\n')}\n`);
  mkdirSync('test-output', { recursive: true });
  writeFileSync('test-output/bench.json', `${JSON.stringify({ when: new Date().toISOString(), engine }, null, 2)}\n`);
  process.stdout.write('written: test-output/bench.json\n');
}

void main();
