// The screens in the pseudo-language en-XA (every message accented and about
// 40% longer): nothing is left in English, nothing breaks, and a game gives the
// same verification code as in English and on the command line.
import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../src/text/languages';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';
import { items, said, waitForScene } from './ui-helpers';

const SEED = 'PSEUDO-7';

/** The code the command line prints for an all-AI game of this seed (in English). */
function cliCode(): string {
  const r = spawnSync('npx', ['tsx', 'src/cli/sim.ts', '--scenario', 'north-2023', '--seed', SEED, '--quiet'], { encoding: 'utf8' });
  const m = /verification: ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})/.exec(r.stdout);
  if (!m?.[1]) throw new Error(`no verification line in:\n${r.stdout}\n${r.stderr}`);
  return m[1];
}

/** The languages' names in themselves ("English", "Shqip"): the same in every language, the pseudo-language too. */
const LANGUAGE_NAMES = new Set(LANGUAGES.flatMap((l) => l.selfName.match(/[A-Za-z]+/g) ?? []));

/** English words of four letters or more with no accented letter: what the pseudo-language never shows. */
const plainEnglish = (text: string): string[] =>
  (text.match(/\b[A-Za-z]{4,}\b/g) ?? []).filter(
    (w) => !['Esc', 'Enter', 'Space', 'Tab', 'Shift', 'KFOR', 'NATO'].includes(w) && !LANGUAGE_NAMES.has(w),
  );

async function watchToDebrief(page: Page): Promise<string> {
  await waitForScene(page, 'Debrief', 120_000);
  return page.evaluate(() => document.body.dataset.verification ?? '');
}

describe('the pseudo-language en-XA', () => {
  let browser: Browser;
  let expected = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    expected = cliCode();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the title screen with every control label changed', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=en-XA`);
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    const labels = (await items(page)).map((i) => i.label);
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) expect(plainEnglish(label), label).toEqual([]);
    expect(plainEnglish(await said(page))).toEqual([]);
    await screenshot(page, 'pseudo-1-title');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('watches a whole game to the debrief with the same code as in English and on the command line', async () => {
    const link = `scenario=north-2023&seed=${SEED}&role=none&speed=fast`;
    const pseudo = await openPage(browser, `${inject('baseUrl')}?${link}&lang=en-XA`);
    const pseudoCode = await watchToDebrief(pseudo.page);
    expect(plainEnglish(await said(pseudo.page)).length).toBeLessThan(3);
    await screenshot(pseudo.page, 'pseudo-2-debrief');
    expect(pseudo.errors).toEqual([]);
    await pseudo.page.close();

    const english = await openPage(browser, `${inject('baseUrl')}?${link}&lang=en`);
    const englishCode = await watchToDebrief(english.page);
    await english.page.close();

    expect(pseudoCode).toBe(expected);
    expect(englishCode).toBe(expected);
  });

  it('opens the game screen for a player, with the action cards in the pseudo-language', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?scenario=north-2023&seed=${SEED}&role=kfor&lang=en-XA`);
    await waitForScene(page, 'Briefing', 60_000);
    await screenshot(page, 'pseudo-3-briefing');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Game', 60_000);
    const labels = (await items(page)).map((i) => i.label);
    expect(labels.filter((l) => plainEnglish(l).length > 0)).toEqual([]);
    await screenshot(page, 'pseudo-4-game');
    expect(errors).toEqual([]);
    await page.close();
  });
});
