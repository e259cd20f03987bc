import { actionsOf, catalogOf } from './catalog';
import { chanceOf, type EvalContext, holds } from './conditions';
import type { ActionDef, ActorId, GameState, Result, Scenario, Stance } from './types';
import { placesOf } from './world';

/** Why an action cannot be chosen now (data: the words are the messages `unavailable.*` and `action.<id>.requires`). */
export type Unavailable = { kind: 'used-once' } | { kind: 'cost'; cost: number; budget: number } | { kind: 'requires' };

/** Why an action cannot be chosen now, without rolling anything; null when it can. */
export function unavailableReason(def: ActionDef, state: GameState, scenario: Scenario): Unavailable | null {
  const a = state.actors[def.actor];
  if (!a) return { kind: 'requires' };
  if (def.once && a.usedOnce.includes(def.id)) return { kind: 'used-once' };
  if (def.cost > a.budget) return { kind: 'cost', cost: def.cost, budget: a.budget };
  if (def.requires && !holds(def.requires, { state, scenario, place: null })) return { kind: 'requires' };
  return null;
}

/** The reason in a developer's words, for error values (the command line, replay checks). */
function reasonForLog(r: Unavailable): string {
  if (r.kind === 'used-once') return 'it can be done once a game and was already used';
  if (r.kind === 'cost') return `it costs ${r.cost} and only ${r.budget} is left`;
  return 'its conditions do not hold';
}

/** What the player is shown on an action card. */
export interface ActionOption {
  def: ActionDef;
  available: boolean;
  reason: Unavailable | null;
  /** Odds of the uncertain outcome now (highest over the places it would roll for), in percent. */
  risk: { chance: number; rolls: number } | null;
  /** Would this action alone push the ladder up a rung (or to a floor above the current rung)? */
  crossesRung: boolean;
}

export const RUNG_UP_HEAT = 3;

export function actionOptions(state: GameState, scenario: Scenario, actor: ActorId): ActionOption[] {
  // Others' orders are secret until resolution: odds are previewed without them.
  const blind: GameState = { ...state, orders: [] };
  return actionsOf(scenario, actor).map((def) => {
    const reason = unavailableReason(def, state, scenario);
    return { def, available: reason === null, reason, risk: previewRisk(def, blind, scenario), crossesRung: crossesRung(def, state) };
  });
}

function previewRisk(def: ActionDef, state: GameState, scenario: Scenario): ActionOption['risk'] {
  if (!def.risk) return null;
  const places = def.risk.perPlace ? placesOf(state, scenario.placeIds, def.risk.perPlace, null) : [null];
  let chance = 0;
  for (const place of places) chance = Math.max(chance, chanceOf(def.risk.chance, { state, scenario, place } satisfies EvalContext));
  return { chance, rolls: places.length };
}

function crossesRung(def: ActionDef, state: GameState): boolean {
  let heat = 0;
  let floor = 0;
  for (const e of def.effects) {
    if ('heat' in e) heat += e.heat;
    if ('rungFloor' in e) floor = Math.max(floor, e.rungFloor);
  }
  return heat >= RUNG_UP_HEAT || floor > state.rung;
}

/** Checks a human choice; the error names the problem. */
export function checkChoice(state: GameState, scenario: Scenario, actor: ActorId, actionId: string): Result<ActionDef> {
  const def = catalogOf(scenario).action.get(actionId);
  if (!def) return { ok: false, error: `unknown action "${actionId}"` };
  if (def.actor !== actor) return { ok: false, error: `action "${actionId}" belongs to ${def.actor}, not ${actor}` };
  const reason = unavailableReason(def, state, scenario);
  if (reason) return { ok: false, error: `action "${actionId}" is not possible on turn ${state.turn}: ${reasonForLog(reason)}` };
  return { ok: true, value: def };
}

/**
 * What an action does to the escalation ladder, by one rule for every actor:
 * it escalates ('hawk') when its sure effects add escalation pressure or set a
 * floor under the ladder, de-escalates ('dove') when they take pressure away,
 * and holds ('neutral') otherwise. Uncertain outcomes (risks) are shown apart,
 * with their odds. Every action's declared stance must follow this rule (a test checks it).
 */
export function stanceOf(def: Pick<ActionDef, 'effects'>): Stance {
  let heat = 0;
  let floor = false;
  for (const e of def.effects) {
    if ('heat' in e) heat += e.heat;
    if ('rungFloor' in e && e.rungFloor > 0) floor = true;
  }
  if (floor || heat > 0) return 'hawk';
  return heat < 0 ? 'dove' : 'neutral';
}
