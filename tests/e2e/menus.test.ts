// Menus in the built game: title → setup → briefing, by mouse and by keyboard
// only, plus the sources screen and window sizes. Screenshots of every screen
// go to test-output/screenshots/menus-*.png.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';
import { clickControl, focusLabel, GAME_W, item, items, SEED_INPUT, skipIntro, tabTo, toPage, waitForScene } from './ui-helpers';

describe('menus: title → setup → briefing', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('works with the mouse: choose KFOR, type a seed, start', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    const title = await items(page);
    expect(title.map((i) => i.label)).toEqual([
      'New game',
      'Continue',
      'Load replay',
      'Class debrief',
      'How the actors think',
      'For teachers',
      'Sources & about',
      'What if? (thousands of games)',
      'History',
      // The language row, each named in itself.
      'English',
      'Srpski (latinica)',
      'Српски (ћирилица)',
      'Shqip',
    ]);
    expect(title.find((i) => i.label === 'Continue')?.enabled).toBe(false);
    await screenshot(page, 'menus-1-title');

    await clickControl(page, 'New game');
    await waitForScene(page, 'Setup');
    await clickControl(page, 'KFOR');
    expect((await item(page, 'KFOR')).selected).toBe(true);
    expect((await item(page, 'Serbia')).selected).toBe(false);

    // The seed field is a real <input> over the canvas, where the UI says it is.
    const field = await item(page, 'Seed code');
    const input = page.locator(SEED_INPUT);
    const box = await input.boundingBox();
    const expected = await toPage(page, field.x, field.y);
    expect(box).not.toBeNull();
    expect(Math.abs((box?.x ?? 0) - expected.x)).toBeLessThan(3);
    expect(Math.abs((box?.y ?? 0) - expected.y)).toBeLessThan(3);
    expect(await input.getAttribute('maxlength')).toBe('200');
    expect(await input.inputValue()).toMatch(/^[A-Z]+-\d{4}$/);

    await clickControl(page, 'Seed code');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('CLASSROOM 7 · Zvečan');
    expect(await input.inputValue()).toBe('CLASSROOM 7 · Zvečan');
    await clickControl(page, 'Hard');
    expect((await item(page, 'Hard')).selected).toBe(true);
    await page.waitForTimeout(150);
    await screenshot(page, 'menus-2-setup-mouse');

    await clickControl(page, 'Start');
    await skipIntro(page);
    await waitForScene(page, 'Briefing');
    const said = (await page.locator('#announcer').textContent()) ?? '';
    expect(said).toContain('Your role: KFOR (NATO-led Kosovo Force)');
    expect(said).toContain('Seed code: CLASSROOM 7 · Zvečan');
    expect(said).toContain('difficulty hard');
    expect(said).toContain('Zvečan / Zveçan: building local Serb staff');
    expect(await page.locator('#game input').count()).toBe(0);
    await screenshot(page, 'menus-3-briefing-mouse');

    // Back to the setup keeps the choices.
    await clickControl(page, 'Back');
    await waitForScene(page, 'Setup');
    expect((await item(page, 'KFOR')).selected).toBe(true);
    expect((await item(page, 'Hard')).selected).toBe(true);
    expect(await page.locator(SEED_INPUT).inputValue()).toBe('CLASSROOM 7 · Zvečan');
    await clickControl(page, 'Start');
    await skipIntro(page);
    await waitForScene(page, 'Briefing');

    await clickControl(page, 'Begin');
    await waitForScene(page, 'Game');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works with the keyboard only (Tab, arrows, Enter, typing)', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    expect(await focusLabel(page)).toBe('New game');
    // Arrows move down the column, Continue (disabled) is skipped; Home goes back to the first control.
    await page.keyboard.press('ArrowDown');
    expect(await focusLabel(page)).toBe('Load replay');
    await page.keyboard.press('ArrowDown');
    expect(await focusLabel(page)).toBe('What if? (thousands of games)');
    await page.keyboard.press('ArrowRight');
    expect(await focusLabel(page)).toBe('Sources & about');
    await page.keyboard.press('Home');
    expect(await focusLabel(page)).toBe('New game');
    await screenshot(page, 'menus-4-title-keyboard');
    await page.keyboard.press('Enter');

    await waitForScene(page, 'Setup');
    expect(await focusLabel(page)).toBe('Serbia');
    // Roles are two columns: Serbia | Kosovo / Kosovo Serbs | KFOR / EU | Watch.
    await page.keyboard.press('ArrowRight');
    expect(await focusLabel(page)).toBe('Kosovo');
    await page.keyboard.press('ArrowDown');
    expect(await focusLabel(page)).toBe('KFOR');
    await page.keyboard.press('ArrowLeft');
    expect(await focusLabel(page)).toBe('Kosovo Serbs');
    await page.keyboard.press('ArrowRight');
    expect(await focusLabel(page)).toBe('KFOR');
    await page.keyboard.press('Enter');
    expect((await item(page, 'KFOR')).selected).toBe(true);
    // Number keys are shortcuts: 2 = Kosovo, then back to KFOR with Space.
    await page.keyboard.press('2');
    expect((await item(page, 'Kosovo')).selected).toBe(true);
    expect(await focusLabel(page)).toBe('Kosovo');
    await page.keyboard.press('ArrowDown');
    expect(await focusLabel(page)).toBe('KFOR');
    await page.keyboard.press(' ');
    expect((await item(page, 'KFOR')).selected).toBe(true);

    await tabTo(page, 'Seed code');
    const input = page.locator(SEED_INPUT);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    // Focusing the field selects its text, so typing replaces it; digits type, not shortcuts.
    await page.keyboard.type('ZVECAN-2023');
    expect(await input.inputValue()).toBe('ZVECAN-2023');
    expect((await item(page, 'KFOR')).selected).toBe(true);
    // Shift+Tab leaves the field backwards; Tab comes back.
    await page.keyboard.press('Shift+Tab');
    expect(await focusLabel(page)).toBe('Several players (hot-seat)…');
    await page.keyboard.press('Tab');
    expect(await focusLabel(page)).toBe('Seed code');
    await page.keyboard.press('Tab');
    expect(await focusLabel(page)).toBe('Random');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('INPUT');
    await page.waitForTimeout(150);
    await screenshot(page, 'menus-5-setup-keyboard');

    await tabTo(page, 'Start');
    await page.keyboard.press('Enter');
    await skipIntro(page);
    await waitForScene(page, 'Briefing');
    const said = (await page.locator('#announcer').textContent()) ?? '';
    expect(said).toContain('Your role: KFOR (NATO-led Kosovo Force)');
    expect(said).toContain('Seed code: ZVECAN-2023');
    expect(await focusLabel(page)).toBe('Begin');
    await screenshot(page, 'menus-6-briefing-keyboard');

    // Shift+Tab twice reaches the situation and the others' list; keys then scroll it.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusLabel(page)).toBe('The situation and the other actors');
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(100);
    await screenshot(page, 'menus-7-briefing-scrolled');
    await tabTo(page, 'Begin');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Game');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows sources and goes back with Escape; empty seeds cannot start', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    await page.keyboard.press('7');
    await waitForScene(page, 'Sources');
    expect(await page.locator('#announcer').textContent()).toContain('Mitrovica e Veriut');
    await screenshot(page, 'menus-8-sources');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(100);
    await screenshot(page, 'menus-9-sources-scrolled');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Title');

    await page.keyboard.press('1');
    await waitForScene(page, 'Setup');
    await page.keyboard.press('6');
    expect((await item(page, 'Watch (all AI)')).selected).toBe(true);
    await tabTo(page, 'Seed code');
    await page.keyboard.press('Backspace');
    expect((await item(page, 'Start')).enabled).toBe(false);
    await page.waitForTimeout(100);
    await screenshot(page, 'menus-10-setup-empty-seed');
    await tabTo(page, 'Random');
    await page.keyboard.press('Enter');
    expect(await page.locator(SEED_INPUT).inputValue()).toMatch(/^[A-Z]+-\d{4}$/);
    expect((await item(page, 'Start')).enabled).toBe(true);
    await tabTo(page, 'Start');
    await page.keyboard.press('Enter');
    await skipIntro(page);
    await waitForScene(page, 'Briefing');
    expect(await page.locator('#announcer').textContent()).toContain('You are watching');
    await screenshot(page, 'menus-11-briefing-watch');
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [w, h] of [
    [1000, 600],
    [1600, 900],
    [900, 900],
  ] as const) {
    it(`fits the whole canvas in a ${w}×${h} window`, async () => {
      const page = await browser.newPage({ viewport: { width: w, height: h } });
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      await page.goto(inject('baseUrl'), { waitUntil: 'load' });
      await waitForCanvas(page);
      await waitForScene(page, 'Title');
      await page.keyboard.press('1');
      await waitForScene(page, 'Setup');
      const box = await page.locator('#game > canvas').boundingBox();
      expect(box).not.toBeNull();
      if (!box) return;
      expect(box.x).toBeGreaterThanOrEqual(-0.5);
      expect(box.y).toBeGreaterThanOrEqual(-0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(w + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(h + 0.5);
      expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
      // It fills the window in one direction.
      expect(Math.max(box.width / w, box.height / h)).toBeGreaterThan(0.98);
      // The seed field scales with the canvas.
      const field = await item(page, 'Seed code');
      const input = await page.locator(SEED_INPUT).boundingBox();
      expect(Math.abs((input?.width ?? 0) - (field.width * box.width) / GAME_W)).toBeLessThan(3);
      await screenshot(page, `menus-window-${w}x${h}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
