import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getNextSnapshot } from 'xstate';
import { initialPosture, stepPosture } from '../../src/machines/posture-steps';
import { north2023 } from '../../src/scenarios/north-2023';
import { createGame } from '../../src/sim/game';
import { selfView, worldView } from '../../src/sim/signals';
import type { MindContext, Scenario, WorldEvent } from '../../src/sim/types';
import { tinyScenario } from '../fixtures/tiny-scenario';

// The engine steps every posture machine through a table read from its
// definition; it must go where XState running the machine goes, with the
// same memory, for every machine, posture and world.

/** WORLD events every actor saw in real games (the worlds the machines meet). */
function worldsOf(scenario: Scenario, games: number): WorldEvent[] {
  const out: WorldEvent[] = [];
  for (let g = 0; g < games; g++) {
    const game = createGame(scenario, { seed: `steps-${g}`, difficulty: (['easy', 'normal', 'hard'] as const)[g % 3] });
    game.advance((s) => {
      const world = worldView(s as never, scenario);
      for (const id of scenario.actorIds) out.push({ type: 'WORLD', world, self: selfView(s as never, id) });
    });
    game.dispose();
  }
  return out;
}

function xstateStep(scenario: Scenario, actor: string, posture: string, mind: MindContext, event: WorldEvent) {
  const machine = scenario.machines[actor]!;
  const next = getNextSnapshot(machine, machine.resolveState({ value: posture, context: { ...mind } }), event);
  return { posture: String(next.value), mind: next.context as MindContext };
}

for (const scenario of [north2023, tinyScenario]) {
  describe(`posture steps of ${scenario.id}`, () => {
    const worlds = worldsOf(scenario, 12);

    it('start every machine in its initial posture', () => {
      for (const id of scenario.actorIds) {
        const machine = scenario.machines[id]!;
        expect(initialPosture(machine)).toBe(String(machine.resolveState({ value: initialPosture(machine), context: {} }).value));
        expect(Object.keys(machine.states)).toContain(initialPosture(machine));
      }
    });

    it('go where XState goes, with the same memory, in the worlds of real games, from every posture', () => {
      let moved = 0;
      for (const event of worlds) {
        const machine = scenario.machines[event.self.actor]!;
        for (const posture of Object.keys(machine.states)) {
          const mind: MindContext = { last: null, since: Math.max(0, event.world.turn - 2) };
          const ours = stepPosture(machine, posture, mind, event);
          expect({ posture: ours.posture, mind: ours.mind }).toEqual(xstateStep(scenario, event.self.actor, posture, mind, event));
          if (ours.transition) moved++;
        }
      }
      expect(moved).toBeGreaterThan(0);
    });

    it('go where XState goes in worlds changed at random (flags, rung, unrest, tenure, temperament)', () => {
      const sample = worlds.filter((_, i) => i % 7 === 0);
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: sample.length - 1 }),
          fc.integer({ min: 0, max: scenario.ladder.top }),
          fc.integer({ min: 0, max: 100 }),
          fc.integer({ min: -100, max: 100 }),
          fc.integer({ min: 0, max: 20 }),
          fc.array(fc.boolean(), { minLength: scenario.flags.length, maxLength: scenario.flags.length }),
          (i, rung, unrest, temper, since, flags) => {
            const base = sample[i]!;
            const world = {
              ...base.world,
              rung,
              maxUnrest: unrest,
              avgUnrest: Math.floor(unrest / 2),
              flags: Object.fromEntries(scenario.flags.map((f, k) => [f, flags[k] ?? false])),
            };
            const event: WorldEvent = { type: 'WORLD', world, self: { ...base.self, temper } };
            const machine = scenario.machines[event.self.actor]!;
            const mind: MindContext = { last: null, since: Math.min(since, world.turn) };
            for (const posture of Object.keys(machine.states)) {
              const ours = stepPosture(machine, posture, mind, event);
              expect({ posture: ours.posture, mind: ours.mind }).toEqual(xstateStep(scenario, event.self.actor, posture, mind, event));
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  });
}
