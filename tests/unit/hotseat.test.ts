// Hot-seat at the level of the scenes' door to the engine (PlaySession):
// several human roles at one screen, each ordering in private, the turn
// played only when the last has chosen; saves and replays keep every player.
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioLoaders } from '../../src/scenarios';
import { parseReplay, verifyReplay } from '../../src/sim/replay';
import { parseSave as parseSaveIn, saveToText } from '../../src/sim/save';
import type { ActorId, Difficulty } from '../../src/sim/types';
import { messagesFor } from '../../src/text/messages';
import { PlaySession } from '../../src/ui/play';
import { resumeSave, setupOf, slotKey } from '../../src/ui/saves';
import { loadAllScenarios, provideScenarios, scenarioById } from '../../src/ui/scenario-source';
import { type GameSetup, hotseatSetup as hotseatSetupIn, humanActors, validateSetup } from '../../src/ui/session';
import { scenario } from './helpers';

// The screens find scenarios through scenario-source, as in the browser.
beforeAll(async () => {
  provideScenarios(scenarioLoaders);
  await loadAllScenarios();
});

const hotseatSetup = (players: ActorId[], seed: string, difficulty: Difficulty) => hotseatSetupIn(scenario, players, seed, difficulty);
const parseSave = (text: string) => parseSaveIn(text, scenarioById);
/** A setup's problem in English words, or null. */
const problemOf = (setup: GameSetup): string | null => {
  const problem = validateSetup(setup);
  return problem && messagesFor(scenario).ref(problem);
};

const three = (seed = 'HOT-1'): GameSetup => hotseatSetup(['kfor', 'serbia', 'kosovo'], seed, 'normal');

/** The first available card of the player whose screen shows. */
function firstCard(s: PlaySession): string {
  const o = s.options().find((x) => x.available);
  if (!o) throw new Error('no available card');
  return o.def.id;
}

describe('hot-seat setup', () => {
  it('puts the players in the fixed actor order, the first as the role', () => {
    const setup = three();
    expect(setup.players).toEqual(['serbia', 'kosovo', 'kfor']);
    expect(setup.role).toBe('serbia');
    expect(humanActors(setup)).toEqual(['serbia', 'kosovo', 'kfor']);
    expect(validateSetup(setup)).toBeNull();
  });

  it('accepts 2 to 8 distinct actors, even those that are AI-only alone', () => {
    expect(validateSetup(hotseatSetup(['usa', 'china'], 's', 'hard'))).toBeNull();
    expect(validateSetup(hotseatSetup(['serbia', 'kosovo', 'serbs', 'kfor', 'eu', 'usa', 'russia', 'china'], 's', 'easy'))).toBeNull();
    // Alone, the USA is still not a playable role.
    expect(problemOf({ scenarioId: 'north-2023', role: 'usa', seed: 's', difficulty: 'normal' })).toMatch(/not a playable role/);
  });

  it.each<[string, Partial<GameSetup>, RegExp]>([
    ['one player', { role: 'serbia', players: ['serbia'] }, /at least 2/],
    ['no players', { role: 'watch', players: [] }, /at least 2/],
    ['twice', { role: 'serbia', players: ['serbia', 'serbia'] }, /twice/],
    ['unknown', { role: 'serbia', players: ['serbia', 'atlantis' as ActorId] }, /not an actor/],
    ['out of order', { role: 'kosovo', players: ['kosovo', 'serbia'] }, /order/],
    ['role not the first', { role: 'kosovo', players: ['serbia', 'kosovo'] }, /first player/],
  ])('refuses %s', (_name, change, message) => {
    expect(problemOf({ scenarioId: 'north-2023', role: 'serbia', seed: 's', difficulty: 'normal', ...change })).toMatch(message);
  });
});

describe('PlaySession in hot-seat', () => {
  it('shows each player in turn; the turn plays only after the last order', () => {
    const s = new PlaySession(three());
    expect(s.isHotseat).toBe(true);
    expect(s.players).toEqual(['serbia', 'kosovo', 'kfor']);
    expect(s.state.turn).toBe(1);
    expect(s.role).toBe('serbia');
    expect(s.awaitingOthers()).toBe(true);
    expect(s.chosenCount()).toBe(0);
    // endTurn is for the last player only.
    expect(s.endTurn(firstCard(s)).ok).toBe(false);

    const a = s.handOff(firstCard(s));
    expect(a).toEqual({ ok: true, value: 'kosovo' });
    expect(s.role).toBe('kosovo');
    expect(s.chosenCount()).toBe(1);
    expect(s.state.turn).toBe(1);
    expect(s.lastPlayedTurn()).toBe(0);

    expect(s.handOff(firstCard(s))).toEqual({ ok: true, value: 'kfor' });
    expect(s.role).toBe('kfor');
    expect(s.awaitingOthers()).toBe(false);
    // The last player cannot hand on: there is nobody left.
    expect(s.handOff(firstCard(s)).ok).toBe(false);
    const r = s.endTurn(firstCard(s));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.turn).toBe(1);
    // The report reveals every player's order together.
    expect(r.value.decisions.filter((d) => d.by === 'human').map((d) => d.actor)).toEqual(['serbia', 'kosovo', 'kfor']);
    expect(s.state.turn).toBe(2);
    expect(s.role).toBe('serbia');
    expect(s.chosenCount()).toBe(0);
    s.dispose();
  });

  it('unlocks a screen only for the player whose turn it is, and locks it after every order', () => {
    const s = new PlaySession(three());
    expect(s.unlockedFor).toBeNull();
    expect(s.unlock('kosovo').ok).toBe(false);
    expect(s.unlockedFor).toBeNull();
    expect(s.unlock('serbia').ok).toBe(true);
    expect(s.unlockedFor).toBe('serbia');
    s.handOff(firstCard(s));
    expect(s.unlockedFor).toBeNull();
    expect(s.unlock('kosovo').ok).toBe(true);
    s.handOff(firstCard(s));
    expect(s.unlockedFor).toBeNull();
    expect(s.unlock('kfor').ok).toBe(true);
    expect(s.endTurn(firstCard(s)).ok).toBe(true);
    expect(s.unlockedFor).toBeNull();
    s.dispose();
  });

  it('Hot-seat: one role’s orders are never visible on the next role’s screen (whatever the first chose, the next sees the same)', () => {
    // Kosovo pulling its police out would lower the odds of the Serbs' gathering once resolved: the preview must not know it yet.
    const setup = hotseatSetup(['kosovo', 'serbs'], 'PEEK-1', 'normal');
    const s = new PlaySession(setup);
    const screen = (x: PlaySession) =>
      JSON.stringify({
        role: x.role,
        options: x.options(),
        panels: x.panels(),
        news: x.news(),
        posture: x.posture(),
        turn: x.displayTurn(),
        chosen: x.chosenCount(),
      });
    for (let turn = 1; turn <= 6 && !s.over; turn++) {
      const cards = s.options().filter((o) => o.available);
      expect(cards.length).toBeGreaterThan(1);
      const pick = cards.find((o) => o.def.id === 'kosovo.cut-police') ?? cards[turn % cards.length];
      const other = cards.find((o) => o !== pick);
      if (!pick || !other) throw new Error('no cards');
      // The same game, the first player choosing something else.
      const twin = new PlaySession(setup, s.game.snapshot());
      expect(s.handOff(pick.def.id)).toEqual({ ok: true, value: 'serbs' });
      expect(twin.handOff(other.def.id)).toEqual({ ok: true, value: 'serbs' });
      expect(screen(s)).toBe(screen(twin));
      twin.dispose();
      const k = s.options().find((o) => o.available);
      if (!k) throw new Error('no card');
      expect(s.endTurn(k.def.id).ok).toBe(true);
    }
    s.dispose();
  });

  it('writes a replay with every player that the replay check verifies', () => {
    const s = new PlaySession(three('HOT-REPLAY'));
    while (!s.over) {
      if (s.awaitingOthers()) expect(s.handOff(firstCard(s)).ok).toBe(true);
      else expect(s.endTurn(firstCard(s)).ok).toBe(true);
    }
    const replay = parseReplay(s.replayText());
    expect(replay.ok).toBe(true);
    if (!replay.ok) return;
    expect(replay.value.roles).toEqual(['serbia', 'kosovo', 'kfor']);
    const v = verifyReplay(replay.value, scenarioById);
    expect(v.ok && v.value.code).toBe(s.verification());
    if (v.ok) v.value.played.game.dispose();
    s.dispose();
  });
});

describe('hot-seat saves', () => {
  it('have their own slot, keep the players, and resume with the same players', () => {
    const setup = three('HOT-SAVE');
    const single: GameSetup = { scenarioId: 'north-2023', role: 'serbia', seed: 'HOT-SAVE', difficulty: 'normal' };
    expect(slotKey(setup)).not.toBe(slotKey(single));
    expect(slotKey(setup)).toContain('serbia+kosovo+kfor');
    expect(slotKey(hotseatSetup(['serbia', 'kosovo'], 'HOT-SAVE', 'normal'))).not.toBe(slotKey(setup));

    const s = new PlaySession(setup);
    for (let i = 0; i < 2; i++) {
      s.handOff(firstCard(s));
      s.handOff(firstCard(s));
      s.endTurn(firstCard(s));
    }
    const file = parseSave(saveToText(s.state, setup.role, '2026-01-01T00:00:00Z', undefined, setup.players));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.value.players).toEqual(['serbia', 'kosovo', 'kfor']);
    expect(setupOf(file.value)).toEqual(setup);
    const resumed = resumeSave(file.value);
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    expect(resumed.value.isHotseat).toBe(true);
    expect(resumed.value.role).toBe('serbia');
    expect(resumed.value.state.turn).toBe(3);
    expect(resumed.value.unlockedFor).toBeNull();
    resumed.value.dispose();
    s.dispose();
  });

  it('refuse a save whose players do not match the game inside it', () => {
    const s = new PlaySession(three('HOT-MISMATCH'));
    const file = parseSave(saveToText(s.state, 'serbia', 'x', undefined, ['serbia', 'kosovo']));
    expect(file.ok).toBe(true);
    if (file.ok) expect(resumeSave(file.value)).toMatchObject({ ok: false, error: expect.stringMatching(/do not match/) });
    // A damaged players list is refused by the reader, with its reason.
    expect(parseSave(saveToText(s.state, 'serbia', 'x', undefined, ['serbia', 'serbia']))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/twice/),
    });
    s.dispose();
  });

  it('one-player saves stay as they were (no players field)', () => {
    const s = new PlaySession({ scenarioId: 'north-2023', role: 'kfor', seed: 'ONE', difficulty: 'normal' });
    const text = saveToText(s.state, 'kfor', 'x');
    expect(JSON.parse(text)).not.toHaveProperty('players');
    const file = parseSave(text);
    expect(file.ok && file.value.players).toBeUndefined();
    expect(s.isHotseat).toBe(false);
    expect(s.role).toBe('kfor');
    s.dispose();
  });
});
