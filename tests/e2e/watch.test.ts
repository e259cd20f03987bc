// Start links and watch mode in the built page: an all-AI game from a link
// plays itself to the debrief and reaches the same verification code as the
// command line; watching turn by turn; bad links land on the title with the
// reason and a working menu. Screenshots: test-output/screenshots/watch-*.png.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';
import { focusLabel, item, items, said, waitForScene } from './ui-helpers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The verification code the command line prints for an all-AI game. */
function cliCode(seed: string): string {
  const r = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['src/cli/sim.ts', '--scenario', 'north-2023', '--seed', seed, '--quiet'],
    { cwd: root, encoding: 'utf8' },
  );
  expect(r.status, r.stderr).toBe(0);
  const m = /verification: ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})/.exec(r.stdout);
  if (!m?.[1]) throw new Error(`no verification line in:\n${r.stdout}`);
  return m[1];
}

describe('start links and watch mode', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('role=none&speed=fast plays to the debrief on its own, with the command line’s code', async () => {
    const expected = cliCode('classroom-1');
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?scenario=north-2023&seed=classroom-1&role=none&speed=fast`);
    await waitForCanvas(page);
    await waitForScene(page, 'Game');
    await page.waitForTimeout(600);
    await screenshot(page, 'watch-1-fast-playing');
    await waitForScene(page, 'Debrief', 90_000);
    const code = await page.evaluate(() => document.body.dataset.verification);
    expect(code).toBe(expected);
    expect(await said(page)).toContain(`verification: ${expected}`);
    await screenshot(page, 'watch-2-debrief');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('watches turn by turn: next turn, auto-play, speed and the reasons', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?scenario=north-2023&seed=classroom-2&role=none`);
    await waitForCanvas(page);
    await waitForScene(page, 'Game');
    expect(await said(page)).toContain('Watching');
    expect(await focusLabel(page)).toBe('Next turn');
    expect((await item(page, 'Why? (details)')).enabled).toBe(false);
    await screenshot(page, 'watch-3-start');
    await page.keyboard.press('n');
    await expect.poll(() => said(page)).toContain('Turn 1,');
    await page.keyboard.press('n');
    await expect.poll(() => said(page)).toContain('Turn 2,');
    await page.waitForTimeout(150);
    await screenshot(page, 'watch-4-turn-2');

    // Speed cycles; Space starts auto-play (turns follow by themselves) and stops it.
    await page.keyboard.press('s');
    expect(await said(page)).toContain('Speed: fast');
    await page.keyboard.press(' ');
    expect((await item(page, 'Auto-play: on')).selected).toBe(true);
    await expect.poll(() => said(page), { timeout: 10_000 }).toMatch(/Turn [4-9],|Turn 1\d,/);
    await page.keyboard.press(' ');
    expect((await item(page, 'Auto-play: off')).selected).toBe(false);

    // Why? opens the last turn's report; Enter comes back to watching.
    await page.keyboard.press('r');
    await waitForScene(page, 'Resolution');
    expect(await said(page)).toMatch(/What happened in turn \d+/);
    await screenshot(page, 'watch-5-why');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Game');
    expect((await items(page)).some((i) => i.label === 'Next turn')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an unknown scenario lands on the title with the reason and a working menu', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?scenario=atlantis&seed=x`);
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    await expect.poll(() => said(page)).toContain('unknown scenario');
    expect(await page.evaluate(() => document.body.dataset.notice)).toContain('atlantis');
    await screenshot(page, 'watch-6-bad-scenario');
    await page.keyboard.press('1');
    await waitForScene(page, 'Setup');
    expect(await page.evaluate(() => document.body.dataset.notice)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a 10,000-character seed lands on the title with the reason and a working menu', async () => {
    const seed = 'A'.repeat(10_000);
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?scenario=north-2023&seed=${seed}&role=kfor`);
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    await expect.poll(() => said(page)).toContain('too long (10000 characters; at most 200)');
    await screenshot(page, 'watch-7-long-seed');
    expect((await items(page)).map((i) => i.label)).toContain('New game');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Setup');
    expect(errors).toEqual([]);
    await page.close();
  });
});
