// Plain words for an action card: what the action is expected to do, read
// from its declared effects (never simulated here), its risk and its cost.
// e.g. "unrest +10 everywhere", "standing abroad −8", "escalation pressure +3".
// Every word is a message (the game's `effect.*`, `condition.*`, `risk.*`,
// and the scenario's `holder.<id>.*`, `flag.<id>.*`, `actor.<id>.*`).

import type { ActionOption } from '../sim/options';
import type {
  ActionDef,
  ActorId,
  Condition,
  Effect,
  FlagId,
  Holder,
  MessageRef,
  MeterId,
  PlaceTarget,
  Scenario,
  Stance,
} from '../sim/types';
import { actionName, actorName, placeName, rungName } from '../text/describe';
import type { Messages } from '../text/messages';

const MINUS = '\u2212';

/** "+5" / "−3" with a real minus sign (a number, not words). */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `${MINUS}${Math.abs(n)}` : '±0';
}

import { listText } from '../text/lists';

export { listText };

/** The name of an actor's meter as a message: "support at home", "standing abroad" or its own meter. */
function meterRef(actor: ActorId, meter: MeterId): MessageRef {
  return meter === 'special' ? { key: `actor.${actor}.meter` } : { key: `meter.${meter}` };
}

/** The name of an actor's meter: "support at home", "standing abroad" or its own meter. */
export function meterName(m: Messages, actor: ActorId, meter: MeterId): string {
  return m.ref(meterRef(actor, meter));
}

/** A meter's name as a label or at the start of a line: "Support at home", "Standing abroad", "Credibility". */
export function meterLabel(m: Messages, actor: ActorId, meter: MeterId): string {
  return m.t(meter === 'special' ? `actor.${actor}.meter` : `meter.${meter}.label`);
}

/** A milestone set or cleared, in the scenario's words (`flag.<id>.on` / `.off`). */
export function flagPhrase(m: Messages, flag: FlagId, set: boolean): string {
  return m.t(`flag.${flag}.${set ? 'on' : 'off'}`);
}

const holderList = (h: Holder | readonly Holder[]): readonly Holder[] => (Array.isArray(h) ? h : [h as Holder]);

/** "everywhere", "in Zvečan", "there", "where a mayor is inside". */
function wherePhrase(m: Messages, place: PlaceTarget): string {
  if (place === 'all') return m.t('effect.where.all');
  if (place === 'here') return m.t('effect.where.here');
  if (typeof place === 'string') return m.t('effect.where.place', { place: placeName(m, place) });
  return listText(
    m,
    holderList(place.holder).map((h) => m.t(`holder.${h}.where`)),
    'disjunction',
  );
}

/** "all four buildings", "that building", "the building in Zvečan", "buildings with a mayor inside". */
function buildingsPhrase(m: Messages, scenario: Scenario, place: PlaceTarget): string {
  if (place === 'all') return m.t('effect.buildings.all', { count: scenario.placeIds.length });
  if (place === 'here') return m.t('effect.buildings.here');
  if (typeof place === 'string') return m.t('effect.buildings.place', { place: placeName(m, place) });
  return listText(
    m,
    holderList(place.holder).map((h) => m.t(`holder.${h}.buildings`)),
  );
}

/** A condition in a few words (only the kinds that appear inside effects and risks). */
export function conditionPhrase(m: Messages, c: Condition): string {
  if ('flag' in c) return (c.is ?? true) ? flagPhrase(m, c.flag, true) : m.t('condition.flag-not', { flag: flagPhrase(m, c.flag, true) });
  if ('rungAtLeast' in c) return m.t('condition.rung-at-least', { rung: c.rungAtLeast });
  if ('rungAtMost' in c) return m.t('condition.rung-at-most', { rung: c.rungAtMost });
  if ('placeTroopsAtLeast' in c) return m.t('condition.place-troops-at-least', { value: c.placeTroopsAtLeast });
  if ('placeHolder' in c) return m.t('condition.place-holder', { holder: { key: `holder.${c.placeHolder}.label` } });
  if ('ordered' in c) return m.t('condition.ordered', { action: actionName(m, c.ordered) });
  if ('not' in c) return m.t('condition.not', { condition: conditionPhrase(m, c.not) });
  if ('all' in c)
    return listText(
      m,
      c.all.map((x) => conditionPhrase(m, x)),
    );
  if ('any' in c)
    return listText(
      m,
      c.any.map((x) => conditionPhrase(m, x)),
      'disjunction',
    );
  return m.t('condition.other');
}

/** Rough importance, for ordering phrases on a small card: the ladder first, then the ground, then meters. */
function rank(e: Effect): number {
  if ('rungFloor' in e || 'incident' in e || 'casualties' in e) return 0;
  if ('heat' in e) return 1;
  if ('holder' in e || 'flag' in e) return 2;
  if ('unrest' in e || 'police' in e || 'troops' in e) return 3;
  if ('meter' in e) return 4;
  if ('budget' in e) return 5;
  if ('relation' in e) return 6;
  return 7;
}

/** Several effects in one run: "unrest +5, police presence −10". */
function effectList(m: Messages, scenario: Scenario, self: ActorId, effects: readonly Effect[]): string {
  return effects.map((x) => effectPhrase(m, scenario, self, x)).join(m.t('effect.separator'));
}

/** One effect in plain words, from the point of view of `self` (the actor acting). */
export function effectPhrase(m: Messages, scenario: Scenario, self: ActorId, e: Effect): string {
  if ('meter' in e) {
    const who = e.actor ?? self;
    const meter = meterRef(who, e.meter);
    const delta = signed(e.delta);
    return who === self ? m.t('effect.meter', { meter, delta }) : m.t('effect.meter.other', { actor: actorName(m, who), meter, delta });
  }
  if ('relation' in e) {
    const [a, b] = e.relation;
    if (a === self || b === self) return m.t('effect.relation', { actors: actorName(m, a === self ? b : a), delta: signed(e.delta) });
    return m.t('effect.relation.others', { a: actorName(m, a), b: actorName(m, b), delta: signed(e.delta) });
  }
  if ('unrest' in e) return m.t('effect.unrest', { delta: signed(e.delta), where: wherePhrase(m, e.unrest) });
  if ('police' in e) return m.t('effect.police', { delta: signed(e.delta), where: wherePhrase(m, e.police) });
  if ('troops' in e) return m.t('effect.troops', { delta: signed(e.delta), where: wherePhrase(m, e.troops) });
  if ('holder' in e)
    return m.t('effect.holder', { buildings: buildingsPhrase(m, scenario, e.holder), change: { key: `holder.${e.to}.to` } });
  if ('flag' in e) return flagPhrase(m, e.flag, e.set);
  if ('heat' in e) return m.t('effect.heat', { delta: signed(e.heat) });
  if ('rungFloor' in e) return m.t('effect.rung-floor', { rung: e.rungFloor, name: rungName(m, e.rungFloor) });
  if ('casualties' in e) {
    const high = e.injured + (e.spread ?? 0);
    const who: MessageRef = { key: `casualties.${e.casualties}`, params: { count: high } };
    const killed = e.killed ?? 0;
    return high > e.injured ? m.t('effect.casualties.range', { low: e.injured, who, killed }) : m.t('effect.casualties', { who, killed });
  }
  if ('budget' in e) {
    const who = e.actor ?? self;
    const delta = signed(e.budget);
    return who === self ? m.t('effect.budget', { delta }) : m.t('effect.budget.other', { actor: actorName(m, who), delta });
  }
  if ('incident' in e) return m.t('effect.incident', { armed: e.armed ? 'yes' : 'no' });
  if ('if' in e) {
    const condition = conditionPhrase(m, e.if);
    const then = effectList(m, scenario, self, e.then);
    if (!e.else?.length) return m.t('effect.if', { condition, then });
    return m.t('effect.if-else', { condition, then, otherwise: effectList(m, scenario, self, e.else) });
  }
  return m.t('effect.other');
}

const PRESENCE_KINDS = ['unrest', 'police', 'troops'] as const;

/**
 * Every effect of an action in plain words, most important first. Effects
 * that differ only by place or partner are merged: "KFOR presence +15 in
 * Leposavić and Zubin Potok", "relations with Russia and China +6".
 */
export function effectPhrases(m: Messages, scenario: Scenario, def: ActionDef): string[] {
  const self = def.actor;
  const sorted = [...def.effects].map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i);
  const out: string[] = [];
  const groups = new Map<string, { at: number; names: string[]; make: (names: string[]) => string }>();
  for (const { e } of sorted) {
    let key: string | null = null;
    let name = '';
    let make: ((names: string[]) => string) | null = null;
    for (const kind of PRESENCE_KINDS) {
      if (kind in e) {
        const place = (e as Record<string, unknown>)[kind] as PlaceTarget;
        const delta = (e as { delta: number }).delta;
        if (typeof place === 'string' && place !== 'all' && place !== 'here') {
          key = `${kind}:${delta}`;
          name = placeName(m, place);
          make = (names) =>
            m.t(`effect.${kind}`, { delta: signed(delta), where: m.t('effect.where.place', { place: listText(m, names) }) });
        }
      }
    }
    if ('relation' in e && (e.relation[0] === self || e.relation[1] === self)) {
      const other = e.relation[0] === self ? e.relation[1] : e.relation[0];
      key = `relation:${e.delta}`;
      name = actorName(m, other);
      const delta = e.delta;
      make = (names) => m.t('effect.relation', { actors: listText(m, names), delta: signed(delta) });
    }
    if (key && make) {
      const g = groups.get(key);
      if (g) {
        g.names.push(name);
        out[g.at] = g.make(g.names);
      } else {
        groups.set(key, { at: out.length, names: [name], make });
        out.push(make([name]));
      }
      continue;
    }
    out.push(effectPhrase(m, scenario, self, e));
  }
  return out;
}

/** What a per-place risk is rolled for: buildings (by holder) or places. */
function rollUnit(option: ActionOption): 'building' | 'place' {
  const per = option.def.risk?.perPlace;
  return per !== undefined && typeof per === 'object' ? 'building' : 'place';
}

/** The risk's name, e.g. "violence at the building". */
const riskLabel = (m: Messages, option: ActionOption): string => m.t(`action.${option.def.id}.risk.label`);

/** What the dice decide: "45% chance of violence at the building in each of 3 buildings (rolled separately)". */
export function riskPhrase(m: Messages, option: ActionOption): string | null {
  const r = option.risk;
  if (!r) return null;
  const params = { unit: rollUnit(option), label: riskLabel(m, option) };
  if (r.rolls === 0) return m.t('risk.none-now', params);
  return m.t('risk.chance', { ...params, chance: r.chance, rolls: r.rolls });
}

/** A short risk tag for a card: "45% violence at the building, per building ×3". */
export function riskTag(m: Messages, option: ActionOption): string | null {
  const r = option.risk;
  if (!r) return null;
  const params = { unit: rollUnit(option), label: riskLabel(m, option) };
  if (r.rolls === 0) return m.t('risk.tag.none-now', params);
  return m.t('risk.tag', { ...params, chance: r.chance, rolls: r.rolls });
}

/** The warning that goes with a risk, in the scenario's words. */
export function riskWarning(m: Messages, def: ActionDef): string | null {
  return def.risk ? m.t(`action.${def.id}.risk.warning`) : null;
}

/** What happens if the dice go against you, in plain words. */
export function riskOutcome(m: Messages, scenario: Scenario, def: ActionDef): string | null {
  if (!def.risk) return null;
  return effectList(m, scenario, def.actor, def.risk.onHit);
}

/** Why an option cannot be chosen now: used once already, too dear, or the action's own condition (`action.<id>.requires`). */
export function unavailableText(m: Messages, option: ActionOption): string {
  const r = option.reason;
  if (r?.kind === 'used-once') return m.t('unavailable.used-once');
  if (r?.kind === 'cost') return m.t('unavailable.cost', { cost: r.cost, budget: r.budget });
  const own = `action.${option.def.id}.requires`;
  return m.has(own) ? m.t(own) : m.t('unavailable.requires');
}

/** "hard line", "de-escalating", "neutral". */
export function stanceText(m: Messages, stance: Stance): string {
  return m.t(`stance.${stance}`);
}

/** Whether choosing it should be confirmed first. */
export function needsConfirmation(option: ActionOption): boolean {
  return option.crossesRung || (option.risk !== null && option.risk.chance >= 30);
}
