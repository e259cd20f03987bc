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
import { said, waitForScene } from './ui-helpers';

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
    await screenshot(page, 'plates-2-debrief');
    expect(errors).toEqual([]);
    await page.close();
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
