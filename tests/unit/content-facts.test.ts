// The corrections of issue 11, pinned: the North 2023 words say what the
// sources say (docs/facts.md), attribute what one side claims, date history to
// the game's calendar and give places both their names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { north2023EnglishParts } from '../../src/scenarios/north-2023/messages/en';
import { en, scenario } from './helpers';

const facts = readFileSync(new URL('../../docs/facts.md', import.meta.url), 'utf8');
const allMessages = Object.values(north2023EnglishParts).flatMap((part) => Object.entries(part));
const historyItem = (id: string) => scenario.history.find((h) => h.id === id);
const event = (id: string) => scenario.events.find((e) => e.id === id);

// The game's calendar: turn 1 is 24–26 April 2023, three days a turn.
const MONTHS: Record<string, number> = { Apr: 3, May: 4, Jun: 5 };
function turnOfDate(text: string): number | null {
  const m = /^(\d{1,2})(?:–\d{1,2})? (Apr|May|Jun) 2023$/.exec(text);
  if (!m) return null;
  const days = (Date.UTC(2023, MONTHS[m[2]!]!, Number(m[1])) - Date.UTC(2023, 3, 24)) / 86_400_000;
  return Math.max(1, Math.floor(days / 3) + 1);
}

// Serbian and Albanian forms; longer names first, so "North Mitrovica" is not read as "Mitrovica".
const PLACES: [string, string][] = [
  ['North Mitrovica', 'Mitrovica e Veriut'],
  ['Mitrovica', 'Mitrovicë'],
  ['Pristina', 'Prishtina'],
  ['Zvečan', 'Zveçan'],
  ['Leposavić', 'Leposaviq'],
  ['Zubin Potok', 'Zubin Potoku'],
  ['Jarinje', 'Jarinjë'],
  ['Brnjak', 'Bërnjak'],
  ['Merdare', 'Merdarë'],
  ['Banjska', 'Banjskë'],
  ['Gazivode', 'Ujman'],
  ['Ibar', 'Ibër'],
];
// Names of publications are not places; quotations are the speaker's words.
const NOT_PLACES = [/Prishtina Insight/g, /“[^”]*”/g];

/** The place names left in a text once every "Serbian/Albanian" pair is taken out. */
function singleNames(text: string): string[] {
  let rest = text;
  for (const re of NOT_PLACES) rest = rest.replace(re, '');
  for (const [sr, sq] of PLACES) rest = rest.split(new RegExp(`${sr}\\s*/\\s*${sq}`, 'u')).join('');
  return PLACES.flat().filter((name) => rest.includes(name));
}

describe('North 2023 history, dated to the game’s turns', () => {
  it('dates every history item to the turn its date falls in (turn 1 = 24–26 April, three days a turn)', () => {
    for (const h of scenario.history) {
      const turn = turnOfDate(en.t(`history.${h.id}.date`));
      if (turn !== null) expect(h.turn, h.id).toBe(turn);
    }
  });

  it('puts Serbia’s detention of three Kosovo police officers on 14 June, turn 18, after the arrest of 13 June (turn 17)', () => {
    expect(historyItem('officers-detained')?.turn).toBe(18);
    expect(en.t('history.officers-detained.date')).toBe('14 Jun 2023');
    expect(historyItem('suspect-arrested')?.turn).toBe(17);
  });

  it('has the North Mitrovica mayor sworn in without force on 19 May (turn 9)', () => {
    expect(historyItem('mitrovica-mayor')?.turn).toBe(9);
    expect(en.t('history.mitrovica-mayor.text')).toMatch(/without force/);
  });

  it('names China’s spokesperson and quotes her 30 May words in Beijing’s voice', () => {
    const text = en.t('history.china-statement.text');
    expect(text).toContain('Mao Ning');
    expect(text).toContain('“unilateral actions by the temporary institutions in Pristina”');
    expect(text).toContain('Association');
    expect(historyItem('china-statement')?.turn).toBe(13);
  });

  it('gives the Mitrovica hospital’s own count of the 29 May injured', () => {
    expect(en.t('history.zvecan-clash.text')).toMatch(/hospital .* more than 50/);
  });
});

describe('North 2023 events say what was said, and by whom', () => {
  it('lets the mayor of North Mitrovica move in without force from turn 9 while the north is calm', () => {
    const e = event('mitrovica-mayor');
    expect(e?.effects).toContainEqual({ holder: 'north-mitrovica', to: 'kosovo-mayor' });
    expect(e?.when).toMatchObject({ all: expect.arrayContaining([{ turnAtLeast: 9 }]) });
  });

  it('gives the Mitrovica hospital’s figures instead of an unsourced dispute of Belgrade’s count', () => {
    const text = en.t('event.belgrade-injured-claim.text');
    expect(text).not.toMatch(/dispute the account/);
    expect(text).toMatch(/hospital .* more than 50/);
  });

  it('gives the Banjska/Banjskë ambush its real date (24 September 2023) whenever it happens in the game’s months', () => {
    expect(en.t('event.armed-group.text')).toContain('24 September 2023');
  });

  it('says who thanked the US for the officers’ release', () => {
    const text = en.t('event.officers-released.text');
    expect(text).not.toMatch(/the US helped/);
    expect(text).toContain('Osmani');
  });

  it('tells the 1999 embassy bombing with the US apology, its explanation and the civilian victims of the campaign', () => {
    const text = en.t('event.embassy-anniversary.text');
    expect(text).toMatch(/apologised/);
    expect(text).toMatch(/outdated target data/);
    expect(text).toMatch(/Human Rights Watch .* civilians/);
  });

  it('dates the FK-3 delivery to April 2022', () => {
    expect(en.t('event.fk3-report.text')).toContain('April 2022');
  });
});

describe('North 2023 words: corrected claims', () => {
  it('never says “Albanian candidates” won: the North Mitrovica mayor is a Bosniak', () => {
    for (const [key, text] of allMessages) expect(text, key).not.toMatch(/Albanian candidates/);
    expect(en.t('briefing.2')).toMatch(/Erden Atiq, a Bosniak/);
  });

  it('gives the November 2022 walkout its trigger and its conditions for a return', () => {
    const text = en.t('briefing.1');
    expect(text).toContain('Nenad Đurić');
    expect(text).toContain('Association');
  });

  it('tells what followed 2023 correctly in the settlement question', () => {
    const text = en.t('question.settlement', { turn: 12 });
    expect(text).not.toMatch(/did not run until October/);
    expect(text).toMatch(/October 2023/);
    expect(text).toMatch(/April 2024/);
    expect(text).toMatch(/October 2025/);
  });

  it('no longer has China “recalling 1999” on the cards: Mao Ning did not mention it on 30 May', () => {
    for (const id of scenario.actions.filter((a) => a.actor === 'china').map((a) => a.id)) {
      expect(en.t(`action.${id}.summary`), id).not.toMatch(/1999/);
    }
  });
});

describe('North 2023 sources and place names', () => {
  it('lists in facts.md the source of every history item, event and Sources entry', () => {
    const urls = [...scenario.history.map((h) => h.source), ...scenario.events.map((e) => e.source), ...scenario.sources.map((s) => s.url)];
    for (const url of urls) {
      expect(url, url).toMatch(/^https?:\/\//);
      expect(facts.includes(url), url).toBe(true);
    }
  });

  it('keeps a change log in facts.md', () => {
    expect(facts).toMatch(/## 7\. Change log/);
  });

  it.each(['history', 'events', 'sources', 'world', 'debrief', 'briefing'])('names places in both languages in the %s texts', (part) => {
    for (const [key, text] of Object.entries(north2023EnglishParts[part]!)) expect(singleNames(text), key).toEqual([]);
  });

  it('has both names of every municipality for texts that name one', () => {
    for (const id of scenario.placeIds) {
      expect(en.t(`place.${id}.both`), id).toContain(en.t(`place.${id}.sq`));
      expect(en.t(`place.${id}.both`), id).toContain('/');
    }
  });

  it('finds a single name where a text forgets the other one (the check itself works)', () => {
    expect(singleNames('Crowds in Zvečan and Pristina/Prishtina')).toEqual(['Zvečan']);
    expect(singleNames('North Mitrovica/Mitrovica e Veriut and the “temporary institutions in Pristina”')).toEqual([]);
    expect(singleNames('the bridge in Mitrovica')).toEqual(['Mitrovica']);
  });
});
