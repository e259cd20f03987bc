// The classroom and replay screens in the built game (headless Chromium):
// replay files made by the command line, opened by file picker, drag and
// drop and link; verification and its failures; stepping, taking over,
// comparing endings; the class debrief of 30 CLI games and a corrupted file,
// with CSV and print; how the actors think; the teacher's guide; start links.
// Screenshots of every screen go to test-output/screenshots/classroom-*.png.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { north2023 } from '../../src/scenarios/north-2023';
import { readClassFiles } from '../../src/sim/replay-tools';
import type { Outcome } from '../../src/sim/types';
import { encodeReplayParam } from '../../src/ui/replay-link';
import { launchBrowser, openPage, SCREENSHOT_DIR, screenshot, waitForCanvas } from './browser';
import { type CliReplay, clickControl, cliReplay, focusLabel, item, limit, said, waitForSaid, waitForScene } from './classroom-helpers';

const XSS_SEED = '<img src=x onerror="window.__pwned=1">';
const XSS_NAME = '<img src=x onerror="window.__pwned=2">.json';
const POLICIES = ['dove', 'hawk', 'historical', 'random'] as const;
const OTHER_ROLES = ['serbia', 'kosovo', 'serbs', 'kfor', 'eu'] as const;

let dir = '';
let browser: Browser;
let viewer: CliReplay;
let xss: CliReplay;
let classFiles: string[] = [];
let corrupt = '';
let expected: Record<Outcome, number> = { settlement: 0, 'last-turn': 0, war: 0, stopped: 0 };

async function open(url = inject('baseUrl')): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, url);
  await waitForCanvas(opened.page);
  return opened;
}

async function openViewer(page: Page): Promise<void> {
  await waitForScene(page, 'Title');
  await clickControl(page, 'Load replay');
  await waitForScene(page, 'ReplayViewer');
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'fp-classroom-'));
  browser = await launchBrowser();
  // 30 games for the class: 20 of one seed and role (as a class would play it), 10 others.
  const jobs: (() => Promise<CliReplay>)[] = [];
  for (let i = 0; i < 30; i++) {
    const policy = POLICIES[i % 4] as string;
    const seed = i < 20 ? 'ZVECAN-4821' : `CLASS-${i}`;
    let role: string = i < 20 ? 'kfor' : (OTHER_ROLES[i % 5] as string);
    if (policy === 'historical' && role === 'eu') role = 'kfor';
    jobs.push(() => cliReplay(path.join(dir, `student-${String(i + 1).padStart(2, '0')}.json`), seed, role, policy));
  }
  jobs.push(() => cliReplay(path.join(dir, 'kfor-historical.json'), 'VIEWER-2023', 'kfor', 'historical'));
  jobs.push(() => cliReplay(path.join(dir, 'xss.json'), XSS_SEED, 'kosovo', 'dove'));
  const made = await limit(4, jobs);
  classFiles = made.slice(0, 30).map((m) => m.file);
  viewer = made[30] as CliReplay;
  xss = made[31] as CliReplay;
  corrupt = path.join(dir, 'corrupt.json');
  writeFileSync(corrupt, readFileSync(classFiles[0] as string, 'utf8').slice(0, 300));
  // What the debrief must count, computed in Node from the same files.
  expected = { settlement: 0, 'last-turn': 0, war: 0, stopped: 0 };
  for (const e of readClassFiles(
    classFiles.map((f) => ({ name: path.basename(f), text: readFileSync(f, 'utf8') })),
    (id) => (id === north2023.id ? north2023 : undefined),
  )) {
    expect(e.ok).toBe(true);
    expected[e.state?.outcome ?? 'last-turn']++;
  }
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('replay viewer', () => {
  it('opens a CLI replay from the file picker: verified with the CLI’s code; steps and jumps through the turns', async () => {
    const { page, errors } = await open();
    await waitForScene(page, 'Title');
    await screenshot(page, 'classroom-01-title');
    await openViewer(page);
    await screenshot(page, 'classroom-02-replay-empty');

    await page.setInputFiles('input[data-picker="replay"]', viewer.file);
    const text = await waitForSaid(page, `✔ Verified: re-playing it gives the code ${viewer.code}, the same as the file.`);
    expect(text).toContain('Seed VIEWER-2023, KFOR played by a person');
    await screenshot(page, 'classroom-03-replay-verified');

    // Jump to the start, then step with the arrow keys (not spatial moves).
    await clickControl(page, '0');
    await waitForSaid(page, /^The start\. Rung \d+/);
    expect((await item(page, '0')).selected).toBe(true);
    await page.keyboard.press('ArrowRight');
    await waitForSaid(page, /^Turn 1, 24\s*–\s*26 Apr 2023\. Rung \d+/);
    await page.keyboard.press('ArrowRight');
    await waitForSaid(page, /^Turn 2, 27\s*–\s*29 Apr 2023/);
    await page.keyboard.press('ArrowLeft');
    await waitForSaid(page, /^Turn 1, /);
    expect((await item(page, '1')).selected).toBe(true);
    // The buttons do the same, and any turn can be chosen directly.
    await clickControl(page, 'Turn forward →');
    await waitForSaid(page, /^Turn 2, /);
    await clickControl(page, '5');
    const t5 = await waitForSaid(page, /^Turn 5, 6\s*–\s*8 May 2023/);
    expect(t5).toMatch(/Decisions: Serbia: .+; Kosovo: .+; Kosovo Serbs: .+; KFOR: .+; EU: .+; USA: .+; Russia: .+; China: .+\./);
    await screenshot(page, 'classroom-04-replay-turn5');
    expect(await pwned(page)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says NOT verified, and why, for a tampered or broken file, and stays usable', async () => {
    const good = readFileSync(viewer.file, 'utf8');
    const tampered = path.join(dir, 'tampered.json');
    writeFileSync(tampered, good.replace('"seed": "VIEWER-2023"', '"seed": "VIEWER-2024"'));
    const truncated = path.join(dir, 'truncated.json');
    writeFileSync(truncated, good.slice(0, 200));
    const recoded = path.join(dir, 'recoded.json');
    writeFileSync(recoded, good.replace(/"verification": "[0-9A-F-]+"/, '"verification": "0000-0000-0000"'));
    const unknown = path.join(dir, 'unknown.json');
    writeFileSync(unknown, good.replace('"id": "north-2023"', '"id": "south-1999"'));

    const { page, errors } = await open();
    await openViewer(page);
    await page.setInputFiles('input[data-picker="replay"]', tampered);
    const t = await waitForSaid(page, '✘ NOT verified');
    // Another seed either re-plays to another code, or (when the game goes differently) runs out of decisions.
    expect(t).toMatch(
      /the file says [0-9A-F-]+, but re-playing it gives [0-9A-F-]+|tampered\.json could not be opened\. Why: illegal decision: /,
    );
    await screenshot(page, 'classroom-05-replay-not-verified');

    // A changed code: the game still plays, and every turn can be seen, marked NOT verified.
    await page.setInputFiles('input[data-picker="replay"]', recoded);
    const r = await waitForSaid(page, `✘ NOT verified: the file says 0000-0000-0000, but re-playing it gives ${viewer.code}`);
    expect(r).toContain('Replay viewer: recoded.json.');
    await clickControl(page, '3');
    await waitForSaid(page, /^Turn 3, /);
    await screenshot(page, 'classroom-05b-replay-code-mismatch');

    await page.setInputFiles('input[data-picker="replay"]', truncated);
    const m = await waitForSaid(page, 'the file truncated.json could not be opened');
    expect(m).toContain('✘ NOT verified');
    expect(m).toContain('not a valid JSON file');
    await screenshot(page, 'classroom-06-replay-malformed');

    await page.setInputFiles('input[data-picker="replay"]', unknown);
    expect(await waitForSaid(page, 'unknown.json could not be opened')).toContain('unknown scenario "south-1999"');

    // Still usable: the good file opens.
    await page.setInputFiles('input[data-picker="replay"]', viewer.file);
    await waitForSaid(page, `✔ Verified: re-playing it gives the code ${viewer.code}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes over from any turn, compares two endings, and shows an actor’s mind at that turn', async () => {
    const { page, errors } = await open();
    await openViewer(page);
    await page.setInputFiles('input[data-picker="replay"]', viewer.file);
    await waitForSaid(page, '✔ Verified');

    // Compare with another game of the class.
    await page.setInputFiles('input[data-picker="compare"]', classFiles[0] as string);
    await waitForScene(page, 'BranchCompare');
    const cmp = await said(page);
    expect(cmp).toContain('Two endings side by side. kfor-historical.json:');
    expect(cmp).toContain('student-01.json:');
    expect(cmp).toMatch(/Scores: Serbia \d+, Kosovo \d+, Kosovo Serbs \d+, KFOR \d+, EU \d+, USA \d+, Russia \d+, China \d+\./);
    await screenshot(page, 'classroom-07-branch-compare');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'ReplayViewer');

    // How did Serbia think at turn 8?
    await clickControl(page, '8');
    await waitForSaid(page, /^Turn 8, /);
    await page.keyboard.press('m');
    await waitForScene(page, 'Dialog');
    await page.keyboard.press('1');
    await waitForScene(page, 'ActorMind');
    const mind = await said(page);
    expect(mind).toContain('Serbia: 4 postures.');
    expect(mind).toContain('(current)');
    await screenshot(page, 'classroom-08-actor-mind-at-turn');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'ReplayViewer');
    // Back at the same turn.
    expect((await item(page, '8')).selected).toBe(true);

    await clickControl(page, 'Take over from here');
    await waitForScene(page, 'Dialog');
    expect(await said(page)).toContain('Choose the actor you will play from turn 9');
    await screenshot(page, 'classroom-09-take-over');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'ReplayViewer');
    expect(await focusLabel(page)).toBe('Take over from here');
    await page.keyboard.press('t');
    await waitForScene(page, 'Dialog');
    await page.keyboard.press('1');
    await waitForScene(page, 'Game');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a replay link (?replay=…), and explains a damaged one', async () => {
    const param = encodeReplayParam(readFileSync(viewer.file, 'utf8'));
    const { page, errors } = await open(`${inject('baseUrl')}?replay=${param}`);
    await waitForScene(page, 'ReplayViewer');
    const t = await waitForSaid(page, `✔ Verified: re-playing it gives the code ${viewer.code}`);
    expect(t).toContain('Replay viewer: replay link.');
    await screenshot(page, 'classroom-10-replay-link');
    // Going back to the title does not reopen the link.
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Title');
    await page.close();

    const bad = await open(`${inject('baseUrl')}?replay=not*base64`);
    await waitForScene(bad.page, 'ReplayViewer');
    const b = await waitForSaid(bad.page, '✘ NOT verified');
    expect(b).toContain('the replay link is damaged or incomplete');
    expect(errors).toEqual([]);
    expect(bad.errors).toEqual([]);
    await bad.page.close();
  });

  it('opens a replay made by the previous version, re-plays it and says plainly that its code cannot be checked here', async () => {
    const old = path.join(
      path.dirname(fileURLToPath(import.meta.url)),
      '../fixtures/replays-main-472bb04/kfor-historical-hard.replay.json',
    );
    const { page, errors } = await open(`${inject('baseUrl')}?replay=${encodeReplayParam(readFileSync(old, 'utf8'))}`);
    await waitForScene(page, 'ReplayViewer');
    const t = await waitForSaid(page, '✘ NOT verified');
    expect(t).toContain('rules version 1');
    expect(t).not.toMatch(/invalid/i);
    expect(t).toContain('Showing');
    await screenshot(page, 'classroom-10b-replay-older-rules');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('class debrief', () => {
  it('counts 30 CLI games and lists the corrupted file, with CSV and a printed report', async () => {
    const { page, errors } = await open();
    await waitForScene(page, 'Title');
    await clickControl(page, 'Class debrief');
    await waitForScene(page, 'ClassDebrief');
    await screenshot(page, 'classroom-11-class-empty');

    await page.setInputFiles('input[data-picker="class"]', [...classFiles, corrupt]);
    const t = await waitForSaid(page, /^Class debrief\. 31 files loaded; 30 verified games counted\./, 60_000);
    expect(t).toContain(`Settlement: ${expected.settlement}, Unresolved at the end: ${expected['last-turn']}, War: ${expected.war}.`);
    expect(t).toMatch(/1 file not counted: corrupt\.json \(not a valid JSON file/);
    expect(expected.settlement + expected['last-turn'] + expected.war).toBe(30);
    await screenshot(page, 'classroom-12-class-debrief');
    // The list of split points and files scrolls.
    expect(await focusLabel(page)).toBe('Where the class split, and the files');
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(150);
    await screenshot(page, 'classroom-13-class-splits');

    // CSV: one row per file.
    const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'Download CSV')]);
    expect(download.suggestedFilename()).toBe('class-debrief.csv');
    const file = readFileSync(await download.path(), 'utf8');
    expect(file.startsWith('\uFEFF'), 'a byte-order mark, so a spreadsheet reads the file as UTF-8').toBe(true);
    const csv = file.trim().split('\r\n');
    expect(csv).toHaveLength(32);
    expect(csv[0]).toMatch(
      /^file,team,length,verified,seed,difficulty,roles,outcome,turns,peak_rung,final_rung,first_clash_turn,kfor_injured,police_injured,civilians_injured,killed,score_serbia,.*,score_china,problem$/,
    );
    const rows = csv.slice(1).map((r) => r.split(','));
    expect(rows.filter((r) => r[3] === 'yes')).toHaveLength(30);
    const bad = rows.find((r) => r[0] === 'corrupt.json');
    expect(bad?.[3]).toBe('no');
    expect(csv.find((r) => r.startsWith('corrupt.json'))).toContain('not a valid JSON file');
    for (const k of ['settlement', 'last-turn', 'war'] as const) expect(rows.filter((r) => r[7] === k)).toHaveLength(expected[k]);

    // Print: a summary page and one page per verified game.
    await page.evaluate(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => {
        (window as unknown as { __printed: number }).__printed++;
      };
    });
    await clickControl(page, 'Print report');
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    expect(await page.locator('#fp-print .fp-page').count()).toBe(31);
    expect(await page.locator('#fp-print .fp-page[data-page="game"]').count()).toBe(30);
    expect(await page.locator('#fp-print').textContent()).toContain('corrupt.json');
    // Hidden on screen, shown in print (print.css is bundled).
    expect(await page.locator('#fp-print').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#fp-print').isVisible()).toBe(true);
    expect(await page.locator('#game').isVisible()).toBe(false);
    await page.setViewportSize({ width: 794, height: 1123 });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page
      .locator('#fp-print .fp-page')
      .first()
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'classroom-14-class-print.png') });
    await page
      .locator('#fp-print .fp-page[data-page="game"]')
      .first()
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'classroom-15-game-print.png') });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 720 });
    // Let Phaser's scale manager refit the canvas before clicking on it again.
    await page.waitForFunction(() => Math.round(document.querySelector('#game > canvas')?.getBoundingClientRect().width ?? 0) === 1280);
    await page.waitForTimeout(300);

    // Drag and drop: clear, then drop two files on the page.
    await clickControl(page, 'Clear all');
    await waitForSaid(page, 'Class debrief. No files loaded.');
    const dropped = [classFiles[0], classFiles[1]].map((f) => ({
      name: path.basename(f as string),
      text: readFileSync(f as string, 'utf8'),
    }));
    await page.evaluate((files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, cancelable: true }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    }, dropped);
    await waitForSaid(page, /^Class debrief\. 2 files loaded; 2 verified games counted\./);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('untrusted text', () => {
  it('shows HTML in seeds and file names as plain text; nothing runs', async () => {
    const { page, errors } = await open();
    await openViewer(page);
    const text = readFileSync(xss.file, 'utf8');
    expect(JSON.parse(text).seed).toBe(XSS_SEED);
    await page.setInputFiles('input[data-picker="replay"]', { name: XSS_NAME, mimeType: 'application/json', buffer: Buffer.from(text) });
    const t = await waitForSaid(page, `✔ Verified: re-playing it gives the code ${xss.code}`);
    expect(t).toContain(`Seed ${XSS_SEED}`);
    expect(t).toContain(`Replay viewer: ${XSS_NAME}.`);
    await screenshot(page, 'classroom-16-untrusted-text');

    // The same in the class debrief, its printed report and its CSV.
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Title');
    await clickControl(page, 'Class debrief');
    await waitForScene(page, 'ClassDebrief');
    await page.setInputFiles('input[data-picker="class"]', [
      { name: XSS_NAME, mimeType: 'application/json', buffer: Buffer.from(text) },
      {
        name: '<script>window.__pwned=3</script>.json',
        mimeType: 'application/json',
        buffer: Buffer.from('<script>window.__pwned=4</script>'),
      },
    ]);
    const c = await waitForSaid(page, /^Class debrief\. 2 files loaded; 1 verified game counted\./);
    expect(c).toContain('<script>window.__pwned=3</script>.json (not a valid JSON file');
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await clickControl(page, 'Print report');
    const printed = (await page.locator('#fp-print').textContent()) ?? '';
    expect(printed).toContain(`Seed: ${XSS_SEED}`);
    expect(printed).toContain('<script>window.__pwned=3</script>.json');
    const [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, 'Download CSV')]);
    expect(readFileSync(await download.path(), 'utf8')).toContain(`"${XSS_SEED.replace(/"/g, '""')}"`);

    // No element came from the text, and nothing ran.
    expect(await page.locator('#fp-print img, #fp-print script, #announcer *').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await pwned(page)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('how the actors think, and the teacher’s guide', () => {
  it('draws each actor’s posture machine (keys 1–8) and shows the guide by sections', async () => {
    const { page, errors } = await open();
    await waitForScene(page, 'Title');
    await page.keyboard.press('5');
    await waitForScene(page, 'ActorMind');
    const s = await said(page);
    expect(s).toContain('Serbia: 4 postures. Restrained (start):');
    expect(s).toMatch(/1\. From Restrained to Negotiating when /);
    await screenshot(page, 'classroom-17-actor-mind-serbia');
    await page.keyboard.press('4');
    const k = await waitForSaid(page, 'KFOR: 3 postures.');
    expect(k).toContain('Watchful (start)');
    expect((await item(page, 'KFOR')).selected).toBe(true);
    await screenshot(page, 'classroom-18-actor-mind-kfor');
    await page.keyboard.press('3');
    await waitForSaid(page, 'Kosovo Serbs: 4 postures.');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Title');

    await page.keyboard.press('6');
    await waitForScene(page, 'TeacherGuide');
    const g = await said(page);
    for (const section of [
      'Before the lesson',
      'The 45-minute lesson',
      'The 90-minute lesson',
      'Start links and team names',
      'Roles and teams',
      'The printed debrief',
      'The class debrief',
      'A What if? demonstration',
      'Questions for the debrief',
      'Names and the disputed status',
      'Sources',
    ]) {
      expect(g).toContain(section);
    }
    await screenshot(page, 'classroom-19-teacher-guide');
    await page.keyboard.press('5');
    const seeds = await waitForSaid(page, /^Start links and team names\./);
    expect(seeds).toContain('ZVECAN-4821');
    expect(seeds).toContain('Copy start link');
    expect(await focusLabel(page)).toBe('Start links and team names');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(150);
    await screenshot(page, 'classroom-20-teacher-guide-seeds');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Title');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('setup: copy start link', () => {
  it('copies the start link, or shows it to copy by hand when the clipboard is refused', async () => {
    const base = inject('baseUrl');
    const expectedLink = `${base}?scenario=north-2023&seed=CLASS-LINK-1&role=kfor&difficulty=hard`;

    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base);
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    await page.keyboard.press('1');
    await waitForScene(page, 'Setup');
    await clickControl(page, 'KFOR');
    await clickControl(page, 'Hard');
    await clickControl(page, 'Seed code');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('CLASS-LINK-1');
    await clickControl(page, 'Copy start link');
    await waitForSaid(page, `Start link copied. It opens this game for anyone: ${expectedLink}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expectedLink);
    await screenshot(page, 'classroom-21-setup-link-copied');
    expect(errors).toEqual([]);
    await context.close();

    // The clipboard refused: the link is shown, selected, in a read-only field.
    const denied = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors2: string[] = [];
    denied.on('console', (m) => m.type() === 'error' && errors2.push(m.text()));
    denied.on('pageerror', (e) => errors2.push(e.message));
    await denied.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await denied.goto(base);
    await waitForCanvas(denied);
    await waitForScene(denied, 'Title');
    await denied.keyboard.press('1');
    await waitForScene(denied, 'Setup');
    await clickControl(denied, 'KFOR');
    await clickControl(denied, 'Hard');
    await clickControl(denied, 'Seed code');
    await denied.keyboard.press('Control+A');
    await denied.keyboard.type('CLASS-LINK-1');
    await denied.keyboard.press('Tab');
    await denied.keyboard.press('l');
    await waitForScene(denied, 'Dialog');
    const field = denied.locator('#game input').last();
    expect(await field.inputValue()).toBe(expectedLink);
    expect(await field.evaluate((el) => (el as HTMLInputElement).readOnly)).toBe(true);
    expect(await denied.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await screenshot(denied, 'classroom-22-setup-link-fallback');
    await denied.keyboard.press('Escape');
    await denied.keyboard.press('Escape');
    await waitForScene(denied, 'Setup');
    expect(errors2).toEqual([]);
    await denied.close();
  });
});
