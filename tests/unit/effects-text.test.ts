import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../src/sim/catalog';
import { createGame } from '../../src/sim/game';
import { messagesFor } from '../../src/text/messages';
import { PSEUDO_LOCALE } from '../../src/text/pseudo';
import { effectPhrases, needsConfirmation, riskOutcome, riskPhrase, riskTag, signed, unavailableText } from '../../src/ui/effects-text';
import { scenario } from './helpers';

const m = messagesFor(scenario, 'en');

const action = (id: string) => {
  const def = catalogOf(scenario).action.get(id);
  if (!def) throw new Error(id);
  return def;
};

/** A message key left unformatted ("effect.heat", "holder.x.where") or a raw value. */
const LEAK = /\[object|undefined|NaN|\{|\}|\b[a-z]+(\.[a-z-]+){2,}\b|\beffect\.|\bcondition\.|\brisk\./;

describe('action cards in plain words', () => {
  it('writes signed numbers with a real minus sign', () => {
    expect([signed(5), signed(-3), signed(0)]).toEqual(['+5', '−3', '±0']);
  });

  it('describes every effect of every action without leaking keys, ids or raw objects', () => {
    for (const def of scenario.actions) {
      for (const p of effectPhrases(m, scenario, def)) {
        expect(p, def.id).not.toMatch(LEAK);
        expect(p, def.id).not.toMatch(/\bserbs\.|\bkfor\.|\bkosovo\./);
        expect(p.length, def.id).toBeGreaterThan(3);
      }
      const hit = riskOutcome(m, scenario, def);
      if (hit) expect(hit, def.id).not.toMatch(LEAK);
    }
  });

  it('names the escalation pressure and the local effects of the police escort', () => {
    const words = effectPhrases(m, scenario, action('kosovo.escort-mayors')).join(' · ');
    expect(words).toMatch(/escalation pressure \+3/);
    expect(words).toMatch(/unrest \+10 everywhere/);
  });

  it('takes every word from the catalogue: the pseudo-language changes them all', () => {
    const xa = messagesFor(scenario, PSEUDO_LOCALE);
    const en = effectPhrases(m, scenario, action('kosovo.escort-mayors'));
    const pseudo = effectPhrases(xa, scenario, action('kosovo.escort-mayors'));
    expect(pseudo).toHaveLength(en.length);
    pseudo.forEach((p, i) => expect(p).not.toBe(en[i]));
  });

  it('states the odds of a risky order and asks to confirm when they are high or a rung may be crossed', () => {
    const g = createGame(scenario, { seed: 'cards', humans: ['kosovo'] });
    g.advance();
    const escort = g.options('kosovo').find((o) => o.def.id === 'kosovo.escort-mayors');
    expect(escort?.risk?.chance).toBeGreaterThan(0);
    expect(riskPhrase(m, escort!)).toMatch(/\d+% chance of violence at the building/);
    expect(riskTag(m, escort!)).toMatch(/\d+% violence at the building/);
    expect(needsConfirmation(escort!)).toBe(true);
    const hold = g.options('kosovo').find((o) => o.def.id === 'kosovo.hold');
    expect(needsConfirmation(hold!)).toBe(false);
  });

  it('says why an option is unavailable in words', () => {
    const g = createGame(scenario, { seed: 'cards', humans: ['kosovo'] });
    g.advance();
    for (const o of g.options('kosovo').filter((x) => !x.available)) {
      expect(unavailableText(m, o)).not.toMatch(LEAK);
      expect(unavailableText(m, o).length).toBeGreaterThan(3);
    }
  });
});
