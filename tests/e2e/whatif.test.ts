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
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['src/cli/sim.ts', '--scenario', 'north-2023', ...args, '--json', out], { cwd: root, encoding: 'utf8' });
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
});
