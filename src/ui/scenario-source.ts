import type { Scenario, ScenarioCard, ScenarioLookup } from '../sim/types';

// Where the screens get scenarios from. The entry point (src/main.ts, or a
// worker) hands in the registry's loaders; screens never import a scenario.
// Boot waits for the scenarios' cards (actors, dates, words: what the title
// shows); a screen that opens a game or a tool waits for the whole scenarios
// (src/ui/lazy-scenes.ts), which start loading with the page. Screens then ask
// synchronously.

export type ScenarioLoaders = Readonly<Record<string, () => Promise<Scenario>>>;
export type CardLoaders = Readonly<Record<string, () => Promise<ScenarioCard>>>;

let loaders: ScenarioLoaders = {};
let cardLoaders: CardLoaders = {};
const loaded = new Map<string, Scenario>();
const cards = new Map<string, ScenarioCard>();

/** Called once by the entry point with the scenario registry and its cards. */
export function provideScenarios(registry: ScenarioLoaders, cardRegistry: CardLoaders = {}): void {
  loaders = registry;
  cardLoaders = cardRegistry;
  cardsLoading = null;
}

let cardsLoading: Promise<void> | null = null;

/** Loads every scenario's card (or, without cards, the scenario itself), once: later calls share the first. */
export function loadAllCards(): Promise<void> {
  cardsLoading ??= Promise.all(
    scenarioIds().map(async (id) => {
      const load = Object.hasOwn(cardLoaders, id) ? cardLoaders[id] : undefined;
      cards.set(id, load ? await load() : await loadScenario(id));
    }),
  ).then(
    () => undefined,
    (e: unknown) => {
      cardsLoading = null; // a failed load (a dropped connection) may be tried again
      throw e;
    },
  );
  return cardsLoading;
}

/** The default scenario's card: what the title screen shows (Boot has loaded it). */
export function defaultCard(): ScenarioCard {
  const c = cards.get(defaultScenarioId()) ?? loaded.get(defaultScenarioId());
  if (!c) throw new Error('the scenario cards are not loaded yet'); // not-text: a developer error
  return c;
}

/** Every scenario card loaded so far (all of them once Boot is done). */
export const allCards = (): ScenarioCard[] => scenarioIds().flatMap((id) => cards.get(id) ?? loaded.get(id) ?? []);

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
