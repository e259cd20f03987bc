import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en, scenario } from './helpers';

const facts = readFileSync(new URL('../../docs/facts.md', import.meta.url), 'utf8');

describe('North 2023 content', () => {
  it.each(['serbia', 'kosovo', 'serbs', 'kfor', 'eu'] as const)('gives %s at least six actions besides waiting', (actor) => {
    expect(scenario.actions.filter((a) => a.actor === actor && a.cost > 0).length).toBeGreaterThanOrEqual(6);
  });

  it.each(['usa', 'russia', 'china'] as const)('gives %s at least three actions besides waiting', (actor) => {
    expect(scenario.actions.filter((a) => a.actor === actor && a.cost > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('gives every actor a free "hold" action', () => {
    for (const a of scenario.actorIds) expect(scenario.actions.find((x) => x.id === `${a}.hold`)?.cost).toBe(0);
  });

  it('has at least fifteen events, scripted and random', () => {
    expect(scenario.events.length).toBeGreaterThanOrEqual(15);
    expect(scenario.events.some((e) => e.kind === 'scripted')).toBe(true);
    expect(scenario.events.some((e) => e.kind === 'random')).toBe(true);
  });

  it('rests every event, action source and history item on a source listed in facts.md', () => {
    const sources = [
      ...scenario.events.map((e) => e.source),
      ...scenario.actions.flatMap((a) => (a.source ? [a.source] : [])),
      ...scenario.history.map((h) => h.source),
      ...scenario.sources.map((s) => s.url),
    ];
    for (const s of sources) expect(facts.includes(s), s).toBe(true);
  });

  it('has unique action and event ids', () => {
    const ids = [...scenario.actions.map((a) => a.id), ...scenario.events.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('weights every actor’s objectives to 100', () => {
    for (const a of scenario.actorIds)
      expect(
        scenario.actors[a]?.objectives.reduce((s, o) => s + o.weight, 0),
        a,
      ).toBe(100);
  });

  it('names every place in Serbian and Albanian', () => {
    for (const id of scenario.placeIds) {
      expect(en.t(`place.${id}.sr`), id).not.toBe(`place.${id}.sr`);
      expect(en.t(`place.${id}.sq`), id).not.toBe(`place.${id}.sq`);
    }
  });

  it('has ten rungs from dialogue to armed conflict', () => {
    expect(scenario.ladder.top).toBe(9);
    expect(scenario.ladder.brink).toBe(8);
    expect(en.t('rung.0.name')).toBe('Dialogue');
    expect(en.t(`rung.${scenario.ladder.top}.name`)).toBe('Armed conflict');
  });
});
