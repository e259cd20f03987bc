import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { focusLabel, waitForScene } from './ui-helpers';

// The canvas is drawn only when something on it changes (src/ui/render-on-change.ts),
// and where WebGL is rendered in software (as in headless Chromium) the context
// has no multisampling (src/ui/webgl-context.ts).

interface Counts {
  drawn: number;
  skipped: number;
}

const counts = (page: Page): Promise<Counts> =>
  page.evaluate(() => (window as unknown as { flashpointRender: { counts(): Counts } }).flashpointRender.counts());

const nextFrames = (page: Page, n: number): Promise<void> =>
  page.evaluate(
    (k) =>
      new Promise<void>((done) => {
        let left = k;
        const tick = () => (--left <= 0 ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );

describe('drawing only what changed', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('nothing is drawn while the first screen waits for its words: the page’s background shows, then the title', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // Hold the scenarios' cards back, so Boot waits with nothing to show.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route('**/card*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(inject('baseUrl'), { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { flashpointRender?: unknown }).flashpointRender !== undefined);
    await nextFrames(page, 10);
    const waiting = await page.evaluate(() => ({
      drawn: (window as unknown as { flashpointRender: { counts(): Counts } }).flashpointRender.counts().drawn,
      canvas: getComputedStyle(document.querySelector('#game canvas') as HTMLCanvasElement).visibility,
    }));
    expect(waiting).toEqual({ drawn: 0, canvas: 'hidden' });
    release();
    await waitForScene(page, 'Title');
    await nextFrames(page, 5);
    expect((await counts(page)).drawn).toBeGreaterThan(0);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#game canvas') as HTMLCanvasElement).visibility)).toBe(
      'visible',
    );
    await page.close();
  });

  it('a still title screen is not redrawn', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await waitForScene(page, 'Title');
    await nextFrames(page, 10);
    const before = await counts(page);
    await nextFrames(page, 30);
    const after = await counts(page);
    expect(after.skipped - before.skipped).toBeGreaterThanOrEqual(25);
    expect(after.drawn - before.drawn).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a key press that moves the focus is drawn, and the picture changes', async () => {
    const { page } = await openPage(browser, inject('baseUrl'));
    await waitForScene(page, 'Title');
    await nextFrames(page, 10);
    const shotBefore = await page.screenshot();
    const before = await counts(page);
    const focusBefore = await focusLabel(page);
    await page.keyboard.press('Tab');
    await nextFrames(page, 5);
    const after = await counts(page);
    expect(await focusLabel(page)).not.toBe(focusBefore);
    expect(after.drawn).toBeGreaterThan(before.drawn);
    expect((await page.screenshot()).equals(shotBefore)).toBe(false);
    await page.close();
  });

  it('a resized window is redrawn to fit', async () => {
    const { page } = await openPage(browser, inject('baseUrl'));
    await waitForScene(page, 'Title');
    await nextFrames(page, 10);
    const before = await counts(page);
    await page.setViewportSize({ width: 900, height: 700 });
    await expect.poll(async () => (await page.locator('#game > canvas').boundingBox())?.width ?? 0).toBeLessThan(901);
    await nextFrames(page, 5);
    expect((await counts(page)).drawn).toBeGreaterThan(before.drawn);
    await page.close();
  });

  it('software-rendered WebGL gets no multisampling', async () => {
    const { page } = await openPage(browser, inject('baseUrl'));
    await waitForScene(page, 'Title');
    const attributes = await page.evaluate(() => {
      const gl = document.querySelector<HTMLCanvasElement>('#game > canvas')?.getContext('webgl');
      return gl?.getContextAttributes() ?? null;
    });
    expect(attributes).not.toBeNull();
    expect(attributes?.antialias).toBe(false);
    await page.close();
  });
});
