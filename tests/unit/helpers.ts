import { north2023 } from '../../src/scenarios/north-2023';
import { type Policy, scriptPolicy } from '../../src/sim/policies';
import type { ActorId } from '../../src/sim/types';

export const scenario = north2023;

/** The four actors on the ground, playing their real 2023 choices. */
export const historicalRoles = Object.keys(north2023.historical) as ActorId[];
export const historicalPolicies: Partial<Record<ActorId, Policy>> = Object.fromEntries(
  historicalRoles.map((a) => [a, scriptPolicy(north2023.historical[a]!)]),
);

export const seeds = (n: number, prefix = 'seed'): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
