import { describe, expect, it } from 'vitest';
import { holdAction } from '../../src/sim/catalog';
import { MAX_BUDGET } from '../../src/sim/effects';
import type { Policy } from '../../src/sim/policies';
import { simulate } from '../../src/sim/simulate';
import { scenario, seeds } from './helpers';

// Issue 16, "Turns worth playing": the budget binds, so spending is a choice.

/** Plays the dearest card it can afford (else holds), and counts the turns when a card was out of reach for its cost alone. */
function spender() {
  const tally = { turns: 0, short: 0, budgetSum: 0 };
  const policy: Policy = (game, actor) => {
    const options = game.options(actor);
    tally.turns++;
    tally.budgetSum += game.state.actors[actor]!.budget;
    if (options.some((o) => o.reason?.kind === 'cost')) tally.short++;
    let best = holdAction(actor);
    let cost = -1;
    for (const o of options) if (o.available && o.def.cost > cost) [best, cost] = [o.def.id, o.def.cost];
    return best;
  };
  return { policy, tally };
}

describe.each(['serbia', 'kosovo', 'serbs', 'kfor', 'eu'] as const)('the budget of %s', (role) => {
  it('refills by the scenario’s one point a turn', () => {
    expect(scenario.budgetPerTurn).toBe(1);
  });

  it('binds a player who spends: a card is out of reach for its cost on two turns in five or more, and the budget is far from full', () => {
    const { policy, tally } = spender();
    for (const seed of seeds(10, `budget-${role}`)) {
      const run = simulate(scenario, { seed, humans: [role], policies: { [role]: policy } });
      if (!run.ok) throw new Error(run.error);
    }
    expect(tally.short / tally.turns).toBeGreaterThanOrEqual(0.4);
    expect(tally.budgetSum / tally.turns).toBeLessThan(MAX_BUDGET / 2);
  });
});
