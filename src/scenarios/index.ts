import type { Scenario } from '../sim/types';

// The scenario registry: one line per scenario. Only the entry points (the
// browser's src/main.ts, the command line, workers) import it, and hand the
// registry to the code that needs it; the engine and the screens never import
// a scenario. Each scenario loads on first use (its own chunk in the browser).

export type ScenarioLoader = () => Promise<Scenario>;

export const scenarioLoaders: Readonly<Record<string, ScenarioLoader>> = {
  'north-2023': () => import('./north-2023').then((m) => m.north2023),
};
