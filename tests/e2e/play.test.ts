// A whole game in the built page, as a new player would play it: title →
// setup (KFOR, a typed seed) → briefing → every turn (an action card, End
// turn, a confirmation when asked) → what happened → … → debrief with its
// verification code and replay download. Once with the mouse, once with the
// keyboard only. Screenshots: test-output/screenshots/play-*.png.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';
import {
  cards,
  clickControl,
  clickItem,
  focusLabel,
  inView,
  item,
  items,
  SEED_INPUT,
  said,
  sceneKey,
  skipIntro,
  tabTo,
  waitForScene,
} from './ui-helpers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CODE = /^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/;
const LAST_TURN = 20;
/** Twenty turns through two screens each: allow for a slow shared machine. */
const WHOLE_GAME_MS = 360_000;

async function verification(page: Page): Promise<string> {
  return page.evaluate(() => document.body.dataset.verification ?? '');
}

async function saveKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('flashpoint:save:')));
}

/** Waits until the game screen or the debrief shows; returns which. */
async function nextScreen(page: Page): Promise<'Game' | 'Debrief'> {
  await expect.poll(() => sceneKey(page), { timeout: 30_000 }).toMatch(/^(Game|Debrief)$/);
  await page.waitForTimeout(200);
  return (await sceneKey(page)) as 'Game' | 'Debrief';
}

describe('play: a whole game in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(
    'plays every turn with the mouse, from the title to the debrief',
    async () => {
      const { page, errors } = await openPage(browser, inject('baseUrl'));
      await waitForCanvas(page);
      await waitForScene(page, 'Title');
      await screenshot(page, 'play-1-title');

      await clickControl(page, 'New game');
      await waitForScene(page, 'Setup');
      await clickControl(page, 'KFOR');
      await clickControl(page, 'Seed code');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('PLAYTEST-7');
      await page.waitForTimeout(150);
      await screenshot(page, 'play-2-setup');
      await clickControl(page, 'Start');
      await skipIntro(page);
      await waitForScene(page, 'Briefing');
      await screenshot(page, 'play-3-briefing');
      await clickControl(page, 'Begin');
      await waitForScene(page, 'Game');

      let turn = 1;
      let confirmations = 0;
      let scrolled = false;
      for (;;) {
        expect(await said(page)).toContain(`Turn ${turn} of ${LAST_TURN}`);
        if (turn === 1) {
          await screenshot(page, 'play-4-game-turn-1');
          expect((await item(page, 'End turn')).enabled).toBe(false);
        }
        // Pick a different enabled card each turn among those in view; sometimes scroll the strip first.
        if (turn % 3 === 0 && (await items(page)).some((i) => i.label === 'Cards ▶' && i.enabled)) {
          await clickControl(page, 'Cards ▶');
          scrolled = true;
        }
        const visible = (await cards(page)).filter((c) => c.enabled && inView(c));
        expect(visible.length).toBeGreaterThan(0);
        const pick = visible[turn % visible.length];
        if (!pick) throw new Error('no card');
        await clickItem(page, pick);
        expect((await item(page, pick.label)).selected).toBe(true);
        expect((await item(page, 'End turn')).enabled).toBe(true);
        if (turn === 8) await screenshot(page, 'play-6-game-turn-8');
        await clickControl(page, 'End turn');
        await page.waitForTimeout(100);
        if ((await items(page)).some((i) => i.label === 'Confirm')) {
          confirmations++;
          if (confirmations === 1) await screenshot(page, 'play-4b-confirm');
          await clickControl(page, 'Confirm');
        }
        await waitForScene(page, 'Resolution');
        expect(await said(page)).toContain(`You ordered: ${pick.label}`);
        if (turn === 1) {
          await screenshot(page, 'play-5-resolution');
          expect(await saveKeys(page)).toHaveLength(1);
        }
        const cont = (await items(page)).find((i) => i.hotkey === 'c');
        if (!cont) throw new Error('no Continue button');
        await clickItem(page, cont);
        if ((await nextScreen(page)) === 'Debrief') break;
        turn++;
        expect(turn).toBeLessThanOrEqual(LAST_TURN);
      }
      expect(scrolled).toBe(true);

      await screenshot(page, 'play-7-debrief');
      const code = await verification(page);
      expect(code).toMatch(CODE);
      expect(await said(page)).toContain(`verification: ${code}`);

      // The replay downloads as a file named after the seed and the role, and names the same seed.
      const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'Download replay')]);
      expect(download.suggestedFilename()).toBe('flashpoint-PLAYTEST-7-kfor.replay.json');
      const file = await download.path();
      const replay = JSON.parse(readFileSync(file, 'utf8')) as { seed: string; roles: string[]; verification: string };
      expect(replay.seed).toBe('PLAYTEST-7');
      expect(replay.roles).toEqual(['kfor']);
      expect(replay.verification).toBe(code);
      // The command line re-plays the browser's game and reaches the same code.
      const check = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['src/cli/replay.ts', file], { cwd: root, encoding: 'utf8' });
      expect(check.status, check.stderr + check.stdout).toBe(0);
      expect(check.stdout).toContain(code);

      await clickControl(page, 'New game');
      await waitForScene(page, 'Setup');
      expect(await page.locator(SEED_INPUT).inputValue()).toBe('PLAYTEST-7');
      expect(errors).toEqual([]);
      await page.close();
    },
    WHOLE_GAME_MS,
  );

  it(
    'plays every turn with the keyboard only',
    async () => {
      const { page, errors } = await openPage(browser, inject('baseUrl'));
      await waitForCanvas(page);
      await waitForScene(page, 'Title');
      expect(await focusLabel(page)).toBe('New game');
      await page.keyboard.press('Enter');
      await waitForScene(page, 'Setup');
      await page.keyboard.press('4');
      expect((await item(page, 'KFOR')).selected).toBe(true);
      await tabTo(page, 'Seed code');
      await page.keyboard.type('KEYS-ONLY');
      await tabTo(page, 'Start');
      await page.keyboard.press('Enter');
      await skipIntro(page);
      await waitForScene(page, 'Briefing');
      expect(await focusLabel(page)).toBe('Begin');
      await page.keyboard.press('Enter');
      await waitForScene(page, 'Game');

      let turn = 1;
      for (;;) {
        expect(await said(page)).toContain(`Turn ${turn} of ${LAST_TURN}`);
        const enabled = (await cards(page)).filter((c) => c.enabled);
        const pick = enabled[(turn * 7) % enabled.length];
        if (!pick?.hotkey) throw new Error('no card');
        if (turn === 2) {
          // Tab and arrows reach the cards too; the focused card's details show.
          await tabTo(page, enabled[0]?.label ?? '');
          await page.keyboard.press('ArrowRight');
          await page.waitForTimeout(100);
          await screenshot(page, 'play-keys-card-focus');
        }
        await page.keyboard.press(pick.hotkey);
        expect((await item(page, pick.label)).selected).toBe(true);
        expect(await focusLabel(page)).toBe(pick.label);
        // End the turn with E, or with Enter on the chosen card.
        await page.keyboard.press(turn % 2 === 0 ? 'Enter' : 'e');
        await page.waitForTimeout(100);
        if ((await items(page)).some((i) => i.label === 'Confirm')) {
          expect(await focusLabel(page)).toBe('Confirm');
          await page.keyboard.press('Enter');
        }
        await waitForScene(page, 'Resolution');
        expect(await said(page)).toContain(`You ordered: ${pick.label}`);
        // The lists scroll from the keyboard; Enter continues.
        if (turn === 3) {
          await page.keyboard.press('Tab');
          await page.keyboard.press('PageDown');
          await tabTo(page, (await items(page)).find((i) => i.hotkey === 'c')?.label ?? '');
        }
        await page.keyboard.press('Enter');
        if ((await nextScreen(page)) === 'Debrief') break;
        turn++;
        expect(turn).toBeLessThanOrEqual(LAST_TURN);
      }

      const code = await verification(page);
      expect(code).toMatch(CODE);
      expect(await said(page)).toContain(`verification: ${code}`);
      await screenshot(page, 'play-keys-debrief');
      await page.keyboard.press('Tab');
      await page.keyboard.press('PageDown');
      await page.keyboard.press('t');
      await waitForScene(page, 'Title');
      expect(errors).toEqual([]);
      await page.close();
    },
    WHOLE_GAME_MS,
  );

  it('says so when a turn cannot be saved, and the game goes on', async () => {
    const { page, errors } = await openPage(browser, 'about:blank');
    // A browser whose storage is full: every write fails.
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.goto(`${inject('baseUrl')}?scenario=north-2023&seed=FULL-1&role=serbs`, { waitUntil: 'load' });
    await waitForCanvas(page);
    await waitForScene(page, 'Briefing');
    await page.keyboard.press('b');
    await waitForScene(page, 'Game');
    await page.keyboard.press('1');
    await page.keyboard.press('e');
    await waitForScene(page, 'Resolution');
    await expect.poll(() => said(page)).toContain('storage is full');
    expect(await said(page)).toContain('What happened in turn 1');
    await screenshot(page, 'play-save-failed');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Game');
    expect(await said(page)).toContain('Turn 2 of 20');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the menu and help from the game, and quits to the title', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?scenario=north-2023&seed=MENU-1&role=kosovo`);
    await waitForCanvas(page);
    await waitForScene(page, 'Briefing');
    await page.keyboard.press('b');
    await waitForScene(page, 'Game');
    // A risky order asks first: Kosovo's card 3 (escorting the mayors in) may cross a rung.
    const escort = (await cards(page)).find((c) => c.hotkey === '3');
    expect(escort?.label).toBe('Escort the mayors into the buildings');
    await page.keyboard.press('3');
    await page.keyboard.press('e');
    await page.waitForTimeout(150);
    expect((await items(page)).map((i) => i.label)).toEqual(['Confirm', 'Cancel']);
    expect(await said(page)).toContain('May cross a rung');
    await screenshot(page, 'play-confirm');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    expect(await sceneKey(page)).toBe('Game');
    expect((await item(page, 'Escort the mayors into the buildings')).selected).toBe(true);
    await page.keyboard.press('h');
    await page.waitForTimeout(150);
    expect((await items(page)).map((i) => i.label)).toEqual(['Close', 'Glossary', 'First-turn guide: on']);
    expect(await said(page)).toContain('How to play');
    await screenshot(page, 'play-help');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(150);
    expect((await items(page)).map((i) => i.label)).toEqual([
      'Resume',
      'Help',
      'Download replay so far',
      'End now → debrief',
      'Quit to title',
    ]);
    await screenshot(page, 'play-menu');
    await clickControl(page, 'Resume');
    expect((await items(page)).some((i) => i.label === 'End turn')).toBe(true);
    await page.keyboard.press('m');
    await page.keyboard.press('q');
    await waitForScene(page, 'Title');
    expect(errors).toEqual([]);
    await page.close();
  });
});
