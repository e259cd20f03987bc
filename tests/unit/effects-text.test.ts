import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../src/sim/catalog';
import { createGame } from '../../src/sim/game';
import { effectPhrases, needsConfirmation, riskPhrase, signed } from '../../src/ui/effects-text';
import { scenario } from './helpers';

const action = (id: string) => {
  const def = catalogOf(scenario).action.get(id);
  if (!def) throw new Error(id);
  return def;
};

describe('action cards in plain words', () => {
  it('writes signed numbers with a real minus sign', () => {
    expect([signed(5), signed(-3), signed(0)]).toEqual(['+5', '−3', '±0']);
  });

  it('describes every effect of every action without leaking ids or raw objects', () => {
    for (const def of scenario.actions) {
      for (const p of effectPhrases(scenario, def)) {
        expect(p, def.id).not.toMatch(/\[object|undefined|NaN|\bserbs\.|\bkfor\.|\bkosovo\./);
        expect(p.length, def.id).toBeGreaterThan(3);
      }
    }
  });

  it('names the escalation pressure and the local effects of the police escort', () => {
    const words = effectPhrases(scenario, action('kosovo.escort-mayors')).join(' · ');
    expect(words).toMatch(/escalation pressure \+3/);
    expect(words).toMatch(/unrest \+10 everywhere/);
  });

  it('states the odds of a risky order and asks to confirm when they are high or a rung may be crossed', () => {
    const g = createGame(scenario, { seed: 'cards', humans: ['kosovo'] });
    g.advance();
    const escort = g.options('kosovo').find((o) => o.def.id === 'kosovo.escort-mayors');
    expect(escort?.risk?.chance).toBeGreaterThan(0);
    expect(riskPhrase(escort!)).toMatch(/\d+%/);
    expect(needsConfirmation(escort!)).toBe(true);
    const hold = g.options('kosovo').find((o) => o.def.id === 'kosovo.hold');
    expect(needsConfirmation(hold!)).toBe(false);
  });
});
