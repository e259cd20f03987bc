import type { PhaseEvent } from '../machines/phase';
import { nextPhase } from '../machines/phase-steps';
import { chooseAction } from './ai';
import { BUDGET_PER_TURN, MAX_BUDGET } from './effects';
import { runEndCheck } from './end-check';
import { updateLadder } from './escalation';
import { firstTurnOf } from './lengths';
import { postureMeta, startMinds, stepMind } from './minds';
import { motiveOf } from './motives';
import { type ActionOption, actionOptions, checkChoice } from './options';
import { runResolution } from './resolution';
import { type Rng, rngFromState } from './rng';
import { initialState, type NewGameOptions } from './setup';
import { selfView, worldView } from './signals';
import type { ActorId, DecisionReasons, GameState, Phase, Result, Scenario } from './types';
import { runEvents } from './world-events';

/**
 * One game in progress. It owns its state and mutates it in place phase by
 * phase (no copies per turn); the state is plain JSON at every phase boundary,
 * so `snapshot()` can save it and `restoreGame` continue it exactly.
 * The order of phases comes from the phase machine, not from this code.
 */
export interface Game {
  readonly scenario: Scenario;
  /** The live state: read it, never write it. */
  readonly state: Readonly<GameState>;
  /** Human actors whose orders are awaited this turn. */
  awaiting(): readonly ActorId[];
  /** The action cards of an actor now, with availability, odds and warnings. */
  options(actor: ActorId): ActionOption[];
  /** A human's order for this turn; the error names the problem. */
  submit(actor: ActorId, actionId: string): Result<void>;
  /** Runs phases until human orders are needed or the game is over; `onTurnEnd` sees each finished turn. */
  advance(onTurnEnd?: (state: Readonly<GameState>) => void): void;
  /** Like advance, but also stops at the end of each turn (for watching a game turn by turn). */
  step(onTurnEnd?: (state: Readonly<GameState>) => void): StepResult;
  isOver(): boolean;
  /**
   * Ends the game now, before its last turn ("End now"): the outcome is
   * 'stopped'. Orders given for a turn not yet played are withdrawn.
   */
  stop(): Result<void>;
  /** A deep copy of the state (plain JSON). */
  snapshot(): GameState;
  /** Ends the game's use (kept so callers need not know how machines run; nothing is held today). */
  dispose(): void;
}

/** Where `step()` stopped: waiting for human orders, at the end of a turn, or at the end of the game. */
export type StepResult = 'awaiting' | 'turn-ended' | 'over';

/**
 * Benchmarks may pass a clock to time each phase. The clock is injected (the
 * sim reads none of its own) and never touches the state.
 */
export interface PhaseProfile {
  now(): number;
  add(phase: Phase, ms: number): void;
}

export function createGame(scenario: Scenario, opts: NewGameOptions, profile?: PhaseProfile): Game {
  return new GameRun(scenario, initialState(scenario, opts), profile);
}

/** Continues a saved state (already validated) exactly where it stopped. */
export function restoreGame(scenario: Scenario, saved: GameState): Game {
  return new GameRun(scenario, structuredClone(saved));
}

class GameRun implements Game {
  private readonly rng: Rng;

  constructor(
    readonly scenario: Scenario,
    readonly state: GameState,
    private readonly profile?: PhaseProfile,
  ) {
    startMinds(scenario, state);
    this.rng = rngFromState(state.rng);
  }

  awaiting(): readonly ActorId[] {
    return this.state.awaiting;
  }

  isOver(): boolean {
    return this.state.phase === 'over';
  }

  stop(): Result<void> {
    const s = this.state;
    if (s.phase === 'over') return { ok: false, error: 'the game is already over' };
    // not-text: a developer error (the game stops only between phases: where step() returns)
    if (s.phase !== 'news' && s.phase !== 'decisions') return { ok: false, error: `the game cannot stop in the ${s.phase} phase` };
    const during = s.phase === 'decisions';
    // The turn's orders were never carried out: they go, so the stopped state depends only on where it stopped.
    s.orders = [];
    s.awaiting = [];
    s.phase = 'over';
    s.outcome = 'stopped';
    s.log.push(
      during
        ? { turn: s.turn, kind: 'end', outcome: 'stopped', stoppedDuring: 'decisions' }
        : { turn: s.turn, kind: 'end', outcome: 'stopped' },
    );
    return { ok: true, value: undefined };
  }

  options(actor: ActorId): ActionOption[] {
    return actionOptions(this.state, this.scenario, actor);
  }

  submit(actor: ActorId, actionId: string): Result<void> {
    const s = this.state;
    if (s.phase !== 'decisions') return { ok: false, error: `no orders are taken in the ${s.phase} phase` };
    if (!s.awaiting.includes(actor)) {
      return {
        ok: false,
        error: s.humans.includes(actor)
          ? `${actor} has already given orders for turn ${s.turn}`
          : `${actor} is not a human role in this game`,
      };
    }
    const check = checkChoice(s, this.scenario, actor, actionId);
    if (!check.ok) return check;
    const a = s.actors[actor]!;
    const reasons: DecisionReasons = { posture: a.posture, transition: this.turnTransition(actor), weights: [], notes: [], roll: null };
    s.orders.push({ actor, action: actionId, by: 'human', reasons });
    s.awaiting = s.awaiting.filter((x) => x !== actor);
    return { ok: true, value: undefined };
  }

  advance(onTurnEnd?: (state: Readonly<GameState>) => void): void {
    while (this.step(onTurnEnd) === 'turn-ended');
  }

  step(onTurnEnd?: (state: Readonly<GameState>) => void): StepResult {
    for (;;) {
      const phase = this.state.phase;
      const t0 = this.profile?.now() ?? 0;
      const stop = this.runPhase(phase, onTurnEnd);
      // News times itself (it also opens the decisions, timed apart).
      if (this.profile && phase !== 'news' && phase !== 'decisions' && phase !== 'over') this.profile.add(phase, this.profile.now() - t0);
      if (stop) return stop;
    }
  }

  /** Runs one phase; returns where to stop, or null to go on. */
  private runPhase(phase: Phase, onTurnEnd?: (state: Readonly<GameState>) => void): StepResult | null {
    const s = this.state;
    switch (phase) {
      case 'news': {
        const t0 = this.profile?.now() ?? 0;
        this.news();
        this.send({ type: 'DONE' });
        const t1 = this.profile?.now() ?? 0;
        this.openDecisions();
        this.profile?.add('news', t1 - t0);
        this.profile?.add('decisions', (this.profile?.now() ?? 0) - t1);
        return null;
      }
      case 'decisions':
        if (s.awaiting.length > 0) return 'awaiting';
        this.send({ type: 'ORDERS_IN' });
        return null;
      case 'resolution':
        runResolution(s, this.scenario, this.rng);
        this.send({ type: 'DONE' });
        return null;
      case 'events':
        runEvents(s, this.scenario, this.rng);
        this.send({ type: 'DONE' });
        return null;
      case 'endCheck':
        updateLadder(s, this.scenario.ladder);
        this.send({ type: 'CHECKED', over: runEndCheck(s, this.scenario, this.rng) });
        onTurnEnd?.(s);
        return s.phase === 'over' ? 'over' : 'turn-ended';
      case 'over':
        return 'over';
    }
  }

  snapshot(): GameState {
    return structuredClone(this.state);
  }

  dispose(): void {
    // Nothing to release: the machines are stepped from their definitions, with their state in the game state.
  }

  /** The phase machine's next phase (src/machines/phase-steps.ts). */
  private send(event: PhaseEvent): void {
    this.state.phase = nextPhase(this.state.phase, event);
    this.state.rng = this.rng.state();
  }

  /** A new turn: last turn's record moves back, budgets refill, orders clear. */
  private news(): void {
    const s = this.state;
    s.turn += 1;
    s.lastTurnStats = s.thisTurn;
    s.thisTurn = { incidents: 0, armed: 0, injured: 0, killed: 0, rungChange: 0 };
    s.lastOrders = s.orders.map((o) => o.action);
    s.orders = [];
    s.heat = 0;
    s.rungFloor = 0;
    if (s.turn > firstTurnOf(this.scenario, s))
      for (const id of this.scenario.actorIds)
        s.actors[id]!.budget = Math.min(MAX_BUDGET, s.actors[id]!.budget + (this.scenario.budgetPerTurn ?? BUDGET_PER_TURN));
  }

  /** Every machine sees the world; AI actors choose now, humans are awaited. */
  private openDecisions(): void {
    const s = this.state;
    const world = worldView(s, this.scenario);
    for (const id of this.scenario.actorIds) {
      const transition = stepMind(this.scenario, s, { type: 'WORLD', world, self: selfView(s, id) });
      if (s.humans.includes(id)) continue;
      const posture = s.actors[id]!.posture;
      const reasons: DecisionReasons = { posture, transition, weights: [], notes: [], roll: null };
      const motive = motiveOf(this.scenario, s, id, posture);
      if (motive) reasons.motive = motive;
      const action = chooseAction(s, this.scenario, id, postureMeta(this.scenario, id, posture).weights, this.rng, reasons);
      s.orders.push({ actor: id, action, by: 'ai', reasons });
    }
    s.awaiting = [...s.humans];
    s.rng = this.rng.state();
  }

  private turnTransition(actor: ActorId): DecisionReasons['transition'] {
    const last = this.state.actors[actor]?.mind.last;
    return last && last.turn === this.state.turn ? { from: last.from, to: last.to, guard: last.guard } : null;
  }
}
