// Nothing lost: a game reloaded mid-way continues from its autosave to the
// same verification code as the command line; the replay downloaded at the
// debrief, opened in a fresh page, verifies with that code; a replay from a
// future format version is refused with its message.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';
import { waitForSaid } from './classroom-helpers';
import { clickControl, said, waitForScene } from './ui-helpers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'fp-continuity-'));
const SEED = 'RELOAD-12';

/** The command line's code for KFOR holding every turn (an empty decisions file: missing turns hold). */
function cliCode(): string {
  const file = path.join(dir, 'none.json');
  writeFileSync(file, '[]');
  const r = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['src/cli/sim.ts', '--seed', SEED, '--role', 'kfor', '--decisions', file, '--quiet'],
    { cwd: root, encoding: 'utf8' },
  );
  expect(r.status, r.stderr).toBe(0);
  const m = /verification: (\S+)/.exec(r.stdout);
  if (!m?.[1]) throw new Error(r.stdout);
  return m[1];
}

/** Plays turns as KFOR with card 1 (routine patrols, free) until `untilTurn` or the end. */
async function holdTurns(page: Page, untilTurn: number): Promise<void> {
  for (;;) {
    const scene = await page.locator('#announcer').getAttribute('data-scene');
    if (scene === 'Debrief') return;
    if (scene === 'Resolution') {
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#announcer')?.getAttribute('data-scene') !== 'Resolution');
      continue;
    }
    await waitForScene(page, 'Game');
    const turn = Number(/Turn (\d+)/i.exec(await said(page))?.[1] ?? '0');
    if (turn > untilTurn) return;
    await page.keyboard.press('1');
    await page.keyboard.press('e');
    await page.waitForFunction(() => document.querySelector('#announcer')?.getAttribute('data-scene') !== 'Game', undefined, {
      timeout: 30_000,
    });
  }
}

describe('continuity', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reloads mid-game, continues from the autosave, and ends with the command line’s code; its replay verifies in a fresh page', async () => {
    const expected = cliCode();
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?scenario=north-2023&seed=${SEED}&role=kfor`);
    await waitForCanvas(page);
    await waitForScene(page, 'Briefing');
    await page.keyboard.press('b');
    await holdTurns(page, 6);
    // A closed tab, a school bell: the page is reloaded (without the link) and the game continued.
    await page.goto(inject('baseUrl'));
    await waitForScene(page, 'Title');
    await clickControl(page, 'Continue');
    await waitForScene(page, 'SavedGames');
    await clickControl(page, 'Continue');
    await waitForScene(page, 'Game');
    expect(await said(page)).toMatch(/Turn 7/i);
    await holdTurns(page, 99);
    await waitForScene(page, 'Debrief');
    expect(await page.evaluate(() => document.body.dataset.verification)).toBe(expected);
    const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'Download replay')]);
    const file = path.join(dir, 'downloaded.replay.json');
    writeFileSync(file, readFileSync((await download.path()) ?? ''));
    expect(errors).toEqual([]);
    await page.close();

    const fresh = await openPage(browser, inject('baseUrl'));
    await waitForScene(fresh.page, 'Title');
    await fresh.page.keyboard.press('3');
    await waitForScene(fresh.page, 'ReplayViewer');
    await fresh.page.setInputFiles('input[data-picker="replay"]', file);
    await waitForSaid(fresh.page, `✔ Verified: re-playing it gives the code ${expected}, the same as the file.`);
    await screenshot(fresh.page, 'continuity-replay-verified');
    expect(fresh.errors).toEqual([]);
    await fresh.page.close();
  });

  it('refuses a replay from a future format version, saying so, and stays usable', async () => {
    const file = path.join(dir, 'future.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'flashpoint-replay/9',
        scenario: { id: 'north-2023', version: 1 },
        seed: 'x',
        roles: [],
        decisions: [],
        verification: '0000-0000-0000',
      }),
    );
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await waitForScene(page, 'Title');
    await page.keyboard.press('3');
    await waitForScene(page, 'ReplayViewer');
    await page.setInputFiles('input[data-picker="replay"]', file);
    await waitForSaid(page, 'unsupported replay format "flashpoint-replay/9"');
    await screenshot(page, 'continuity-future-replay');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Title');
    expect(errors).toEqual([]);
    await page.close();
  });
});
