import { scenarioLoaders } from '../scenarios';
import type { Scenario, ScenarioLookup } from '../sim/types';
import { LOCALES, type Messages, messagesFor } from '../text/messages';
import { die } from './args';

// The command line's way to the scenario registry: it loads the one scenario
// a command needs, and hands the rest of the code a plain lookup.

export const knownScenarios = (): string => Object.keys(scenarioLoaders).join(', ');

/** Loads a scenario by id, or ends the command with a clear message. */
export async function loadScenario(id: string): Promise<Scenario> {
  const load = Object.hasOwn(scenarioLoaders, id) ? scenarioLoaders[id] : undefined;
  if (!load) return die(`unknown scenario "${id}" (known: ${knownScenarios()})`, 2);
  return load();
}

/** A lookup that knows the loaded scenarios only. */
export const lookupOf =
  (...loaded: Scenario[]): ScenarioLookup =>
  (id) =>
    loaded.find((s) => s.id === id);

/** The messages for --lang (default English), or ends the command with the languages there are. */
export function messagesForLang(scenario: Scenario, lang: string | undefined): Messages {
  const locale = lang ?? 'en';
  if (!(LOCALES as readonly string[]).includes(locale)) die(`unknown language "${locale}" (known: ${LOCALES.join(', ')})`, 2);
  return messagesFor(scenario, locale);
}
