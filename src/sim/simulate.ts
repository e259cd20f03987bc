import { createGame, type Game } from './game';
import type { Policy } from './policies';
import type { NewGameOptions } from './setup';
import type { ActorId, Decision, GameState, Result, Scenario } from './types';

/**
 * Plays a whole game headless. Human roles take their choices from `decisions`
 * (a replay's list, strictly in order) or, where a policy is given, from it.
 * `onTurn` sees the state after every turn's end check (for invariant tests).
 */
export interface SimulateOptions extends NewGameOptions {
  decisions?: readonly Decision[];
  policies?: Partial<Record<ActorId, Policy>>;
  onTurn?: (state: Readonly<GameState>) => void;
}

export interface Played {
  game: Game;
  /** Every human decision taken, in order (what a replay stores). */
  decisions: Decision[];
}

export function simulate(scenario: Scenario, opts: SimulateOptions): Result<Played> {
  const game = createGame(scenario, opts);
  const taken: Decision[] = [];
  const queue = opts.decisions ?? [];
  let next = 0;
  for (;;) {
    game.advance(opts.onTurn);
    if (game.isOver()) break;
    for (const actor of [...game.awaiting()]) {
      let action: string;
      const policy = opts.policies?.[actor];
      if (policy) action = policy(game, actor);
      else {
        const d = queue[next];
        if (!d) return fail(game, `no decision for ${actor} on turn ${game.state.turn} (the replay ends after ${queue.length} decisions)`);
        if (d.turn !== game.state.turn || d.actor !== actor) {
          return fail(game, `decision ${next + 1} is for ${d.actor} on turn ${d.turn}, but ${actor} on turn ${game.state.turn} is next`);
        }
        action = d.action;
        next++;
      }
      const r = game.submit(actor, action);
      if (!r.ok) return fail(game, `decision ${next} (${actor}, turn ${game.state.turn}): ${r.error}`);
      taken.push({ turn: game.state.turn, actor, action });
    }
  }
  if (next < queue.length)
    return fail(game, `the replay has ${queue.length - next} decision(s) after the end of the game (turn ${game.state.turn})`);
  return { ok: true, value: { game, decisions: taken } };
}

function fail(game: Game, error: string): Result<Played> {
  game.dispose();
  return { ok: false, error };
}
