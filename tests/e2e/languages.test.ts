// The game in its four languages: each named in itself on the title screen,
// chosen there and remembered, taken from the browser on a first visit and
// from a start link's &lang=; a game watched in Albanian ends with the same
// verification code as the command line's, and a replay downloaded in
// Albanian opens verified in Serbian.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { scenarioCards } from '../../src/scenarios';
import type { ScenarioCard } from '../../src/sim/types';
import { LANGUAGES, loadLanguage } from '../../src/text/languages';
import { type Messages, messagesFor } from '../../src/text/messages';
import { launchBrowser, screenshot, waitForCanvas } from './browser';
import { clickControl, items, said, waitForScene } from './ui-helpers';

const SEED = 'classroom-1';
let browser: Browser;
let card: ScenarioCard;
let cliCode = '';
const dir = mkdtempSync(join(tmpdir(), 'fp-languages-'));
const words = (tag: string): Messages => messagesFor(card, tag);

function codeOfCli(seed: string): string {
  const r = spawnSync('npx', ['tsx', 'src/cli/sim.ts', '--scenario', 'north-2023', '--seed', seed, '--quiet'], { encoding: 'utf8' });
  const m = /verification: ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})/.exec(r.stdout);
  if (!m?.[1]) throw new Error(`no verification line in:\n${r.stdout}\n${r.stderr}`);
  return m[1];
}

/** A page in a fresh browser profile (nothing remembered), with the browser's language set. */
async function freshPage(
  path: string,
  locale = 'en-GB',
  viewport = { width: 1280, height: 720 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale, viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await page.goto(`${inject('baseUrl')}${path}`, { waitUntil: 'load' });
  await waitForCanvas(page);
  return { page, errors };
}

const labels = async (page: Page): Promise<string[]> => (await items(page)).map((i) => i.label);

async function waitForLabel(page: Page, label: string, timeout = 20_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await labels(page)).includes(label)) {
    if (Date.now() > until) throw new Error(`no control "${label}" in: ${(await labels(page)).join(' | ')}`);
    await page.waitForTimeout(100);
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  const loaded = await scenarioCards['north-2023']?.();
  if (!loaded) throw new Error('north-2023 has a card');
  card = loaded;
  for (const l of LANGUAGES) await loadLanguage(l.tag, [card]);
  cliCode = codeOfCli(SEED);
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the title screen', () => {
  it.each(LANGUAGES.map((l) => [l.tag]))('in %s names every language in itself and shows its own words', async (tag) => {
    const { page, errors } = await freshPage(`?lang=${tag}`);
    await waitForScene(page, 'Title');
    const shown = await labels(page);
    for (const l of LANGUAGES) expect(shown).toContain(l.selfName);
    expect(shown).toContain(words(tag).t('title.new-game'));
    expect(shown).toContain(words(tag).t('title.teachers'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(tag);
    expect(await page.title()).toBe(words(tag).t('title.game'));
    expect((await items(page)).find((i) => i.label === LANGUAGES.find((l) => l.tag === tag)?.selfName)?.selected).toBe(true);
    await screenshot(page, `languages-title-${tag}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await screenshot(page, `languages-title-${tag}-phone`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the game in the language chosen there, and remembers it on the next visit', async () => {
    const { page } = await freshPage('');
    await waitForScene(page, 'Title');
    expect(await labels(page)).toContain(words('en').t('title.new-game'));
    await clickControl(page, 'Shqip');
    await waitForLabel(page, words('sq').t('title.new-game'));
    expect(await said(page)).toContain('Shqip');
    await page.reload({ waitUntil: 'load' });
    await waitForScene(page, 'Title');
    await waitForLabel(page, words('sq').t('title.new-game'));
    await clickControl(page, 'Српски (ћирилица)');
    await waitForLabel(page, words('sr-Cyrl').t('title.new-game'));
    expect(words('sr-Cyrl').t('title.new-game')).toMatch(/[\u0400-\u04ff]/);
    await page.context().close();
  });

  it('opens in the browser’s language on a first visit', async () => {
    const albanian = await freshPage('', 'sq-AL');
    await waitForScene(albanian.page, 'Title');
    await waitForLabel(albanian.page, words('sq').t('title.new-game'));
    await albanian.page.context().close();
    const serbian = await freshPage('', 'sr-RS');
    await waitForScene(serbian.page, 'Title');
    await waitForLabel(serbian.page, words('sr-Cyrl').t('title.new-game'));
    await serbian.page.context().close();
  });

  it('says so when a link asks for a language the game does not have, and shows the title in English', async () => {
    const { page, errors } = await freshPage('?lang=tlh');
    await waitForScene(page, 'Title');
    expect(await said(page)).toContain('tlh');
    expect(await labels(page)).toContain(words('en').t('title.new-game'));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a game in Albanian', () => {
  it('reaches the debrief from a start link with the command line’s code, and its replay opens verified in Serbian', async () => {
    const { page, errors } = await freshPage(`?lang=sq&scenario=north-2023&seed=${SEED}&role=none&speed=fast`);
    await waitForScene(page, 'Debrief', 180_000);
    expect(await page.evaluate(() => document.body.dataset.verification)).toBe(cliCode);
    expect(await labels(page)).toContain(words('sq').t('debrief.button.download'));
    await screenshot(page, 'languages-debrief-sq');
    const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, words('sq').t('debrief.button.download'))]);
    const file = join(dir, 'albanian.replay.json');
    writeFileSync(file, readFileSync((await download.path()) ?? ''));
    expect(errors).toEqual([]);
    await page.context().close();

    const serbian = await freshPage('?lang=sr-Latn');
    await waitForScene(serbian.page, 'Title');
    await clickControl(serbian.page, words('sr-Latn').t('title.load-replay'));
    await waitForScene(serbian.page, 'ReplayViewer');
    await serbian.page.setInputFiles('input[data-picker="replay"]', file);
    const verified = words('sr-Latn').t('replay.spoken.verified', { code: cliCode });
    const until = Date.now() + 30_000;
    while (!(await said(serbian.page)).includes(verified) && Date.now() < until) await serbian.page.waitForTimeout(200);
    expect(await said(serbian.page)).toContain(verified);
    await screenshot(serbian.page, 'languages-replay-sq-in-sr-Latn');
    await serbian.page.context().close();
  });
});
