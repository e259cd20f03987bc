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
  /** The players ended the game here ("End now"): it stops there, with the outcome 'stopped'. */
  stopAt?: GamePoint;
  /** The game was still going: play to here and leave it going. */
  pauseAt?: GamePoint;
}

/** A point between phases: after turn `turn` ('news'), or with turn `turn`'s orders open ('decisions'). */
export interface GamePoint {
  turn: number;
  phase: 'news' | 'decisions';
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
  const at = (p: GamePoint | undefined) => p !== undefined && game.state.turn === p.turn && game.state.phase === p.phase;
  const mark = opts.stopAt ?? opts.pauseAt;
  for (;;) {
    if (at(mark)) break;
    // With a point to stop at, step turn by turn so the game halts there.
    if (mark) {
      if (game.step(opts.onTurn) === 'turn-ended') continue;
    } else game.advance(opts.onTurn);
    if (game.isOver()) break;
    if (at(mark)) break;
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
  if (mark && !at(mark))
    return fail(
      game,
      `the game ended on turn ${game.state.turn}, before the point it was ${opts.stopAt ? 'stopped' : 'saved'} at (turn ${mark.turn}, ${mark.phase})`,
    );
  if (next < queue.length)
    return fail(game, `the replay has ${queue.length - next} decision(s) after the end of the game (turn ${game.state.turn})`);
  if (opts.stopAt) {
    const stopped = game.stop();
    if (!stopped.ok) return fail(game, stopped.error);
  }
  return { ok: true, value: { game, decisions: taken } };
}

function fail(game: Game, error: string): Result<Played> {
  game.dispose();
  return { ok: false, error };
}
