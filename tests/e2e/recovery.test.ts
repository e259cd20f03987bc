// Crash containment and shared links: an unexpected error shows the recovery
// screen (never a frozen canvas) and the game continues from its autosave;
// two pages on the same link play the same game.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';
import { cards, clickItem, waitForScene } from './ui-helpers';

describe('recovery and shared links', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a recovery screen after an unexpected error, and continues from the last autosave', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?scenario=north-2023&seed=CRASH-1&role=eu`);
    await waitForCanvas(page);
    await waitForScene(page, 'Briefing');
    await page.keyboard.press('b');
    await waitForScene(page, 'Game');
    const first = (await cards(page)).find((c) => c.enabled);
    if (!first) throw new Error('no playable card');
    await clickItem(page, first);
    await page.keyboard.press('e');
    await page.waitForTimeout(300);
    if ((await page.locator('#announcer').getAttribute('data-scene')) !== 'Resolution') await page.keyboard.press('y'); // a confirmation, if asked
    await waitForScene(page, 'Resolution');
    // An error nobody expected, thrown from the page's own event loop.
    await page.evaluate(() =>
      setTimeout(() => {
        throw new Error('simulated failure for the test');
      }),
    );
    await page.waitForSelector('#recovery', { timeout: 10_000 });
    expect(await page.locator('#recovery h1').textContent()).toBe('Something went wrong');
    expect(await page.locator('#recovery').textContent()).toContain('simulated failure for the test');
    await screenshot(page, 'recovery-1-screen');
    // The error is logged with its context; nothing else went wrong.
    expect(errors.filter((e) => !e.includes('simulated failure for the test') && !e.includes('unexpected error'))).toEqual([]);
    await page.getByRole('button', { name: 'Continue from the last autosave' }).click();
    await waitForScene(page, 'Game');
    expect(await page.locator('#recovery').count()).toBe(0);
    expect(await page.locator('#announcer').textContent()).toMatch(/turn 2/i);
    await screenshot(page, 'recovery-2-continued');
    await page.close();
  });

  it('plays the identical game in two pages opened on the same link', async () => {
    const url = `${inject('baseUrl')}?scenario=north-2023&seed=SAME-LINK-7&role=none&speed=fast`;
    const [a, b] = await Promise.all([openPage(browser, url), openPage(browser, url)]);
    const codes = await Promise.all(
      [a, b].map(async ({ page }) => {
        await waitForScene(page, 'Debrief', 120_000);
        return page.evaluate(() => document.body.dataset.verification);
      }),
    );
    expect(codes[0]).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(codes[1]).toBe(codes[0]);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await Promise.all([a.page.close(), b.page.close()]);
  });
});
