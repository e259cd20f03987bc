import { describe, expect, it } from 'vitest';
import { damped } from '../../src/sim/effects';
import { createGame } from '../../src/sim/game';
import { posturesOf } from '../../src/sim/minds';
import { motiveOf } from '../../src/sim/motives';
import { policyFor } from '../../src/sim/policies';
import { relationKeys } from '../../src/sim/relations';
import { initialState } from '../../src/sim/setup';
import { simulate } from '../../src/sim/simulate';
import type { ActorId, GameState, LogEntry, Scenario } from '../../src/sim/types';
import { changeGroups, changesIn, groundNews, groupText, ladderCauses, partText } from '../../src/text/causes';
import { changeText, describeEntry, explainOrder, orderMotive, orderOdds } from '../../src/text/describe';
import { messagesFor } from '../../src/text/messages';
import { tinyScenario } from '../fixtures/tiny-scenario';
import { en, scenario } from './helpers';

// Motives before dice, causes you can see (issue 16): every number that moves
// in a turn is logged with what moved it, the causes add up to the change, and
// every AI decision carries the motive its posture and the situation give it.

/** The numbers the causes explain, as one flat record: meters, relations, places. */
function numbers(state: Readonly<GameState>, sc: Scenario): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of sc.actorIds)
    for (const k of ['support', 'standing', 'special'] as const) out.set(`${k}/${a}`, state.actors[a]!.meters[k]);
  for (const k of relationKeys(sc.actorIds)) out.set(`relation/${k}`, state.relations[k] ?? 0);
  for (const p of sc.placeIds) for (const k of ['unrest', 'police', 'troops'] as const) out.set(`${k}/${p}`, state.places[p]![k]);
  return out;
}

/** Plays a game and checks each turn: the sum of the recorded causes equals each number's change. */
function checkTurns(sc: Scenario, seed: string, humans: ActorId[] = [], policy: 'hawk' | 'dove' | 'random' = 'random') {
  let before = numbers(initialState(sc, { seed, humans }), sc);
  const mismatches: string[] = [];
  let turns = 0;
  let changes = 0;
  const policies = Object.fromEntries(humans.map((h) => [h, policyFor(sc, policy, h, seed)]));
  const run = simulate(sc, {
    seed,
    humans,
    policies,
    onTurn: (state) => {
      turns++;
      const after = numbers(state, sc);
      const sums = new Map<string, number>();
      for (const e of changesIn(state.log.filter((x) => x.turn === state.turn))) {
        if (e.what === 'heat' || e.what === 'floor') continue;
        changes++;
        const key = `${e.what}/${e.of}`;
        sums.set(key, (sums.get(key) ?? 0) + e.delta);
      }
      for (const [key, now] of after) {
        const moved = now - (before.get(key) ?? 0);
        if (moved !== (sums.get(key) ?? 0))
          mismatches.push(`turn ${state.turn} ${key}: moved ${moved}, causes add up to ${sums.get(key) ?? 0}`);
      }
      before = after;
    },
  });
  if (!run.ok) throw new Error(run.error);
  return { mismatches, turns, changes, state: run.value.game.state };
}

describe('causes you can see', () => {
  it.each(['cause-0', 'cause-1', 'cause-2', 'cause-3'])(
    'every change to meters, relations and places in game %s is logged, and its causes add up to it',
    (seed) => {
      const r = checkTurns(scenario, seed);
      expect(r.mismatches).toEqual([]);
      expect(r.changes).toBeGreaterThan(r.turns * 10);
    },
  );

  it('adds up for a human role too (Kosovo playing hawkish), and in the tiny test scenario', () => {
    expect(checkTurns(scenario, 'cause-human', ['kosovo'], 'hawk').mismatches).toEqual([]);
    expect(checkTurns(tinyScenario, 'cause-tiny').mismatches).toEqual([]);
  });

  it('names a cause for every change: an order with its action, an event, the drift or the settlement', () => {
    const { state } = checkTurns(scenario, 'cause-names');
    const actions = new Set(scenario.actions.map((a) => a.id));
    const events = new Set(scenario.events.map((e) => e.id));
    const bad = changesIn(state.log).filter(
      (e) =>
        !(
          (e.by === 'order' && actions.has(e.cause)) ||
          (e.by === 'event' && events.has(e.cause)) ||
          e.by === 'drift' ||
          e.by === 'settlement'
        ),
    );
    expect(bad).toEqual([]);
    const drifts = new Set(changesIn(state.log).flatMap((e) => (e.by === 'drift' ? [e.cause.split(':')[0]] : [])));
    expect([...drifts].every((d) => ['holder', 'police', 'troops', 'thinning'].includes(d ?? ''))).toBe(true);
    const holders = state.log.filter((e) => e.kind === 'holder');
    expect(holders.every((e) => e.kind === 'holder' && e.by !== undefined && e.cause !== undefined)).toBe(true);
  });

  it('records what a card asked for when the end of the scale cut it: a +3 asked at 70 of 100 gives +1, and says why', () => {
    const game = createGame(scenario, { seed: 'damped', humans: ['kosovo'] });
    game.advance();
    const s = game.state as GameState;
    s.actors.kosovo!.meters.support = 70; // 30 points of room: a +3 counts +1 (damped)
    expect(game.submit('kosovo', 'kosovo.statement').ok).toBe(true);
    game.advance();
    const mine = changesIn(s.log.filter((e) => e.turn === 1)).find(
      (e) => e.what === 'support' && e.of === 'kosovo' && e.cause === 'kosovo.statement',
    );
    expect(mine).toBeDefined();
    expect(mine!.asked).toBe(3);
    expect(mine!.delta).toBe(damped(3, 70, 0, 100));
    const text = partText(en, scenario, mine!);
    expect(text).toContain(`asked +${mine!.asked}`);
    expect(text).toContain('less near the end of the scale');
    expect(text).toContain('Kosovo: “Insist on the rule of law”');
  });

  it('groups a turn per number, in words, with the ladder’s causes and the ground changes as news', () => {
    const { state } = checkTurns(scenario, 'cause-words');
    const turn = state.log.find((e) => e.kind === 'rung')!.turn;
    const entries = state.log.filter((e) => e.turn === turn);
    const groups = changeGroups(entries);
    for (const g of groups) expect(g.parts.reduce((s, p) => s + p.delta, 0)).toBe(g.total);
    const lines = groups.map((g) => groupText(en, scenario, g));
    expect(lines.every((l) => !l.includes('{') && !l.includes('change.'))).toBe(true);
    const ladder = ladderCauses(en, scenario, entries);
    expect(ladder).toMatch(/^Escalation pressure [+−±]\d+/);
    const rung = entries.find((e) => e.kind === 'rung');
    const heat = groups.find((g) => g.what === 'heat')?.total ?? 0;
    if (rung?.kind === 'rung') expect(heat + (rung.rule?.violence ?? 0) + (rung.rule?.unrest ?? 0)).toBe(rung.heat);
    expect(changeText(en, scenario, changesIn(entries)[0]!)).toMatch(/\(.+\)$/);
    expect(describeEntry(en, scenario, entries.find((e) => e.kind === 'changes')!)).toMatch(/^\d+ numbers changed this turn/);
    expect(entries.filter((e) => e.kind === 'changes')).toHaveLength(1);
  });

  it('puts an order that sent police north in the news, not "a quiet few days"', () => {
    const game = createGame(scenario, { seed: 'police-news', humans: ['kosovo'] });
    game.advance();
    expect(game.submit('kosovo', 'kosovo.reinforce-police').ok).toBe(true);
    game.advance();
    const news = groundNews(
      en,
      scenario,
      game.state.log.filter((e) => e.turn === 1),
    );
    expect(news.some((n) => n.startsWith('Kosovo: “Send more special police north” — police presence +'))).toBe(true);
  });
});

describe('motives before dice', () => {
  it('gives every posture of every actor a motive, the last one unconditional, each with its words', () => {
    for (const actor of scenario.actorIds) {
      for (const posture of posturesOf(scenario, actor)) {
        const list = scenario.motives?.[actor]?.[posture];
        expect(list, `${actor} ${posture}`).toBeDefined();
        expect(list!.at(-1)!.when, `${actor} ${posture}`).toBeUndefined();
        for (const m of list!) expect(en.has(`motive.${actor}.${m.id}`), `motive.${actor}.${m.id}`).toBe(true);
      }
    }
  });

  it('chooses by posture and situation: Serbia pressuring with mayors in the buildings wants them out', () => {
    const state = initialState(scenario, { seed: 'motive' });
    expect(motiveOf(scenario, state, 'serbia', 'pressuring')).toBe('pressuring');
    state.places.zvecan!.holder = 'kosovo-mayor';
    expect(motiveOf(scenario, state, 'serbia', 'pressuring')).toBe('pressuring.mayors-in');
    expect(en.t('motive.serbia.pressuring.mayors-in')).toBe(
      'Belgrade wants the mayors out of the buildings and shows it can apply pressure.',
    );
    expect(motiveOf(scenario, state, 'serbia', 'restrained')).toBe('restrained.mayors-in');
    expect(motiveOf(scenario, state, 'serbia', 'no-such-posture')).toBeUndefined();
  });

  it('records the motive in every AI decision (an id, no words) and none for the player', () => {
    const game = createGame(scenario, { seed: 'motives', humans: ['eu'] });
    game.advance();
    game.submit('eu', 'eu.hold');
    game.advance();
    const decisions = game.state.log.flatMap((e) => (e.kind === 'decision' ? [e.order] : []));
    for (const o of decisions) {
      if (o.by === 'human') expect(o.reasons.motive).toBeUndefined();
      else expect(o.reasons.motive).toMatch(/^[a-z-]+(\.[a-z-]+)?$/);
    }
  });

  it('leads the reasons with the motive; the odds, weights and temperament come after and can be left out', () => {
    const run = simulate(scenario, { seed: 'lead' });
    if (!run.ok) throw new Error(run.error);
    const order = run.value.game.state.log.find((e) => e.kind === 'decision' && e.order.actor === 'serbia')!;
    if (order.kind !== 'decision') throw new Error('no decision');
    const motive = orderMotive(en, order.order)!;
    const full = explainOrder(en, order.order);
    expect(full.startsWith(motive)).toBe(true);
    expect(full).toContain(orderOdds(en, order.order)!);
    expect(full).toMatch(/How the AI chose: this posture gave “.+” a \d+% chance/);
    const plain = explainOrder(en, order.order, false);
    expect(plain.startsWith(motive)).toBe(true);
    expect(plain).not.toMatch(/chance|temperament|weighted/);
  });

  it('falls back to the posture’s summary in a scenario that gives no motives', () => {
    const run = simulate(tinyScenario, { seed: 'tiny-motive' });
    if (!run.ok) throw new Error(run.error);
    const m = messagesFor(tinyScenario, 'en');
    const d = run.value.game.state.log.find((e) => e.kind === 'decision');
    if (d?.kind !== 'decision') throw new Error('no decision');
    expect(d.order.reasons.motive).toBeUndefined();
    expect(orderMotive(m, d.order)).toBe(m.t(`posture.${d.order.actor}.${d.order.reasons.posture}.summary`));
  });
});

describe('casualties are counted with plural rules', () => {
  const entry = (group: string, injured: number): LogEntry => ({
    turn: 1,
    kind: 'casualties',
    group,
    injured,
    killed: 0,
    cause: 'kosovo.escort-mayors',
  });

  it('says "1 police officer" and "2 police officers" in the log and the report', () => {
    expect(describeEntry(en, scenario, entry('police', 1))).toMatch(/^1 police officer injured \(/);
    expect(describeEntry(en, scenario, entry('police', 2))).toMatch(/^2 police officers injured \(/);
    expect(describeEntry(en, scenario, entry('kfor', 1))).toMatch(/^1 KFOR soldier injured/);
    expect(describeEntry(en, scenario, entry('civilians', 1))).toMatch(/^1 civilian or protester injured/);
  });

  it('asks the debrief question about one injured soldier in the singular', () => {
    expect(en.t('question.kfor-injured', { injured: 1, others: 1 })).toMatch(/^1 KFOR soldier was injured \(and 1 other person\)/);
    expect(en.t('question.kfor-injured', { injured: 30, others: 52 })).toMatch(/^30 KFOR soldiers were injured \(and 52 others\)/);
  });
});
