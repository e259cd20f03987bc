// The design-assumptions screen in the built game: reached from Sources & about,
// it shows each actor's aims with their basis and the odds of uncertain outcomes.
// Screenshots go to test-output/screenshots/assumptions-*.png.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';
import { clickControl, focusLabel, items, waitForScene } from './ui-helpers';

describe('the design-assumptions screen', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens from Sources & about, reads by keyboard, and goes back with Esc', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    await clickControl(page, 'Sources & about');
    await waitForScene(page, 'Sources');
    await clickControl(page, 'Design assumptions');
    await waitForScene(page, 'DesignAssumptions');
    expect(await focusLabel(page)).toBe('Design assumptions');
    expect((await items(page)).map((i) => i.label)).toContain('Back');
    await screenshot(page, 'assumptions-1-top');
    for (let i = 0; i < 12; i++) await page.keyboard.press('PageDown');
    await screenshot(page, 'assumptions-2-scrolled');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Sources');
    expect(errors).toEqual([]);
  });
});
