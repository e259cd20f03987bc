import type { ScenarioLoader } from '../scenarios';
import type { Scenario, ScenarioLookup } from '../sim/types';
import { loadLanguage } from '../text/languages';
import { isLocale, LOCALES, type Messages, messagesFor } from '../text/messages';
import { fail } from './args';

// The command line's way to a scenario registry: the entry files hand the
// commands the registry (id → loader); a command loads the one scenario it
// needs and hands the rest of the code a plain lookup.

/** A registry of scenarios: id → loader (the real one is src/scenarios' scenarioLoaders). */
export type ScenarioLoaders = Readonly<Record<string, ScenarioLoader>>;

export const knownScenarios = (loaders: ScenarioLoaders): string => Object.keys(loaders).join(', ');

/** Loads a scenario by id, or stops the command with a clear message. */
export async function loadScenario(loaders: ScenarioLoaders, id: string): Promise<Scenario> {
  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  if (!load) return fail(`unknown scenario "${id}" (known: ${knownScenarios(loaders)})`, 2);
  return load();
}

/** A lookup that knows the loaded scenarios only. */
export const lookupOf =
  (...loaded: Scenario[]): ScenarioLookup =>
  (id) =>
    loaded.find((s) => s.id === id);

/** The messages for --lang (default English), or stops the command with the languages there are. */
export async function messagesForLang(scenario: Scenario, lang: string | undefined): Promise<Messages> {
  const locale = lang ?? 'en';
  if (!isLocale(locale)) fail(`unknown language "${locale}" (known: ${LOCALES.join(', ')})`, 2);
  await loadLanguage(locale, [scenario]);
  return messagesFor(scenario, locale);
}
