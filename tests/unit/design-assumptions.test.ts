import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { between } from '../../scripts/doc-markers';
import { DESIGNERS_ASSUMPTION } from '../../src/sim/types';
import { assumptionLines, assumptionsMarkdown } from '../../src/ui/assumptions';
import { en, scenario } from './helpers';

// The design-assumptions page (screen and docs/design-assumptions.md) is made
// from the scenario's data, so what it says about aims and odds stays true.
const lines = assumptionLines(en, scenario);
const page = lines.map((l) => l.text).join('\n');

describe('the design-assumptions page', () => {
  it.each(scenario.actorIds.flatMap((a) => scenario.actors[a]!.objectives.map((o) => [a, o] as const)))(
    'gives %s’s aim its weight, its words and its basis',
    (actor, o) => {
      const start = lines.findIndex((l) => l.kind === 'h3' && l.text === en.t(`actor.${actor}.short`));
      const end = lines.findIndex((l, i) => i > start && l.kind !== 'item');
      const line = lines.slice(start, end).find((l) => l.text.includes(en.t(`objective.${actor}.${o.id}`)));
      expect(line?.text).toContain(`${o.weight} points`);
      expect(line?.text).toContain(o.basis === DESIGNERS_ASSUMPTION ? 'the designers’ assumption' : o.basis);
    },
  );

  it('gives every actor’s temperament range', () => {
    for (const a of scenario.actorIds) {
      const [lo, hi] = scenario.actors[a]!.temperRange;
      expect(page).toContain(`between ${lo} and ${hi}`);
    }
  });

  it('lists the odds of every uncertain outcome: each risk and each random event', () => {
    for (const def of scenario.actions.filter((d) => d.risk)) {
      expect(page).toContain(en.t(`action.${def.id}.risk.label`));
      expect(page).toContain(`Starts from ${def.risk!.chance.base}%`);
    }
    for (const ev of scenario.events.filter((e) => e.kind === 'random')) expect(page).toContain(en.t(`event.${ev.id}.title`));
  });

  it('says what the model simplifies and how the budget works', () => {
    expect(lines.filter((l) => l.kind === 'h2').map((l) => l.text)).toContain(en.t('assumptions.heading.simplifies'));
    expect(page).toContain(`${scenario.budgetPerTurn} budget point a turn`);
  });

  it('is copied, current, into docs/design-assumptions.md (else run npm run assumptions)', () => {
    const doc = readFileSync(new URL('../../docs/design-assumptions.md', import.meta.url), 'utf8');
    expect(between(doc, 'generated')).toBe(assumptionsMarkdown(lines));
  });

  it('has the balance table in docs/design-assumptions.md, with the command that made it', () => {
    const doc = readFileSync(new URL('../../docs/design-assumptions.md', import.meta.url), 'utf8');
    expect(between(doc, 'balance')).toMatch(/npm run balance[\s\S]*\|\s*role\s*\|\s*random\s*\|\s*strong/);
  });
});
