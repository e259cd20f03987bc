// Plates and barricades (plates-2022) in the built page: a start link with
// role=none&speed=fast plays to the debrief with the command line's code, and
// the briefing of a role reads on a laptop and a phone. Screenshots:
// test-output/screenshots/plates-*.png.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';
import { clickControl, clickItem, focusLabel, item, items, said, skipIntro, type UiItem, waitForScene } from './ui-helpers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function cliCode(seed: string): string {
  const r = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['src/cli/sim.ts', '--scenario', 'plates-2022', '--seed', seed, '--quiet'],
    { cwd: root, encoding: 'utf8' },
  );
  expect(r.status, r.stderr).toBe(0);
  const m = /verification: ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})/.exec(r.stdout);
  if (!m?.[1]) throw new Error(`no verification line in:\n${r.stdout}`);
  return m[1];
}

describe('plates-2022 in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('role=none&speed=fast plays to the debrief on its own, with the command line’s code', async () => {
    const expected = cliCode('classroom-1');
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?scenario=plates-2022&seed=classroom-1&role=none&speed=fast`);
    await waitForCanvas(page);
    await waitForScene(page, 'Game');
    await page.waitForTimeout(600);
    await screenshot(page, 'plates-1-fast-playing');
    await waitForScene(page, 'Debrief', 90_000);
    const code = await page.evaluate(() => document.body.dataset.verification);
    expect(code).toBe(expected);
    expect(await said(page)).toContain(`verification: ${expected}`);
    // The history column's sources and the key help name this scenario's year, not 2023.
    expect((await item(page, '2022 sources ↗')).hotkey).toBe('s');
    await screenshot(page, 'plates-2-debrief');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is chosen on the New game screen, beside North 2023, for one player and for hot-seat', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    await clickControl(page, 'New game');
    await waitForScene(page, 'Setup');
    // Every scenario of the registry, North 2023 first, with its short name and dates.
    const choices = (await items(page)).filter((i) => i.label.includes(' · '));
    expect(choices.map((i) => i.label)).toEqual(['North 2023 · April–June 2023', 'Plates 2022 · July–December 2022']);
    expect(choices.map((i) => i.selected)).toEqual([true, false]);
    await clickControl(page, 'Plates 2022 · July–December 2022');
    await waitForScene(page, 'Setup');
    expect((await item(page, 'Plates 2022 · July–December 2022')).selected).toBe(true);
    expect((await item(page, 'North 2023 · April–June 2023')).selected).toBe(false);
    expect(await focusLabel(page)).toBe('Plates 2022 · July–December 2022');
    expect(await said(page)).toContain('Plates and barricades');
    // Arrow keys reach the other scenario; Enter chooses it, and back.
    await page.keyboard.press('ArrowLeft');
    expect(await focusLabel(page)).toBe('North 2023 · April–June 2023');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Setup');
    expect((await item(page, 'North 2023 · April–June 2023')).selected).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Setup');
    expect((await item(page, 'Plates 2022 · July–December 2022')).selected).toBe(true);
    await page.waitForTimeout(150);
    await screenshot(page, 'plates-4-setup');

    // One player: the briefing is plates-2022's.
    await clickControl(page, 'Start');
    await skipIntro(page);
    await waitForScene(page, 'Briefing');
    expect(await said(page)).toContain('Plates 2022');

    // Back, then hot-seat: the scenario comes along, and the hot-seat screen's Back returns to it.
    await clickControl(page, 'Back');
    await waitForScene(page, 'Setup');
    expect((await item(page, 'Plates 2022 · July–December 2022')).selected).toBe(true);
    await page.keyboard.press('7');
    await waitForScene(page, 'HotseatSetup');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Setup');
    expect((await item(page, 'Plates 2022 · July–December 2022')).selected).toBe(true);
    await page.keyboard.press('7');
    await waitForScene(page, 'HotseatSetup');
    await clickControl(page, 'Serbia');
    await clickControl(page, 'Kosovo');
    await clickControl(page, 'Start');
    await skipIntro(page);
    await waitForScene(page, 'Briefing');
    const briefing = await said(page);
    expect(briefing).toContain('Plates 2022');
    expect(briefing).toContain('hot-seat for 2 players');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows both scenarios on the New game screen in Albanian, Serbian and the pseudo-language', async () => {
    for (const lang of ['sq', 'sr-Latn', 'en-XA']) {
      const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=${lang}`);
      await waitForCanvas(page);
      await waitForScene(page, 'Title');
      await page.keyboard.press('1');
      await waitForScene(page, 'Setup');
      const choices = (await items(page)).filter((i) => i.label.includes(' · '));
      expect(choices, lang).toHaveLength(2);
      await page.waitForTimeout(150);
      await screenshot(page, `plates-5-setup-${lang}`);
      await clickItem(page, choices[1] as UiItem);
      await waitForScene(page, 'Setup');
      expect((await items(page)).find((i) => i.label === choices[1]?.label)?.selected, lang).toBe(true);
      await page.waitForTimeout(150);
      await screenshot(page, `plates-6-setup-plates-${lang}`);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('opens a role’s briefing from a start link, on a laptop and on a phone', async () => {
    for (const [name, size] of [
      ['laptop', { width: 1280, height: 720 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const { page, errors } = await openPage(
        browser,
        `${inject('baseUrl')}?scenario=plates-2022&seed=JARINJE-2210&role=serbs&length=lesson`,
      );
      await page.setViewportSize(size);
      await waitForCanvas(page);
      await waitForScene(page, 'Briefing');
      await page.waitForTimeout(600);
      await screenshot(page, `plates-3-briefing-${name}`);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
