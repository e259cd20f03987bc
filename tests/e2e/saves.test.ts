// Saved games in the built game: a readable save and two that cannot be read
// are put in localStorage before the page loads. The list shows each one
// (damaged ones with their problem, kept untouched and downloadable), asks
// before deleting, continues a game, and the menus keep working.
// Screenshots: test-output/screenshots/classroom-saves-*.png.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { north2023 } from '../../src/scenarios/north-2023';
import { createGame } from '../../src/sim/game';
import { saveToText } from '../../src/sim/save';
import { launchBrowser, screenshot, waitForCanvas } from './browser';
import { clickControl, focusLabel, item, items, said, waitForSaid, waitForScene } from './classroom-helpers';

const GOOD_KEY = 'flashpoint:save:north-2023:kfor:normal:ZVECAN-4821';
const CUT_KEY = 'flashpoint:save:north-2023:serbia:hard:BROKEN-1';
const NEWER_KEY = 'flashpoint:save:north-2023:eu:normal:<img src=x onerror="window.__pwned=1">';

let browser: Browser;
let good = '';
let cut = '';
const newer = '{"format":"flashpoint-save","version":9,"note":"<script>window.__pwned=2</script>"}';

/** A page whose localStorage holds `saves` before the game's code runs (once per tab). */
async function pageWithSaves(saves: Record<string, string>): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript((entries: [string, string][]) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [k, v] of entries) localStorage.setItem(k, v);
    sessionStorage.setItem('seeded', '1');
  }, Object.entries(saves));
  await page.goto(inject('baseUrl'));
  await waitForCanvas(page);
  return { page, errors };
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

beforeAll(async () => {
  browser = await launchBrowser();
  // A real save: KFOR, seed ZVECAN-4821, after six turns.
  const scenario = north2023;
  if (!scenario) throw new Error('no scenario');
  const game = createGame(scenario, { seed: 'ZVECAN-4821', humans: ['kfor'], difficulty: 'normal' });
  game.advance();
  for (let i = 0; i < 6; i++) {
    expect(game.submit('kfor', 'kfor.patrol').ok).toBe(true);
    game.advance();
  }
  good = saveToText(game.state, 'kfor', '2025-03-14T09:30:00.000Z');
  game.dispose();
  cut = good.slice(0, 700);
});

afterAll(async () => {
  await browser?.close();
});

describe('saved games', () => {
  it('lists every save, keeps damaged ones untouched (downloadable), and deletes only after asking', async () => {
    const { page, errors } = await pageWithSaves({ [GOOD_KEY]: good, [CUT_KEY]: cut, [NEWER_KEY]: newer });
    await waitForScene(page, 'Title');
    expect((await item(page, 'Continue')).enabled).toBe(true);
    expect(await said(page)).toContain('Continue (3 saved), key 2');
    await page.keyboard.press('2');
    await waitForScene(page, 'SavedGames');
    const s = await said(page);
    expect(s).toContain('Saved games: 3.');
    expect(s).toContain('1. KFOR, seed ZVECAN-4821, turn 7 of 20, normal, saved 14 Mar 2025');
    expect(s).toContain('the save is damaged: it is not valid JSON (it may have been cut short). It is kept as it is.');
    expect(s).toContain('this save was made by a newer version of the game (save version 9; this game reads up to 2)');
    expect((await items(page)).map((i) => i.label)).toEqual(['Continue', 'Delete', 'Download', 'Delete', 'Download', 'Delete', 'Back']);
    expect(await focusLabel(page)).toBe('Continue');
    await screenshot(page, 'classroom-saves-1-list');

    // Download a damaged save: exactly the stored text.
    const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'Download', 1)]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(cut);
    await waitForSaid(page, 'A copy of the damaged save was downloaded');
    expect(await stored(page, CUT_KEY)).toBe(cut);
    expect(await stored(page, NEWER_KEY)).toBe(newer);

    // Delete asks first; "Keep it" (the default) keeps it.
    await clickControl(page, 'Delete', 0);
    await waitForScene(page, 'Dialog');
    expect(await said(page)).toContain('This deletes the saved game of KFOR, seed ZVECAN-4821 (turn 7 of 20)');
    expect(await focusLabel(page)).toBe('Keep it');
    await screenshot(page, 'classroom-saves-2-confirm');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'SavedGames');
    expect(await stored(page, GOOD_KEY)).toBe(good);

    // Delete the damaged, cut-short save on purpose.
    await clickControl(page, 'Delete', 2);
    await waitForScene(page, 'Dialog');
    expect(await said(page)).toContain('the damaged save (Serbia · seed BROKEN-1 · hard · north-2023)');
    await clickControl(page, 'Delete');
    await waitForScene(page, 'SavedGames');
    expect(await said(page)).toContain('Saved games: 2.');
    expect(await said(page)).toContain('The saved game was deleted.');
    expect(await stored(page, CUT_KEY)).toBeNull();
    expect(await stored(page, GOOD_KEY)).toBe(good);
    expect(await stored(page, NEWER_KEY)).toBe(newer);
    await screenshot(page, 'classroom-saves-3-after-delete');

    // The menus still work; nothing ran from the stored text.
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Title');
    await page.keyboard.press('1');
    await waitForScene(page, 'Setup');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Title');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('continues a saved game in the game screen', async () => {
    const { page, errors } = await pageWithSaves({ [GOOD_KEY]: good, [CUT_KEY]: cut });
    await waitForScene(page, 'Title');
    await clickControl(page, 'Continue');
    await waitForScene(page, 'SavedGames');
    await clickControl(page, 'Continue');
    await waitForScene(page, 'Game');
    await screenshot(page, 'classroom-saves-4-continued');
    // The damaged save is still there, untouched.
    expect(await stored(page, CUT_KEY)).toBe(cut);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with only a damaged save, the title still works and the save is listed', async () => {
    const { page, errors } = await pageWithSaves({ [CUT_KEY]: cut });
    await waitForScene(page, 'Title');
    await page.keyboard.press('2');
    await waitForScene(page, 'SavedGames');
    expect(await said(page)).toContain('Saved games: 1. 1. A save that cannot be read (Serbia · seed BROKEN-1 · hard · north-2023)');
    expect(await focusLabel(page)).toBe('Download');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Title');
    await page.keyboard.press('7');
    await waitForScene(page, 'Sources');
    expect(await stored(page, CUT_KEY)).toBe(cut);
    expect(errors).toEqual([]);
    await page.close();
  });
});
