// Browser figures for `npm run bench`: bundle sizes, time to an interactive
// title screen against a blank Phaser page (same run), frame times on the game
// screen and while a what-if batch runs in Web Workers, and the heap after 100
// watched games in one page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser } from '../tests/e2e/browser';
import { serveDir } from './serve';

export interface BrowserFigures {
  bundle: { phaserGzipKB: number; gameGzipKB: number; gameFiles: number };
  startup: { titleMedianMs: number; blankMedianMs: number; ratio: number; runs: number };
  frames: { gameScreen: FrameStats; whileBatch: FrameStats & { batchGames: number; batchSeconds: number } } | null;
  heap: { afterFirstWatchMB: number; after100WatchesMB: number; growthMB: number } | null;
}

export interface FrameStats {
  fps: number;
  maxFrameMs: number;
  p99FrameMs: number;
}

const OUT = 'test-output/bench-dist';
const BLANK_OUT = 'test-output/bench-blank';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

async function buildAll(): Promise<void> {
  process.env.NODE_ENV = 'production';
  await build({ logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
  await build({ configFile: false, root: 'bench/blank', base: './', logLevel: 'warn', build: { outDir: `../../${BLANK_OUT}`, emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
}

function bundleSizes(): BrowserFigures['bundle'] {
  const dir = join(OUT, 'assets');
  let phaser = 0;
  let game = 0;
  let files = 0;
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.js')) continue;
    const gz = gzipSync(readFileSync(join(dir, f))).length;
    if (f.startsWith('phaser')) phaser += gz;
    else {
      game += gz;
      files++;
    }
  }
  return { phaserGzipKB: phaser / 1024, gameGzipKB: game / 1024, gameFiles: files };
}

/** Milliseconds from navigation start until the page says it is ready (a function, not a string: the page's CSP forbids eval). */
async function timeTo(page: Page, url: string, ready: () => number | false | undefined): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(ready, undefined, { timeout: 30_000, polling: 16 });
  return (await handle.jsonValue()) as number;
}

// Ready marks: the game's title scene announced (time taken when first seen), the blank page's first render.
const titleReady = () => {
  const w = window as unknown as { titleSeenAt?: number };
  if (document.querySelector('#announcer')?.getAttribute('data-scene') === 'Title') w.titleSeenAt ??= performance.now();
  return w.titleSeenAt;
};
const blankReady = () => (window as unknown as { benchReady?: number }).benchReady;

async function frameStats(page: Page, ms: number): Promise<FrameStats> {
  const intervals = (await page.evaluate(
    (dur) =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        let last = performance.now();
        const end = last + dur;
        const tick = (t: number) => {
          out.push(t - last);
          last = t;
          if (t < end) requestAnimationFrame(tick);
          else resolve(out);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  )) as number[];
  const sorted = [...intervals].sort((a, b) => a - b);
  return { fps: (intervals.length * 1000) / ms, maxFrameMs: sorted.at(-1) ?? 0, p99FrameMs: sorted[Math.floor(sorted.length * 0.99)] ?? 0 };
}

export async function browserFigures(opts: { frames: (page: Page, base: string) => Promise<BrowserFigures['frames']>; heap: (page: Page, base: string) => Promise<BrowserFigures['heap']> }): Promise<BrowserFigures> {
  await buildAll();
  const bundle = bundleSizes();
  const game = await serveDir(OUT);
  const blank = await serveDir(BLANK_OUT);
  // gc() and precise heap figures for the memory measurement.
  const browser = await launchBrowser(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // tsx keeps function names by wrapping them in __name(); functions sent to the page need it too.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    const titles: number[] = [];
    const blanks: number[] = [];
    await timeTo(page, game.url, titleReady); // warm the HTTP cache and the compiler once each
    await timeTo(page, blank.url, blankReady);
    for (let i = 0; i < 7; i++) {
      titles.push(await timeTo(page, game.url, titleReady));
      blanks.push(await timeTo(page, blank.url, blankReady));
    }
    const startup = { titleMedianMs: median(titles), blankMedianMs: median(blanks), ratio: median(titles) / median(blanks), runs: titles.length };
    const frames = await opts.frames(page, game.url);
    const heap = await opts.heap(page, game.url);
    return { bundle, startup, frames, heap };
  } finally {
    await browser.close();
    game.server.close();
    blank.server.close();
  }
}

export { frameStats };
