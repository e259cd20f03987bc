// The lesson: a 10-turn game from a start link reaches the debrief with the
// command line's code; the Setup screen offers the length and a team name
// (seen at 1280×720 and at phone size); "End now" in the game menu stops the
// game and the debrief says so; the replay, downloaded mid-game from the menu
// and at the debrief, is named after the team and verifies on the command line.
// Screenshots: test-output/screenshots/lesson-*.png.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';
import { clickControl, item, said, sceneKey, waitForScene } from './ui-helpers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'fp-lesson-'));
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

/** Runs a command-line tool of the game (sim or replay) and returns its status and output. */
function cli(script: 'sim' | 'replay', args: string[]): { status: number | null; out: string } {
  const r = spawnSync(tsx, [`src/cli/${script}.ts`, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The verification code the command line prints for an all-AI lesson game. */
function cliLessonCode(seed: string): string {
  const r = cli('sim', ['--scenario', 'north-2023', '--seed', seed, '--length', 'lesson', '--quiet']);
  expect(r.status, r.out).toBe(0);
  const m = /verification: ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})/.exec(r.out);
  if (!m?.[1]) throw new Error(`no verification line in:\n${r.out}`);
  return m[1];
}

/** Clicks a control and keeps the file it downloads; returns its suggested name and where it was saved. */
async function downloadBy(page: Page, label: string, keep: string): Promise<{ name: string; file: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, label)]);
  const file = path.join(dir, keep);
  writeFileSync(file, readFileSync((await download.path()) ?? ''));
  return { name: download.suggestedFilename(), file };
}

/** From the Start button to the game screen, through whatever screens come before it (briefing, background). */
async function reachGame(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const scene = await sceneKey(page);
        if (scene === 'Briefing') await page.keyboard.press('b');
        else if (scene !== 'Game' && scene !== 'Setup') await page.keyboard.press('Enter');
        return scene;
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe('Game');
}

describe('the lesson length, End now and team names', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a start link with length=lesson&role=none&speed=fast plays turns 11–20 to the debrief, with the command line’s code', async () => {
    const expected = cliLessonCode('classroom-1');
    const { page, errors } = await openPage(
      browser,
      `${inject('baseUrl')}?scenario=north-2023&seed=classroom-1&role=none&speed=fast&length=lesson`,
    );
    await waitForCanvas(page);
    await waitForScene(page, 'Game');
    await waitForScene(page, 'Debrief', 90_000);
    expect(await page.evaluate(() => document.body.dataset.verification)).toBe(expected);
    expect(await said(page)).toContain(`verification: ${expected}`);
    await screenshot(page, 'lesson-1-link-debrief');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sets up a lesson with a team name; the replay so far and the stopped game’s replay carry it and verify; the debrief says stopped early', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    await clickControl(page, 'New game');
    await waitForScene(page, 'Setup');
    // The hot-seat setup offers the length and the team name too.
    await page.keyboard.press('7');
    await waitForScene(page, 'HotseatSetup');
    await clickControl(page, 'Serbia');
    await clickControl(page, 'Kosovo');
    await clickControl(page, 'Lesson (10 turns)');
    expect((await item(page, 'Lesson (10 turns)')).selected).toBe(true);
    expect((await item(page, 'TEAM NAME (OPTIONAL)')).enabled).toBe(true);
    await page.waitForTimeout(200);
    await screenshot(page, 'lesson-2-hotseat-setup');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Setup');
    await clickControl(page, 'KFOR');
    await clickControl(page, 'Seed code');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('LESSON-7');
    // A name with characters a file name cannot hold: they are left out, and the screen says what was kept.
    await clickControl(page, 'TEAM NAME (OPTIONAL)');
    await page.keyboard.type('Team 3/B <Ana>');
    expect(await page.locator('#game input[aria-label="TEAM NAME (OPTIONAL)"]').inputValue()).toBe('Team 3/B <Ana>');
    await clickControl(page, 'Lesson (10 turns)');
    expect((await item(page, 'Lesson (10 turns)')).selected).toBe(true);
    expect((await item(page, 'Full game (20 turns)')).selected).toBe(false);
    expect(await said(page)).toContain('Turns 11–20 (24 May – 22 June 2023)');
    await page.waitForTimeout(200);
    await screenshot(page, 'lesson-3-setup-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(400);
    await screenshot(page, 'lesson-3-setup-phone');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForTimeout(400);

    await clickControl(page, 'Start');
    await reachGame(page);
    expect(await said(page)).toMatch(/Turn 11\b/);
    // One turn played (card 1), its results read, and the game is at turn 12.
    await page.keyboard.press('1');
    await page.keyboard.press('e');
    await waitForScene(page, 'Resolution');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Game');
    expect(await said(page)).toMatch(/Turn 12\b/);

    // The replay so far, from the menu, in the middle of the game.
    await page.keyboard.press('m');
    await waitForScene(page, 'Dialog');
    await page.waitForTimeout(150);
    await screenshot(page, 'lesson-4-menu');
    const early = await downloadBy(page, 'Download replay so far', 'so-far.replay.json');
    expect(early.name).toBe('flashpoint-LESSON-7-kfor-Team-3-B-Ana.replay.json');
    const earlyFile = JSON.parse(readFileSync(early.file, 'utf8'));
    expect(earlyFile.decisions).toHaveLength(1);
    expect(earlyFile).toMatchObject({ length: 'lesson', team: 'Team 3 B Ana', unfinished: { turn: 12, phase: 'decisions' } });
    const checkEarly = cli('replay', [early.file, '--quiet']);
    expect(checkEarly.status, checkEarly.out).toBe(0);
    expect(checkEarly.out).toContain('replay verified');

    // End now → a confirmation → the debrief, which says the game was stopped early.
    await waitForScene(page, 'Game');
    await page.keyboard.press('m');
    await waitForScene(page, 'Dialog');
    await clickControl(page, 'End now → debrief');
    await expect.poll(() => said(page)).toContain('End the game now?');
    await page.waitForTimeout(150);
    await screenshot(page, 'lesson-5-end-now-confirm');
    await clickControl(page, 'End now');
    await waitForScene(page, 'Debrief');
    expect(await said(page)).toMatch(/stopped early/i);
    await page.waitForTimeout(200);
    await screenshot(page, 'lesson-6-stopped-debrief');
    const code = await page.evaluate(() => document.body.dataset.verification);

    const final = await downloadBy(page, 'Download replay', 'stopped.replay.json');
    expect(final.name).toBe('flashpoint-LESSON-7-kfor-Team-3-B-Ana.replay.json');
    const finalFile = JSON.parse(readFileSync(final.file, 'utf8'));
    expect(finalFile).toMatchObject({ length: 'lesson', team: 'Team 3 B Ana', stopped: { turn: 12, phase: 'decisions' } });
    expect(finalFile.verification).toBe(code);
    const checkFinal = cli('replay', [final.file]);
    expect(checkFinal.status, checkFinal.out).toBe(0);
    expect(checkFinal.out).toContain('The game was stopped early');
    expect(checkFinal.out).toContain(`verification: ${code}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
