// A whole class in Chromium on the real class server: the teacher creates the
// game on the projector's page, three students join from the link (one on a
// phone held upright), play several turns from their own screens while the
// computer plays the roles nobody took, and the teacher ends the game: every
// screen shows the same verification code, and the replay verifies.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayCommand } from '../../src/cli/replay-command';
import { ClassConnection } from '../../src/net/class-client';
import { scenarioLoaders } from '../../src/scenarios';
import { north2023 } from '../../src/scenarios/north-2023';
import { actorName } from '../../src/text/describe';
import { messagesFor } from '../../src/text/messages';
import { type ServerProcess, startServer } from '../server/server-process';
import { runCli } from '../support/cli';
import { launchBrowser, screenshot, waitForCanvas } from './browser';
import { type Device, orderByScreen, pressLabel, waitFor, waitScene } from './class-helpers';
import { clickControl, items, SEED_INPUT } from './ui-helpers';

const en = messagesFor(north2023);
const dir = mkdtempSync(join(tmpdir(), 'fp-class-together-'));
let server: ServerProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer(join(dir, 'data'));
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function device(name: string, phone: boolean): Promise<Device> {
  const context = await browser.newContext(
    phone
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : { viewport: { width: 1280, height: 720 } },
  );
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  return { page, touch: phone };
}

const labels = async (page: Page) => (await items(page)).map((i) => i.label);
const dataset = (page: Page, key: string) => page.evaluate((k) => document.body.dataset[k] ?? '', key);

describe('a class game with everyone in a browser', () => {
  it('is created by the teacher, played by three students (one on a phone), ended by the teacher, with one code on every screen', {
    timeout: 400_000,
  }, async () => {
    const teacher = await device('teacher', false);
    await teacher.page.goto(`${server.url}/`, { waitUntil: 'load' });
    await waitForCanvas(teacher.page);
    await waitFor(
      'the Class game entry',
      () => labels(teacher.page),
      (l) => l.includes(en.t('teacher.title.button')),
    );
    await clickControl(teacher.page, en.t('teacher.title.button'));
    await waitScene(teacher.page, 'ClassSetup');
    await teacher.page.fill(SEED_INPUT, 'TOGETHER-1');
    await clickControl(teacher.page, en.t('teacher.setup.create'));
    await waitScene(teacher.page, 'ClassDashboard');
    const code = await dataset(teacher.page, 'classCode');
    expect(code).toMatch(/^[A-Z0-9]{6}$/);

    // Three students from the link: Serbia on a phone, Kosovo and KFOR on laptops.
    const students: { role: string; d: Device }[] = [];
    for (const [role, phone] of [
      ['serbia', true],
      ['kosovo', false],
      ['kfor', false],
    ] as const) {
      const d = await device(role, phone);
      await d.page.goto(`${server.url}/?join=${code}`, { waitUntil: 'load' });
      await waitScene(d.page, 'ClassJoin');
      await d.page.locator('#game input[aria-label="Your name"]').fill(`Team ${role}`);
      await pressLabel(d, 'Join');
      await pressLabel(d, actorName(en, role));
      await waitScene(d.page, 'ClassStudent');
      students.push({ role, d });
    }
    // The roles nobody took go to the computer, from the dashboard.
    for (const role of ['serbs', 'eu']) {
      await clickControl(teacher.page, en.t('teacher.dash.computer.on.label', { role: actorName(en, role) }));
      await waitFor(
        `${role} to the computer`,
        () => labels(teacher.page),
        (l) => l.includes(en.t('teacher.dash.computer.off.label', { role: actorName(en, role) })),
      );
    }
    await screenshot(teacher.page, 'class-together-dashboard');

    // An observer reads the public view (it holds no role), to know when each turn resolves.
    const observer = await ClassConnection.join(server.url, code, { name: 'observer' });
    for (let round = 0; round < 3; round++) {
      const turn = observer.view?.turn ?? 0;
      for (const s of students) await orderByScreen(s.d);
      await observer.until(() => (observer.view?.turn ?? 0) > turn, 30_000);
      if (round === 0) {
        await screenshot(students[0]?.d.page as Page, 'class-together-phone');
        await screenshot(teacher.page, 'class-together-dashboard-turn-2');
      }
    }
    expect(observer.view?.decisions.filter((d) => d.actor === 'kfor')).toHaveLength(3);

    // The projector shows the map as everyone sees it (M), then the roles again.
    await teacher.page.keyboard.press('m');
    await waitFor(
      'the map view',
      () => labels(teacher.page),
      (l) => l.includes(en.t('teacher.dash.map.hide')),
    );
    await screenshot(teacher.page, 'class-together-map');
    await teacher.page.keyboard.press('m');
    await waitFor(
      'the roles again',
      () => labels(teacher.page),
      (l) => l.includes(en.t('teacher.dash.map.show')),
    );

    // The teacher ends the game (a second press confirms): one code everywhere.
    await clickControl(teacher.page, en.t('teacher.dash.end-game'));
    await waitFor(
      'the confirmation',
      () => labels(teacher.page),
      (l) => l.includes(en.t('teacher.dash.end-game.confirm')),
    );
    await clickControl(teacher.page, en.t('teacher.dash.end-game.confirm'));
    const code0 = await waitFor(
      'the teacher’s code',
      () => dataset(teacher.page, 'verification'),
      (v) => v !== '',
    );
    for (const s of students) {
      const shown = await waitFor(
        `${s.role}’s code`,
        () => dataset(s.d.page, 'verification'),
        (v) => v !== '',
      );
      expect(shown, s.role).toBe(code0);
    }
    await screenshot(teacher.page, 'class-together-over');
    await screenshot(students[0]?.d.page as Page, 'class-together-phone-over');

    const replay = await fetch(`${server.url}/class/${code}/replay`).then((r) => r.text());
    const file = join(dir, 'together.replay.json');
    writeFileSync(file, replay);
    const verified = await runCli(replayCommand, scenarioLoaders, [file]);
    expect(verified.status, verified.stderr).toBe(0);
    expect(JSON.parse(replay).verification).toBe(code0);
    await Promise.race([observer.leave(), new Promise((r) => setTimeout(r, 2000))]);
    expect(errors).toEqual([]);
  });
});
