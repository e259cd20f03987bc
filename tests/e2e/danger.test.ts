// Danger you can see, in the built game: after the ladder climbs, a headline
// banner names the new rung and is said; the map marks barricades, closed
// crossings, crowds, clashes and the army near the line when they are there;
// a card that unlocks is marked NEW, comes first and is said. The states are
// reached by playing the real engine in Node (a save for the game to
// continue) or by playing the same choices in the browser.
// Screenshots: test-output/screenshots/danger-*.png (1280×720 and 390×844).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { north2023 } from '../../src/scenarios/north-2023';
import { createGame, type Game } from '../../src/sim/game';
import { saveToText } from '../../src/sim/save';
import type { GameState } from '../../src/sim/types';
import { cardsNow, climbIn, type PreviousCards, toneOf, unlockedCards, violenceIn } from '../../src/ui/danger';
import { launchBrowser, screenshot, waitForCanvas } from './browser';
import { cards, focusLabel, items, said, waitForScene } from './ui-helpers';

const SEED = 'DANGER-1';
const words = north2023.messages.en ?? {};
const name = (id: string) => words[`action.${id}.name`] ?? id;

/** The Kosovo Serbs' hard line: barricades when they can, else a protest, else their first card. */
function serbsPick(game: Game): string {
  const av = game.options('serbs').filter((o) => o.available);
  const ids = av.map((o) => o.def.id);
  return ids.includes('serbs.barricades') ? 'serbs.barricades' : ids.includes('serbs.protest') ? 'serbs.protest' : (ids[0] ?? '');
}

interface Turn {
  /** The state at the start of this turn's orders. */
  state: GameState;
  /** The cards that unlocked this turn. */
  unlocked: string[];
  pick: string;
}

/** Plays the Serbs' hard line in Node for up to `turns` turns; the state at the start of every turn's orders. */
function playHardLine(turns: number): Turn[] {
  const game = createGame(north2023, { seed: SEED, humans: ['serbs'], difficulty: 'normal' });
  game.advance();
  const out: Turn[] = [];
  let previous: PreviousCards | null = null;
  for (let t = 1; t <= turns && !game.isOver(); t++) {
    const options = game.options('serbs');
    const pick = serbsPick(game);
    out.push({ state: game.snapshot(), unlocked: unlockedCards(previous, options), pick });
    previous = cardsNow(options);
    expect(game.submit('serbs', pick).ok).toBe(true);
    game.advance();
  }
  game.dispose();
  return out;
}

let browser: Browser;
let turns: Turn[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  turns = playHardLine(14);
});

afterAll(async () => {
  await browser?.close();
});

/** A page that continues `state` (saved as the Kosovo Serbs' game) in a window of `w`×`h`. */
async function continueState(state: GameState, w = 1280, h = 720): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key as string, text as string);
      sessionStorage.setItem('seeded', '1');
    },
    [`flashpoint:save:north-2023:serbs:normal:${SEED}`, saveToText(state, 'serbs', '2026-01-01T09:00:00.000Z')],
  );
  await page.goto(`${inject('baseUrl')}?resume=last`);
  await waitForCanvas(page);
  await waitForScene(page, 'Game');
  return { page, errors };
}

const labels = async (page: Page) => (await items(page)).map((i) => i.label);

describe('danger you can see', () => {
  it('shows a headline banner after the ladder climbs, says it, and lets it be dismissed', async () => {
    // A climb that shed blood, so the banner shows both (any climb if the hard line never does).
    const climbs = turns.filter((t) => t.state.turn > 1 && climbIn(t.state.log, t.state.turn - 1));
    const at = climbs.find((t) => violenceIn(t.state.log, t.state.turn - 1).incidents > 0) ?? climbs[0];
    if (!at) throw new Error('the hard line never climbed the ladder');
    const climb = climbIn(at.state.log, at.state.turn - 1);
    if (!climb) throw new Error('no climb');
    const { page, errors } = await continueState(at.state);
    const text = await said(page);
    expect(text).toContain(
      `Headline: the crisis escalates from rung ${climb.from} to rung ${climb.to} of 9, ${words[`rung.${climb.to}.name`]}`,
    );
    expect(text).toContain(words[`rung.${climb.to}.description`] ?? '?');
    const violence = violenceIn(at.state.log, at.state.turn - 1);
    if (violence.incidents > 0) expect(text).toContain(`Last turn: ${violence.incidents} violent incident`);
    expect(await labels(page)).toContain('Dismiss');
    await screenshot(page, 'danger-1-banner');
    await page.keyboard.press('x');
    await page.waitForTimeout(150);
    expect(await labels(page)).not.toContain('Dismiss');
    expect(await said(page)).toBe('Headline dismissed.');
    // The keyboard goes back to the news, where the turn starts.
    expect(await focusLabel(page)).toBe('News this turn');
    await screenshot(page, 'danger-2-banner-dismissed');
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('marks barricades, closed crossings and crowds on the map when they are there, and says so', async () => {
    const at = turns.find((t) => t.state.flags.barricadesUp && t.state.flags.crossingsClosed);
    if (!at) throw new Error('no turn with barricades and closed crossings');
    const { page, errors } = await continueState(at.state);
    const text = await said(page);
    expect(text).toContain('On the map: Barricades on the road to Jarinje / Jarinjë; Barricades on the road to Brnjak / Bërnjak');
    expect(text).toContain('Jarinje / Jarinjë crossing point closed; Brnjak / Bërnjak crossing point closed');
    const crowded = Object.entries(at.state.places).filter(([, p]) => p.unrest >= 60);
    if (crowded.length) expect(text).toContain('crowds in');
    const clashes = violenceIn(at.state.log, at.state.turn - 1).places;
    if (clashes.length) expect(text).toContain('a violent clash in');
    await page.keyboard.press('x');
    await page.waitForTimeout(150);
    await screenshot(page, 'danger-3-map-markers');
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [w, h] of [
    [1280, 720],
    [390, 844],
  ] as const) {
    it(`shows no markers and a calm tone at the start, and the brink unmistakably (${w}×${h})`, async () => {
      const calm = turns[0];
      const brink = turns.find((t) => t.state.flags.troopsAtLine && toneOf(t.state.rung, 9) === 3);
      if (!calm || !brink) throw new Error('no calm or brink turn');
      const a = await continueState(calm.state, w, h);
      const calmText = await said(a.page);
      expect(calmText).toContain('The situation is calm.');
      expect(calmText).not.toContain('On the map:');
      expect(calmText).not.toContain('Headline');
      // Turn 1 opens the guided first turn over the ladder: skip it to see the calm screen.
      if ((await labels(a.page)).includes('Skip guide')) {
        await a.page.keyboard.press('s');
        await a.page.waitForTimeout(150);
      }
      await screenshot(a.page, `danger-4-calm-${w}x${h}`);
      expect(a.errors).toEqual([]);
      await a.page.close();

      const b = await continueState(brink.state, w, h);
      const brinkText = await said(b.page);
      expect(brinkText).toContain('The crisis is on the brink of war.');
      expect(brinkText).toContain('Serbian army units near the line');
      await screenshot(b.page, `danger-5-brink-${w}x${h}`);
      if ((await labels(b.page)).includes('Dismiss')) {
        await b.page.keyboard.press('x');
        await b.page.waitForTimeout(150);
        await screenshot(b.page, `danger-5-brink-${w}x${h}-dismissed`);
      }
      expect(b.errors).toEqual([]);
      await b.page.close();
    }, 300_000);
  }

  it('marks a card that unlocked NEW, puts it first and says so', async () => {
    const at = turns.find((t) => t.unlocked.length > 0);
    if (!at) throw new Error('no card unlocked on the hard line');
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${inject('baseUrl')}?scenario=north-2023&seed=${SEED}&role=serbs`);
    await waitForCanvas(page);
    await waitForScene(page, 'Briefing');
    await page.keyboard.press('b');
    await waitForScene(page, 'Game');
    for (const t of turns) {
      if (t === at) break;
      expect(await said(page)).not.toContain('unlocked this turn');
      const card = (await cards(page)).find((c) => c.label === name(t.pick));
      if (!card?.hotkey) throw new Error(`no card ${t.pick} on turn ${t.state.turn}`);
      await page.keyboard.press(card.hotkey);
      await page.keyboard.press('e');
      await page.waitForTimeout(150);
      if ((await labels(page)).includes('Confirm')) await page.keyboard.press('y');
      await waitForScene(page, 'Resolution');
      await page.keyboard.press('c');
      await waitForScene(page, 'Game');
      if ((await labels(page)).includes('Dismiss')) await page.keyboard.press('x');
    }
    const names = at.unlocked.map(name);
    const text = await said(page);
    expect(text).toMatch(/unlocked this turn, shown first/);
    for (const n of names) expect(text).toContain(n);
    // The unlocked cards come first, and a card says it is new when it has the focus.
    const strip = await cards(page);
    expect(strip.slice(0, names.length).map((c) => c.label)).toEqual(names);
    const first = names[0] as string;
    await page.keyboard.press('Tab');
    for (let i = 0; i < 40 && (await focusLabel(page)) !== first; i++) await page.keyboard.press('Tab');
    expect(await focusLabel(page)).toBe(first);
    expect(await said(page)).toContain('New this turn.');
    await screenshot(page, 'danger-6-new-card');
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
