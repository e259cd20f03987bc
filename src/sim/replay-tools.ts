import { createGame, type Game, restoreGame } from './game';
import { stateHash } from './hash';
import { parseReplay, type Replay, replayOptions, scenarioFor, uncheckableBecause, verifyReplay } from './replay';
import { simulate } from './simulate';
import type { ActorId, GameState, Result, Scenario, ScenarioLookup } from './types';

// Tools over replays: step through a replay turn by turn, branch from any
// turn with a new human role, and compare many games of a class.

export interface ReplayTimeline {
  replay: Replay;
  scenario: Scenario;
  /**
   * states[t] = the state after turn t's end check (states[0] = before turn 1).
   * A game of a shorter length starts later: every index before its first
   * turn holds the state it starts from. A game stopped early ends with its
   * stopped state.
   */
  states: GameState[];
  /** The verification code re-played (equal to replay.verification when verified). */
  code: string;
  verified: boolean;
  /** Why it does not verify, when it does not. */
  problem: string | null;
}

/** Re-plays a replay and keeps the state after every turn, for stepping back and forth. */
export function replayTimeline(replay: Replay, scenarios: ScenarioLookup): Result<ReplayTimeline> {
  const scenario = scenarioFor(replay, scenarios);
  if (!scenario.ok) return scenario;
  const states: GameState[] = [];
  const options = replayOptions(replay);
  const first = createGame(scenario.value, options);
  for (let t = 0; t <= first.state.turn; t++) states.push(structuredClone(first.state));
  first.dispose();
  const run = simulate(scenario.value, { ...options, onTurn: (s) => states.push(structuredClone(s) as GameState) });
  if (!run.ok) return { ok: false, error: `illegal decision: ${run.error}` };
  const end = run.value.game.state;
  // A stopped game's last state is the stopped one (its turn may have been played, or only opened).
  if (end.outcome === 'stopped') states[end.turn] = structuredClone(end) as GameState;
  const code = stateHash(end);
  run.value.game.dispose();
  const uncheckable = uncheckableBecause(replay, scenario.value);
  const verified = !uncheckable && code === replay.verification;
  return {
    ok: true,
    value: {
      replay,
      scenario: scenario.value,
      states,
      code,
      verified,
      problem: verified
        ? null
        : (uncheckable ??
          `the file says ${replay.verification}, but re-playing it gives ${code}: it was changed, or made by another version`),
    },
  };
}

/**
 * "Take over from here": the game as it stood at the end of turn `afterTurn`
 * (same RNG state), continued with `role` played by a human from turn
 * afterTurn+1 on. Other human roles of the replay become AI.
 */
export function branchFrom(t: ReplayTimeline, afterTurn: number, role: ActorId): Result<Game> {
  const base = t.states[afterTurn];
  if (!base) return { ok: false, error: `the replay has no turn ${afterTurn}` };
  if (base.phase === 'over') return { ok: false, error: `the game was already over after turn ${afterTurn}` };
  const state = structuredClone(base);
  state.humans = [role];
  const game = restoreGame(t.scenario, state);
  game.advance();
  return { ok: true, value: game };
}

/** The state code at the end of a turn (to show that a branch starts from the identical state). */
export const turnCode = (t: ReplayTimeline, turn: number): string => {
  const s = t.states[turn];
  return s ? stateHash(s) : '';
};

// ---------------------------------------------------------------------------
// The class debrief.
// ---------------------------------------------------------------------------

export interface ClassEntry {
  name: string;
  ok: boolean;
  /** Why the file was rejected (not verified, malformed…). */
  problem: string | null;
  replay: Replay | null;
  state: GameState | null;
}

/** Reads and verifies each file; rejected ones (including files from other rules) are kept with their reason. */
export function readClassFiles(files: readonly { name: string; text: string }[], scenarios: ScenarioLookup): ClassEntry[] {
  return files.map(({ name, text }) => {
    const parsed = parseReplay(text);
    if (!parsed.ok) return { name, ok: false, problem: parsed.error, replay: null, state: null };
    const v = verifyReplay(parsed.value, scenarios);
    if (!v.ok) return { name, ok: false, problem: v.error, replay: parsed.value, state: null };
    if (!v.value.checked) {
      v.value.played.game.dispose();
      return { name, ok: false, problem: v.value.uncheckable, replay: parsed.value, state: null };
    }
    const state = structuredClone(v.value.played.game.state) as GameState;
    v.value.played.game.dispose();
    return { name, ok: true, problem: null, replay: parsed.value, state };
  });
}

export interface SplitPoint {
  turn: number;
  actor: ActorId;
  /** action id → number of games that chose it. */
  choices: Record<string, number>;
}

/**
 * Where the games split: for each turn and human actor, how the class's
 * choices were spread, for the turns where not everyone chose the same.
 * Only games of the same scenario and seed are compared with each other.
 */
export function splitPoints(entries: readonly ClassEntry[], actorOrder: readonly ActorId[]): SplitPoint[] {
  const ok = entries.filter((e) => e.ok && e.replay);
  const byKey = new Map<string, Map<string, number>>();
  for (const e of ok) {
    for (const d of e.replay?.decisions ?? []) {
      const key = `${d.turn}|${d.actor}`;
      const m = byKey.get(key) ?? new Map<string, number>();
      m.set(d.action, (m.get(d.action) ?? 0) + 1);
      byKey.set(key, m);
    }
  }
  const out: SplitPoint[] = [];
  for (const [key, m] of byKey) {
    if (m.size < 2) continue;
    const [turn, actor] = key.split('|') as [string, ActorId];
    out.push({ turn: Number(turn), actor, choices: Object.fromEntries([...m].sort((a, b) => b[1] - a[1])) });
  }
  return out.sort((a, b) => a.turn - b.turn || actorOrder.indexOf(a.actor) - actorOrder.indexOf(b.actor));
}
