// The browser's What if? screen runs a batch in Web Workers and must count
// exactly what the command line counts for the same seeds and settings.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';
import { clickControl, waitForScene } from './ui-helpers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function cliDistribution(args: string[]): unknown {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'fp-whatif-')), 'dist.json');
  const r = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['src/cli/sim.ts', '--scenario', 'north-2023', ...args, '--json', out],
    { cwd: root, encoding: 'utf8' },
  );
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(readFileSync(out, 'utf8')) as { distribution: unknown }).distribution;
}

describe('What if? in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gives the command line’s distribution for the same 1,000 seeds, with KFOR always de-escalating', async () => {
    const expected = cliDistribution(['--batch', '1000', '--role', 'kfor', '--policy', 'dove']);
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?screen=whatif`);
    await waitForCanvas(page);
    await waitForScene(page, 'WhatIf');
    await clickControl(page, 'KFOR');
    await clickControl(page, 'Always de-escalate');
    await clickControl(page, '1,000');
    await clickControl(page, 'Run');
    await page.waitForFunction(() => (document.body.dataset.whatif ?? '').startsWith('{'), undefined, { timeout: 120_000 });
    const got = JSON.parse((await page.evaluate(() => document.body.dataset.whatif)) ?? '{}');
    expect(got).toEqual(expected);
    await screenshot(page, 'whatif-1-kfor-dove');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('can be cancelled while it runs, and stays usable', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?screen=whatif`);
    await waitForScene(page, 'WhatIf');
    await clickControl(page, '10,000');
    await clickControl(page, 'Run');
    await page.waitForFunction(() => document.body.dataset.whatif === 'running');
    await clickControl(page, 'Cancel');
    expect(await page.evaluate(() => document.body.dataset.whatif)).toBe('cancelled');
    await clickControl(page, '100');
    await clickControl(page, 'Run');
    await page.waitForFunction(() => (document.body.dataset.whatif ?? '').startsWith('{'), undefined, { timeout: 60_000 });
    expect(JSON.parse((await page.evaluate(() => document.body.dataset.whatif)) ?? '{}').games).toBe(100);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs again on the same workers after a finished run, and counts the same', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?screen=whatif`);
    await waitForScene(page, 'WhatIf');
    const finished = async () => {
      await page.waitForFunction(() => (document.body.dataset.whatif ?? '').startsWith('{'), undefined, { timeout: 60_000 });
      return JSON.parse((await page.evaluate(() => document.body.dataset.whatif)) ?? '{}') as { games: number };
    };
    await clickControl(page, '100');
    await clickControl(page, 'Run');
    const first = await finished();
    await page.evaluate(() => (document.body.dataset.whatif = 'again'));
    await clickControl(page, 'Run');
    const second = await finished();
    expect(first.games).toBe(100);
    expect(second).toEqual(first);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('updates its charts without redrawing the game canvas while the batch runs', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?screen=whatif`);
    await waitForScene(page, 'WhatIf');
    const drawn = () =>
      page.evaluate(() => (window as unknown as { flashpointRender: { counts(): { drawn: number } } }).flashpointRender.counts().drawn);
    await clickControl(page, '10,000');
    await clickControl(page, 'Run');
    await page.waitForFunction(() => document.body.dataset.whatif === 'running');
    await page.waitForTimeout(300); // the Run and Cancel buttons have changed by now
    const before = await drawn();
    await page.waitForTimeout(1500); // about fifteen chart updates
    expect(await drawn()).toBe(before);
    await clickControl(page, 'Cancel');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its chart layer over the results panel when the window is resized', async () => {
    const { page } = await openPage(browser, `${inject('baseUrl')}?screen=whatif`);
    await waitForScene(page, 'WhatIf');
    for (const size of [
      { width: 1280, height: 720 },
      { width: 900, height: 700 },
      { width: 1600, height: 900 },
    ]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      const game = await page.locator('#game > canvas').boundingBox();
      const chart = await page.locator('#game canvas[aria-hidden="true"]').boundingBox();
      if (!game || !chart) throw new Error('no canvas');
      const scale = game.width / 1280;
      // The layer covers the Results panel, from x = 426 in game units.
      expect(Math.abs(chart.x - (game.x + 426 * scale))).toBeLessThan(3);
      expect(chart.x + chart.width).toBeLessThanOrEqual(game.x + game.width + 1);
      expect(chart.y + chart.height).toBeLessThanOrEqual(game.y + game.height + 1);
    }
    await screenshot(page, 'whatif-2-resized');
    await page.close();
  });
});
