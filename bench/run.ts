// npm run bench: prints every figure as a table and writes test-output/bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { browserFigures } from './browser';
import { frames, heap } from './browser-run';
import { engineFigures } from './engine';

const fmt = (n: number, digits = 1) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const engine = await engineFigures();
  const browser = process.argv.includes('--engine-only') ? null : await browserFigures({ frames, heap });
  const rows: [string, string][] = [
    ['calibration: seeded RNG draws / s', fmt(engine.calibration.rngDrawsPerSecond, 0)],
    ['calibration: bare game loop, games / s (one core)', fmt(engine.calibration.bareLoopGamesPerSecond, 0)],
    ['engine: all-AI games / s (one core)', fmt(engine.oneCore.gamesPerSecond)],
    ['engine: turns / s (one core)', fmt(engine.oneCore.turnsPerSecond, 0)],
    ['engine: ratio to the bare loop', fmt(engine.oneCore.ratioToBareLoop, 3)],
    ...Object.entries(engine.turnCostMicroseconds).map(
      ([k, v]) => [k.includes('per game') ? k : `turn cost: ${k} (µs)`, fmt(v)] as [string, string],
    ),
    ['heap after warm-up (MB)', fmt(engine.heap.afterWarmupMB)],
    ['heap after 1,000 more games (MB)', fmt(engine.heap.after1000GamesMB)],
    ['heap growth over 1,000 games (MB)', fmt(engine.heap.growthMB, 2)],
    [`batch: ${engine.batch.games} games on ${engine.batch.threads} threads (s)`, fmt(engine.batch.seconds, 2)],
    ['batch: games / s', fmt(engine.batch.gamesPerSecond, 0)],
  ];
  if (browser) {
    const b = browser;
    rows.push(
      ['browser: Phaser chunk, gzip (kB)', fmt(b.bundle.phaserGzipKB)],
      [`browser: the game's own code loaded at start, gzip (kB, ${b.bundle.gameFiles} files)`, fmt(b.bundle.gameGzipKB)],
      ['browser: screens loaded on first use, gzip (kB)', fmt(b.bundle.lazyGzipKB)],
      ['browser: What if? worker, gzip (kB)', fmt(b.bundle.workerGzipKB)],
      [`browser: navigation → interactive title, median of ${b.startup.runs} (ms)`, fmt(b.startup.titleMedianMs, 0)],
      [`browser: navigation → blank Phaser page, median of ${b.startup.runs} (ms)`, fmt(b.startup.blankMedianMs, 0)],
      ['browser: title / blank page', fmt(b.startup.ratio, 2)],
      [
        `browser: returning visit, title from the service worker, median of ${b.startup.runs} (ms)`,
        fmt(b.startup.titleFromServiceWorkerMedianMs, 0),
      ],
    );
    if (b.frames) {
      rows.push(
        ['browser: game screen fps', fmt(b.frames.gameScreen.fps)],
        ['browser: game screen, frames drawn / shown', `${b.frames.gameScreen.drawn} / ${b.frames.gameScreen.frames}`],
        ['browser: game screen, slowest frame (ms)', fmt(b.frames.gameScreen.maxFrameMs)],
        ['browser: What if? during a batch, fps', fmt(b.frames.whileBatch.fps)],
        ['browser: What if? during a batch, slowest frame (ms)', fmt(b.frames.whileBatch.maxFrameMs)],
        ['browser: What if? during a batch, 99th percentile frame (ms)', fmt(b.frames.whileBatch.p99FrameMs)],
        ['browser: What if? during a batch, frames drawn / shown', `${b.frames.whileBatch.drawn} / ${b.frames.whileBatch.frames}`],
        [
          `browser: ${b.frames.whileBatch.batchGames} games in ${b.frames.whileBatch.workers} Web Worker(s) (s)`,
          fmt(b.frames.whileBatch.batchSeconds, 2),
        ],
      );
    }
    if (b.heap) {
      rows.push(
        ['browser: heap after the first watched replay (MB)', fmt(b.heap.afterFirstWatchMB)],
        ['browser: heap after 100 watched replays (MB)', fmt(b.heap.after100WatchesMB)],
        ['browser: heap growth over 99 more replays (MB)', fmt(b.heap.growthMB, 2)],
      );
    }
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v.padStart(14)}`).join('\n')}\n`);
  mkdirSync('test-output', { recursive: true });
  writeFileSync('test-output/bench.json', `${JSON.stringify({ when: new Date().toISOString(), engine, browser }, null, 2)}\n`);
  process.stdout.write('written: test-output/bench.json\n');
}

void main();
