import type { Scenario } from '../sim/types';
import { north2023 } from './north-2023';

/** Every scenario the game knows, by id. */
export const scenarios: Readonly<Record<string, Scenario>> = { [north2023.id]: north2023 };

export function findScenario(id: string): Scenario | undefined {
  return Object.hasOwn(scenarios, id) ? scenarios[id] : undefined;
}
