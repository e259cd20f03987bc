import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { postureGraph } from '../../src/machines/graph';
import type { Scenario } from '../../src/sim/types';

// What a scenario's catalogue must hold: every key its data implies. The text
// layer looks these up by pattern (action.<id>.name, flag.<id>.on, …), so a key
// missing here would show as a raw key on screen.

/** The outcome messages every scenario words itself (the headline gets the mood, rung and rung name). */
export const OUTCOME_KEYS = ['outcome.war', 'outcome.settlement', 'outcome.last-turn', 'outcome.last-turn.headline'] as const;

/** Every key the scenario's data implies, with why it is needed. */
export function requiredKeys(s: Scenario): Map<string, string> {
  const keys = new Map<string, string>();
  const need = (key: string, why: string) => keys.set(key, why);
  need('scenario.title', 'the scenario');
  for (const k of OUTCOME_KEYS) need(k, 'an outcome');
  for (const k of s.briefing) need(k, 'the briefing');
  for (const src of s.sources) need(src.key, `source ${src.url}`);
  for (const a of s.actions) {
    const why = `action ${a.id}`;
    need(`action.${a.id}.name`, why);
    need(`action.${a.id}.summary`, why);
    if (a.requires) need(`action.${a.id}.requires`, `${why} has requires`);
    if (a.risk) {
      need(`action.${a.id}.risk.label`, `${why} has a risk`);
      need(`action.${a.id}.risk.warning`, `${why} has a risk`);
    }
    // Boosts are numbered from 1, as the AI's reason notes number them.
    for (const [i] of (a.aiBoost ?? []).entries()) need(`action.${a.id}.boost.${i + 1}`, `${why} aiBoost ${i}`);
  }
  for (const e of s.events) for (const part of ['title', 'text']) need(`event.${e.id}.${part}`, `event ${e.id}`);
  for (const a of s.actorIds) {
    for (const part of ['name', 'short', 'view', 'meter', 'tag']) need(`actor.${a}.${part}`, `actor ${a}`);
    for (const o of s.actors[a]?.objectives ?? []) need(`objective.${a}.${o.id}`, `objective of ${a}`);
    const machine = s.machines[a];
    if (!machine) continue;
    const graph = postureGraph(machine);
    for (const n of graph.nodes) for (const part of ['title', 'summary']) need(`posture.${a}.${n.id}.${part}`, `posture of ${a}`);
    for (const e of graph.edges) need(`guard.${e.guard}`, `guard of ${a} (${e.from} → ${e.to})`);
  }
  for (const p of s.placeIds) for (const part of ['name', 'sr', 'sq']) need(`place.${p}.${part}`, `place ${p}`);
  for (let r = 0; r <= s.ladder.top; r++) for (const part of ['name', 'description']) need(`rung.${r}.${part}`, `rung ${r}`);
  for (const h of s.holders)
    for (const part of ['label', 'description', 'where', 'buildings', 'to']) need(`holder.${h}.${part}`, `holder ${h}`);
  for (const f of s.flags) for (const part of ['on', 'off']) need(`flag.${f}.${part}`, `flag ${f}`);
  for (const g of s.casualtyGroups) {
    need(`casualties.${g}`, `casualty group ${g}`);
    need(`casualties.${g}.group`, `casualty group ${g}`);
  }
  for (const h of s.history) for (const part of ['date', 'text']) need(`history.${h.id}.${part}`, `history ${h.id}`);
  return keys;
}

/** The names of a message's placeholders (arguments, plurals, selects, tags), sorted. */
export function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) walk(o.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}
