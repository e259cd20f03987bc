// The student side of a class game, in Chromium against the real class
// server: two students join from the link (one on a phone held upright, one
// on a laptop in Albanian), choose their roles, order turn after turn, one
// reloads mid-game and gets its role back, the phone's captain hands the
// captaincy to a teammate (a Node client) who orders from then on; no frame
// a student receives carries the other role's order before the turn
// resolves; every text on the phone is at least 12 CSS pixels; the end gives
// each student the verification code npm run sim gives for the same decisions.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PublicView, playedGame } from '../../src/class/class-game';
import { simCommand } from '../../src/cli/sim-command';
import { ClassConnection } from '../../src/net/class-client';
import { scenarioLoaders } from '../../src/scenarios';
import type { Scenario } from '../../src/sim/types';
import { type ServerProcess, startServer } from '../server/server-process';
import { codeIn, runCli } from '../support/cli';
import { launchBrowser, screenshot } from './browser';
import { decodeFrame, type Frame } from './class-frames';
import { type Device, expectReadable, items, orderByScreen, pressLabel, texts, waitFor, waitScene } from './class-helpers';

const dir = mkdtempSync(join(tmpdir(), 'fp-class-student-'));
const SEED = 'class-student-e2e';
let server: ServerProcess;
let browser: Browser;
let scenario: Scenario;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer(join(dir, 'data'));
  browser = await launchBrowser();
  scenario = await (scenarioLoaders['north-2023'] as () => Promise<Scenario>)();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Student extends Device {
  frames: Frame[];
}

async function student(kind: 'phone' | 'laptop'): Promise<Student> {
  const context = await browser.newContext(
    kind === 'phone'
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : { viewport: { width: 1280, height: 720 } },
  );
  contexts.push(context);
  const page = await context.newPage();
  const frames: Frame[] = [];
  page.on('websocket', (ws) =>
    ws.on('framereceived', (f) => {
      const frame = decodeFrame(f.payload);
      if (frame) frames.push(frame);
    }),
  );
  page.on('pageerror', (e) => errors.push(`${kind}: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${kind}: ${msg.text()}`);
  });
  return { page, frames, touch: kind === 'phone' };
}

function decisionsOfTurn(frames: readonly Frame[], turn: number): number {
  let n = 0;
  for (const f of frames) {
    if (f.type !== 'view' && f.type !== 'turn') continue;
    n += ((f.message as PublicView).decisions ?? []).filter((d) => d.turn >= turn).length;
  }
  return n;
}

/**
 * No frame received in [from, to) carries an order of `role` for `turn`: no
 * view has a decision of that turn, and nothing else (proposals, who you
 * are, refusals) names the action that role sealed.
 */
function expectSealed(frames: readonly Frame[], from: number, to: number, turn: number, action: string): void {
  const inWindow = frames.filter((f) => f.at >= from && f.at < to);
  expect(inWindow.length).toBeGreaterThan(0);
  expect(decisionsOfTurn(inWindow, turn)).toBe(0);
  for (const f of inWindow) {
    const rest = f.type === 'view' || f.type === 'turn' ? { ...(f.message as PublicView), decisions: [] } : f.message;
    expect(JSON.stringify(rest)).not.toContain(`"${action}"`);
    expect(JSON.stringify(f.message)).not.toContain('sealed');
  }
}

describe('students play a class game in the browser', () => {
  it('join by link, choose roles, order, rejoin after a reload, hand the captaincy on, and end with the CLI code', async () => {
    const teacher = await ClassConnection.create(server.url, {
      scenario: 'north-2023',
      seed: SEED,
      difficulty: 'normal',
      students: ['serbia', 'kfor'],
      timerSeconds: 0,
      length: 'lesson',
    });
    const code = teacher.code;
    const phone = await student('phone');
    const laptop = await student('laptop');

    // The phone: the link, a name, a role (its team's size shown).
    await phone.page.goto(`${server.url}/?join=${code.slice(0, 3)}-${code.slice(3).toLowerCase()}`);
    await waitScene(phone.page, 'ClassJoin');
    await expectReadable(phone.page, 'join screen on the phone');
    const t0 = await texts(phone.page);
    expect(t0.gameHeight).toBeGreaterThan(t0.gameWidth);
    await phone.page.locator('#game input[aria-label="Your name"]').fill('Ana');
    await screenshot(phone.page, 'class-student-phone-join-en');
    await pressLabel(phone, 'Join');
    await waitFor(
      'the roles',
      () => items(phone.page),
      (l) => l.some((i) => i.label === 'KFOR'),
    );
    await expectReadable(phone.page, 'role choice on the phone');
    await screenshot(phone.page, 'class-student-phone-roles-en');
    await pressLabel(phone, 'KFOR');
    await waitScene(phone.page, 'ClassStudent');
    await expectReadable(phone.page, 'orders on the phone');

    // The laptop, in Albanian, from the title screen (its Join entry shows on a class server's page):
    // a wrong code first (a clear refusal), then the link.
    await laptop.page.goto(`${server.url}/?lang=sq`);
    await waitScene(laptop.page, 'Title');
    await waitFor(
      'the Join entry',
      () => items(laptop.page),
      (l) => l.some((i) => i.hotkey === 'j' && i.enabled),
    );
    await screenshot(laptop.page, 'class-student-laptop-title-sq');
    await laptop.page.keyboard.press('j');
    await waitScene(laptop.page, 'ClassJoin');
    await laptop.page.locator('#game input[aria-label]').nth(0).fill('wrong-1');
    await laptop.page.locator('#game input[aria-label]').nth(1).fill('Besa');
    await laptop.page.keyboard.press('Enter');
    await waitFor(
      'the refusal',
      () => laptop.page.evaluate(() => document.body.dataset.classJoin ?? ''),
      (t) => t === 'refused:unknown-code',
    );
    await screenshot(laptop.page, 'class-student-laptop-wrong-code-sq');
    await laptop.page.goto(`${server.url}/?join=${code}&lang=sq`);
    await waitScene(laptop.page, 'ClassJoin');
    await laptop.page.locator('#game input[aria-label]').nth(1).fill('Besa');
    await laptop.page.keyboard.press('Enter');
    await waitFor(
      'the roles',
      () => items(laptop.page),
      (l) => l.some((i) => i.hotkey === '1'),
    );
    await laptop.page.keyboard.press('1');
    await waitScene(laptop.page, 'ClassStudent');

    // A teammate of the phone's team, on the command line's client.
    const mate = await ClassConnection.join(server.url, code, { name: 'Node', role: 'kfor' });
    await waitFor(
      'the roster',
      () => teacher.view?.roster.length ?? 0,
      (n) => n === 3,
    );
    const byRole = (role: string) => teacher.view?.roster.filter((r) => r.role === role) ?? [];
    expect(
      byRole('kfor')
        .map((r) => r.name)
        .sort(),
    ).toEqual(['Ana', 'Node']);
    expect(byRole('serbia').map((r) => r.name)).toEqual(['Besa']);
    const besa = byRole('serbia')[0]?.id;

    let turn = teacher.view?.turn ?? 0;
    const firstTurn = turn;
    for (let round = 0; round < 3; round++) {
      // The teammate proposes: the phone sees it, the laptop never receives it.
      const options = playedGame(scenario, teacher.view!.setup, teacher.view!.decisions).options('kfor');
      const proposal = options.find((o) => o.available)?.def.id ?? '';
      mate.send('propose', { action: proposal });
      await waitFor(
        'the proposal on the phone',
        () => phone.frames.some((f) => f.type === 'team' && JSON.stringify(f.message).includes(proposal)),
        Boolean,
      );
      if (round === 0) {
        await screenshot(phone.page, 'class-student-phone-orders-en');
        await screenshot(laptop.page, 'class-student-laptop-orders-sq');
      }
      // One side orders first; the other's frames must not carry it until the turn resolves.
      const [first, second, firstRole] = round % 2 === 0 ? [laptop, phone, 'serbia'] : [phone, laptop, 'kfor'];
      await orderByScreen(first);
      await waitFor(
        `${firstRole} ordered`,
        () => teacher.view?.ordered ?? [],
        (o) => o.includes(firstRole),
      );
      const sealedAt = Date.now();
      if (round === 0) {
        await waitFor(
          'the phone says it waits',
          () => texts(laptop.page),
          (t) => t.texts.length > 0,
        );
        await screenshot(laptop.page, 'class-student-laptop-ordered-sq');
      }
      await orderByScreen(second);
      await waitFor(
        'the turn to resolve',
        () => teacher.view?.turn ?? 0,
        (t) => t > turn,
      );
      const resolvedAt = Date.now();
      await waitFor(
        'the other student to see the result',
        () => decisionsOfTurn(second.frames, turn),
        (n) => n > 0,
      );
      const sealed = teacher.view!.decisions.find((d) => d.turn === turn && d.actor === firstRole)?.action ?? '';
      // Frames before the second student's own order and up to the reveal.
      const revealAt = second.frames.find((f) => decisionsOfTurn([f], turn) > 0)?.at ?? resolvedAt;
      expectSealed(second.frames, sealedAt, revealAt, turn, sealed);
      // The laptop never receives the phone team's proposals.
      expect(laptop.frames.filter((f) => f.type === 'team').some((f) => JSON.stringify(f.message).includes('"Node"'))).toBe(false);
      turn = teacher.view!.turn;

      if (round === 1) {
        // A reload mid-game: the stored token rejoins the same seat and role.
        await laptop.page.reload();
        await waitScene(laptop.page, 'ClassStudent');
        await waitFor(
          'Besa back',
          () => teacher.view?.roster ?? [],
          (r) => r.some((m) => m.id === besa && m.connected && m.role === 'serbia'),
        );
        expect(teacher.view?.roster.length).toBe(3);
        // The join screen's fields went with it.
        expect(await laptop.page.locator('#game input').count()).toBe(0);
        await screenshot(laptop.page, 'class-student-laptop-after-reload-sq');
      }
    }
    await screenshot(phone.page, 'class-student-phone-after-turns-en');
    // The news and results, and the team, on the phone: readable too.
    await pressLabel(phone, 'News');
    await page150(phone.page);
    await expectReadable(phone.page, 'news on the phone');
    await screenshot(phone.page, 'class-student-phone-news-en');
    await pressLabel(phone, 'Team');
    await page150(phone.page);
    await expectReadable(phone.page, 'team on the phone');
    await screenshot(phone.page, 'class-student-phone-team-en');
    // The captain hands the captaincy to the teammate, who orders from now on.
    await pressLabel(phone, 'Make Node captain');
    await waitFor(
      'Node captain',
      () => byRole('kfor'),
      (r) => r.some((m) => m.name === 'Node' && m.captain),
    );
    await pressLabel(phone, 'Orders');

    // The rest of the game: the laptop orders on its screen, the teammate by the first possible card.
    for (let guard = 0; guard < 30 && !teacher.view?.over; guard++) {
      const now = teacher.view!.turn;
      const game = playedGame(scenario, teacher.view!.setup, teacher.view!.decisions);
      const action = game.options('kfor').find((o) => o.available)?.def.id ?? '';
      mate.send('order', { action });
      await orderByScreen(laptop);
      await waitFor(
        'the turn to resolve',
        () => teacher.view ?? null,
        (v) => v !== null && (v.turn > now || v.over),
      );
    }
    expect(teacher.view?.over).toBe(true);
    expect(teacher.view!.turn).toBeGreaterThan(firstTurn);

    // The end: each student's screen has the code; it is the CLI's for the same decisions.
    await waitFor('the teacher results', () => teacher.results, Boolean);
    const verification = teacher.results!.verification;
    for (const s of [phone, laptop]) {
      const shown = await waitFor(
        'the code on the page',
        () => s.page.evaluate(() => document.body.dataset.verification ?? ''),
        (v) => v !== '',
      );
      expect(shown).toBe(verification);
    }
    await expectReadable(phone.page, 'the end on the phone');
    await screenshot(phone.page, 'class-student-phone-end-en');
    await screenshot(laptop.page, 'class-student-laptop-end-sq');
    const file = join(dir, 'decisions.json');
    writeFileSync(file, JSON.stringify(teacher.view!.decisions));
    const sim = await runCli(simCommand, scenarioLoaders, [
      '--seed',
      SEED,
      '--role',
      'serbia,kfor',
      '--length',
      'lesson',
      '--decisions',
      file,
      '--quiet',
    ]);
    expect(sim.status, sim.stderr).toBe(0);
    expect(codeIn(sim.stdout)).toBe(verification);

    // A late student on another phone, in Serbian: the finished game refuses, in words.
    const late = await student('phone');
    await late.page.goto(`${server.url}/?join=${code}&lang=sr-Latn`);
    await waitScene(late.page, 'ClassJoin');
    await late.page.locator('#game input[aria-label]').nth(1).fill('Jovana');
    await late.page.keyboard.press('Enter');
    await waitFor(
      'the refusal',
      () => late.page.evaluate(() => document.body.dataset.classJoin ?? ''),
      (t) => t === 'refused:game-over',
    );
    await expectReadable(late.page, 'a refusal on the phone');
    await screenshot(late.page, 'class-student-phone-game-over-sr-Latn');

    await mate.leave();
    await teacher.leave();
    expect(errors).toEqual([]);
  });
});

const page150 = (page: Page) => page.waitForTimeout(150);
