// The interactive parts of the browser benchmark: frame times on the game
// screen and on What if? while 10,000 games run in Web Workers, and the heap
// after 100 replays watched turn by turn in one page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { north2023 } from '../src/scenarios/north-2023';
import { policyFor } from '../src/sim/policies';
import { humanDecisions, makeReplay, replayToText } from '../src/sim/replay';
import { simulate } from '../src/sim/simulate';
import { type BrowserFigures, frameStats } from './browser';

interface Item {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const scene = (page: Page, key: string, timeout = 60_000) =>
  page.waitForFunction((k) => document.querySelector('#announcer')?.getAttribute('data-scene') === k, key, { timeout });

async function click(page: Page, label: string): Promise<void> {
  const items = (await page.evaluate(() => (window as unknown as { flashpointUi: { items(): Item[] } }).flashpointUi.items())) as Item[];
  const it = items.find((i) => i.label === label);
  if (!it) throw new Error(`no control "${label}"`);
  const box = await page.locator('#game > canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const s = box.width / 1280;
  await page.mouse.click(box.x + (it.x + it.width / 2) * s, box.y + (it.y + it.height / 2) * s);
}

export async function frames(page: Page, base: string): Promise<BrowserFigures['frames']> {
  await page.goto(`${base}?scenario=north-2023&seed=BENCH-FRAMES&role=kfor`);
  await scene(page, 'Briefing');
  await page.keyboard.press('b');
  await scene(page, 'Game');
  await page.waitForTimeout(500);
  const gameScreen = await frameStats(page, 3000);

  await page.goto(`${base}?screen=whatif`);
  await scene(page, 'WhatIf');
  await click(page, '10,000');
  const t0 = Date.now();
  await click(page, 'Run');
  await page.waitForFunction(() => document.body.dataset.whatif === 'running');
  // Frames measured while the workers play; then wait for the end of the batch.
  const during = await frameStats(page, 4000);
  await page.waitForFunction(() => (document.body.dataset.whatif ?? '').startsWith('{'), undefined, { timeout: 300_000, polling: 200 });
  const batchSeconds = (Date.now() - t0) / 1000;
  const games = JSON.parse((await page.evaluate(() => document.body.dataset.whatif)) ?? '{}').games as number;
  const workers = Number(await page.evaluate(() => document.body.dataset.whatifWorkers));
  return { gameScreen, whileBatch: { ...during, batchGames: games, batchSeconds, workers } };
}

const usedHeapMB = async (page: Page): Promise<number> =>
  page.evaluate(() => {
    (window as unknown as { gc?: () => void }).gc?.();
    return ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 1e6;
  });

export async function heap(page: Page, base: string): Promise<BrowserFigures['heap']> {
  // Ten different replay files (KFOR played by a policy), each watched ten times.
  const dir = mkdtempSync(join(tmpdir(), 'fp-bench-replays-'));
  const files = Array.from({ length: 10 }, (_, i) => {
    const seed = `BENCH-HEAP-${i}`;
    const run = simulate(north2023, { seed, humans: ['kfor'], policies: { kfor: policyFor(north2023, 'random', 'kfor', seed) } });
    if (!run.ok) throw new Error(run.error);
    const file = join(dir, `${seed}.json`);
    writeFileSync(file, replayToText(makeReplay(run.value.game.state, humanDecisions(run.value.game.state))));
    return { file, turns: run.value.game.state.turn };
  });
  await page.goto(base);
  await scene(page, 'Title');
  await page.keyboard.press('3');
  await scene(page, 'ReplayViewer');
  let first = 0;
  for (let n = 0; n < 100; n++) {
    const f = files[n % files.length]!;
    await page.setInputFiles('input[data-picker="replay"]', f.file);
    await page.waitForFunction(() => /Verified/.test(document.querySelector('#announcer')?.textContent ?? ''), undefined, {
      timeout: 30_000,
    });
    for (let t = 0; t < f.turns; t++) await page.keyboard.press('ArrowRight');
    if (n === 0) first = await usedHeapMB(page);
  }
  const after = await usedHeapMB(page);
  return { afterFirstWatchMB: first, after100WatchesMB: after, growthMB: after - first };
}
