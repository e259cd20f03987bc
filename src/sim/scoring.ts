import { relationKey } from './relations';
import type { ActorId, GameState, Holder, ObjectiveMeasure, Scenario } from './types';
import { avgOf, totalInjured, totalKilled } from './world';

export interface ObjectiveScore {
  /** The objective's id; its words are the message `objective.<actor>.<id>`. */
  id: string;
  weight: number;
  /** How far it was met, 0..100. */
  met: number;
  points: number;
}

export interface ActorScore {
  actor: ActorId;
  score: number;
  objectives: ObjectiveScore[];
}

/** How far below a meter's target an objective still scores something (a steep ramp: meters must be worked for). */
export const METER_RAMP = 20;

/** After a war every actor keeps only a quarter of its points: everyone has lost. */
export const WAR_PENALTY_PERCENT = 25;

function measure(m: ObjectiveMeasure, state: GameState, scenario: Scenario): number {
  if ('meterAtLeast' in m) {
    // Full marks at the target, nothing METER_RAMP points below it, a straight line between.
    const v = state.actors[m.meterAtLeast.actor]?.meters[m.meterAtLeast.meter] ?? 0;
    return Math.max(0, Math.min(100, Math.floor(((v - m.meterAtLeast.value + METER_RAMP) * 100) / METER_RAMP)));
  }
  if ('meterGain' in m) {
    const { actor, meter } = m.meterGain;
    const start = scenario.actors[actor]?.start[meter] ?? 0;
    const gain = (state.actors[actor]?.meters[meter] ?? start) - start;
    return Math.max(0, Math.min(100, 50 + Math.trunc((gain * 50) / 20)));
  }
  if ('flag' in m) return state.flags[m.flag] === (m.is ?? true) ? 100 : 0;
  if ('rungAtMost' in m) return state.rung <= m.rungAtMost ? 100 : Math.max(0, 100 - (state.rung - m.rungAtMost) * 34);
  if ('noWar' in m) return state.outcome === 'war' ? 0 : 100;
  if ('holderCountAtLeast' in m) {
    const want: readonly Holder[] = Array.isArray(m.holderCountAtLeast.holder)
      ? m.holderCountAtLeast.holder
      : [m.holderCountAtLeast.holder as Holder];
    const n = Object.values(state.places).filter((x) => want.includes(x.holder)).length;
    return Math.min(100, Math.floor((n * 100) / m.holderCountAtLeast.count));
  }
  if ('casualtiesAtMost' in m) {
    const { group, injured, killed } = m.casualtiesAtMost;
    const c =
      group === 'any'
        ? { injured: totalInjured(state), killed: totalKilled(state) }
        : (state.casualties[group] ?? { injured: 0, killed: 0 });
    if (c.killed > killed) return 0;
    return c.injured <= injured ? 100 : Math.max(0, 100 - (c.injured - injured) * 3);
  }
  if ('flagsSet' in m) {
    if (m.flagsSet.length === 0) return 100;
    return Math.floor((m.flagsSet.filter((f) => state.flags[f]).length * 100) / m.flagsSet.length);
  }
  if ('noKilled' in m) return totalKilled(state) === 0 ? 100 : 0;
  if ('policeAtMost' in m) {
    const avg = avgOf(state, 'police');
    return avg <= m.policeAtMost ? 100 : Math.max(0, 100 - (avg - m.policeAtMost) * 4);
  }
  const { a, b, value } = m.relationAtLeast;
  const r = state.relations[relationKey(a, b)] ?? 0;
  return r >= value ? 100 : Math.max(0, 100 - (value - r) * 3);
}

/** Every actor's score against its own objectives (0..100). */
export function scoreGame(state: GameState, scenario: Scenario): ActorScore[] {
  return scenario.actorIds.map((actor) => {
    const objectives = scenario.actors[actor]!.objectives.map((o) => {
      const met = measure(o.measure, state, scenario);
      return { id: o.id, weight: o.weight, met, points: Math.floor((o.weight * met) / 100) };
    });
    let score = objectives.reduce((s, o) => s + o.points, 0);
    if (state.outcome === 'war') score = Math.floor((score * WAR_PENALTY_PERCENT) / 100);
    return { actor, score, objectives };
  });
}
