import { north2023 } from '../../src/scenarios/north-2023';
import { type Policy, scriptPolicy } from '../../src/sim/policies';
import type { ActorId, Scenario, ScenarioLookup } from '../../src/sim/types';
import { type Messages, messagesFor } from '../../src/text/messages';

export const scenario = north2023;

/** A scenario registry as the engine sees it: a lookup by id over the given scenarios. */
export const lookupOf =
  (...scenarios: Scenario[]): ScenarioLookup =>
  (id) =>
    scenarios.find((s) => s.id === id);

/** The lookup the tests hand the engine: North 2023 only. */
export const lookup: ScenarioLookup = lookupOf(north2023);

/** North 2023's English messages (the game's and the scenario's). */
export const en: Messages = messagesFor(north2023, 'en');

/** The four actors on the ground, playing their real 2023 choices. */
export const historicalRoles = Object.keys(north2023.historical) as ActorId[];
export const historicalPolicies: Partial<Record<ActorId, Policy>> = Object.fromEntries(
  historicalRoles.map((a) => [a, scriptPolicy(north2023.historical[a]!)]),
);

export const seeds = (n: number, prefix = 'seed'): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
