// Plain words for an action card: what the action is expected to do, read
// from its declared effects (never simulated here), its risk and its cost.
// e.g. "unrest +10 everywhere", "standing abroad −8", "escalation pressure +3".

import type { ActionOption } from '../sim/options';
import type { ActionDef, ActorId, Condition, Effect, FlagId, Holder, MeterId, Place, Scenario, Stance } from '../sim/types';

const MINUS = '\u2212';

/** "+5" / "−3" with a real minus sign. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `${MINUS}${Math.abs(n)}` : '±0';
}

/** "Credibility" → "credibility", but "EU path" and "Western unity" stay. */
function lowerFirst(s: string): string {
  if (/^(Western|European|EU|NATO|KFOR)\b/.test(s)) return s;
  return s.length > 1 && s[1] === s[1]?.toLowerCase() ? (s[0]?.toLowerCase() ?? '') + s.slice(1) : s;
}

/** The name of an actor's meter: "support at home", "standing abroad" or its own meter. */
export function meterName(scenario: Scenario, actor: ActorId, meter: MeterId): string {
  if (meter === 'support') return 'support at home';
  if (meter === 'standing') return 'standing abroad';
  return lowerFirst(scenario.actors[actor].specialMeter);
}

/** "Kosovo Serbs’", "Serbia’s". */
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

const HOLDER_WHERE: Record<Holder, string> = {
  'local-serbs': 'where local Serb staff hold the building',
  'kosovo-mayor': 'where a mayor is inside',
  'kfor-cordon': 'where KFOR cordons the building',
  'mayor-elsewhere': 'where the mayor works elsewhere',
  'new-council': 'where a new council governs',
};

const HOLDER_BUILDINGS: Record<Holder, string> = {
  'local-serbs': 'buildings held by local Serb staff',
  'kosovo-mayor': 'buildings with a mayor inside',
  'kfor-cordon': 'buildings under a KFOR cordon',
  'mayor-elsewhere': 'buildings whose mayor works elsewhere',
  'new-council': 'buildings with a new council',
};

const HOLDER_TO: Record<Holder, string> = {
  'local-serbs': 'back to local Serb staff',
  'kosovo-mayor': 'the elected mayor moves in, under police guard',
  'kfor-cordon': 'KFOR cordons them',
  'mayor-elsewhere': 'the mayor moves to other premises',
  'new-council': 'a new council takes over',
};

/** Short milestone names: [when set, when cleared]. */
const FLAG_SHORT: Record<FlagId, [string, string]> = {
  mayorsInBuildings: ['the mayors are in the buildings', 'the mayors leave the buildings'],
  armyHighReadiness: ['Serbia’s army on high readiness', 'Serbia’s army stands down'],
  troopsAtLine: ['Serbian troops massed at the line', 'Serbian troops pull back from the line'],
  reinforcementsDeployed: ['NATO reinforcements deployed', 'NATO reinforcements leave'],
  reinforcementsRequested: ['KFOR asks for reinforcements', 'the request for reinforcements is withdrawn'],
  talksConvened: ['crisis talks convened in Brussels', 'the Brussels talks are suspended'],
  electionsCalled: ['new elections called for', 'the call for new elections is dropped'],
  electionsAgreedKosovo: ['Pristina accepts new elections', 'Pristina withdraws its acceptance of new elections'],
  electionsAgreedSerbia: ['Belgrade accepts new elections', 'Belgrade withdraws its acceptance of new elections'],
  serbsWillRun: ['the Kosovo Serbs will run in new elections', 'the Kosovo Serbs will not run'],
  euMeasuresOnKosovo: ['EU measures against Kosovo', 'EU measures against Kosovo lifted'],
  euMeasuresOnSerbia: ['EU measures against Serbia', 'EU measures against Serbia lifted'],
  exerciseCancelled: ['Kosovo dropped from a US-led exercise', 'Kosovo back in the exercise'],
  crossingsClosed: ['the crossings close to Serbian goods and cars', 'the crossings reopen'],
  leaderArrested: ['a Kosovo Serb leader arrested', 'the arrested Kosovo Serb leader released'],
  officersDetained: ['Kosovo police officers held in Serbia', 'the detained police officers released'],
  barricadesUp: ['barricades go up', 'the barricades come down'],
  boycottHolds: ['the Serb boycott holds', 'the Serb boycott ends'],
  associationTalks: ['talks on the Association begin', 'talks on the Association stop'],
  unscSession: ['a UN Security Council session', 'the Security Council session ends'],
  settlement: ['a settlement', 'the settlement collapses'],
};

export function flagPhrase(flag: FlagId, set: boolean): string {
  return FLAG_SHORT[flag]?.[set ? 0 : 1] ?? `${flag} ${set ? 'set' : 'cleared'}`;
}

function holders(h: Holder | readonly Holder[]): readonly Holder[] {
  return Array.isArray(h) ? h : [h as Holder];
}

/** "everywhere", "in Zvečan", "there", "where a mayor is inside". */
function wherePhrase(scenario: Scenario, place: Place): string {
  if (place === 'all') return 'everywhere';
  if (place === 'here') return 'there';
  if (typeof place === 'string') return `in ${scenario.municipalities[place]?.en ?? place}`;
  return holders(place.holder)
    .map((h) => HOLDER_WHERE[h])
    .join(' or ');
}

function buildingsPhrase(scenario: Scenario, place: Place): string {
  if (place === 'all') return 'all four buildings';
  if (place === 'here') return 'that building';
  if (typeof place === 'string') return `the building in ${scenario.municipalities[place]?.en ?? place}`;
  return holders(place.holder)
    .map((h) => HOLDER_BUILDINGS[h])
    .join(' and ');
}

/** A condition in a few words (only the kinds that appear inside effects and risks). */
export function conditionPhrase(scenario: Scenario, c: Condition): string {
  if ('flag' in c) return (c.is ?? true) ? flagPhrase(c.flag, true) : `not: ${flagPhrase(c.flag, true)}`;
  if ('rungAtLeast' in c) return `the ladder at rung ${c.rungAtLeast} or higher`;
  if ('rungAtMost' in c) return `the ladder at rung ${c.rungAtMost} or lower`;
  if ('placeKforAtLeast' in c) return `KFOR presence there is ${c.placeKforAtLeast} or more`;
  if ('placeHolder' in c) return HOLDER_WHERE[c.placeHolder].replace(/^where /, '');
  if ('ordered' in c) return `someone orders “${scenario.actions.find((a) => a.id === c.ordered)?.name ?? c.ordered}”`;
  if ('not' in c) return `not (${conditionPhrase(scenario, c.not)})`;
  if ('all' in c) return c.all.map((x) => conditionPhrase(scenario, x)).join(' and ');
  if ('any' in c) return c.any.map((x) => conditionPhrase(scenario, x)).join(' or ');
  return 'the situation allows';
}

const GROUP_NAME = { kfor: 'KFOR soldiers', police: 'police officers', civilians: 'civilians' } as const;

/** Rough importance, for ordering phrases on a small card: the ladder first, then the ground, then meters. */
function rank(e: Effect): number {
  if ('rungFloor' in e || 'incident' in e || 'casualties' in e) return 0;
  if ('heat' in e) return 1;
  if ('holder' in e || 'flag' in e) return 2;
  if ('unrest' in e || 'police' in e || 'kfor' in e) return 3;
  if ('meter' in e) return 4;
  if ('budget' in e) return 5;
  if ('relation' in e) return 6;
  return 7;
}

/** One effect in plain words, from the point of view of `self` (the actor acting). */
export function effectPhrase(scenario: Scenario, self: ActorId, e: Effect): string {
  if ('meter' in e) {
    const who = e.actor ?? self;
    const name = meterName(scenario, who, e.meter);
    return who === self ? `${name} ${signed(e.delta)}` : `${possessive(scenario.actors[who].short)} ${name} ${signed(e.delta)}`;
  }
  if ('relation' in e) {
    const [a, b] = e.relation;
    if (a === self || b === self) return `relations with ${scenario.actors[a === self ? b : a].short} ${signed(e.delta)}`;
    return `${scenario.actors[a].short}–${scenario.actors[b].short} relations ${signed(e.delta)}`;
  }
  if ('unrest' in e) return `unrest ${signed(e.delta)} ${wherePhrase(scenario, e.unrest)}`;
  if ('police' in e) return `police presence ${signed(e.delta)} ${wherePhrase(scenario, e.police)}`;
  if ('kfor' in e) return `KFOR presence ${signed(e.delta)} ${wherePhrase(scenario, e.kfor)}`;
  if ('holder' in e) return `${buildingsPhrase(scenario, e.holder)}: ${HOLDER_TO[e.to]}`;
  if ('flag' in e) return flagPhrase(e.flag, e.set);
  if ('heat' in e) return `escalation pressure ${signed(e.heat)}`;
  if ('rungFloor' in e) return `the ladder to at least rung ${e.rungFloor} (${scenario.ladder[e.rungFloor]?.name ?? ''})`;
  if ('casualties' in e) {
    const hi = e.injured + (e.spread ?? 0);
    const range = hi > e.injured ? `${e.injured}–${hi}` : `${e.injured}`;
    const killed = e.killed ? `, ${e.killed} killed` : '';
    return `${range} ${GROUP_NAME[e.casualties]} injured${killed}`;
  }
  if ('budget' in e) {
    const who = e.actor ?? self;
    return who === self ? `budget ${signed(e.budget)}` : `${possessive(scenario.actors[who].short)} budget ${signed(e.budget)}`;
  }
  if ('incident' in e) return e.armed ? 'an armed incident' : 'a violent incident';
  if ('if' in e) {
    const then = e.then.map((x) => effectPhrase(scenario, self, x)).join(', ');
    const otherwise = e.else?.length ? `; otherwise ${e.else.map((x) => effectPhrase(scenario, self, x)).join(', ')}` : '';
    return `if ${conditionPhrase(scenario, e.if)}: ${then}${otherwise}`;
  }
  return 'other effects';
}

const PRESENCE_WORD = { unrest: 'unrest', police: 'police presence', kfor: 'KFOR presence' } as const;

/** "Leposavić and Zubin Potok", "A, B and C". */
function andList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Every effect of an action in plain words, most important first. Effects
 * that differ only by place or partner are merged: "KFOR presence +15 in
 * Leposavić and Zubin Potok", "relations with Russia and China +6".
 */
export function effectPhrases(scenario: Scenario, def: ActionDef): string[] {
  const self = def.actor;
  const sorted = [...def.effects].map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i);
  const out: string[] = [];
  const groups = new Map<string, { at: number; names: string[]; make: (names: string[]) => string }>();
  for (const { e } of sorted) {
    let key: string | null = null;
    let name = '';
    let make: ((names: string[]) => string) | null = null;
    for (const kind of ['unrest', 'police', 'kfor'] as const) {
      if (kind in e) {
        const place = (e as Record<string, unknown>)[kind] as Place;
        const delta = (e as { delta: number }).delta;
        if (typeof place === 'string' && place !== 'all' && place !== 'here') {
          key = `${kind}:${delta}`;
          name = scenario.municipalities[place]?.en ?? place;
          make = (names) => `${PRESENCE_WORD[kind]} ${signed(delta)} in ${andList(names)}`;
        }
      }
    }
    if ('relation' in e && (e.relation[0] === self || e.relation[1] === self)) {
      const other = e.relation[0] === self ? e.relation[1] : e.relation[0];
      key = `relation:${e.delta}`;
      name = scenario.actors[other].short;
      const delta = e.delta;
      make = (names) => `relations with ${andList(names)} ${signed(delta)}`;
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
    out.push(effectPhrase(scenario, self, e));
  }
  return out;
}

/** What a per-place risk is rolled for: buildings (by holder) or municipalities. */
function rollUnit(option: ActionOption, n: number): string {
  const per = option.def.risk?.perPlace;
  const buildings = per !== undefined && typeof per === 'object';
  return buildings ? (n === 1 ? 'building' : 'buildings') : n === 1 ? 'municipality' : 'municipalities';
}

/** What the dice decide: "45% chance of violence at the building in each of 3 buildings (rolled separately)". */
export function riskPhrase(option: ActionOption): string | null {
  const r = option.risk;
  if (!r) return null;
  if (r.rolls === 0) return `No dice now: there is no ${rollUnit(option, 1)} where ${r.label} could happen`;
  const each = r.rolls > 1 ? ` in each of ${r.rolls} ${rollUnit(option, r.rolls)} (rolled separately)` : '';
  return `${r.chance}% chance of ${r.label}${each}`;
}

/** A short risk tag for a card: "45% violence at the building, per building ×3". */
export function riskTag(option: ActionOption): string | null {
  const r = option.risk;
  if (!r) return null;
  if (r.rolls === 0) return `none now (no ${rollUnit(option, 1)} for it)`;
  return `${r.chance}% ${r.label}${r.rolls > 1 ? `, per ${rollUnit(option, 1)} ×${r.rolls}` : ''}`;
}

/** What happens if the dice go against you, in plain words. */
export function riskOutcome(scenario: Scenario, def: ActionDef): string | null {
  if (!def.risk) return null;
  return def.risk.onHit.map((e) => effectPhrase(scenario, def.actor, e)).join(', ');
}

export const STANCE_TEXT: Record<Stance, string> = {
  hawk: 'hard line',
  dove: 'de-escalating',
  neutral: 'neutral',
};

/** Whether choosing it should be confirmed first. */
export function needsConfirmation(option: ActionOption): boolean {
  return option.crossesRung || (option.risk !== null && option.risk.chance >= 30);
}
