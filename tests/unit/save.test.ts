import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGame, restoreGame } from '../../src/sim/game';
import { stateHash } from '../../src/sim/hash';
import { MIGRATIONS, parseSave, SAVE_VERSION, saveToText } from '../../src/sim/save';
import { checkStateFits } from '../../src/sim/state-check';
import { gameStateSchema } from '../../src/sim/state-schema';
import { lookup, scenario, seeds } from './helpers';

// A save written by the previous build (main at 13b4fb5, save version 1, rules 1):
// KFOR played by a person on hard, turn 9, awaiting KFOR's order.
const v1Text = readFileSync(new URL('../fixtures/save-v1-main-13b4fb5.json', import.meta.url), 'utf8');

function midGame(seed: string) {
  const g = createGame(scenario, { seed, humans: ['eu'] });
  g.advance();
  for (let t = 0; t < 5; t++) {
    g.submit('eu', 'eu.hold');
    g.advance();
  }
  return g;
}

describe('saves', () => {
  it('accept every state of real games', () => {
    for (const seed of seeds(30, 'schema')) {
      const g = createGame(scenario, { seed });
      g.advance((s) => expect(gameStateSchema(scenario).safeParse(s).success).toBe(true));
    }
  });

  it('round-trip a game in progress and continue it to the same code', () => {
    const g = midGame('save-1');
    const text = saveToText(g.state, 'eu', '2026-11-27T10:00:00Z');
    const loaded = parseSave(text, lookup);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const resumed = restoreGame(scenario, loaded.value.state);
    for (const x of [g, resumed]) {
      while (!x.isOver()) {
        if (!x.submit('eu', 'eu.call-calm').ok) x.submit('eu', 'eu.hold');
        x.advance();
      }
    }
    expect(stateHash(resumed.state)).toBe(stateHash(g.state));
  });

  it('writes the current save version', () => {
    const file = JSON.parse(saveToText(midGame('fixture').state, 'eu', '2026-01-01T00:00:00Z'));
    expect(file.version).toBe(SAVE_VERSION);
    expect(parseSave(JSON.stringify(file), lookup).ok).toBe(true);
  });

  it('runs migration steps in order from an older version', () => {
    const fixture = JSON.parse(v1Text);
    // A pretend version 0 that named the role "player"; step 0 renames it, then step 1 migrates the state.
    const v0 = { ...fixture, version: 0, player: fixture.role };
    delete v0.role;
    MIGRATIONS[0] = ({ player, ...rest }) => ({ ...rest, role: player, version: 1 });
    try {
      const r = parseSave(JSON.stringify(v0), lookup);
      expect(r.ok && r.value.role).toBe('kfor');
    } finally {
      delete MIGRATIONS[0];
    }
  });

  it('refuses a save from a newer version, saying so', () => {
    const text = saveToText(midGame('new').state, 'eu', 'x');
    const r = parseSave(text.replace(`"version":${SAVE_VERSION}`, `"version":${SAVE_VERSION + 1}`), lookup);
    expect(!r.ok && r.error).toMatch(/newer version of the game/);
  });

  it('refuses damaged saves, naming the damage', () => {
    const text = saveToText(midGame('dmg').state, 'eu', 'x');
    expect(!parseSave(text.slice(0, 500), lookup).ok && (parseSave(text.slice(0, 500), lookup) as { error: string }).error).toMatch(
      /not valid JSON/,
    );
    const bad = JSON.parse(text);
    bad.state.rung = 42;
    const r = parseSave(JSON.stringify(bad), lookup);
    expect(!r.ok && r.error).toMatch(/state\.rung/);
    expect((parseSave('{"format":"something-else"}', lookup) as { error: string }).error).toMatch(/not a Flashpoint save/);
  });
});

describe('a version 1 save from the previous build', () => {
  it('is migrated to the current version, keeping its role and difficulty', () => {
    expect(JSON.parse(v1Text).version).toBe(1);
    const r = parseSave(v1Text, lookup);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.version).toBe(SAVE_VERSION);
    expect(r.value).toMatchObject({ role: 'kfor', difficulty: 'hard' });
    // Its content is North 2023 v1, which the migration maps to v2 (the same game in the generic engine's shape).
    expect(r.value.state.scenario).toEqual({ id: scenario.id, version: 2 });
    expect(Object.keys(r.value.state.places).sort()).toEqual([...scenario.placeIds].sort());
  });

  it('is set aside by today’s scenario version (v3 changed the rules of play), with the plain reason', () => {
    const r = parseSave(v1Text, lookup);
    if (!r.ok) throw new Error(r.error);
    const fits = checkStateFits(scenario, r.value.state);
    expect(fits.ok ? '' : fits.error).toMatch(/north-2023 v2/);
  });

  it('continues to the end under the current rules', () => {
    const r = parseSave(v1Text, lookup);
    if (!r.ok) throw new Error(r.error);
    const g = restoreGame(scenario, r.value.state);
    expect(g.state.turn).toBe(9);
    expect(g.awaiting()).toEqual(['kfor']);
    while (!g.isOver()) {
      for (const actor of g.awaiting()) if (!g.submit(actor, 'kfor.patrol').ok) g.submit(actor, 'kfor.hold');
      g.advance();
    }
    expect(g.state.phase).toBe('over');
    expect(g.state.outcome).not.toBeNull();
    g.dispose();
  });
});
