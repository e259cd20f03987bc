import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';

describe('smoke: built game in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('boots Phaser under the CSP with no console errors', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await waitForCanvas(page);
    await expect.poll(() => page.title()).toBe('Flashpoint: North Kosovo');
    // The placeholder scene announces itself once it has rendered.
    await expect.poll(() => page.locator('#announcer').textContent(), { timeout: 30_000 }).toContain('Flashpoint: North Kosovo');
    const fontsOk = await page.evaluate(() => document.fonts.check('24px "Noto Sans"', 'čćđšžëç'));
    expect(fontsOk).toBe(true);
    // Let a few frames render before the screenshot.
    await page.waitForTimeout(300);
    const file = await screenshot(page, 'smoke-boot');
    expect(existsSync(file)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
