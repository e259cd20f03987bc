import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/sim/game';
import { simulate } from '../../src/sim/simulate';
import type { GameState, LogEntry } from '../../src/sim/types';
import { turnDays } from '../../src/text/dates';
import { timeline } from '../../src/text/debrief';
import { en, historicalPolicies, historicalRoles, scenario, seeds } from './helpers';

// The debrief's two-column timeline: one row for every turn the game played,
// beside what really happened on the same dates; never an empty "nothing".

const NOTABLE = new Set<LogEntry['kind']>(['incident', 'casualties', 'rung', 'holder', 'flag', 'event', 'end']);
const quiet = (s: Readonly<GameState>, turn: number) => !s.log.some((e) => e.turn === turn && NOTABLE.has(e.kind));

function allAiGame(seed: string): GameState {
  const run = simulate(scenario, { seed });
  if (!run.ok) throw new Error(run.error);
  return run.value.game.state;
}

/** A game with Kosovo played by a person who always takes its first possible card, stopped before `stopAt` is resolved. */
function kosovoGameStoppedAt(seed: string, stopAt: number): GameState {
  const g = createGame(scenario, { seed, humans: ['kosovo'] });
  for (;;) {
    g.advance();
    if (g.isOver() || g.state.turn >= stopAt) return g.snapshot();
    const card = g.options('kosovo').find((o) => o.available);
    if (!card) throw new Error('no card');
    const r = g.submit('kosovo', card.def.id);
    if (!r.ok) throw new Error(r.error);
  }
}

describe('the debrief timeline', () => {
  it('has one row for every turn the game played, in order', () => {
    const s = allAiGame('timeline-rows');
    const played = timeline(en, scenario, s).filter((r) => r.played);
    expect(played.map((r) => r.turn)).toEqual(Array.from({ length: s.turn }, (_, i) => i + 1));
  });

  it('puts each real event beside the turn of its date (the elections of 23 April beside turn 1)', () => {
    const rows = timeline(en, scenario, allAiGame('timeline-dates'));
    expect(rows.flatMap((r) => r.history)).toHaveLength(scenario.history.length);
    let dated = 0;
    for (const row of rows)
      for (const h of row.history) {
        // Dates a reader can check: "26 May 2023" or "13–14 Jun 2023" (the first day counts); "Late Apr–May" is a span.
        const d = /^(\d+)(?:–\d+)? (\w{3}) (\d{4})$/.exec(en.t(`history.${h.id}.date`));
        if (!d) continue;
        dated++;
        const date = Date.parse(`${d[1]} ${d[2]} ${d[3]} UTC`);
        const { first, last } = turnDays(scenario, row.turn);
        if (row.turn > 1) expect(date, `${h.id} on turn ${row.turn}`).toBeGreaterThanOrEqual(first.getTime());
        expect(date, `${h.id} on turn ${row.turn}`).toBeLessThanOrEqual(last.getTime());
      }
    expect(dated).toBeGreaterThan(5);
  });

  it('describes a quiet turn on a high rung by its rung and every order, never as “nothing notable”', () => {
    let checked = 0;
    for (const seed of seeds(60, 'timeline-quiet')) {
      const s = allAiGame(seed);
      for (const row of timeline(en, scenario, s)) {
        if (!row.played || !quiet(s, row.turn) || row.rung < 5) continue;
        checked++;
        expect(row.game[0]).toBe(en.t('timeline.rung-held', { rung: row.rung, name: en.t(`rung.${row.rung}.name`) }));
        expect(row.game[1]).toMatch(/^Orders: Serbia: .+; Kosovo: .+/);
        expect(row.game.join(' ')).not.toMatch(/nothing notable/i);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('gives the rung each turn ended on, as the ladder moved', () => {
    const s = allAiGame('timeline-rung');
    const rows = timeline(en, scenario, s).filter((r) => r.played);
    const last = rows[rows.length - 1];
    expect(last?.rung).toBe(s.rung);
    for (const e of s.log) if (e.kind === 'rung') expect(rows.find((r) => r.turn === e.turn)?.rung).toBeGreaterThanOrEqual(0);
    expect(Math.max(...rows.map((r) => r.rung))).toBe(s.peakRung);
  });

  it('lists the player’s own decision on every played turn', () => {
    const run = simulate(scenario, { seed: 'history-1', humans: historicalRoles, policies: historicalPolicies });
    if (!run.ok) throw new Error(run.error);
    const s = run.value.game.state;
    for (const row of timeline(en, scenario, s).filter((r) => r.played)) {
      expect(row.decisions).toHaveLength(historicalRoles.length);
      expect(row.decisions.some((d) => d.startsWith(`${en.t('actor.kosovo.short')}: `))).toBe(true);
    }
  });

  it('marks the real events after a game that stopped early, and describes no unplayed turn', () => {
    const s = kosovoGameStoppedAt('timeline-stopped', 9);
    const rows = timeline(en, scenario, s);
    expect(rows.filter((r) => r.played).map((r) => r.turn)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const after = rows.filter((r) => r.turn > 8);
    expect(after.length).toBeGreaterThan(0);
    for (const r of after) {
      expect(r.played).toBe(false);
      expect(r.history.length).toBeGreaterThan(0);
      expect(r.game).toEqual([en.t('timeline.game-ended')]);
    }
  });
});
