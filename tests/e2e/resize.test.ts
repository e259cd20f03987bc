// The game screens fit any window: the whole 16:9 canvas stays inside the
// viewport (letterboxed), and clicks still land on the controls.
// Screenshots: test-output/screenshots/resize-*.png.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, waitForCanvas } from './browser';
import { cards, clickItem, inView, item, waitForScene } from './ui-helpers';

describe('resize: the game screen in different windows', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const [w, h] of [
    [1000, 600],
    [1920, 1080],
    [800, 800],
    [1366, 768],
  ] as const) {
    it(`shows the whole game screen in a ${w}×${h} window`, async () => {
      const page = await browser.newPage({ viewport: { width: w, height: h } });
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      await page.goto(`${inject('baseUrl')}?scenario=north-2023&seed=RESIZE-${w}&role=eu`, { waitUntil: 'load' });
      await waitForCanvas(page);
      await waitForScene(page, 'Briefing');
      await page.keyboard.press('b');
      await waitForScene(page, 'Game');
      const box = await page.locator('#game > canvas').boundingBox();
      expect(box).not.toBeNull();
      if (!box) return;
      expect(box.x).toBeGreaterThanOrEqual(-0.5);
      expect(box.y).toBeGreaterThanOrEqual(-0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(w + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(h + 0.5);
      expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
      expect(Math.max(box.width / w, box.height / h)).toBeGreaterThan(0.98);
      // A click on a card still picks that card at this scale.
      const card = (await cards(page)).find((c) => c.enabled && inView(c));
      if (!card) throw new Error('no card in view');
      await clickItem(page, card);
      expect((await item(page, card.label)).selected).toBe(true);
      await page.waitForTimeout(100);
      await screenshot(page, `resize-game-${w}x${h}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
