// The menu screens' words come from the catalogue: every message of their
// files is valid ICU, the English reads as it did before the catalogue, and
// the "Sources & about" screen is built from the scenario's data and messages.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { plates2022Card } from '../../src/scenarios/plates-2022/card';
import { scenarioYear } from '../../src/text/dates';
import { messagesFor } from '../../src/text/messages';
import { englishParts } from '../../src/text/messages/en/index';
import { playerList, playerNames, scenarioSpan } from '../../src/ui/session';
import { sourcesBlocks } from '../../src/ui/sources';
import { scenario } from './helpers';

const MENU_PARTS = ['ui-title', 'ui-setup', 'ui-saves', 'ui-links', 'ui-guide', 'ui-crash'];
const m = messagesFor(scenario);

describe('menu messages', () => {
  it('are valid ICU messages', () => {
    for (const part of MENU_PARTS) {
      const messages = englishParts[part];
      expect(messages, part).toBeDefined();
      for (const [key, text] of Object.entries(messages ?? {})) expect(() => new IntlMessageFormat(text, 'en'), key).not.toThrow();
    }
  });

  it('read as the screens read before, plurals and lists included', () => {
    expect(m.t('title.about-line', { roles: 5, players: 8, turns: 20, days: 3 })).toBe(
      'Five roles to play alone, up to eight at one screen ·\n20 turns of three days · seeded, verifiable replays',
    );
    expect(scenarioSpan(m, scenario)).toBe('April–June 2023');
    // Plates 2022's last week-long turn begins on 29 December: the span and the year are 2022's.
    expect(scenarioSpan(messagesFor(plates2022Card), plates2022Card)).toBe('July–December 2022');
    expect([scenarioYear(scenario), scenarioYear(plates2022Card)]).toEqual(['2023', '2022']);
    expect(scenarioYear({ ...plates2022Card, lastTurn: 30 })).toBe('2022–2023');
    expect(m.t('title.continue.saved', { count: 1 })).toBe('1 saved game');
    expect(m.t('title.continue.saved', { count: 2 })).toBe('2 saved games');
    expect(m.t('hotseat.counter', { count: 3, players: playerList(m, ['serbia', 'kosovo', 'kfor']), ai: 5 })).toBe(
      '3 players: Serbia, Kosovo, KFOR. The other 5 are played by the computer.',
    );
    expect(m.t('hotseat.counter', { count: 8, players: 'all', ai: 0 })).toBe('8 players: all. Every actor is played by a person.');
    expect(playerNames(m, ['serbia', 'kosovo', 'kfor'])).toBe('Serbia, Kosovo and KFOR');
    expect(m.t('saves.header.count', { count: 3, bad: 0 })).toBe('3 saved in this browser');
    expect(m.t('saves.header.count', { count: 3, bad: 1 })).toBe('3 saved in this browser · 1 cannot be read');
  });
});

describe('Sources & about', () => {
  it('lists every source of the scenario under its group, each with a label in words', () => {
    const blocks = sourcesBlocks(m, scenario);
    for (const s of scenario.sources) {
      expect(m.has(s.key), s.key).toBe(true);
      expect(m.has(s.group), s.group).toBe(true);
      expect(blocks.some((b) => b.text === s.url)).toBe(true);
    }
    const groups = new Set(scenario.sources.map((s) => s.group));
    expect(blocks.filter((b) => b.kind === 'label').map((b) => b.text)).toEqual([...groups].map((g) => m.t(g)));
    expect(blocks[0]?.text).toBe('About this game');
    expect(blocks.filter((b) => b.kind === 'small' && !b.indent).length).toBe(2 + 5 + 1);
  });
});
