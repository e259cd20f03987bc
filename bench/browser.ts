// Browser figures for `npm run bench`: bundle sizes, time to an interactive
// title screen against a blank Phaser page (same run), frame times on the game
// screen and while a what-if batch runs in Web Workers, and the heap after 100
// watched games in one page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser } from '../tests/e2e/browser';
import { serveDir } from './serve';

export interface BrowserFigures {
  bundle: { phaserGzipKB: number; gameGzipKB: number; gameFiles: number; lazyGzipKB: number; workerGzipKB: number };
  startup: {
    titleMedianMs: number;
    blankMedianMs: number;
    ratio: number;
    runs: number;
    /** A returning visit, the game served by its service worker (not part of the ratio). */
    titleFromServiceWorkerMedianMs: number;
  };
  frames: { gameScreen: FrameStats; whileBatch: FrameStats & { batchGames: number; batchSeconds: number; workers: number } } | null;
  heap: { afterFirstWatchMB: number; after100WatchesMB: number; growthMB: number } | null;
}

export interface FrameStats {
  fps: number;
  maxFrameMs: number;
  p99FrameMs: number;
  /** Animation frames in the window, and how many of them Phaser drew (the rest showed the last picture). */
  frames: number;
  drawn: number;
}

const OUT = 'test-output/bench-dist';
const BLANK_OUT = 'test-output/bench-blank';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

async function buildAll(): Promise<void> {
  process.env.NODE_ENV = 'production';
  await build({ logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
  await build({
    configFile: false,
    root: 'bench/blank',
    base: './',
    logLevel: 'warn',
    build: { outDir: `../../${BLANK_OUT}`, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
}

/**
 * Sizes of what a player downloads: Phaser's chunk, the game's own code loaded
 * at start (the entry chunk and every chunk it imports statically), the screens
 * loaded on first use, and the What if? worker.
 */
function bundleSizes(): BrowserFigures['bundle'] {
  const dir = join(OUT, 'assets');
  const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const gz = (f: string) => gzipSync(readFileSync(join(dir, f))).length / 1024;
  const entry = js.find((f) => f.startsWith('index-'));
  const initial = new Set<string>();
  const visit = (f: string) => {
    if (initial.has(f)) return;
    initial.add(f);
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) if (m[1]) visit(m[1]);
  };
  if (entry) visit(entry);
  let phaser = 0;
  let game = 0;
  let lazy = 0;
  let worker = 0;
  for (const f of js) {
    if (f.startsWith('phaser')) phaser += gz(f);
    else if (f.includes('worker')) worker += gz(f);
    else if (initial.has(f)) game += gz(f);
    else lazy += gz(f);
  }
  return {
    phaserGzipKB: phaser,
    gameGzipKB: game,
    gameFiles: [...initial].filter((f) => !f.startsWith('phaser')).length,
    lazyGzipKB: lazy,
    workerGzipKB: worker,
  };
}

/** Milliseconds from navigation start until the page says it is ready (a function, not a string: the page's CSP forbids eval). */
async function timeTo(page: Page, url: string, ready: () => number | false | undefined): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(ready, undefined, { timeout: 30_000, polling: 16 });
  return (await handle.jsonValue()) as number;
}

// Ready marks, both set at the end of the first frame that shows the screen:
// the game's title (a performance mark, see Title.ts) and the blank page's one line of text.
const titleReady = () => performance.getEntriesByName('flashpoint:title-drawn')[0]?.startTime;
const blankReady = () => (window as unknown as { benchReady?: number }).benchReady;

async function frameStats(page: Page, ms: number): Promise<FrameStats> {
  const drawnSoFar = () =>
    page.evaluate(
      () => (window as unknown as { flashpointRender?: { counts(): { drawn: number } } }).flashpointRender?.counts().drawn ?? 0,
    );
  const drawnBefore = await drawnSoFar();
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
  const drawn = (await drawnSoFar()) - drawnBefore;
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    fps: (intervals.length * 1000) / ms,
    maxFrameMs: sorted.at(-1) ?? 0,
    p99FrameMs: sorted[Math.floor(sorted.length * 0.99)] ?? 0,
    frames: intervals.length,
    drawn,
  };
}

/**
 * A page in a context of its own, where the game's service worker is installed
 * and controls the page: each later visit is a returning visit served by it.
 */
async function serviceWorkerPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await timeTo(page, url, titleReady);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await timeTo(page, url, titleReady); // now controlled: the game comes from the worker's cache
  return page;
}

export async function browserFigures(opts: {
  frames: (page: Page, base: string) => Promise<BrowserFigures['frames']>;
  heap: (page: Page, base: string) => Promise<BrowserFigures['heap']>;
}): Promise<BrowserFigures> {
  await buildAll();
  const bundle = bundleSizes();
  const game = await serveDir(OUT);
  const blank = await serveDir(BLANK_OUT);
  // gc() and precise heap figures for the memory measurement.
  const browser = await launchBrowser(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
  try {
    // The game's service worker (vite.config.ts) would serve the game from its
    // cache from the second visit on, the blank page from the HTTP cache: block
    // it here so both pages load the same way. Returning visits served by the
    // service worker are timed after, in a context of their own.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    // tsx keeps function names by wrapping them in __name(); functions sent to the page need it too.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    const titles: number[] = [];
    const blanks: number[] = [];
    const fromWorker: number[] = [];
    await timeTo(page, game.url, titleReady); // warm the HTTP cache and the compiler once each
    await timeTo(page, blank.url, blankReady);
    for (let i = 0; i < 7; i++) {
      titles.push(await timeTo(page, game.url, titleReady));
      blanks.push(await timeTo(page, blank.url, blankReady));
    }
    // Returning visits apart, once the ratio's pages are closed: a page left on
    // the game goes on loading the scenarios after its title, and its service
    // worker checks for a new version, both beside the next timed load (on two
    // cores that made the title a fifth slower when the loops were interleaved).
    await page.goto('about:blank');
    const workerPage = await serviceWorkerPage(browser, game.url);
    for (let i = 0; i < 7; i++) {
      fromWorker.push(await timeTo(workerPage, game.url, titleReady));
      await workerPage.goto('about:blank');
    }
    await workerPage.context().close();
    const startup = {
      titleMedianMs: median(titles),
      blankMedianMs: median(blanks),
      ratio: median(titles) / median(blanks),
      runs: titles.length,
      titleFromServiceWorkerMedianMs: median(fromWorker),
    };
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
