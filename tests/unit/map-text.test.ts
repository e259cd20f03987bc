// The map and the ladder draw the scenario's data and speak through the
// catalogue: every place has a seat, an outline and a card, every map word is
// a message, and the English reads as the screens read before.
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/text/languages';
import { messagesFor } from '../../src/text/messages';
import { placeNames, startMapState } from '../../src/ui/map-state';
import { scenario } from './helpers';

const m = messagesFor(scenario);
const map = scenario.map;

describe('the scenario map', () => {
  it('places every place: a seat, its label, an outline and one card', () => {
    for (const id of scenario.placeIds) {
      expect(map.seats[id], id).toBeDefined();
      expect(map.seatLabels[id], id).toBeDefined();
      expect(map.outlines[id]?.length, id).toBeGreaterThan(2);
    }
    expect([...map.cardOrder].sort()).toEqual([...scenario.placeIds].sort());
    for (const lake of map.lakes) expect(lake.halfWidths.length).toBe(lake.centre.length);
  });

  it('names everything on it with messages', () => {
    const keys = [
      'map.boundary',
      'map.troops',
      ...map.landmarks.map((l) => `map.landmark.${l.id}.name`),
      ...map.lakes.map((l) => `map.lake.${l.id}.name`),
      ...map.rivers.map((r) => `map.river.${r.id}.name`),
      ...map.outside.map((o) => `map.outside.${o.id}`),
    ];
    for (const key of keys) expect(m.has(key), key).toBe(true);
  });

  it('gives each place its other local form: the Albanian one in English and Serbian, the Serbian one in Albanian', async () => {
    await loadLanguage('sq', [scenario]);
    await loadLanguage('sr-Latn', [scenario]);
    expect(placeNames(messagesFor(scenario, 'sq'), 'zvecan')).toBe('Zveçan / Zvečan');
    expect(placeNames(messagesFor(scenario, 'sq'), 'north-mitrovica')).toBe('Mitrovica e Veriut / Severna Mitrovica');
    expect(placeNames(messagesFor(scenario, 'sr-Latn'), 'north-mitrovica')).toBe('Severna Mitrovica / Mitrovica e Veriut');
  });

  it('reads as before', () => {
    expect(placeNames(m, 'zvecan')).toBe('Zvečan / Zveçan');
    expect(placeNames(m, 'north-mitrovica')).toBe('North Mitrovica / Mitrovica e Veriut');
    expect(m.t('map.card.police', { value: 25, change: m.t('map.card.change', { delta: 'up', amount: 5 }) })).toBe('Police 25 (+5)');
    expect(
      m.t('map.card.troops', { troops: m.t('map.troops'), value: 10, change: m.t('map.card.change', { delta: 'down', amount: 3 }) }),
    ).toBe('KFOR 10 (\u22123)');
    expect(
      m.t('map.describe.place', { place: 'Zvečan / Zveçan', holder: 'X', unrest: 30, police: 15, troops: 'KFOR', troopsValue: 10 }),
    ).toBe('Zvečan / Zveçan: building X; unrest 30, police 15, KFOR 10.');
    expect(
      m.t('ladder.describe', {
        rung: 3,
        top: 9,
        name: 'Street protests',
        description: 'D',
        moved: m.t('ladder.describe.moved', { direction: 'up', from: 2 }),
        peak: '',
      }),
    ).toBe('Escalation ladder: rung 3 of 9, Street protests: D Last turn it rose from rung 2.');
  });

  it('starts from the scenario’s places', () => {
    const start = startMapState(scenario);
    expect(Object.keys(start).sort()).toEqual([...scenario.placeIds].sort());
    expect(start.zvecan).toEqual(scenario.places.zvecan?.start);
  });
});
