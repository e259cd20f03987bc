// Motives before dice and causes you can see, in the built page: Kosovo sends
// special police north on turn 1; the results list every change to its
// numbers and the towns with their causes, the other actors' decisions lead
// with their motive, and "How the AI chose" (H) shows and hides the odds —
// remembered after a reload. The next turn's news reports the police.
// Screenshots: test-output/screenshots/explain-*.png at 1280×720 and 390×844.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForCanvas } from './browser';
import { cards, clickControl, clickItem, item, items, said, waitForScene } from './ui-helpers';

const LINK = '?scenario=north-2023&seed=EXPLAIN-1&role=kosovo';

/** The whole text of the results screen's column with this label. */
async function columnText(page: Page, label: string): Promise<string> {
  const found = (await items(page)).find((i) => i.label === label);
  if (!found?.text) throw new Error(`no scrolling text "${label}"`);
  return found.text;
}

/** From the start link to the results of turn 1, Kosovo sending special police north. */
async function playFirstTurn(page: Page): Promise<void> {
  await waitForCanvas(page);
  await waitForScene(page, 'Briefing');
  await page.keyboard.press('b');
  await waitForScene(page, 'Game');
  // The first-turn guide's callouts cover the cards on a phone: skip it (its own test is newcomer.test.ts).
  await page.keyboard.press('s');
  await page.waitForTimeout(150);
  const police = (await cards(page)).find((c) => c.label.startsWith('Send more special police north'));
  if (!police) throw new Error(`no police card in ${JSON.stringify((await cards(page)).map((c) => c.label))}`);
  await clickItem(page, police);
  await clickControl(page, 'End turn');
  await page.waitForTimeout(150);
  if ((await items(page)).some((i) => i.label === 'Confirm')) await clickControl(page, 'Confirm');
  await waitForScene(page, 'Resolution');
}

describe('explain: motives before dice, causes you can see', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists the causes of every change, leads the AI’s reasons with motives, and hides the odds until asked (remembered)', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}${LINK}`);
    await playFirstTurn(page);

    // Causes: your numbers, your relations and the towns, each change with what moved it.
    const outcome = await columnText(page, 'Dice, events and news');
    expect(outcome).toContain('Your numbers (Kosovo)');
    expect(outcome).toMatch(/Authority in the north: \d+ \(\+\d+\)/);
    expect(outcome).not.toContain('Nothing changed on the ground');
    expect(outcome).toMatch(/[+−]\d+ Kosovo: “Send more special police north”/);
    expect(outcome).toContain('Your relations');
    expect(outcome).toMatch(/Kosovo Serbs [+−]?\d+ \(−\d+\)/);
    expect(outcome).toContain('The towns: every change and its cause');
    expect(outcome).toMatch(/police presence \+\d+ in Zvečan: \+15 Kosovo: “Send more special police north”/);
    expect(outcome).toMatch(/drift: /);
    expect(outcome).toMatch(/Escalation pressure [+−±]\d+: /);

    // Motives first; the odds hidden by default.
    const how = await item(page, 'How the AI chose');
    expect(how.selected).toBe(false);
    const orders = await columnText(page, 'Orders and their reasons');
    expect(orders).toMatch(/Belgrade wants [^.]+\.\s+Serbia (stayed|moved)/);
    expect(orders).not.toMatch(/How the AI chose:|% chance|temperament/);
    await screenshot(page, 'explain-1-results-odds-hidden');

    // H shows the odds, weights and temperament after each motive, and says so.
    await page.keyboard.press('h');
    await page.waitForTimeout(150);
    expect((await item(page, 'How the AI chose')).selected).toBe(true);
    expect(await said(page)).toMatch(/How the AI chose: shown/);
    const shown = await columnText(page, 'Orders and their reasons');
    expect(shown).toMatch(
      /Belgrade wants [^.]+\.\s+Serbia (stayed|moved) [^.]+\.\s+How the AI chose: this posture gave “.+” a \d+% chance/,
    );
    await screenshot(page, 'explain-2-results-odds-shown');

    // Remembered: after a reload, the next game's results show the odds straight away.
    expect(await page.evaluate(() => localStorage.getItem('flashpoint.how-chosen'))).toBe('shown');
    await page.goto(`${inject('baseUrl')}${LINK.replace('EXPLAIN-1', 'EXPLAIN-2')}`, { waitUntil: 'load' });
    await playFirstTurn(page);
    expect((await item(page, 'How the AI chose')).selected).toBe(true);
    expect(await columnText(page, 'Orders and their reasons')).toMatch(/How the AI chose: this posture gave/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports the special police in the next turn’s news, not a quiet few days', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}${LINK}`);
    await playFirstTurn(page);
    const cont = (await items(page)).find((i) => i.hotkey === 'c');
    if (!cont) throw new Error('no Continue button');
    await clickItem(page, cont);
    await waitForScene(page, 'Game');
    // The side panel shows "Authority in the north" and its number apart (the label never runs into it).
    await screenshot(page, 'explain-6-game-turn-2');
    const news = await said(page);
    expect(news).toMatch(/Kosovo: “Send more special police north” — police presence \+\d+ in /);
    expect(news).not.toContain('A quiet few days');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the results and How the actors think readably on a phone (390×844)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${inject('baseUrl')}${LINK}`, { waitUntil: 'load' });
    await playFirstTurn(page);
    await screenshot(page, 'explain-3-results-phone');
    await page.close();

    const wide = await openPage(browser, `${inject('baseUrl')}`);
    await waitForCanvas(wide.page);
    await waitForScene(wide.page, 'Title');
    await clickControl(wide.page, 'How the actors think');
    await waitForScene(wide.page, 'ActorMind');
    const text = (await items(wide.page)).find((i) => i.text !== undefined)?.text ?? '';
    expect(text).toContain('What moves Serbia in each posture');
    expect(text).toContain('Belgrade wants the mayors out of the buildings and shows it can apply pressure.');
    await screenshot(wide.page, 'explain-4-minds');
    await wide.page.setViewportSize({ width: 390, height: 844 });
    await wide.page.waitForTimeout(400);
    await screenshot(wide.page, 'explain-5-minds-phone');
    expect(wide.errors).toEqual([]);
    await wide.page.close();
  });
});
