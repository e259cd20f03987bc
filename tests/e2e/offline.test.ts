// Offline after the first visit (vite-plugin-pwa / Workbox, vite.config.ts):
// the web manifest is served with its icons; the service worker precaches the
// whole build; once it controls the page, the network can go: the title comes
// up again and a whole start-link game plays to the debrief, with the command
// line's verification code.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveDir } from '../../bench/serve';
import { COLORS, css } from '../../src/ui/theme';
import { launchBrowser, screenshot, waitForCanvas } from './browser';
import { items, said, waitForScene } from './ui-helpers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEED = 'OFFLINE-1';

/** The code the command line prints for an all-AI game of this seed. */
function cliCode(): string {
  const r = spawnSync('npx', ['tsx', 'src/cli/sim.ts', '--scenario', 'north-2023', '--seed', SEED, '--quiet'], { encoding: 'utf8' });
  const m = /verification: ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})/.exec(r.stdout);
  if (!m?.[1]) throw new Error(`no verification line in:\n${r.stdout}\n${r.stderr}`);
  return m[1];
}

/** Every file of the build a game may need: what the service worker must hold. */
function builtFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(root, 'dist', dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.posix.join(dir, e.name)) : [path.posix.join(dir, e.name)],
    );
  return walk('.')
    .map((f) => f.replace(/^\.\//, ''))
    .filter((f) => /\.(js|css|html|woff2|png|svg|webmanifest)$/.test(f))
    .filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f)); // the worker itself is not in its own cache
}

/** Waits until the page's service worker is active, then reloads until it controls the page. */
async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  for (let i = 0; i < 3; i++) {
    if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) return;
    await page.reload({ waitUntil: 'load' });
  }
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

describe('offline after the first visit', () => {
  let browser: Browser;
  let context: BrowserContext;
  let expected = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    expected = cliCode();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('serves a web manifest that names the game, its colours and its icons', async () => {
    const base = inject('baseUrl');
    const html = await (await fetch(base)).text();
    const href = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBeTruthy();
    const url = new URL(href ?? '', base);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    const manifest = (await res.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      scope: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.name).toBe('Flashpoint: North Kosovo');
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url.startsWith('/') || /^\w+:/.test(manifest.start_url)).toBe(false); // relative: works under any path
    expect(manifest.theme_color).toBe(css(COLORS.bg));
    expect(manifest.background_color).toBe(css(COLORS.bg));
    const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons) {
      const png = await fetch(new URL(icon.src, url));
      expect(png.status, icon.src).toBe(200);
      expect(png.headers.get('content-type')).toContain('image/png');
      const bytes = new Uint8Array(await png.arrayBuffer());
      // The PNG header's width and height match the size the manifest gives.
      const view = new DataView(bytes.buffer);
      expect(`${view.getUint32(16)}x${view.getUint32(20)}`).toBe(icon.sizes);
    }
  });

  it('precaches every built file, then plays a whole game offline to the debrief with the command line’s code', async () => {
    const base = inject('baseUrl');
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    page.on('requestfailed', (req) => errors.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ''}`));

    // The first visit, online: the service worker installs and precaches the game.
    await page.goto(base, { waitUntil: 'load' });
    await waitForScene(page, 'Title');
    // The page says so once the whole game is cached (src/ui/offline.ts).
    await expect.poll(() => page.evaluate(() => document.body.dataset.offlineReady ?? ''), { timeout: 30_000 }).toBe('true');
    await untilControlled(page);

    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname.replace(/^\//, ''));
      }
      return urls;
    });
    const missing = builtFiles().filter((f) => !cached.includes(f));
    expect(missing).toEqual([]);

    // The network goes; the game comes back from the cache.
    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // A start link, offline: every screen and engine chunk comes from the cache.
    await page.goto(`${base}?scenario=north-2023&seed=${SEED}&role=none&speed=fast`, { waitUntil: 'load' });
    await waitForScene(page, 'Debrief', 120_000);
    const code = await page.evaluate(() => document.body.dataset.verification ?? '');
    await screenshot(page, 'offline-debrief');
    expect(code).toBe(expected);
    expect(errors).toEqual([]);
    await context.setOffline(false);
  });

  it('announces a new version on the title screen only, and reloads into it', async () => {
    // A copy of the build whose service worker can change under the page.
    const dir = path.join(root, 'test-output', 'offline-update-dist');
    rmSync(dir, { recursive: true, force: true });
    cpSync(path.join(root, 'dist'), dir, { recursive: true });
    const served = await serveDir(dir);
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      await page.goto(served.url, { waitUntil: 'load' });
      await waitForScene(page, 'Title');
      await untilControlled(page);
      await waitForScene(page, 'Title');
      const labels = async () => (await items(page)).map((i) => i.label);
      expect(await labels()).not.toContain('Reload');

      // Away from the title (here the setup of a new game), a new version arrives…
      await page.keyboard.press('1');
      await waitForScene(page, 'Setup');
      const sw = path.join(dir, 'sw.js');
      writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// a new version\n`);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await expect.poll(() => page.evaluate(() => document.body.dataset.updateWaiting ?? ''), { timeout: 30_000 }).toBe('true');
      // …and waits: nothing is offered or swapped while the player is busy.
      await page.waitForTimeout(500);
      expect(await labels()).not.toContain('Reload');
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);

      // Back on the title, the prompt says so, with a Reload control.
      await page.keyboard.press('Escape');
      await waitForScene(page, 'Title');
      expect(await labels()).toContain('Reload');
      expect(await said(page)).toContain('A new version of the game is ready.');
      await screenshot(page, 'offline-update-prompt');

      // Reload (R): the new version takes over and the title comes back without the prompt.
      const reloaded = page.waitForEvent('load', { timeout: 30_000 });
      await page.keyboard.press('r');
      await reloaded;
      await waitForScene(page, 'Title');
      expect(await labels()).not.toContain('Reload');
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBe(null);

      // A version that arrives while the title is open is offered at once.
      writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// another version\n`);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await expect.poll(labels, { timeout: 30_000 }).toContain('Reload');
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
      served.server.close();
    }
  });
});
