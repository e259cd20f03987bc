// The teacher's side of a class game in the built page, against the real
// class server (npm run serve's entry, serving the dist/ the e2e setup built)
// on a free loopback port: the title offers "Class game" only when the page
// came from a class server; the teacher sets up and creates a game; three
// students join from Node (two share Serbia) and show on the dashboard; the
// teacher pauses and resumes, ends a turn, hands a role to the computer;
// a reloaded dashboard gets the same game back; the teacher ends the game and
// the verification code is the students'. Screenshots (1280×720):
// test-output/screenshots/class-teacher-*.png.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ClassConnection } from '../../src/net/class-client';
import { north2023 } from '../../src/scenarios/north-2023';
import { actorName } from '../../src/text/describe';
import { messagesFor } from '../../src/text/messages';
import { type ServerProcess, startServer } from '../server/server-process';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';
import { clickControl, items, SEED_INPUT, said, waitForScene } from './ui-helpers';

const en = messagesFor(north2023);
const SERBIA = actorName(en, 'serbia');
const KOSOVO = actorName(en, 'kosovo');
const KFOR = actorName(en, 'kfor');

const dir = mkdtempSync(join(tmpdir(), 'fp-class-teacher-'));
let server: ServerProcess;
let browser: Browser;
const students: ClassConnection[] = [];

beforeAll(async () => {
  server = await startServer(join(dir, 'data'));
  browser = await launchBrowser();
});

afterAll(async () => {
  // A removed student's room is already closed, and leaving it again never settles: give each a moment only.
  await Promise.all(students.map((s) => Promise.race([s.leave(), new Promise((r) => setTimeout(r, 2000))])));
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function labels(page: Page): Promise<string[]> {
  return (await items(page)).map((i) => i.label);
}

async function waitForControl(page: Page, label: string, timeout = 20_000): Promise<void> {
  await expect.poll(() => labels(page), { timeout }).toContain(label);
}

async function dataset(page: Page, key: string): Promise<string> {
  return page.evaluate((k) => document.body.dataset[k] ?? '', key);
}

describe('class game, teacher side', () => {
  it('a static host shows no class game on the title', async () => {
    const { page } = await openPage(browser, inject('baseUrl'));
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    // The hello's short timeout has passed (or it failed at once): still nothing new.
    await page.waitForTimeout(2000);
    expect(await labels(page)).not.toContain(en.t('teacher.title.button'));
    await page.close();
  });

  it('creates a class game, steers it from the dashboard, survives a reload, and ends with the students’ verification code', async () => {
    const { page, errors } = await openPage(browser, `${server.url}/`);
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    await waitForControl(page, en.t('teacher.title.button'));
    await screenshot(page, 'class-teacher-title');

    // Setup: a seed, Serbia and Kosovo (and the other playable roles) for the students, a 5-minute timer.
    await clickControl(page, en.t('teacher.title.button'));
    await waitForScene(page, 'ClassSetup');
    await page.fill(SEED_INPUT, 'CLASS-E2E');
    await clickControl(page, en.t('teacher.setup.timer', { minutes: 5 }));
    await screenshot(page, 'class-teacher-setup');
    await clickControl(page, en.t('teacher.setup.create'));
    await waitForScene(page, 'ClassDashboard');
    const code = await dataset(page, 'classCode');
    expect(code).toMatch(/^[A-Z0-9]{6}$/);

    // Three students from Node: two share Serbia, one plays Kosovo.
    students.push(await ClassConnection.join(server.url, code, { name: 'Ana', role: 'serbia' }));
    students.push(await ClassConnection.join(server.url, code, { name: 'Bojan', role: 'serbia' }));
    students.push(await ClassConnection.join(server.url, code, { name: 'Drita', role: 'kosovo' }));
    const [ana] = students;
    if (!ana) throw new Error('no student');
    await waitForControl(page, en.t('teacher.dash.member', { name: 'Ana', captain: 'yes', connected: 'yes' }));
    await waitForControl(page, en.t('teacher.dash.member', { name: 'Bojan', captain: 'no', connected: 'yes' }));
    await waitForControl(page, en.t('teacher.dash.member', { name: 'Drita', captain: 'yes', connected: 'yes' }));
    expect(ana.view?.setup.seed).toBe('CLASS-E2E');
    expect(ana.view?.setup.timerSeconds).toBe(300);
    await screenshot(page, 'class-teacher-dashboard');

    // Pause and resume.
    await clickControl(page, en.t('teacher.dash.pause'));
    await expect.poll(() => ana.view?.paused, { timeout: 10_000 }).toBe(true);
    await waitForControl(page, en.t('teacher.dash.resume'));
    await screenshot(page, 'class-teacher-paused');
    await clickControl(page, en.t('teacher.dash.resume'));
    await expect.poll(() => ana.view?.paused, { timeout: 10_000 }).toBe(false);

    // End the turn now: the missing orders hold and the next turn opens.
    const turn = ana.view?.turn ?? 0;
    await waitForControl(page, en.t('teacher.dash.end-turn'));
    await clickControl(page, en.t('teacher.dash.end-turn'));
    await expect.poll(() => ana.view?.turn, { timeout: 10_000 }).toBe(turn + 1);

    // Kosovo to the computer.
    await clickControl(page, en.t('teacher.dash.computer.on.label', { role: KOSOVO }));
    await expect.poll(() => ana.view?.aiRoles, { timeout: 10_000 }).toContain('kosovo');
    await waitForControl(page, en.t('teacher.dash.computer.off.label', { role: KOSOVO }));

    // Choose Bojan: make him captain of Serbia.
    await clickControl(page, en.t('teacher.dash.member', { name: 'Bojan', captain: 'no', connected: 'yes' }));
    await waitForControl(page, en.t('teacher.dash.captain'));
    await screenshot(page, 'class-teacher-selected');
    await clickControl(page, en.t('teacher.dash.captain'));
    await waitForControl(page, en.t('teacher.dash.member', { name: 'Bojan', captain: 'yes', connected: 'yes' }));
    expect(ana.view?.roster.find((r) => r.name === 'Bojan')?.captain).toBe(true);
    expect(await labels(page)).toContain(en.t('teacher.dash.move', { role: KOSOVO }));

    // Two more students fill Serbia's team: moving Drita there is refused, and the dashboard says why.
    students.push(await ClassConnection.join(server.url, code, { name: 'Eda', role: 'serbia' }));
    students.push(await ClassConnection.join(server.url, code, { name: 'Filip', role: 'serbia' }));
    await waitForControl(page, en.t('teacher.dash.member', { name: 'Filip', captain: 'no', connected: 'yes' }));
    await clickControl(page, en.t('teacher.dash.member', { name: 'Drita', captain: 'yes', connected: 'yes' }));
    await waitForControl(page, en.t('teacher.dash.move', { role: SERBIA }));
    await clickControl(page, en.t('teacher.dash.move', { role: SERBIA }));
    const full = en.t('teacher.refused', { problem: en.t('teacher.problem.role-full') });
    await expect.poll(() => said(page), { timeout: 10_000 }).toContain(full);
    await screenshot(page, 'class-teacher-refused');
    // Moving her to KFOR works: she is its captain there.
    await clickControl(page, en.t('teacher.dash.move', { role: KFOR }));
    await expect.poll(() => ana.view?.roster.find((r) => r.name === 'Drita')?.role, { timeout: 10_000 }).toBe('kfor');
    // Filip is removed (a second press confirms).
    await clickControl(page, en.t('teacher.dash.member', { name: 'Filip', captain: 'no', connected: 'yes' }));
    await waitForControl(page, en.t('teacher.dash.remove'));
    await clickControl(page, en.t('teacher.dash.remove'));
    await clickControl(page, en.t('teacher.dash.remove.confirm'));
    await expect.poll(() => ana.view?.roster.map((r) => r.name), { timeout: 10_000 }).not.toContain('Filip');
    // The dashboard redraws from the same status a moment later than this process reads it.
    await expect
      .poll(() => labels(page), { timeout: 10_000 })
      .not.toContain(en.t('teacher.dash.member', { name: 'Filip', captain: 'no', connected: 'yes' }));

    // The server restarts: the dashboard says it is reconnecting, then has the game back (saved after every change).
    await server.stop();
    await expect.poll(() => said(page), { timeout: 20_000 }).toContain(en.t('teacher.dash.reconnecting'));
    await screenshot(page, 'class-teacher-reconnecting');
    server = await startServer(join(dir, 'data'), server.port);
    await expect.poll(() => said(page), { timeout: 60_000 }).toContain(en.t('teacher.dash.reconnected'));
    await waitForControl(page, en.t('teacher.dash.member', { name: 'Bojan', captain: 'yes', connected: 'yes' }), 30_000);
    await waitForControl(page, en.t('teacher.dash.pause'));

    // The projector reloads: the title offers the same game back.
    await page.reload({ waitUntil: 'load' });
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    await waitForControl(page, en.t('teacher.title.rejoin'));
    await clickControl(page, en.t('teacher.title.rejoin'));
    await waitForScene(page, 'ClassDashboard');
    await waitForControl(page, en.t('teacher.dash.member', { name: 'Ana', captain: 'no', connected: 'yes' }));
    expect(await dataset(page, 'classCode')).toBe(code);
    expect(await labels(page)).toContain(en.t('teacher.dash.computer.off.label', { role: KOSOVO }));
    expect(await labels(page)).toContain(en.t('teacher.dash.computer.on.label', { role: SERBIA }));

    // End the game (a second press confirms): the verification code is the students'.
    await clickControl(page, en.t('teacher.dash.end-game'));
    await waitForControl(page, en.t('teacher.dash.end-game.confirm'));
    await clickControl(page, en.t('teacher.dash.end-game.confirm'));
    await expect.poll(() => dataset(page, 'verification'), { timeout: 20_000 }).not.toBe('');
    await expect.poll(() => ana.results?.verification ?? '', { timeout: 20_000 }).not.toBe('');
    expect(await dataset(page, 'verification')).toBe(ana.results?.verification);
    await waitForControl(page, en.t('teacher.dash.download'));
    await screenshot(page, 'class-teacher-over');

    // The finished game opens in Class debrief, checked like a file from the picker.
    await clickControl(page, en.t('teacher.dash.open-debrief'));
    await waitForScene(page, 'ClassDebrief');
    await expect.poll(() => labels(page), { timeout: 20_000 }).toContain(en.t('class.button.csv'));
    await screenshot(page, 'class-teacher-debrief');

    // Back on the title, nothing to go back to: the game is over.
    await page.reload({ waitUntil: 'load' });
    await waitForCanvas(page);
    await waitForScene(page, 'Title');
    await waitForControl(page, en.t('teacher.title.button'));
    expect(await labels(page)).not.toContain(en.t('teacher.title.rejoin'));
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    await page.close();
  });
});
