// Helpers for driving the game's canvas UI in browser tests: the scene and
// focus from #announcer, the controls from window.flashpointUi.items(),
// clicks at a control's centre (game coordinates → page coordinates).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { UiItemInfo } from '../../src/ui/widgets';

/** A control as the game's test hook reports it (window.flashpointUi.items()). */
export type UiItem = UiItemInfo;

/** The seed field's <input> (setup screens also have a team name field). */
export const SEED_INPUT = '#game input[aria-label="Seed code"]';

export const GAME_W = 1280;
export const GAME_H = 720;

export async function sceneKey(page: Page): Promise<string | null> {
  return page.locator('#announcer').getAttribute('data-scene');
}

export async function waitForScene(page: Page, key: string, timeout = 30_000): Promise<void> {
  await expect.poll(() => sceneKey(page), { timeout }).toBe(key);
  // Let a couple of frames render before screenshots or clicks.
  await page.waitForTimeout(250);
}

/** A new game from the setup opens the primer and the history first (src/scenes/Background.ts): skip them with their key. */
export async function skipIntro(page: Page): Promise<void> {
  await waitForScene(page, 'Background');
  await page.keyboard.press('s');
}

export async function said(page: Page): Promise<string> {
  return (await page.locator('#announcer').textContent()) ?? '';
}

export async function focusLabel(page: Page): Promise<string | null> {
  return page.locator('#announcer').getAttribute('data-focus');
}

export async function items(page: Page): Promise<UiItem[]> {
  return page.evaluate(() => (window as unknown as { flashpointUi: { items(): UiItem[] } }).flashpointUi.items());
}

/** The control labelled `label` (the `nth` one when several share the label). */
export async function item(page: Page, label: string, nth = 0): Promise<UiItem> {
  const list = await items(page);
  const found = list.filter((i) => i.label === label)[nth];
  if (!found) throw new Error(`no control labelled "${label}" (#${nth}) in ${JSON.stringify(list.map((i) => i.label))}`);
  return found;
}

/** Page coordinates of a point in game coordinates (the canvas is scaled to fit; its box is read each time, so resizes are followed). */
export async function toPage(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const box = await page.locator('#game > canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  return { x: box.x + (x * box.width) / GAME_W, y: box.y + (y * box.height) / GAME_H };
}

export async function clickItem(page: Page, it: UiItem): Promise<void> {
  const p = await toPage(page, it.x + it.width / 2, it.y + it.height / 2);
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  await page.mouse.up();
}

export async function clickControl(page: Page, label: string, nth = 0): Promise<void> {
  await clickItem(page, await item(page, label, nth));
}

/** Presses Tab until the control labelled `label` has focus. */
export async function tabTo(page: Page, label: string, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusLabel(page)) === label) return;
    await page.keyboard.press('Tab');
  }
  expect(await focusLabel(page)).toBe(label);
}

/** The action cards of the game screen (controls whose hotkey is a card key), in order. */
export async function cards(page: Page): Promise<UiItem[]> {
  const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '-', '='];
  return (await items(page)).filter((i) => i.hotkey !== null && keys.includes(i.hotkey) && i.height > 150);
}

/** Whether a control lies fully inside the 1280×720 game and the cards' window (not scrolled away). */
export function inView(it: UiItem, right = 1112): boolean {
  return it.x >= 0 && it.x + it.width <= right + 0.5 && it.y >= 0 && it.y + it.height <= GAME_H;
}
