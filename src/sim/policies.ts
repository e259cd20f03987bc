import { holdAction } from './catalog';
import type { Game } from './game';
import { type Rng, rngFromSeed } from './rng';
import type { ActorId, Scenario, Stance } from './types';

/**
 * A policy plays a human role without a human: given the game and the actor,
 * it returns an action id that is possible now. Used by the "historical"
 * playthrough, the what-if batch and random-play tests.
 */
export type Policy = (game: Game, actor: ActorId) => string;

/** The first possible action of a preference list, or hold. */
export function firstPossible(game: Game, actor: ActorId, preferences: readonly string[]): string {
  const options = game.options(actor);
  for (const id of preferences) if (options.some((o) => o.def.id === id && o.available)) return id;
  return holdAction(actor);
}

/** Always the costliest possible action of one stance (ties: catalogue order), else hold. */
export function stancePolicy(stance: Stance): Policy {
  return (game, actor) => {
    let best: { id: string; cost: number } | null = null;
    for (const o of game.options(actor)) {
      if (o.available && o.def.stance === stance && (!best || o.def.cost > best.cost)) best = { id: o.def.id, cost: o.def.cost };
    }
    return best?.id ?? holdAction(actor);
  };
}

/** Any possible action, uniformly, from a separate RNG (tests and fuzzing). */
export function randomPolicy(rng: Rng): Policy {
  return (game, actor) => {
    const possible = game.options(actor).filter((o) => o.available);
    return possible.length ? (possible[rng.below(possible.length)]?.def.id ?? holdAction(actor)) : holdAction(actor);
  };
}

/** A scripted policy: per-turn preference lists with a default. */
export function scriptPolicy(script: { default: readonly string[]; turns: Readonly<Record<number, readonly string[]>> }): Policy {
  return (game, actor) => firstPossible(game, actor, script.turns[game.state.turn] ?? script.default);
}

export const POLICY_NAMES = ['historical', 'dove', 'hawk', 'random'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

/** A named policy for one actor; the random one draws from its own seed. */
export function policyFor(scenario: Scenario, name: PolicyName, actor: ActorId, seed: string): Policy {
  switch (name) {
    case 'historical': {
      const script = scenario.historical[actor];
      if (!script) throw new Error(`no historical script for ${actor} (there are: ${Object.keys(scenario.historical).join(', ')})`);
      return scriptPolicy(script);
    }
    case 'dove':
      return stancePolicy('dove');
    case 'hawk':
      return stancePolicy('hawk');
    case 'random':
      return randomPolicy(rngFromSeed(`policy:${seed}:${actor}`));
  }
}
