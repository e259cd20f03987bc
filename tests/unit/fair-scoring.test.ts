import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGame, restoreGame } from '../../src/sim/game';
import { stanceOf } from '../../src/sim/options';
import { scoreGame } from '../../src/sim/scoring';
import { DESIGNERS_ASSUMPTION, type GameState } from '../../src/sim/types';
import { en, scenario } from './helpers';

// Issue 11, "Fair to every side": labels by one rule for everyone, and scores
// that measure what their own words say.

const facts = readFileSync(new URL('../../docs/facts.md', import.meta.url), 'utf8');

/** The state before turn 1, with some changes. */
function stateWith(change: (s: GameState) => void): GameState {
  const game = createGame(scenario, { seed: 'fair-scoring' });
  const s = game.snapshot();
  change(s);
  return s;
}
const objective = (s: GameState, actor: string, id: string) =>
  scoreGame(s, scenario)
    .find((x) => x.actor === actor)!
    .objectives.find((o) => o.id === id)!;
const scoreOf = (s: GameState, actor: string) => scoreGame(s, scenario).find((x) => x.actor === actor)!.score;

describe('action labels follow one rule for every side', () => {
  it.each(scenario.actions.map((a) => [a.id, a] as const))('%s is tagged by what it does to the escalation pressure', (_, def) => {
    expect(def.stance).toBe(stanceOf(def));
  });

  it('calls the tags escalates, holds and de-escalates in the game’s voice', () => {
    expect([en.t('stance.hawk'), en.t('stance.neutral'), en.t('stance.dove')]).toEqual(['escalates', 'holds', 'de-escalates']);
  });

  it('tags a protest to the West and insisting on the rule of law alike', () => {
    const tag = (id: string) => scenario.actions.find((a) => a.id === id)!.stance;
    expect(tag('serbia.statement')).toBe(tag('kosovo.statement'));
  });
});

describe('a KFOR cordon around a building with the mayor inside', () => {
  const cordoned = stateWith((s) => {
    for (const p of Object.values(s.places)) p.holder = 'local-serbs';
    s.places['north-mitrovica']!.holder = 'kfor-cordon';
  });
  const mayorIn = stateWith((s) => {
    for (const p of Object.values(s.places)) p.holder = 'local-serbs';
    s.places['north-mitrovica']!.holder = 'kosovo-mayor';
  });

  it('counts for Serbia as a mayor who stays inside', () => {
    expect(objective(cordoned, 'serbia', 'serbs-voice').met).toBe(objective(mayorIn, 'serbia', 'serbs-voice').met);
    expect(objective(cordoned, 'serbia', 'serbs-voice').met).toBeLessThan(100);
  });

  it('counts for Kosovo as a mayor in office, not as a loss', () => {
    expect(objective(cordoned, 'kosovo', 'mayors').met).toBe(objective(mayorIn, 'kosovo', 'mayors').met);
    expect(objective(cordoned, 'kosovo', 'mayors').met).toBeGreaterThan(0);
  });
});

describe('the Ohrid agreement binds both sides', () => {
  it('costs Kosovo nothing when talks on the Association open (its own Ohrid commitment)', () => {
    const without = stateWith(() => {});
    const withTalks = stateWith((s) => {
      s.flags.associationTalks = true;
    });
    expect(scoreOf(withTalks, 'kosovo')).toBe(scoreOf(without, 'kosovo'));
  });

  it('gives Serbia an Ohrid step of its own, which Kosovo’s objectives count', () => {
    const step = scenario.actions.find((a) => a.id === 'serbia.ohrid-steps')!;
    expect(step.effects).toContainEqual({ flag: 'ohridSerbiaSteps', set: true });
    const done = stateWith((s) => {
      s.flags.ohridSerbiaSteps = true;
    });
    expect(objective(done, 'kosovo', 'ohrid-serbia').met).toBe(100);
    expect(
      objective(
        stateWith(() => {}),
        'kosovo',
        'ohrid-serbia',
      ).met,
    ).toBe(0);
  });

  it('scores the EU on both sides’ obligations, half for one side alone', () => {
    const one = stateWith((s) => {
      s.flags.associationTalks = true;
    });
    const both = stateWith((s) => {
      s.flags.associationTalks = true;
      s.flags.ohridSerbiaSteps = true;
    });
    expect(objective(one, 'eu', 'ohrid').met).toBe(50);
    expect(objective(both, 'eu', 'ohrid').met).toBe(100);
  });
});

describe('Kosovo’s authority in the north', () => {
  it('grows when the Serbs agree to run in Kosovo’s elections', () => {
    // Two copies of one game at turn 1, Kosovo's elections already agreed: the Serbs run, or wait.
    const game = createGame(scenario, { seed: 'authority', humans: ['serbs'] });
    game.advance();
    const start = game.snapshot();
    start.flags.electionsAgreedKosovo = true;
    const authorityAfter = (action: string) => {
      const g = restoreGame(scenario, start);
      expect(g.submit('serbs', action).ok).toBe(true);
      g.advance();
      return g.state.actors.kosovo!.meters.special;
    };
    expect(authorityAfter('serbs.run-in-elections')).toBeGreaterThan(authorityAfter('serbs.hold'));
  });

  it('grows when new councils with Serb members settle the crisis', () => {
    expect(scenario.onSettlement).toContainEqual(expect.objectContaining({ meter: 'special', actor: 'kosovo' }));
    const delta = scenario.onSettlement.find((e) => 'meter' in e && e.actor === 'kosovo');
    expect(delta && 'delta' in delta && delta.delta).toBeGreaterThan(0);
  });
});

describe('every aim has a basis: a source or the designers’ assumption', () => {
  const all = scenario.actorIds.flatMap((a) => scenario.actors[a]!.objectives.map((o) => [`${a}.${o.id}`, o.basis] as const));

  it.each(all)('%s', (_, basis) => {
    expect(basis).toBeDefined();
    if (basis !== DESIGNERS_ASSUMPTION) expect(facts, `${basis} is not in docs/facts.md`).toContain(basis);
  });

  it('labels Russia’s and China’s unstated aims as the designers’ assumption, in the words players read', () => {
    const russia = scenario.actors.russia!.objectives.find((o) => o.id === 'mediation-fails')!;
    const china = scenario.actors.china!.objectives.find((o) => o.id === 'trade')!;
    expect(russia.basis).toBe(DESIGNERS_ASSUMPTION);
    expect(china.basis).toBe(DESIGNERS_ASSUMPTION);
    expect(en.t('objective.russia.mediation-fails')).toMatch(/designers’ assumption/);
    expect(en.t('objective.china.trade')).toMatch(/designers’ assumption/);
  });

  it('lets Russia lean toward de-escalation too, with its range marked as an assumption', () => {
    expect(scenario.actors.russia!.temperRange[0]).toBeLessThan(0);
    expect(scenario.actors.russia!.temperBasis).toBe(DESIGNERS_ASSUMPTION);
  });
});

describe('every objective’s words give the number it is measured by', () => {
  const numbered = scenario.actorIds.flatMap((a) =>
    scenario.actors[a]!.objectives.flatMap((o) => {
      const m = o.measure;
      const value =
        'meterAtLeast' in m
          ? m.meterAtLeast.value
          : 'relationAtLeast' in m
            ? m.relationAtLeast.value
            : 'rungAtMost' in m
              ? m.rungAtMost
              : 'policeAtMost' in m
                ? m.policeAtMost
                : null;
      return value === null ? [] : [[`${a}.${o.id}`, a, o.id, value] as const];
    }),
  );

  it.each(numbered)('%s says its number', (_, actor, id, value) => {
    expect(en.t(`objective.${actor}.${id}`)).toMatch(new RegExp(`\\b${value}\\b`));
  });
});
