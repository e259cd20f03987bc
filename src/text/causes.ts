import { catalogOf } from '../sim/catalog';
import type { ActorId, ChangeWhat, LogEntry, PlaceId, Scenario } from '../sim/types';
import { actionName, actorName, type Change, causeText, changedNumber, placeName, shortfallReason, signedText } from './describe';
import { plainList } from './lists';
import type { Messages } from './messages';

// Causes you can see: a turn's recorded changes (log entries of kind
// 'changes') gathered per number that moved, each with the causes that moved
// it, and put into words for the results screen, the news and the report.

export type ChangeEntry = Change;

/** The changes recorded in these log entries, one object each, in order. */
export function changesIn(entries: readonly LogEntry[]): Change[] {
  const out: Change[] = [];
  for (const e of entries) {
    if (e.kind !== 'changes') continue;
    for (let i = 0; i < e.what.length; i++) {
      const delta = e.delta[i]!;
      const asked = e.asked[i]!;
      if (delta === 0 && asked === 0) continue;
      const c: Change = { what: e.what[i]!, of: e.of[i]!, delta, by: e.by[i]!, cause: e.cause[i]! };
      if (asked !== delta) c.asked = asked;
      out.push(c);
    }
  }
  return out;
}

/** One number that moved in a turn: its net change and every cause, in the order they acted. */
export interface ChangeGroup {
  what: ChangeWhat;
  of: string;
  total: number;
  /** One per cause (repeated changes by the same cause are added up). */
  parts: ChangeEntry[];
}

const PLACE_MEASURES: ReadonlySet<ChangeWhat> = new Set(['unrest', 'police', 'troops']);
const METERS: ReadonlySet<ChangeWhat> = new Set(['support', 'standing', 'special']);

export const isPlaceMeasure = (what: ChangeWhat): boolean => PLACE_MEASURES.has(what);
export const isMeter = (what: ChangeWhat): boolean => METERS.has(what);

/** The turn's changes per number, in the order each number first moved. */
export function changeGroups(entries: readonly LogEntry[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const e of changesIn(entries)) {
    const key = `${e.what}/${e.of}`;
    let g = groups.get(key);
    if (!g) {
      g = { what: e.what, of: e.of, total: 0, parts: [] };
      groups.set(key, g);
    }
    g.total += e.delta;
    const same = g.parts.find((p) => p.by === e.by && p.cause === e.cause);
    if (!same) g.parts.push({ ...e });
    else {
      const asked = (same.asked ?? same.delta) + (e.asked ?? e.delta);
      same.delta += e.delta;
      if (asked === same.delta) delete same.asked;
      else same.asked = asked;
    }
  }
  return [...groups.values()];
}

/** One cause's share: "+3 Kosovo Serbs: “Hold a peaceful protest”", with what it asked for when the scale cut it. */
export function partText(m: Messages, scenario: Scenario, p: ChangeEntry): string {
  return m.t('change.part', {
    delta: signedText(p.delta),
    cause: causeText(m, scenario, p),
    asked: p.asked === undefined ? 'none' : signedText(p.asked),
    why: shortfallReason(p.what),
  });
}

/** A number and its causes: "unrest +7 in Zvečan: +4 drift: …; +3 Kosovo Serbs: “…”". */
export function groupText(m: Messages, scenario: Scenario, g: ChangeGroup): string {
  return m.t('change.line', {
    number: changedNumber(m, g.what, g.of, g.total),
    parts: g.parts.map((p) => partText(m, scenario, p)).join(m.t('change.parts.separator')),
  });
}

/**
 * Lines for a list of groups, places that moved alike (the same change from
 * the same causes) joined in one line: "unrest +7 in Zvečan and Leposavić: …".
 */
export function groupTexts(m: Messages, scenario: Scenario, groups: readonly ChangeGroup[]): string[] {
  const lines: { key: string; g: ChangeGroup; places: string[] }[] = [];
  for (const g of groups) {
    const key = isPlaceMeasure(g.what)
      ? `${g.what}|${g.total}|${g.parts.map((p) => `${p.by}/${p.cause}/${p.delta}/${p.asked ?? ''}`).join(',')}`
      : '';
    const same = key ? lines.find((l) => l.key === key) : undefined;
    if (same) same.places.push(g.of);
    else lines.push({ key, g, places: [g.of] });
  }
  return lines.map(({ g, places }) => {
    if (places.length === 1) return groupText(m, scenario, g);
    const where = m.t('effect.where.place', {
      place: plainList(
        m,
        places.map((p) => placeName(m, p)),
      ),
    });
    return m.t('change.line', {
      number: m.t(`effect.${g.what}`, { delta: signedText(g.total), where }),
      parts: g.parts.map((p) => partText(m, scenario, p)).join(m.t('change.parts.separator')),
    });
  });
}

/** The ladder's move with its causes: the orders' and events' pressure, violence, unrest and the floor. */
export function ladderCauses(m: Messages, scenario: Scenario, entries: readonly LogEntry[]): string | null {
  const rung = entries.find((e) => e.kind === 'rung');
  const groups = changeGroups(entries);
  const heat = groups.find((g) => g.what === 'heat');
  const floor = groups.find((g) => g.what === 'floor');
  const parts = heat ? heat.parts.map((p) => partText(m, scenario, p)) : [];
  const rule = rung?.kind === 'rung' ? rung.rule : undefined;
  if (rule?.violence) parts.push(m.t('change.rule.violence', { delta: signedText(rule.violence) }));
  if (rule?.unrest) parts.push(m.t('change.rule.unrest', { delta: signedText(rule.unrest) }));
  if (!parts.length && !floor) return null;
  const total = rung?.kind === 'rung' ? rung.heat : (heat?.total ?? 0);
  const text = [
    m.t('change.ladder.pressure', { heat: signedText(total), parts: parts.length ? parts.join(m.t('change.parts.separator')) : 'none' }),
  ];
  if (floor && rung?.kind === 'rung' && rule && rule.floor > 0)
    text.push(
      m.t('change.ladder.floor', {
        rung: rule.floor,
        causes: plainList(
          m,
          floor.parts.map((p) => causeText(m, scenario, p)),
        ),
      }),
    );
  return text.join(' ');
}

/** Changes to one actor's meters, with causes. */
export const meterGroups = (groups: readonly ChangeGroup[], actor: ActorId): ChangeGroup[] =>
  groups.filter((g) => isMeter(g.what) && g.of === actor);

/** Changes to the places (unrest, police, troops), grouped by place in the scenario's order. */
export function placeGroups(groups: readonly ChangeGroup[], scenario: Scenario): { place: PlaceId; groups: ChangeGroup[] }[] {
  return scenario.placeIds
    .map((place) => ({ place, groups: groups.filter((g) => isPlaceMeasure(g.what) && g.of === place) }))
    .filter((x) => x.groups.length > 0);
}

/**
 * Every order that changed something on the ground (unrest, police, troops),
 * as news lines: "Kosovo: “Send more special police north” — police presence
 * +10 in Zvečan, Leposavić and Zubin Potok."
 */
export function groundNews(m: Messages, scenario: Scenario, entries: readonly LogEntry[]): string[] {
  const byOrder = new Map<string, Map<string, { what: ChangeWhat; delta: number; places: string[] }>>();
  for (const e of changesIn(entries)) {
    if (e.by !== 'order' || !isPlaceMeasure(e.what) || e.delta === 0) continue;
    let moves = byOrder.get(e.cause);
    if (!moves) {
      moves = new Map();
      byOrder.set(e.cause, moves);
    }
    const key = `${e.what}/${e.delta}`;
    const move = moves.get(key);
    if (move) move.places.push(e.of);
    else moves.set(key, { what: e.what, delta: e.delta, places: [e.of] });
  }
  const { action } = catalogOf(scenario);
  return [...byOrder].map(([id, moves]) => {
    const actor = action.get(id)?.actor;
    const changes = [...moves.values()].map((mv) =>
      m.t(`effect.${mv.what}`, {
        delta: signedText(mv.delta),
        where: m.t('effect.where.place', {
          place: plainList(
            m,
            mv.places.map((p) => placeName(m, p)),
          ),
        }),
      }),
    );
    return m.t('news.order', {
      actor: actor ? actorName(m, actor) : id,
      action: actionName(m, id),
      changes: changes.join(m.t('effect.separator')),
    });
  });
}
