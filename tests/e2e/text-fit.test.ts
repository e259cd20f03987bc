// Text that fits: every screen in every language (and the pseudo-language
// en-XA, English made 40% longer) at 1280×720, with each text on screen
// measured against the space it was given (window.flashpointUi.texts()): a
// text wider or taller than the width or height it was laid out for, outside
// the control it belongs to, off the screen, running into a control it does
// not belong to (over or under a button beside it), or cut with "…" fails,
// except seeds and file names (text from players and files, cut on purpose).
// Screenshots go to test-output/screenshots/fit-<language>-*.png.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../src/text/languages';
import type { UiTextInfo } from '../../src/ui/widgets';
import { launchBrowser, openPage, SCREENSHOT_DIR, screenshot, waitForCanvas } from './browser';
import { type CliReplay, cliReplay } from './classroom-helpers';
import { GAME_H, GAME_W, items, sceneKey, waitForScene } from './ui-helpers';

const TAGS = [...LANGUAGES.map((l) => l.tag), 'en-XA'];
/** Half a pixel of rounding either way. */
const SLACK = 1;

let browser: Browser;
let dir = '';
let replay: CliReplay;
let other: CliReplay;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'fp-fit-'));
  browser = await launchBrowser();
  [replay, other] = await Promise.all([
    cliReplay(path.join(dir, 'fit-a.json'), 'FIT-REPLAY', 'kfor', 'historical'),
    cliReplay(path.join(dir, 'fit-b.json'), 'FIT-OTHER', 'serbia', 'dove'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const texts = (page: Page): Promise<UiTextInfo[]> =>
  page.evaluate(() => (window as unknown as { flashpointUi: { texts(): UiTextInfo[] } }).flashpointUi.texts());

const px = (n: number) => Math.round(n);

/** What is wrong with one text, or null. */
function misfit(t: UiTextInfo): string | null {
  if (t.cut && t.cutOnPurpose === null) return 'cut with …';
  if (t.splitWord) return 'a word broken across lines';
  if (t.fitWidth !== null && t.width > t.fitWidth + SLACK) return `${px(t.width)} px wide in ${px(t.fitWidth)}`;
  if (t.fitHeight !== null && t.height > t.fitHeight + SLACK) return `${px(t.height)} px tall in ${px(t.fitHeight)}`;
  const c = t.control ?? { x: 0, y: 0, width: GAME_W, height: GAME_H };
  const where = t.control ? 'its control' : 'the screen';
  if (t.x < c.x - SLACK || t.x + t.width > c.x + c.width + SLACK)
    return `out of ${where} sideways (${px(t.x)}…${px(t.x + t.width)} in ${px(c.x)}…${px(c.x + c.width)})`;
  if (t.y < c.y - SLACK || t.y + t.height > c.y + c.height + SLACK)
    return `out of ${where} vertically (${px(t.y)}…${px(t.y + t.height)} in ${px(c.y)}…${px(c.y + c.height)})`;
  const o = t.overlaps;
  if (o)
    return `runs into the control at ${px(o.x)},${px(o.y)} ${px(o.width)}×${px(o.height)} (text at ${px(t.x)},${px(t.y)} ${px(t.width)}×${px(t.height)})`;
  return null;
}

/** Visits the screens of one language, collecting every text that does not fit. */
class Visit {
  readonly problems: string[] = [];
  private n = 0;
  constructor(
    readonly page: Page,
    readonly tag: string,
  ) {}

  async open(query: string, scene: string): Promise<void> {
    const sep = query ? '&' : '';
    await this.page.goto(`${inject('baseUrl')}?${query}${sep}lang=${this.tag}`, { waitUntil: 'load' });
    await waitForCanvas(this.page);
    await waitForScene(this.page, scene, 60_000);
  }

  async key(key: string, scene?: string): Promise<void> {
    await this.page.keyboard.press(key);
    if (scene) await waitForScene(this.page, scene, 60_000);
    else await this.page.waitForTimeout(250);
  }

  /** Checks the screen as it is now and takes its screenshot (unless `shot` is false). */
  async check(name: string, shot = true): Promise<void> {
    await this.page.waitForTimeout(300);
    if (shot) {
      this.n++;
      await screenshot(this.page, `fit-${this.tag}-${String(this.n).padStart(2, '0')}-${name}`);
    }
    for (const t of await texts(this.page)) {
      const why = misfit(t);
      if (why) this.problems.push(`${name} (${t.scene}): "${t.text.replace(/\s+/g, ' ').slice(0, 80)}" ${why}`);
    }
  }

  /** Waits until a control with this hotkey is on screen (a file has been read). */
  async untilKey(hotkey: string): Promise<void> {
    await expect.poll(async () => (await items(this.page)).some((i) => i.hotkey === hotkey), { timeout: 30_000 }).toBe(true);
  }
}

/** Runs one part of the visit; a screen that cannot be reached is a problem of its own, and the visit goes on. */
async function part(v: Visit, name: string, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (e) {
    v.problems.push(`${name}: not reached (${String(e).split('\n')[0]})`);
  }
}

async function visitAll(v: Visit): Promise<void> {
  const { page } = v;
  const game = `scenario=north-2023&seed=FIT-${v.tag}&role=kfor`;
  // Title, setup (a role chosen), hot-seat setup.
  await part(v, 'title', async () => {
    await v.open('', 'Title');
    await v.check('title');
    await v.key('1', 'Setup');
    // Every role's panel (each has its own objectives), KFOR's last with a screenshot.
    for (const role of ['1', '2', '3', '5', '6']) {
      await v.key(role);
      await v.check(`setup-role-${role}`, false);
    }
    await v.key('4');
    await v.check('setup');
    await v.key('7', 'HotseatSetup');
    await v.key('2');
    await v.key('4');
    await v.check('hotseat-setup');
  });
  // The history, the actors' minds, the teacher guide, sources and assumptions, What if?
  await part(v, 'background', async () => {
    await v.open('', 'Title');
    await v.key('9', 'Background');
    await v.check('background');
    await v.key('n');
    await v.check('history');
  });
  await part(v, 'actor-mind', async () => {
    await v.open('', 'Title');
    await v.key('5', 'ActorMind');
    for (const actor of ['2', '3', '4', '5', '6', '7', '8']) {
      await v.key(actor);
      await v.check(`actor-mind-${actor}`, false);
    }
    await v.key('1');
    await v.check('actor-mind');
    await v.key('Escape', 'Title');
    await v.key('6', 'TeacherGuide');
    await v.check('teacher-guide');
    await v.key('Escape', 'Title');
    await v.key('7', 'Sources');
    await v.check('sources');
    await v.key('a', 'DesignAssumptions');
    await v.check('design-assumptions');
  });
  await part(v, 'whatif', async () => {
    await v.open('', 'Title');
    await v.key('8', 'WhatIf');
    await v.check('whatif');
  });
  // Class debrief, replay viewer, branch compare.
  await part(v, 'class-debrief-empty', async () => {
    await v.open('', 'Title');
    await v.key('4', 'ClassDebrief');
    await v.check('class-debrief-empty');
    await page.setInputFiles('input[data-picker="class"]', [replay.file, other.file]);
    await v.untilKey('x');
    await v.check('class-debrief');
  });
  await part(v, 'replay-empty', async () => {
    await v.open('', 'Title');
    await v.key('3', 'ReplayViewer');
    await v.check('replay-empty');
    await page.setInputFiles('input[data-picker="replay"]', replay.file);
    await v.untilKey('t');
    await v.check('replay');
    await page.setInputFiles('input[data-picker="compare"]', other.file);
    await waitForScene(page, 'BranchCompare');
    await v.check('branch-compare');

    // A game: briefing, glossary, the game (first-turn guide, then a card chosen), resolution, debrief.
  });
  await part(v, 'glossary', async () => {
    await v.open(game, 'Briefing');
    await v.key('g', 'Glossary');
    await v.check('glossary');
  });
  await part(v, 'briefing', async () => {
    await v.open(game, 'Briefing');
    await v.check('briefing');
    await v.key('Enter', 'Game');
    await v.check('game-guide');
    await v.key('s');
    await v.key('1');
    await v.check('game-card');
    await v.key('e');
    if ((await sceneKey(page)) === 'Game') await v.key('Enter');
    await waitForScene(page, 'Resolution', 60_000);
    await v.check('resolution');
    await v.key('Enter', 'Game');
    await v.key('m', 'Dialog');
    await v.check('game-menu');
    await v.key('e');
    await v.key('y', 'Debrief');
    await v.check('debrief');
    await v.key('w', 'Background');
    await v.check('epilogue');
  });
  // Saved games (the game above was saved), pass the device, a refused link's notice.
  await part(v, 'saved-games', async () => {
    await v.open('', 'Title');
    await v.key('2', 'SavedGames');
    await v.check('saved-games');
  });
  await part(v, 'pass-device', async () => {
    await v.open(`scenario=north-2023&seed=FIT-${v.tag}&role=serbia,kosovo`, 'Briefing');
    await v.key('Enter', 'PassDevice');
    await v.check('pass-device');
  });
  await part(v, 'notice', async () => {
    await v.open('scenario=atlantis&seed=x', 'Title');
    await v.check('notice');
  });
}

describe('text that fits, in every language', () => {
  for (const tag of TAGS) {
    it(`fits every screen in ${tag}`, { timeout: 300_000 }, async () => {
      const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=${tag}`);
      const visit = new Visit(page, tag);
      // Last run's screenshots of this language go first, so none is left over from a screen since renamed (a fresh checkout has none).
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      for (const f of readdirSync(SCREENSHOT_DIR, { withFileTypes: true }))
        if (f.isFile() && f.name.startsWith(`fit-${tag}-`)) rmSync(path.join(SCREENSHOT_DIR, f.name));
      try {
        await visitAll(visit);
      } finally {
        if (visit.problems.length) console.log(`${tag}:\n${visit.problems.join('\n')}`);
        await page.close();
      }
      expect(visit.problems).toEqual([]);
      // Leaving a page for the next link aborts the chunks it was still preloading: not an error.
      expect(errors.filter((e) => !/^requestfailed: .* net::ERR_ABORTED$/.test(e))).toEqual([]);
    });
  }
});
