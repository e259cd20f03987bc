// Danger you can see, worked out from the state: the screen's tone by rung,
// a climb of the ladder, the last turn's violence, which map markers show
// (from the scenario's map data, flags and places), and which cards unlocked.
import { describe, expect, it } from 'vitest';
import { createGame, restoreGame } from '../../src/sim/game';
import type { ActionOption } from '../../src/sim/options';
import type { LogEntry } from '../../src/sim/types';
import { messagesFor } from '../../src/text/messages';
import { cardsNow, climbIn, markersOf, newFirst, shownMarkers, toneOf, unlockedCards, violenceIn } from '../../src/ui/danger';
import { startMapState } from '../../src/ui/map-state';
import { tinyScenario } from '../fixtures/tiny-scenario';
import { scenario } from './helpers';

const noFlags = Object.fromEntries(scenario.flags.map((f) => [f, false]));

describe('the tone of the screen', () => {
  it('goes from calm through tense and violent to the brink as the ladder climbs', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((r) => toneOf(r, 9))).toEqual([0, 0, 0, 1, 1, 2, 2, 3, 3, 3]);
  });

  it('tells rung 2 (calm) from rung 8 (the brink)', () => {
    expect(toneOf(2, scenario.ladder.top)).toBe(0);
    expect(toneOf(8, scenario.ladder.top)).toBe(3);
  });
});

describe('the last turn', () => {
  const log: LogEntry[] = [
    { turn: 3, kind: 'rung', from: 2, to: 4, heat: 3 },
    { turn: 4, kind: 'rung', from: 4, to: 3, heat: -2 },
    { turn: 4, kind: 'incident', id: 'clash', armed: false, place: 'zvecan' },
    { turn: 4, kind: 'incident', id: 'shots', armed: true, place: 'zvecan' },
    { turn: 4, kind: 'incident', id: 'riot', armed: false, place: null },
    { turn: 4, kind: 'casualties', group: 'police', injured: 5, killed: 0, cause: 'clash' },
    { turn: 4, kind: 'casualties', group: 'civilians', injured: 10, killed: 1, cause: 'clash' },
  ];

  it('climbed when its rung record goes up, not when it goes down or is missing', () => {
    expect(climbIn(log, 3)).toEqual({ from: 2, to: 4 });
    expect(climbIn(log, 4)).toBeNull();
    expect(climbIn(log, 5)).toBeNull();
  });

  it('adds up its incidents, casualties and the places of its incidents (each once)', () => {
    expect(violenceIn(log, 4)).toEqual({ incidents: 3, armed: 1, injured: 15, killed: 1, places: ['zvecan'] });
    expect(violenceIn(log, 3)).toEqual({ incidents: 0, armed: 0, injured: 0, killed: 0, places: [] });
  });
});

describe('the map markers', () => {
  const calm = { flags: noFlags, places: startMapState(scenario), clashes: [] };

  it('shows nothing at the start', () => {
    expect(shownMarkers(scenario.map, calm)).toEqual([]);
  });

  it('shows each flag marker of the scenario while its flag is set', () => {
    const ids = (flags: Record<string, boolean>) =>
      shownMarkers(scenario.map, { ...calm, flags: { ...noFlags, ...flags } }).map((m) => ('id' in m ? m.id : m.kind));
    expect(ids({ barricadesUp: true })).toEqual(['barricades-jarinje', 'barricades-brnjak']);
    expect(ids({ crossingsClosed: true })).toEqual(['closed-jarinje', 'closed-brnjak']);
    expect(ids({ troopsAtLine: true })).toEqual(['troops-north', 'troops-east']);
  });

  it('puts the closed crossings on the Jarinje and Brnjak crossing points', () => {
    const at = (id: string) => scenario.map.landmarks.find((l) => l.id === id)?.at;
    const closed = shownMarkers(scenario.map, { ...calm, flags: { ...noFlags, crossingsClosed: true } });
    expect(closed.map((m) => m.at)).toEqual([at('jarinje'), at('brnjak')]);
  });

  it('shows crowds where unrest reached the threshold, and a clash where last turn had an incident, at the seat', () => {
    const places = { ...startMapState(scenario) };
    const z = places.zvecan;
    if (!z) throw new Error('no Zvečan');
    places.zvecan = { ...z, unrest: scenario.map.dangers?.crowdsAtUnrest ?? 60 };
    const shown = shownMarkers(scenario.map, { flags: noFlags, places, clashes: ['north-mitrovica'] });
    expect(shown).toEqual([
      { kind: 'crowd', place: 'zvecan', at: scenario.map.seats.zvecan },
      { kind: 'clash', place: 'north-mitrovica', at: scenario.map.seats['north-mitrovica'] },
    ]);
  });

  it('reads a state: its flags, its places, and the clashes of the turn asked for', () => {
    const log: LogEntry[] = [{ turn: 5, kind: 'incident', id: 'clash', armed: false, place: 'leposavic' }];
    const state = { flags: { ...noFlags, crossingsClosed: true }, places: startMapState(scenario), log };
    expect(markersOf(scenario.map, state, 5).map((m) => m.kind)).toEqual(['closed-crossing', 'closed-crossing', 'clash']);
    expect(markersOf(scenario.map, state, 6).map((m) => m.kind)).toEqual(['closed-crossing', 'closed-crossing']);
  });

  it('names every marker with a message', () => {
    const m = messagesFor(scenario);
    for (const f of scenario.map.dangers?.flags ?? []) expect(m.has(`map.marker.${f.id}`), f.id).toBe(true);
  });

  it('shows none on a map without danger data (the tiny scenario)', () => {
    const flags = Object.fromEntries(tinyScenario.flags.map((f) => [f, true]));
    expect(shownMarkers(tinyScenario.map, { flags, places: startMapState(tinyScenario), clashes: [...tinyScenario.placeIds] })).toEqual([]);
  });
});

describe('cards that unlock', () => {
  const option = (id: string, available: boolean, reason: ActionOption['reason'] = available ? null : { kind: 'requires' }) =>
    ({ def: { id }, available, reason, risk: null, crossesRung: false }) as unknown as ActionOption;

  it('are those available now that their conditions held back last turn', () => {
    const before = cardsNow([option('a', true), option('b', false), option('c', false)]);
    const now = [option('a', true), option('b', true), option('c', false)];
    expect(unlockedCards(before, now)).toEqual(['b']);
  });

  it('do not include a card that was only too dear last turn', () => {
    const before = cardsNow([option('a', false, { kind: 'cost', cost: 3, budget: 2 })]);
    expect(unlockedCards(before, [option('a', true)])).toEqual([]);
  });

  it('are none when the last turn is not known (the first turn, a game just loaded)', () => {
    expect(unlockedCards(null, [option('a', true)])).toEqual([]);
  });

  it('come first, each group in its own order', () => {
    const list = [option('a', true), option('b', true), option('c', true), option('d', true)];
    expect(newFirst(list, ['d', 'b']).map((o) => o.def.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('include "Agree to run in new elections" for the Kosovo Serbs once new elections are called', () => {
    const game = createGame(scenario, { seed: 'NEW-CARDS', humans: ['serbs'], difficulty: 'normal' });
    game.advance();
    const before = cardsNow(game.options('serbs'));
    expect(before.available).not.toContain('serbs.run-in-elections');
    const state = game.snapshot();
    game.dispose();
    state.flags.electionsCalled = true;
    const called = restoreGame(scenario, state);
    expect(unlockedCards(before, called.options('serbs'))).toContain('serbs.run-in-elections');
    called.dispose();
  });
});
