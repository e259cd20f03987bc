// The printed debrief and clickable sources in the built page: the Debrief's
// Print makes a worksheet (this game beside the scenario's year — 2023, or 2022 for plates-2022 — a blank ruled "why we chose
// this" column, questions with space, real links with their addresses) that
// Chromium prints to PDF on A4 and on US Letter; source links in the Sources
// screen, the debrief and the teacher guide open in a new tab with noopener.
// Screenshots: test-output/screenshots/prints-*.png; PDFs: test-output/prints-*.pdf.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { north2023 } from '../../src/scenarios/north-2023';
import { launchBrowser, SCREENSHOT_DIR, screenshot, waitForCanvas } from './browser';
import { clickControl, focusLabel, item, said, waitForScene } from './ui-helpers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(root, 'test-output');

/** Records window.open and window.print instead of opening tabs and dialogs. */
async function stubWindow(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __opened: unknown[][]; __printed: number };
    w.__opened = [];
    w.__printed = 0;
    window.open = (...args: unknown[]) => {
      w.__opened.push(args);
      return null;
    };
    window.print = () => {
      w.__printed++;
    };
  });
}

const opened = (page: Page) => page.evaluate(() => (window as unknown as { __opened: string[][] }).__opened);

/** Pages in a PDF made by Chromium (its page objects; /Pages is the tree). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

async function watchedGameAtDebrief(browser: Browser, scenario = 'north-2023'): Promise<{ page: Page; errors: string[] }> {
  const url = `${inject('baseUrl')}?scenario=${scenario}&seed=classroom-1&role=none&speed=fast`;
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await stubWindow(page);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await waitForCanvas(page);
  await waitForScene(page, 'Debrief', 90_000);
  return { page, errors };
}

describe('the printed debrief and clickable sources', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('prints this game beside 2023 with a blank reasons column, space to answer and real links, on A4 and Letter', async () => {
    const { page, errors } = await watchedGameAtDebrief(browser);
    await page.keyboard.press('p');
    await page.waitForSelector('#fp-print .fp-page[data-page="game"]', { state: 'attached' });
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    const sheet = page.locator('#fp-print');

    // The timeline: a row per played turn, the 2023 column, and the reasons column left blank, ruled to write on.
    const heads = await sheet.locator('table.fp-timeline th').allTextContents();
    expect(heads).toEqual(['Turn', 'This game', 'What really happened in 2023', 'Why we chose this']);
    const played = sheet.locator('table.fp-timeline tr.fp-played');
    const rowCount = await played.count();
    expect(rowCount).toBeGreaterThanOrEqual(5);
    expect(rowCount).toBeLessThanOrEqual(north2023.lastTurn);
    for (let i = 0; i < rowCount; i++) {
      const why = played.nth(i).locator('td.fp-why');
      expect((await why.textContent())?.trim()).toBe('');
      expect(await why.locator('.fp-rule').count()).toBe(3);
    }
    const printed = (await sheet.textContent()) ?? '';
    expect(printed).not.toContain('nothing notable');
    expect(printed).toContain('26 May 2023');
    // Every played turn says where the ladder stood.
    expect(await played.locator('.fp-rung').count()).toBe(rowCount);

    // Questions, each with ruled space for the answer.
    const questions = sheet.locator('ol.fp-questions > li');
    expect(await questions.count()).toBeGreaterThanOrEqual(4);
    expect(await questions.locator('.fp-ruled').count()).toBe(await questions.count());

    // Links: real anchors to web addresses; the footnotes print the whole address.
    const hrefs = await sheet
      .locator('a.fp-link')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent, a.getAttribute('target')]));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const [href, , target] of hrefs) {
      expect(href).toMatch(/^https?:\/\//);
      expect(target).toBe('_blank');
    }
    const footnotes = await sheet.locator('ol.fp-sources a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(footnotes.length).toBe(new Set(north2023.history.map((h) => h.source)).size);
    for (const [href, text] of footnotes) expect(text).toBe(href);

    // Hidden on screen; in print media it is all there is, and fits the narrower paper (A4: 182 mm between margins).
    expect(await sheet.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await sheet.isVisible()).toBe(true);
    for (const [paper, widthMm] of [
      ['a4', 210],
      ['letter', 215.9],
    ] as const) {
      await page.setViewportSize({ width: Math.round(((widthMm - 28) * 96) / 25.4), height: 1000 });
      const overflow = await page.evaluate(() => {
        const r = document.getElementById('fp-print') as HTMLElement;
        return [...r.querySelectorAll('table, p, li')].filter((e) => e.scrollWidth > (e as HTMLElement).clientWidth + 1).length;
      });
      expect(overflow, paper).toBe(0);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `prints-1-worksheet-${paper}.png`), fullPage: true });
    }

    // Chromium's own PDF printing, on both papers: several pages, with the links kept.
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      writeFileSync(path.join(OUT, `prints-debrief-${format.toLowerCase()}.pdf`), pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdfPages(pdf);
      expect(pages, format).toBeGreaterThanOrEqual(2);
      expect(pages, format).toBeLessThanOrEqual(8);
      expect(pdf.toString('latin1')).toContain('/URI (https://kossev.info/');
    }
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('opens the 2023 timeline’s sources from the debrief, each in a new tab without a handle on the game', async () => {
    const { page, errors } = await watchedGameAtDebrief(browser);
    await screenshot(page, 'prints-2a-debrief');
    expect((await item(page, '2023 sources ↗')).hotkey).toBe('s');
    await clickControl(page, '2023 sources ↗');
    await waitForScene(page, 'Sources');
    expect(await focusLabel(page)).toBe('Sources of the 2023 timeline');
    await screenshot(page, 'prints-2b-sources-from-debrief');
    await page.keyboard.press('Enter');
    const first = north2023.history.find((h) => h.source)?.source;
    expect(await opened(page)).toEqual([[first, '_blank', 'noopener']]);
    expect(await said(page)).toContain(`Opened in a new tab`);
    await page.keyboard.press('ArrowDown');
    expect(await said(page)).toContain(north2023.history[1]?.source ?? '');
    await page.keyboard.press(' ');
    expect((await opened(page))[1]?.[0]).toBe(north2023.history[1]?.source);
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Debrief');
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('names the year of the scenario’s own history (2022 for plates-2022) in the print, the debrief and the Sources screen', async () => {
    const { page, errors } = await watchedGameAtDebrief(browser, 'plates-2022');
    await page.keyboard.press('p');
    await page.waitForSelector('#fp-print .fp-page[data-page="game"]', { state: 'attached' });
    const sheet = page.locator('#fp-print');
    expect(await sheet.locator('table.fp-timeline th').allTextContents()).toEqual([
      'Turn',
      'This game',
      'What really happened in 2022',
      'Why we chose this',
    ]);
    const headings = await sheet.locator('h2').allTextContents();
    expect(headings).toContain('This game beside 2022');
    expect(headings).toContain('Sources of the 2022 timeline');
    expect(await said(page)).toContain('your game beside the 2022 timeline');
    const printed = (await sheet.textContent()) ?? '';
    expect(printed).not.toContain('2023 timeline');
    expect((await item(page, '2022 sources ↗')).hotkey).toBe('s');
    await clickControl(page, '2022 sources ↗');
    await waitForScene(page, 'Sources');
    expect(await focusLabel(page)).toBe('Sources of the 2022 timeline');
    await screenshot(page, 'prints-4-plates-sources');
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('lists the scenario’s sources as links on the Sources screen: a click opens one; it fits a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await stubWindow(page);
    await page.goto(inject('baseUrl'), { waitUntil: 'load' });
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    await page.keyboard.press('7');
    await waitForScene(page, 'Sources');
    const list = await item(page, 'Source links');
    expect(list.enabled).toBe(true);
    await screenshot(page, 'prints-3-sources');
    // The first link's row lies under the list's heading and its first group's heading.
    const box = await page.locator('#game > canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    const sx = box.width / 1280;
    await page.mouse.click(box.x + (list.x + 100) * sx, box.y + (list.y + 8 + 22 + 26 + 20) * sx);
    const first = north2023.sources[0]?.url;
    expect(await opened(page)).toEqual([[first, '_blank', 'noopener']]);
    expect(await focusLabel(page)).toBe('Source links');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await screenshot(page, 'prints-4-sources-phone');
    await page.close();
  });

  it('shows each teacher-guide section’s links, which open in a new tab, and prints them as links', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await stubWindow(page);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    await page.goto(inject('baseUrl'), { waitUntil: 'load' });
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    await page.keyboard.press('6');
    await waitForScene(page, 'TeacherGuide');
    for (const title of [
      'Before the lesson',
      'The 45-minute lesson',
      'The 90-minute lesson',
      'A What if? demonstration',
      'The printed debrief',
    ])
      expect(await said(page)).toContain(title);
    await page.keyboard.press('5');
    await expect.poll(() => said(page)).toMatch(/^Start links and team names\..*ZVECAN-4821.*Copy start link/s);
    await screenshot(page, 'prints-5a-guide-start-links');
    const sections = (
      await page.evaluate(() => (window as unknown as { flashpointUi: { items(): { label: string }[] } }).flashpointUi.items())
    ).map((i) => i.label);
    const sourcesSection = sections.find((l) => /^Sources/.test(l));
    if (!sourcesSection) throw new Error(`no Sources section in ${sections.join(', ')}`);
    await clickControl(page, sourcesSection);
    const links = await item(page, 'Links');
    expect(links.enabled).toBe(true);
    await screenshot(page, 'prints-5b-guide-sources-links');
    for (let i = 0; i < 40 && (await focusLabel(page)) !== 'Links'; i++) await page.keyboard.press('Tab');
    expect(await focusLabel(page)).toBe('Links');
    await page.keyboard.press('Enter');
    const got = await opened(page);
    expect(got).toHaveLength(1);
    expect(got[0]?.[0]).toMatch(/^https:\/\//);
    expect(got[0]?.slice(1)).toEqual(['_blank', 'noopener']);

    await page.keyboard.press('p');
    await page.waitForSelector('#fp-print .fp-page[data-page="document"]', { state: 'attached' });
    const hrefs = await page.locator('#fp-print a.fp-link').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const [href, text] of hrefs) expect(text).toBe(href);
    expect(errors).toEqual([]);
    await page.close();
  });
});
