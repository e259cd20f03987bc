import type { Scenario, ScenarioCard } from '../sim/types';

// The scenario registry: one line per scenario. Only the entry points (the
// browser's src/main.ts, the command line, workers) import it, and hand the
// registry to the code that needs it; the engine and the screens never import
// a scenario. Each scenario loads on first use (its own chunk in the browser).

export type ScenarioLoader = () => Promise<Scenario>;

export const scenarioLoaders: Readonly<Record<string, ScenarioLoader>> = {
  'north-2023': () => import('./north-2023').then((m) => m.north2023),
  'plates-2022': () => import('./plates-2022').then((m) => m.plates2022),
};

/** Each scenario's card: its actors, dates and words, for the menus (a small chunk the title screen waits for). */
export const scenarioCards: Readonly<Record<string, () => Promise<ScenarioCard>>> = {
  'north-2023': () => import('./north-2023/card').then((m) => m.north2023Card),
  'plates-2022': () => import('./plates-2022/card').then((m) => m.plates2022Card),
};
