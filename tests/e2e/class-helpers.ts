// Driving the class game's student screens in Chromium (tests/e2e/class-*.test.ts):
// the student screen may change the game's size (a phone held upright), so
// controls are pressed through the screen's own report of its size.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { UiItem } from './ui-helpers';

/** A student's page, and whether it is tapped (a phone) or clicked. */
export interface Device {
  page: Page;
  touch: boolean;
}

const sceneOf = (page: Page) => page.locator('#announcer').getAttribute('data-scene');

export async function waitFor<T>(what: string, get: () => Promise<T> | T, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(v)?.slice(0, 300)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function waitScene(page: Page, key: string): Promise<void> {
  await waitFor(
    `scene ${key}`,
    () => sceneOf(page),
    (s) => s === key,
  );
  await page.waitForTimeout(150);
}

export async function items(page: Page): Promise<UiItem[]> {
  return page.evaluate(() => (window as unknown as { flashpointUi: { items(): UiItem[] } }).flashpointUi.items());
}

export interface Texts {
  gameWidth: number;
  gameHeight: number;
  texts: { text: string; fontSize: number }[];
}

export async function texts(page: Page): Promise<Texts> {
  return page.evaluate(() => (window as unknown as { flashpointClassTexts(): Texts }).flashpointClassTexts());
}

/** Every visible text's size in CSS pixels (font size × the canvas's scale) is at least 12. */
export async function expectReadable(page: Page, where: string): Promise<void> {
  const t = await texts(page);
  const box = await page.locator('#game > canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const scale = box.width / t.gameWidth;
  expect(t.texts.length, where).toBeGreaterThan(3);
  const small = t.texts.filter((x) => x.fontSize * scale < 12).map((x) => `${x.text.slice(0, 40)} (${(x.fontSize * scale).toFixed(1)}px)`);
  expect(small, where).toEqual([]);
}

/** Taps (phone) or clicks (laptop) a control at its centre, game coordinates to page coordinates. */
export async function press(s: Device, it: UiItem): Promise<void> {
  const t = await texts(s.page);
  const box = await s.page.locator('#game > canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const k = box.width / t.gameWidth;
  const x = box.x + (it.x + it.width / 2) * k;
  const y = box.y + (it.y + it.height / 2) * k;
  if (s.touch) await s.page.touchscreen.tap(x, y);
  else await s.page.mouse.click(x, y);
}

export async function pressLabel(s: Device, label: string | RegExp): Promise<void> {
  const list = await waitFor(
    `a control ${label}`,
    () => items(s.page),
    (l) => l.some((i) => (typeof label === 'string' ? i.label === label : label.test(i.label)) && i.enabled),
  );
  const it = list.find((i) => (typeof label === 'string' ? i.label === label : label.test(i.label)) && i.enabled);
  if (!it) throw new Error(`no control ${label}`);
  await press(s, it);
}

/** The first enabled action card (cards carry the hotkeys 1–9). */
export async function firstCard(s: Device): Promise<UiItem> {
  const list = await waitFor(
    'an enabled card',
    () => items(s.page),
    (l) => l.some((i) => i.enabled && i.hotkey !== null && /^[1-9]$/.test(i.hotkey)),
  );
  const card = list.find((i) => i.enabled && i.hotkey !== null && /^[1-9]$/.test(i.hotkey));
  if (!card) throw new Error('no card');
  return card;
}

/** The captain's order through the screen: a card, then "Send this order" (O). */
export async function orderByScreen(s: Device): Promise<void> {
  await press(s, await firstCard(s));
  const send = await waitFor(
    'the send button',
    () => items(s.page),
    (l) => l.some((i) => i.hotkey === 'o' && i.enabled),
  );
  const it = send.find((i) => i.hotkey === 'o' && i.enabled);
  if (!it) throw new Error('no send button');
  await press(s, it);
}
