import { BUDGET_PER_TURN, MAX_BUDGET } from '../sim/effects';
import type { ActorId, Scenario } from '../sim/types';
import { actorName } from './describe';
import type { Messages } from './messages';

// One glossary for the game and its scenario: the game's own terms (every
// scenario has postures, a ladder, meters, a budget) with their words in
// src/text/messages/*/ui-glossary.json, then the scenario's terms (its
// `glossary` list, words in its own catalogue). Definitions on hover and
// focus, the glossary screen and the tests all read it from here.

/** The game's own terms, in the order the glossary lists them. */
export const GAME_TERMS = [
  'ladder',
  'rung',
  'heat',
  'posture',
  'support',
  'standing',
  'special',
  'budget',
  'card',
  'objectives',
  'unrest',
  'temperament',
] as const;

export type GameTerm = (typeof GAME_TERMS)[number];

/** One glossary entry as a reader sees it. */
export interface GlossaryEntry {
  /** `game.<term>` for the game's terms, the scenario's id for its own. */
  id: string;
  kind: 'game' | 'scenario';
  term: string;
  definition: string;
  /** The address the definition rests on, or null. */
  source: string | null;
  /** A short name for tight places (a chip), else the term. */
  short: string;
}

/** The message keys of a game term's name and definition. */
export const gameTermKeys = (id: GameTerm): { term: string; definition: string } => ({
  term: `glossary.game.${id}.term`,
  definition: `glossary.game.${id}.definition`,
});

/** The message keys of a scenario term's name and definition. */
export const scenarioTermKeys = (id: string): { term: string; definition: string } => ({
  term: `glossary.${id}.term`,
  definition: `glossary.${id}.definition`,
});

/** A game term, defined. The own-meter term names `actor`'s meter when given, else lists every actor's. */
export function gameEntry(m: Messages, scenario: Scenario | null, id: GameTerm, actor?: ActorId): GlossaryEntry {
  const keys = gameTermKeys(id);
  let definition = m.t(keys.definition, { perTurn: BUDGET_PER_TURN, max: MAX_BUDGET });
  if (id === 'special' && actor) definition += ` ${m.t('glossary.game.special.yours', { meter: m.t(`actor.${actor}.meter`) })}`;
  else if (id === 'special' && scenario) {
    const meters = scenario.actorIds.map((a) =>
      m.t('glossary.game.special.item', { actor: actorName(m, a), meter: m.t(`actor.${a}.meter`) }),
    );
    definition += ` ${m.t('glossary.game.special.list', { meters: meters.join(m.t('glossary.game.special.separator')) })}`;
  }
  const term = m.t(keys.term);
  return { id: `game.${id}`, kind: 'game', term, definition, source: null, short: term };
}

/** A scenario term, defined (null when the scenario has no such term). */
function scenarioEntry(m: Messages, scenario: Scenario, id: string): GlossaryEntry | null {
  const def = scenario.glossary?.find((g) => g.id === id);
  if (!def) return null;
  const keys = scenarioTermKeys(id);
  const term = m.t(keys.term);
  const short = m.has(`glossary.${id}.short`) ? m.t(`glossary.${id}.short`) : term;
  return { id, kind: 'scenario', term, definition: m.t(keys.definition), source: def.source ?? null, short };
}

/** Every entry: the game's terms, then the scenario's, each in its list's order. */
export function glossaryEntries(m: Messages, scenario: Scenario): GlossaryEntry[] {
  const game = GAME_TERMS.map((id) => gameEntry(m, scenario, id));
  const own = (scenario.glossary ?? []).map((g) => scenarioEntry(m, scenario, g.id)).filter((e): e is GlossaryEntry => e !== null);
  return [...game, ...own];
}

/** The scenario's terms the briefing's text uses. */
export function briefingEntries(m: Messages, scenario: Scenario): GlossaryEntry[] {
  return (scenario.glossary ?? [])
    .filter((g) => g.briefing)
    .map((g) => scenarioEntry(m, scenario, g.id))
    .filter((e): e is GlossaryEntry => e !== null);
}

/** The scenario's term naming `actor`, if it has one. */
export function actorEntry(m: Messages, scenario: Scenario, actor: ActorId): GlossaryEntry | null {
  const def = scenario.glossary?.find((g) => g.actor === actor);
  return def ? scenarioEntry(m, scenario, def.id) : null;
}

/** The entries whose term or definition contains `query` (case- and accent-insensitive); all for an empty query. */
export function searchGlossary(entries: readonly GlossaryEntry[], query: string, locale: string): GlossaryEntry[] {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLocaleLowerCase(locale === 'en' ? 'en' : undefined);
  const q = fold(query.trim());
  if (q === '') return [...entries];
  const hits = entries.filter((e) => fold(e.term).includes(q) || fold(e.definition).includes(q));
  // Entries whose term matches come first.
  return [...hits.filter((e) => fold(e.term).includes(q)), ...hits.filter((e) => !fold(e.term).includes(q))];
}
