// Helpers for the classroom and saves browser tests: scene waits, clicking
// controls by label (window.flashpointUi), and replay files made by the CLI.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const run = promisify(execFile);

export interface UiItem {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  enabled: boolean;
  focused: boolean;
  selected: boolean;
  hotkey: string | null;
}

export const sceneKey = (page: Page): Promise<string | null> => page.locator('#announcer').getAttribute('data-scene');
export const said = async (page: Page): Promise<string> => (await page.locator('#announcer').textContent()) ?? '';
export const focusLabel = (page: Page): Promise<string | null> => page.locator('#announcer').getAttribute('data-focus');

export async function waitForScene(page: Page, key: string, timeout = 30_000): Promise<void> {
  await expect.poll(() => sceneKey(page), { timeout }).toBe(key);
  await page.waitForTimeout(250);
}

/** Waits until the live region says something that contains `text`. */
export async function waitForSaid(page: Page, text: string | RegExp, timeout = 30_000): Promise<string> {
  await expect.poll(() => said(page), { timeout }).toMatch(typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text);
  await page.waitForTimeout(200);
  return said(page);
}

export async function items(page: Page): Promise<UiItem[]> {
  return page.evaluate(() => (window as unknown as { flashpointUi: { items(): UiItem[] } }).flashpointUi.items());
}

export async function item(page: Page, label: string, nth = 0): Promise<UiItem> {
  const all = await items(page);
  const found = all.filter((i) => i.label === label)[nth];
  if (!found) throw new Error(`no control labelled "${label}" (#${nth}) in ${JSON.stringify(all.map((i) => i.label))}`);
  return found;
}

/** Clicks a control by its label, in game coordinates mapped to the page. */
export async function clickControl(page: Page, label: string, nth = 0): Promise<void> {
  const it = await item(page, label, nth);
  const box = await page.locator('#game > canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const x = box.x + ((it.x + it.width / 2) * box.width) / 1280;
  const y = box.y + ((it.y + it.height / 2) * box.height) / 720;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForTimeout(150);
}

export interface CliReplay {
  file: string;
  code: string;
  stdout: string;
}

/** Plays a game with the command line and writes its replay file. */
export async function cliReplay(out: string, seed: string, role: string, policy: string): Promise<CliReplay> {
  const { stdout } = await run(TSX, ['src/cli/sim.ts', '--seed', seed, '--role', role, '--policy', policy, '--out', out, '--quiet'], { cwd: ROOT, maxBuffer: 10_000_000 });
  const code = /verification: ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})/.exec(stdout)?.[1];
  if (!code) throw new Error(`no verification code in:\n${stdout}`);
  return { file: out, code, stdout };
}

/** Runs jobs with at most `n` at a time. */
export async function limit<T>(n: number, jobs: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, jobs.length) }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await (jobs[i] as () => Promise<T>)();
      }
    }),
  );
  return out;
}

export const readText = (file: string): string => readFileSync(file, 'utf8');
