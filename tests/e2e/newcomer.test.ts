// A first turn anyone can take: definitions on hover and focus, the glossary
// screen, and the guided first turn that can be skipped (and stays off).
// Screenshots: test-output/screenshots/newcomer-*.png, at 1280×720 and at a
// phone's 390×844.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';
import { clickControl, focusLabel, item, items, said, tabTo, toPage, waitForScene } from './ui-helpers';

const link = (seed: string) => `${inject('baseUrl')}?scenario=north-2023&seed=${seed}&role=kfor`;

/** From a start link to turn 1 of the game. */
async function toGame(page: Page): Promise<void> {
  await waitForCanvas(page);
  await waitForScene(page, 'Briefing');
  await page.keyboard.press('b');
  await waitForScene(page, 'Game');
}

const labels = async (page: Page) => (await items(page)).map((i) => i.label);

describe('newcomer: definitions, glossary, guided first turn', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows and says a meter’s definition on keyboard focus; Esc hides it and leaves the game as it was', async () => {
    const { page, errors } = await openPage(browser, link('NEWCOMER-TIP'));
    await toGame(page);
    await tabTo(page, 'Support at home', 40);
    expect(await said(page)).toContain('Support at home: How far the people an actor answers to');
    await page.waitForTimeout(100);
    const shown = await page.screenshot();
    await screenshot(page, 'newcomer-tip-focus-1280');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    // The bubble is gone, the focus stays, and no menu opened.
    expect((await page.screenshot()).equals(shown)).toBe(false);
    expect(await focusLabel(page)).toBe('Support at home');
    expect(await labels(page)).not.toContain('Resume');
    // Pointing at a meter shows its definition too; pointing away hides it.
    const standing = await item(page, 'Standing abroad');
    const before = await page.screenshot();
    const at = await toPage(page, standing.x + standing.width / 2, standing.y + standing.height / 2);
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(150);
    expect((await page.screenshot()).equals(before)).toBe(false);
    await screenshot(page, 'newcomer-tip-hover-1280');
    const away = await toPage(page, 640, 30);
    await page.mouse.move(away.x, away.y);
    await page.waitForTimeout(150);
    expect((await page.screenshot()).equals(before)).toBe(true);
    // The ladder's header and the budget have definitions too.
    await tabTo(page, 'About the escalation ladder', 40);
    expect(await said(page)).toMatch(/Escalation ladder: How dangerous the crisis is.*Now: rung \d+ of 9/);
    await tabTo(page, 'Budget', 40);
    expect(await said(page)).toContain('Budget: The points you can spend on orders');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a definition on a phone screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(link('NEWCOMER-PHONE'), { waitUntil: 'load' });
    await toGame(page);
    await tabTo(page, 'Budget', 40);
    expect(await said(page)).toContain('Budget: The points you can spend on orders');
    await page.waitForTimeout(100);
    await screenshot(page, 'newcomer-tip-focus-390');
    await page.close();
  });

  it('opens the glossary from the briefing and from the game’s help, searches it, and goes back', async () => {
    const { page, errors } = await openPage(browser, link('NEWCOMER-GLOSSARY'));
    await waitForCanvas(page);
    await waitForScene(page, 'Briefing');
    // The briefing's words have definitions on focus too.
    await tabTo(page, 'Srpska Lista (Serb List)', 40);
    expect(await said(page)).toContain('The main Kosovo Serb party');
    await screenshot(page, 'newcomer-briefing-words-1280');
    await page.keyboard.press('g');
    await waitForScene(page, 'Glossary');
    expect(await said(page)).toContain('Glossary, 25 entries');
    expect(await said(page)).toContain('Source: https://natowatch.org/');
    await screenshot(page, 'newcomer-glossary-1280');
    await page.keyboard.type('1244');
    // Entries named by the query first, then those that mention it.
    await expect.poll(() => said(page)).toContain('3 entries of 25 for “1244”: Resolution 1244, KFOR, UNMIK');
    await screenshot(page, 'newcomer-glossary-search-1280');
    await page.keyboard.press('Escape'); // leaves the search field
    await page.keyboard.press('Escape'); // back
    await waitForScene(page, 'Briefing');

    await page.keyboard.press('b');
    await waitForScene(page, 'Game');
    await page.keyboard.press('h');
    await waitForScene(page, 'Dialog');
    await page.keyboard.press('g');
    await waitForScene(page, 'Glossary');
    await page.keyboard.press('Tab'); // to the list: the arrow keys scroll it
    await page.keyboard.press('PageDown');
    await clickControl(page, 'Back');
    await waitForScene(page, 'Game');
    // The game woke as it was: still turn 1, the guide still there.
    expect(await labels(page)).toContain('Skip guide');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('guides the first turn step by step; Skip guide turns it off for the next game, and help turns it back on', async () => {
    const { page, errors } = await openPage(browser, link('NEWCOMER-GUIDE'));
    await toGame(page);
    expect(await said(page)).toContain('Turn 1 of 20');
    expect(await said(page)).toContain('First turn · 1 of 6. The map');
    await screenshot(page, 'newcomer-guide-1-1280');
    await page.keyboard.press('n');
    expect(await said(page)).toContain('First turn · 2 of 6. The escalation ladder');
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    expect(await said(page)).toContain('First turn · 5 of 6. Your action cards');
    await screenshot(page, 'newcomer-guide-5-1280');
    // The game's keys work while it shows.
    await page.keyboard.press('1');
    await page.keyboard.press('s');
    expect(await said(page)).toContain('The first-turn guide is off');
    expect(await labels(page)).not.toContain('Skip guide');

    await page.reload({ waitUntil: 'load' });
    await toGame(page);
    expect(await said(page)).toContain('Turn 1 of 20');
    expect(await said(page)).not.toContain('First turn ·');
    expect(await labels(page)).not.toContain('Skip guide');

    await page.keyboard.press('h');
    await waitForScene(page, 'Dialog');
    await clickControl(page, 'First-turn guide: off');
    await page.reload({ waitUntil: 'load' });
    await toGame(page);
    expect(await said(page)).toContain('First turn · 1 of 6');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the guide on a phone screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(link('NEWCOMER-GUIDE-PHONE'), { waitUntil: 'load' });
    await toGame(page);
    expect(await said(page)).toContain('First turn · 1 of 6');
    await screenshot(page, 'newcomer-guide-1-390');
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.waitForTimeout(100);
    await screenshot(page, 'newcomer-guide-3-390');
    await page.close();
  });
});
