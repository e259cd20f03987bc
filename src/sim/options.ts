import { catalogOf } from './catalog';
import { chanceOf, type EvalContext, holds } from './conditions';
import type { ActionDef, ActorId, GameState, Result, Scenario } from './types';
import { placesOf } from './world';

/** Why an action can or cannot be chosen now, without rolling anything. */
export function unavailableReason(def: ActionDef, state: GameState, scenario: Scenario): string | null {
  const a = state.actors[def.actor];
  if (def.once && a.usedOnce.includes(def.id)) return 'Already used: this can be done once a game.';
  if (def.cost > a.budget) return `Costs ${def.cost}; only ${a.budget} left.`;
  if (def.requires && !holds(def.requires, { state, scenario, place: null })) return def.requiresText ?? 'Not possible now.';
  return null;
}

/** What the player is shown on an action card. */
export interface ActionOption {
  def: ActionDef;
  available: boolean;
  reason: string | null;
  /** Odds of the uncertain outcome now (highest over the places it would roll for), in percent. */
  risk: { label: string; warning: string; chance: number; rolls: number } | null;
  /** Would this action alone push the ladder up a rung (or to a floor above the current rung)? */
  crossesRung: boolean;
}

export const RUNG_UP_HEAT = 3;

export function actionOptions(state: GameState, scenario: Scenario, actor: ActorId): ActionOption[] {
  // Others' orders are secret until resolution: odds are previewed without them.
  const blind: GameState = { ...state, orders: [] };
  return catalogOf(scenario).byActor[actor].map((def) => {
    const reason = unavailableReason(def, state, scenario);
    return { def, available: reason === null, reason, risk: previewRisk(def, blind, scenario), crossesRung: crossesRung(def, state) };
  });
}

function previewRisk(def: ActionDef, state: GameState, scenario: Scenario): ActionOption['risk'] {
  if (!def.risk) return null;
  const places = def.risk.perPlace ? placesOf(state, def.risk.perPlace, null) : [null];
  let chance = 0;
  for (const place of places) chance = Math.max(chance, chanceOf(def.risk.chance, { state, scenario, place } satisfies EvalContext));
  return { label: def.risk.label, warning: def.risk.warning, chance, rolls: places.length };
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
  if (reason) return { ok: false, error: `action "${actionId}" is not possible on turn ${state.turn}: ${reason}` };
  return { ok: true, value: def };
}
