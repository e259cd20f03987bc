// Hot-seat in the built page: three people (Serbia, Kosovo, KFOR) at one
// screen, from the title through Setup → HotseatSetup → Briefing, every turn
// passing the device (PassDevice) and choosing in private, the orders revealed
// together in the Resolution, to the Debrief and a replay the command line
// verifies. Then the same screens with the keyboard only.
// Screenshots: test-output/screenshots/hotseat-*.png.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { north2023 } from '../../src/scenarios/north-2023';
import { actionsOf } from '../../src/sim/catalog';
import type { ActorId } from '../../src/sim/types';
import { actionName, actorFullName, actorName } from '../../src/text/describe';
import { messagesFor } from '../../src/text/messages';
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
/** Twenty turns, three players, three screens each: allow for a slow shared machine. */
const WHOLE_GAME_MS = 600_000;
const PLAYERS: ActorId[] = ['serbia', 'kosovo', 'kfor'];
const SEED = 'HOTSEAT-3';

/** Every action name of each actor: a player's pick must be a name no other player has (else "not visible" proves nothing). */
const en = messagesFor(north2023);
const NAMES = new Map<ActorId, Set<string>>(PLAYERS.map((a) => [a, new Set(actionsOf(north2023, a).map((d) => actionName(en, d.id)))]));
function uniqueTo(actor: ActorId, name: string): boolean {
  return PLAYERS.every((other) => other === actor || !NAMES.get(other)?.has(name));
}

const short = (a: ActorId) => actorName(en, a);
const full = (a: ActorId) => actorFullName(en, a);
const unlockLabel = (a: ActorId) => `I am ${short(a)} — show my screen`;

async function verification(page: Page): Promise<string> {
  return page.evaluate(() => document.body.dataset.verification ?? '');
}

async function saveKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('flashpoint:save:')));
}

/** Everything the page tells about the current screen: the announcer's text and focus, and every control's label. */
async function screenText(page: Page): Promise<string> {
  const labels = (await items(page)).map((i) => i.label);
  const focus = (await focusLabel(page)) ?? '';
  return [await said(page), focus, ...labels].join('\n');
}

/** Waits for one of the given scenes; returns which. */
async function nextOf<T extends string>(page: Page, keys: readonly T[]): Promise<T> {
  await expect
    .poll(() => sceneKey(page), { timeout: 30_000 })
    .toSatisfy((k: string | null) => k !== null && (keys as readonly string[]).includes(k));
  await page.waitForTimeout(200);
  return (await sceneKey(page)) as T;
}

/** Clicks End turn and confirms when asked. */
async function endTurn(page: Page): Promise<void> {
  await clickControl(page, 'End turn');
  await page.waitForTimeout(100);
  if ((await items(page)).some((i) => i.label === 'Confirm')) await clickControl(page, 'Confirm');
}

describe('hot-seat: several players at one screen', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(
    'Hot-seat: one role’s orders are never visible on the next role’s screen; three players play to the debrief',
    async () => {
      const { page, errors } = await openPage(browser, inject('baseUrl'));
      await waitForCanvas(page);
      await waitForScene(page, 'Title');
      await clickControl(page, 'New game');
      await waitForScene(page, 'Setup');
      // The single-player choices are unchanged; one more button under the roles.
      const hot = await item(page, 'Several players (hot-seat)…');
      expect(hot.hotkey).toBe('7');
      expect((await item(page, 'Start')).y).toBeGreaterThan(hot.y + hot.height);
      await screenshot(page, 'hotseat-0-setup');
      await clickItem(page, hot);
      await waitForScene(page, 'HotseatSetup');
      expect((await item(page, 'Start')).enabled).toBe(false);
      for (const a of PLAYERS) await clickControl(page, short(a));
      expect(await said(page)).toContain('3 players: Serbia, Kosovo, KFOR');
      for (const a of PLAYERS) expect((await item(page, short(a))).selected).toBe(true);
      expect((await item(page, 'USA')).selected).toBe(false);
      await clickControl(page, 'Seed code');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(SEED);
      await page.waitForTimeout(150);
      expect((await item(page, 'Start')).enabled).toBe(true);
      await screenshot(page, 'hotseat-1-players');
      await clickControl(page, 'Start');
      await skipIntro(page);
      await waitForScene(page, 'Briefing');
      const briefing = await said(page);
      expect(briefing).toContain('hot-seat for 3 players');
      for (const a of PLAYERS) expect(briefing).toContain(full(a));
      await screenshot(page, 'hotseat-2-briefing');
      await clickControl(page, 'Begin');

      const last = new Map<ActorId, string>();
      let turn = 1;
      for (;;) {
        const chosen: { actor: ActorId; label: string }[] = [];
        for (const [i, actor] of PLAYERS.entries()) {
          // The pass-the-device screen: who is next, how many have chosen, nothing of what.
          await waitForScene(page, 'PassDevice');
          const pass = await said(page);
          expect(pass).toContain(`Turn ${turn}. Pass the device to ${short(actor)}`);
          expect(pass).toContain(`${i} of 3 players`);
          const passText = await screenText(page);
          for (const c of chosen)
            expect(passText, `turn ${turn}: ${short(c.actor)}'s order on the pass screen for ${short(actor)}`).not.toContain(c.label);
          expect((await items(page)).map((x) => x.label)).toEqual([unlockLabel(actor)]);
          if (turn === 1 && i === 0) await screenshot(page, 'hotseat-3-pass-serbia');
          if (turn === 1 && i === 1) await screenshot(page, 'hotseat-5-pass-kosovo');
          await clickControl(page, unlockLabel(actor));

          // The player's own screen: their cards, and nobody else's order.
          await waitForScene(page, 'Game');
          expect(await said(page)).toContain(`Turn ${turn} of ${LAST_TURN}`);
          expect(await said(page)).toContain(`You play ${short(actor)}`);
          const gameText = await screenText(page);
          for (const c of chosen)
            expect(gameText, `turn ${turn}: ${short(c.actor)}'s order on ${short(actor)}'s screen`).not.toContain(c.label);
          if (turn === 1 && i === 1) await screenshot(page, 'hotseat-6-game-kosovo');
          // Nothing carried over from the last player: no card chosen, End turn waits for a choice.
          expect((await cards(page)).some((c) => c.selected)).toBe(false);
          expect((await item(page, 'End turn')).enabled).toBe(false);

          // With one budget point a turn, the only affordable card may be last turn's: then it is played again.
          const playable = (await cards(page)).filter((c) => c.enabled && inView(c) && uniqueTo(actor, c.label));
          const fresh = playable.filter((c) => c.label !== last.get(actor));
          const visible = fresh.length > 0 ? fresh : playable;
          expect(visible.length).toBeGreaterThan(0);
          const pick = visible[(turn + i) % visible.length];
          if (!pick) throw new Error('no card');
          await clickItem(page, pick);
          expect((await item(page, pick.label)).selected).toBe(true);
          if (turn === 1 && i === 0) await screenshot(page, 'hotseat-4-game-serbia');
          await endTurn(page);
          chosen.push({ actor, label: pick.label });
          last.set(actor, pick.label);
          // Nothing is saved until the whole turn is played.
          if (turn === 1 && i < PLAYERS.length - 1) expect(await saveKeys(page)).toEqual([]);
        }

        // All three orders, revealed together.
        await waitForScene(page, 'Resolution');
        const res = await said(page);
        expect(res).toContain(`What happened in turn ${turn}`);
        expect(res).toContain('The players’ orders, revealed together:');
        for (const c of chosen) expect(res).toContain(`${short(c.actor)}, ${c.label}`);
        if (turn === 1) {
          await screenshot(page, 'hotseat-7-resolution');
          const keys = await saveKeys(page);
          expect(keys).toHaveLength(1);
          expect(keys[0]).toContain(':serbia+kosovo+kfor:');
        }
        const cont = (await items(page)).find((i) => i.hotkey === 'c');
        if (!cont) throw new Error('no Continue button');
        await clickItem(page, cont);
        if ((await nextOf(page, ['PassDevice', 'Debrief'] as const)) === 'Debrief') break;
        turn++;
        expect(turn).toBeLessThanOrEqual(LAST_TURN);
      }
      expect(turn).toBeGreaterThanOrEqual(3);

      await screenshot(page, 'hotseat-8-debrief');
      const code = await verification(page);
      expect(code).toMatch(CODE);
      expect(await said(page)).toContain('Hot-seat players:');
      const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'Download replay')]);
      const file = await download.path();
      const replay = JSON.parse(readFileSync(file, 'utf8')) as {
        seed: string;
        roles: string[];
        verification: string;
        decisions: unknown[];
      };
      expect(replay.seed).toBe(SEED);
      expect(replay.roles).toEqual(PLAYERS);
      expect(replay.decisions).toHaveLength(turn * PLAYERS.length);
      expect(replay.verification).toBe(code);
      const check = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['src/cli/replay.ts', file], { cwd: root, encoding: 'utf8' });
      expect(check.status, check.stderr + check.stdout).toBe(0);
      expect(check.stdout).toContain(code);
      expect(errors).toEqual([]);
      await page.close();
    },
    WHOLE_GAME_MS,
  );

  it('works with the keyboard only: Setup key 7, players by number keys, Enter unlocks, Esc opens the menu', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Setup');
    const setupSeed = await page.locator(SEED_INPUT).inputValue();
    await page.keyboard.press('7');
    await waitForScene(page, 'HotseatSetup');
    // The seed chosen on the Setup screen comes along.
    expect(await page.locator(SEED_INPUT).inputValue()).toBe(setupSeed);
    // Keys 1–8 toggle the actors: Kosovo (2) and the USA (6), AI-only alone.
    await page.keyboard.press('2');
    expect(await said(page)).toContain('1 player: Kosovo');
    expect((await item(page, 'Start')).enabled).toBe(false);
    await screenshot(page, 'hotseat-setup-one-player');
    await page.keyboard.press('6');
    expect(await said(page)).toContain('2 players: Kosovo, USA');
    await page.keyboard.press('3');
    await page.keyboard.press('3');
    expect((await item(page, 'Kosovo Serbs')).selected).toBe(false);
    await tabTo(page, 'Seed code');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('KEYS-HOT');
    await tabTo(page, 'Start');
    await page.keyboard.press('Enter');
    await skipIntro(page);
    await waitForScene(page, 'Briefing');
    expect(await focusLabel(page)).toBe('Begin');
    await page.keyboard.press('Enter');

    for (const actor of ['kosovo', 'usa'] as const) {
      await waitForScene(page, 'PassDevice');
      expect(await focusLabel(page)).toBe(unlockLabel(actor));
      if (actor === 'usa') {
        // Esc: a small menu (the game is saved after every turn), Esc again goes back.
        await page.keyboard.press('Escape');
        await page.waitForTimeout(150);
        expect((await items(page)).map((i) => i.label)).toEqual(['Resume', 'Quit to title']);
        expect(await said(page)).toContain('saved automatically after every turn');
        await screenshot(page, 'hotseat-pass-menu');
        await page.keyboard.press('Escape');
        await page.waitForTimeout(100);
        expect(await focusLabel(page)).toBe(unlockLabel(actor));
      }
      await page.keyboard.press('Enter');
      await waitForScene(page, 'Game');
      expect(await said(page)).toContain(`You play ${short(actor)}`);
      const pick = (await cards(page)).find((c) => c.enabled);
      if (!pick?.hotkey) throw new Error('no card');
      await page.keyboard.press(pick.hotkey);
      expect((await item(page, pick.label)).selected).toBe(true);
      await page.keyboard.press('e');
      await page.waitForTimeout(100);
      if ((await items(page)).some((i) => i.label === 'Confirm')) await page.keyboard.press('Enter');
    }
    await waitForScene(page, 'Resolution');
    expect(await said(page)).toContain('The players’ orders, revealed together');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'PassDevice');
    expect(await said(page)).toContain('Turn 2. Pass the device to Kosovo');
    // Quit from the pass screen; Continue finds the hot-seat save and goes back behind the pass screen.
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    await page.keyboard.press('q');
    await waitForScene(page, 'Title');
    await page.keyboard.press('2');
    await waitForScene(page, 'SavedGames');
    expect(await said(page)).toContain('Hot-seat: Kosovo, USA');
    await screenshot(page, 'hotseat-saved-games');
    const cont = (await items(page)).find((i) => i.label === 'Continue');
    if (!cont) throw new Error('no Continue');
    await tabTo(page, 'Continue');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'PassDevice');
    expect(await said(page)).toContain('Turn 2. Pass the device to Kosovo');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('copies a start link for the chosen players, and the link opens that hot-seat game', async () => {
    const base = inject('baseUrl');
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base);
    await waitForScene(page, 'Title');
    await page.keyboard.press('1');
    await waitForScene(page, 'Setup');
    await page.keyboard.press('7');
    await waitForScene(page, 'HotseatSetup');
    await clickControl(page, 'KFOR');
    await clickControl(page, 'Serbia');
    await clickControl(page, 'Seed code');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('HOT-LINK-1');
    await clickControl(page, 'Copy start link');
    await expect.poll(() => said(page)).toContain('Start link copied. It opens this hot-seat game for anyone:');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('role')).toBe('serbia,kfor');
    expect(new URL(link).searchParams.get('seed')).toBe('HOT-LINK-1');
    await screenshot(page, 'hotseat-link-copied');
    await page.goto(link);
    await waitForScene(page, 'Briefing');
    expect(await said(page)).toContain('hot-seat for 2 players: Serbia and KFOR');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts from a link with comma-separated roles, up to all eight actors', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?scenario=north-2023&seed=LINK-HOT&role=china,eu`);
    await waitForCanvas(page);
    await waitForScene(page, 'Briefing');
    expect(await said(page)).toContain('hot-seat for 2 players: EU and China');
    await page.keyboard.press('b');
    await waitForScene(page, 'PassDevice');
    expect(await said(page)).toContain('Pass the device to EU');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Game');
    expect(await said(page)).toContain('You play EU');
    await page.close();

    // Eight players: every actor, the USA, Russia and China included.
    const all = ['serbia', 'kosovo', 'serbs', 'kfor', 'eu', 'usa', 'russia', 'china'] as const;
    const eight = await openPage(browser, `${inject('baseUrl')}?scenario=north-2023&seed=LINK-8&role=${[...all].reverse().join(',')}`);
    await waitForCanvas(eight.page);
    await waitForScene(eight.page, 'Briefing');
    expect(await said(eight.page)).toContain('hot-seat for 8 players');
    await screenshot(eight.page, 'hotseat-briefing-8');
    await eight.page.keyboard.press('b');
    for (const [i, actor] of all.entries()) {
      await waitForScene(eight.page, 'PassDevice');
      expect(await said(eight.page)).toContain(`${i} of 8 players`);
      await eight.page.keyboard.press('Enter');
      await waitForScene(eight.page, 'Game');
      expect(await said(eight.page)).toContain(`You play ${short(actor)}`);
      if (actor === 'usa') await screenshot(eight.page, 'hotseat-game-usa');
      const pick = (await cards(eight.page)).find((c) => c.enabled && inView(c));
      if (!pick) throw new Error('no card');
      await clickItem(eight.page, pick);
      await endTurn(eight.page);
    }
    await waitForScene(eight.page, 'Resolution');
    const res = await said(eight.page);
    for (const actor of all) expect(res).toContain(`${short(actor)}, `);
    expect(res).not.toContain('Others:');
    await screenshot(eight.page, 'hotseat-resolution-8');
    expect([...errors, ...eight.errors]).toEqual([]);
    await eight.page.close();
  }, 180_000);
});
