import type { Scenario, ScenarioLookup } from '../sim/types';

// Where the screens get scenarios from. The entry point (src/main.ts, or a
// worker) hands in the registry's loaders; screens never import a scenario.
// Boot loads them while Phaser starts, so screens can then ask synchronously.

export type ScenarioLoaders = Readonly<Record<string, () => Promise<Scenario>>>;

let loaders: ScenarioLoaders = {};
const loaded = new Map<string, Scenario>();

/** Called once by the entry point with the scenario registry. */
export function provideScenarios(registry: ScenarioLoaders): void {
  loaders = registry;
}

/** The ids of every scenario this build has, in the registry's order. */
export const scenarioIds = (): string[] => Object.keys(loaders);

/** The scenario a new game starts with when none is named. */
export const defaultScenarioId = (): string => scenarioIds()[0] ?? '';

/** Loads a scenario (once); rejects for an unknown id. */
export async function loadScenario(id: string): Promise<Scenario> {
  const have = loaded.get(id);
  if (have) return have;
  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  // not-text: a developer error (an unknown id in the code or a link is caught before this)
  if (!load) throw new Error(`unknown scenario "${id}"`);
  const scenario = await load();
  loaded.set(id, scenario);
  return scenario;
}

/** Loads every scenario of the registry (there are few; Boot waits for them). */
export async function loadAllScenarios(): Promise<void> {
  await Promise.all(scenarioIds().map(loadScenario));
}

/** A scenario already loaded, by id. */
export const scenarioById: ScenarioLookup = (id) => loaded.get(id);

/** The default scenario, which Boot has loaded before any screen with a game opens. */
export function defaultScenario(): Scenario {
  const s = loaded.get(defaultScenarioId());
  // not-text: a developer error (Boot loads the scenarios first)
  if (!s) throw new Error('the scenarios are not loaded yet');
  return s;
}
