import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  actorEntry,
  briefingEntries,
  GAME_TERMS,
  gameTermKeys,
  glossaryEntries,
  scenarioTermKeys,
  searchGlossary,
} from '../../src/text/glossary';
import { messagesFor } from '../../src/text/messages';
import { PSEUDO_LOCALE } from '../../src/text/pseudo';
import { tinyScenario as tiny } from '../fixtures/tiny-scenario';
import { scenario } from './helpers';

// One glossary: the game's own terms (every scenario has them) and the
// scenario's terms, each defined in every language, the scenario's sourced
// from docs/facts.md.

const LANGS = ['en', PSEUDO_LOCALE] as const;
const ownTerms = scenario.glossary ?? [];

describe('glossary', () => {
  for (const lang of LANGS) {
    const m = messagesFor(scenario, lang);

    it(`defines every game term in ${lang}`, () => {
      for (const id of GAME_TERMS) {
        const keys = gameTermKeys(id);
        expect(m.has(keys.term), keys.term).toBe(true);
        expect(m.has(keys.definition), keys.definition).toBe(true);
      }
    });

    it(`defines every North 2023 term in ${lang}`, () => {
      expect(ownTerms.length).toBeGreaterThan(0);
      for (const { id } of ownTerms) {
        const keys = scenarioTermKeys(id);
        expect(m.has(keys.term), keys.term).toBe(true);
        expect(m.has(keys.definition), keys.definition).toBe(true);
      }
    });

    it(`shows no raw key or empty definition in ${lang}`, () => {
      for (const e of glossaryEntries(m, scenario)) {
        expect(e.term).not.toMatch(/^glossary\./);
        expect(e.definition).not.toMatch(/glossary\.|\{/);
        expect(e.definition.length, e.id).toBeGreaterThan(40);
      }
    });
  }

  it('has the terms a newcomer meets on turn 1', () => {
    const terms = glossaryEntries(messagesFor(scenario, 'en'), scenario).map((e) => e.term);
    for (const t of [
      'Posture',
      'Rung',
      'Escalation ladder',
      'Escalation pressure',
      'Support at home',
      'Standing abroad',
      'Each actor’s own meter',
      'Temperament',
      'Budget',
      'KFOR',
      'Srpska Lista (Serb List)',
      'The Association/Community of Serb-majority Municipalities',
      'UNMIK',
      'Resolution 1244',
      'The Brussels agreement (2013)',
      'The Ohrid agreement (March 2023)',
      'EULEX',
      'Special police (ROSU)',
      'Boycott and walk-out',
      'The north’s four municipalities',
    ])
      expect(terms).toContain(t);
  });

  it('takes every source of a North 2023 term from docs/facts.md', () => {
    const facts = readFileSync(new URL('../../docs/facts.md', import.meta.url), 'utf8');
    for (const { id, source } of ownTerms) if (source) expect(facts, id).toContain(source);
  });

  it('names each actor’s own meter, and the player’s own when asked', () => {
    const m = messagesFor(scenario, 'en');
    const special = glossaryEntries(m, scenario).find((e) => e.id === 'game.special');
    for (const id of scenario.actorIds) expect(special?.definition).toContain(m.t(`actor.${id}.meter`));
  });

  it('offers the briefing’s words and the actors’ entries from the scenario’s data', () => {
    const m = messagesFor(scenario, 'en');
    expect(briefingEntries(m, scenario).map((e) => e.id)).toEqual(ownTerms.filter((g) => g.briefing).map((g) => g.id));
    expect(actorEntry(m, scenario, 'kfor')?.term).toBe('KFOR');
    expect(actorEntry(m, scenario, 'usa')).toBeNull();
  });

  it('needs nothing from a scenario without a glossary (the tiny scenario): the game’s terms only', () => {
    const m = messagesFor(tiny, 'en');
    expect(tiny.glossary).toBeUndefined();
    const entries = glossaryEntries(m, tiny);
    expect(entries.map((e) => e.id)).toEqual(GAME_TERMS.map((id) => `game.${id}`));
    expect(briefingEntries(m, tiny)).toEqual([]);
  });

  it('finds entries by term or definition, ignoring case and accents, terms first', () => {
    const entries = glossaryEntries(messagesFor(scenario, 'en'), scenario);
    expect(searchGlossary(entries, '', 'en')).toHaveLength(entries.length);
    const hits = searchGlossary(entries, 'zvecan', 'en').map((e) => e.id);
    expect(hits).toContain('north');
    expect(hits).toContain('srpska-lista');
    expect(searchGlossary(entries, 'UNMIK', 'en')[0]?.id).toBe('unmik');
    expect(searchGlossary(entries, 'no such word', 'en')).toEqual([]);
  });
});
