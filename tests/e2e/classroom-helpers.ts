// Helpers for the classroom and saves browser tests: scene waits, clicking
// controls by label (window.flashpointUi), and replay files made by the CLI.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { clickControl as clickUiControl, said } from './ui-helpers';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const run = promisify(execFile);

export { focusLabel, item, items, said, sceneKey, type UiItem, waitForScene } from './ui-helpers';

/** Waits until the live region says something that contains `text`. */
export async function waitForSaid(page: Page, text: string | RegExp, timeout = 30_000): Promise<string> {
  await expect
    .poll(() => said(page), { timeout })
    .toMatch(typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text);
  await page.waitForTimeout(200);
  return said(page);
}

/** Clicks a control by its label, then lets the screen react. */
export async function clickControl(page: Page, label: string, nth = 0): Promise<void> {
  await clickUiControl(page, label, nth);
  await page.waitForTimeout(150);
}

export interface CliReplay {
  file: string;
  code: string;
  stdout: string;
}

/** Plays a game with the command line and writes its replay file. */
export async function cliReplay(out: string, seed: string, role: string, policy: string): Promise<CliReplay> {
  const { stdout } = await run(TSX, ['src/cli/sim.ts', '--seed', seed, '--role', role, '--policy', policy, '--out', out, '--quiet'], {
    cwd: ROOT,
    maxBuffer: 10_000_000,
  });
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
