// The story around the game in the built game: a new game opens the primer,
// then the history, which can be skipped (and skipped for good); the briefing
// opens it again; the debrief opens what happened next. Screenshots at
// 1280×720 and phone size go to test-output/screenshots/history-*.png.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';
import { clickControl, item, items, said, waitForScene } from './ui-helpers';

/** From the title to the setup's Start, with the setup's defaults. */
async function startNewGame(page: Page): Promise<void> {
  await waitForCanvas(page);
  await waitForScene(page, 'Title');
  await clickControl(page, 'New game');
  await waitForScene(page, 'Setup');
  await clickControl(page, 'Start');
}

/** A picture of the game's canvas, to tell whether the screen changed. */
async function canvasShot(page: Page): Promise<Buffer> {
  return page.locator('#game > canvas').screenshot();
}

describe('history: primer and background before the game, epilogue after it', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the primer, then the history, on the way from setup to the briefing', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await startNewGame(page);
    await waitForScene(page, 'Background');
    expect(await said(page)).toContain('Where Kosovo is');
    expect(await said(page)).toContain('North Mitrovica/Mitrovicë e Veriut');
    expect((await item(page, 'In brief')).selected).toBe(true);
    await screenshot(page, 'history-1-primer');

    await clickControl(page, 'Next: the history');
    expect((await item(page, 'The history')).selected).toBe(true);
    const history = await said(page);
    expect(history).toContain('Kosovo Memory Book');
    expect(history).toContain('13,535');
    expect(history).toContain('Human Rights Watch');
    expect(history).toContain('FK-3');
    await screenshot(page, 'history-2-background');

    // The long history scrolls.
    await clickControl(page, 'The story around the game');
    await page.waitForTimeout(100);
    const before = await canvasShot(page);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(100);
    expect((await canvasShot(page)).equals(before)).toBe(false);
    await screenshot(page, 'history-3-background-scrolled');

    await clickControl(page, 'Continue to the briefing');
    await waitForScene(page, 'Briefing');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is skipped with one key, and not shown again once asked (until asked again)', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await startNewGame(page);
    await waitForScene(page, 'Background');
    await page.keyboard.press('s');
    await waitForScene(page, 'Briefing');

    // Back to the setup (through the briefing), then "don't show" and start again: straight to the briefing.
    await clickControl(page, 'Back');
    await waitForScene(page, 'Setup');
    await clickControl(page, 'Start');
    await waitForScene(page, 'Background');
    await clickControl(page, 'Don’t show before new games');
    expect((await item(page, 'Don’t show before new games')).selected).toBe(true);
    await clickControl(page, 'Back');
    await waitForScene(page, 'Setup');
    await clickControl(page, 'Start');
    await waitForScene(page, 'Briefing');

    // The briefing still opens it (all three parts), where the choice can be undone; Escape goes back to the briefing.
    await clickControl(page, 'History');
    await waitForScene(page, 'Background');
    expect((await items(page)).map((i) => i.label)).toContain('What happened next');
    expect((await item(page, 'Don’t show before new games')).selected).toBe(true);
    await clickControl(page, 'Don’t show before new games');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Briefing');
    await clickControl(page, 'Back');
    await waitForScene(page, 'Setup');
    await clickControl(page, 'Start');
    await waitForScene(page, 'Background');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens what happened next from the debrief', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?scenario=north-2023&seed=classroom-1&role=none&speed=fast`);
    await waitForCanvas(page);
    await waitForScene(page, 'Debrief', 90_000);
    expect((await item(page, 'What happened next')).hotkey).toBe('w');
    await screenshot(page, 'history-4-debrief');
    await clickControl(page, 'What happened next');
    await waitForScene(page, 'Background');
    const text = await said(page);
    expect(text).toContain('Banjska/Banjskë');
    expect(text).toContain('Afrim Bunjaku');
    expect(text).toContain('Milan Radoičić');
    expect(text).toContain('253 of 46,556');
    expect(text).toContain('October 2025');
    await screenshot(page, 'history-5-epilogue');

    // All three parts print as one handout.
    await page.evaluate(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => {
        (window as unknown as { __printed: number }).__printed++;
      };
    });
    await page.keyboard.press('p');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    const printed = (await page.locator('#fp-print').textContent()) ?? '';
    for (const part of ['Where Kosovo is', 'Kosovo Memory Book', 'Afrim Bunjaku']) expect(printed).toContain(part);
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Debrief');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone screen (390×844): the text scrolls inside its box', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(inject('baseUrl'), { waitUntil: 'load' });
    await startNewGame(page);
    await waitForScene(page, 'Background');
    const box = await page.locator('#game > canvas').boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? -1) >= -0.5 && (box?.x ?? 0) + (box?.width ?? 0) <= 390.5).toBe(true);
    await screenshot(page, 'history-6-primer-phone');
    await page.keyboard.press('n');
    await page.waitForTimeout(200);
    await screenshot(page, 'history-7-background-phone');
    expect(errors).toEqual([]);
    await page.close();
  });
});
