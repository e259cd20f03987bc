import { describe, expect, it } from 'vitest';
import { createGame, restoreGame } from '../../src/sim/game';
import { stateHash } from '../../src/sim/hash';
import { MIGRATIONS, parseSave, SAVE_VERSION, saveToText } from '../../src/sim/save';
import { gameStateSchema } from '../../src/sim/state-schema';
import { scenario, seeds } from './helpers';

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
      g.advance((s) => expect(gameStateSchema.safeParse(s).success).toBe(true));
    }
  });

  it('round-trip a game in progress and continue it to the same code', () => {
    const g = midGame('save-1');
    const text = saveToText(g.state, 'eu', '2026-11-27T10:00:00Z');
    const loaded = parseSave(text);
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

  it('migrates a version 1 fixture (the migration machinery runs even with nothing to do)', () => {
    const fixture = JSON.parse(saveToText(midGame('fixture').state, 'eu', '2026-01-01T00:00:00Z'));
    expect(fixture.version).toBe(1);
    const r = parseSave(JSON.stringify(fixture));
    expect(r.ok).toBe(true);
  });

  it('runs migration steps in order from an older version', () => {
    const fixture = JSON.parse(saveToText(midGame('old').state, 'eu', '2026-01-01T00:00:00Z'));
    // A pretend version 0 that named the role "player"; step 0 renames it.
    const v0 = { ...fixture, version: 0, player: fixture.role };
    delete v0.role;
    MIGRATIONS[0] = ({ player, ...rest }) => ({ ...rest, role: player, version: 1 });
    try {
      const r = parseSave(JSON.stringify(v0));
      expect(r.ok && r.value.role).toBe('eu');
    } finally {
      delete MIGRATIONS[0];
    }
  });

  it('refuses a save from a newer version, saying so', () => {
    const text = saveToText(midGame('new').state, 'eu', 'x');
    const r = parseSave(text.replace(`"version":${SAVE_VERSION}`, `"version":${SAVE_VERSION + 1}`));
    expect(!r.ok && r.error).toMatch(/newer version of the game/);
  });

  it('refuses damaged saves, naming the damage', () => {
    const text = saveToText(midGame('dmg').state, 'eu', 'x');
    expect(!parseSave(text.slice(0, 500)).ok && (parseSave(text.slice(0, 500)) as { error: string }).error).toMatch(/not valid JSON/);
    const bad = JSON.parse(text);
    bad.state.rung = 42;
    const r = parseSave(JSON.stringify(bad));
    expect(!r.ok && r.error).toMatch(/state\.rung/);
    expect((parseSave('{"format":"something-else"}') as { error: string }).error).toMatch(/not a Flashpoint save/);
  });
});
