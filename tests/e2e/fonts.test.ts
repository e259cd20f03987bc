// The bundled fonts draw what the game shows: the symbols Noto Sans lacks
// (✔ ✘ ← → and the rest of src/ui/fonts-symbols.ts) come from the game's own
// symbol fonts, not a system fallback; the Cyrillic faces load only when
// Serbian Cyrillic asks for them (ensureFontsFor in src/ui/fonts.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SYMBOL_GLYPHS } from '../../src/ui/fonts-symbols';
import { launchBrowser, openPage } from './browser';
import { waitForScene } from './ui-helpers';

/**
 * Characters of `text` that "Noto Sans" does not draw itself: drawn with a
 * serif and with a monospace fallback behind it, such a character takes the
 * fallback's width, which differs between the two.
 */
function notDrawnByNotoSans(page: Page, text: string): Promise<string[]> {
  return page.evaluate((chars) => {
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return [...chars];
    const width = (c: string, fallback: string) => {
      ctx.font = `32px "Noto Sans", ${fallback}`;
      return ctx.measureText(c).width;
    };
    return [...chars].filter((c) => width(c, 'serif') !== width(c, 'monospace'));
  }, text);
}

/** Whether a loaded face of the page covers this code point (hex, as in a unicode-range). */
const loadedFaceCovers = (page: Page, hex: string) =>
  page.evaluate((h) => [...document.fonts].some((f) => f.status === 'loaded' && new RegExp(`U\\+${h}\\b`, 'i').test(f.unicodeRange)), hex);

describe('the bundled fonts', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draw ✔ ✘ ← → and every other symbol of the game from the game’s own fonts', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await waitForScene(page, 'Title');
    expect(await notDrawnByNotoSans(page, SYMBOL_GLYPHS)).toEqual([]);
    expect(SYMBOL_GLYPHS).toEqual(expect.stringContaining('✔'));
    for (const c of '✔✘←→') {
      expect(await page.evaluate((ch) => document.fonts.check('16px "Noto Sans"', ch), c), c).toBe(true);
      expect(await loadedFaceCovers(page, (c.codePointAt(0) ?? 0).toString(16)), c).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('load the Cyrillic faces only for Serbian Cyrillic', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await waitForScene(page, 'Title');
    expect(await loadedFaceCovers(page, '400')).toBe(false); // English: no Cyrillic loaded
    expect(await notDrawnByNotoSans(page, 'Љ')).toEqual(['Љ']);
    await page.evaluate(() =>
      (window as unknown as { flashpointFonts: { ensureFontsFor(l: string): Promise<void> } }).flashpointFonts.ensureFontsFor('sq'),
    );
    expect(await loadedFaceCovers(page, '400')).toBe(false); // Albanian: none either
    await page.evaluate(() =>
      (window as unknown as { flashpointFonts: { ensureFontsFor(l: string): Promise<void> } }).flashpointFonts.ensureFontsFor('sr-Cyrl'),
    );
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans"', 'Љ'))).toBe(true);
    expect(await page.evaluate(() => document.fonts.check('bold 16px "Noto Sans"', 'ЉЊЋЂЏђћџ'))).toBe(true);
    expect(await loadedFaceCovers(page, '400')).toBe(true);
    expect(await notDrawnByNotoSans(page, 'ЉЊЋЂЏАБВГДЕЖЗИЈКЛМНОПРСТУФХЦЧШљњћђџабвгдежзијклмнопрстуфхцчш')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
