// The running game as the scenes see it: one Game from the engine, the human
// role, and ready-made views (turn reports, news, debrief). Scenes render
// these and send intents (choose, end turn, watch next); no rule lives here.

import { findScenario } from '../scenarios';
import { discussionQuestions, timeline, type TimelineRow } from '../sim/debrief';
import { actionName, actorName, describeEntry, explainOrder, outcomeHeadline, postureTitle, turnDates } from '../sim/describe';
import { createGame, restoreGame, type Game, type StepResult } from '../sim/game';
import { stateHash } from '../sim/hash';
import type { ActionOption } from '../sim/options';
import { humanDecisions, makeReplay, replayToText } from '../sim/replay';
import { scoreGame, type ActorScore } from '../sim/scoring';
import { ACTOR_IDS, type ActorId, type GameState, type LogEntry, type Result, type Scenario } from '../sim/types';
import type { GameSetup } from './session';

export interface DecisionView {
  actor: ActorId;
  actorName: string;
  by: 'ai' | 'human';
  action: string;
  actionName: string;
  posture: string;
  /** "Serbia moved from … to … because …; this posture gave …" */
  why: string;
}

export interface TurnReport {
  turn: number;
  dates: string;
  decisions: DecisionView[];
  /** Dice, violence, casualties, buildings, milestones, in resolution order. */
  happened: string[];
  /** The dice rolls alone, for "the dice that mattered". */
  dice: string[];
  /** Events of the turn (the next turn's news). */
  news: string[];
  /** "The crisis escalates to rung 5: …", or null when the ladder did not move. */
  ladder: string | null;
}

export interface ActorPanel {
  actor: ActorId;
  name: string;
  posture: string;
  lastAction: string | null;
}

export interface Debrief {
  headline: string;
  outcome: GameState['outcome'];
  scores: ActorScore[];
  timeline: TimelineRow[];
  questions: string[];
  verification: string;
}

export class PlaySession {
  readonly scenario: Scenario;
  readonly game: Game;

  constructor(
    readonly setup: GameSetup,
    saved?: GameState,
  ) {
    const scenario = findScenario(setup.scenarioId);
    if (!scenario) throw new Error(`Unknown scenario "${setup.scenarioId}".`);
    this.scenario = scenario;
    if (saved) {
      this.game = restoreGame(scenario, saved);
      return;
    }
    const humans = setup.role === 'watch' ? [] : [setup.role];
    this.game = createGame(scenario, { seed: setup.seed, humans, difficulty: setup.difficulty });
    // Run the first news phase: the game now waits for the player's first orders
    // (or, when watching, stops before playing anything).
    if (humans.length) this.game.advance();
  }

  get state(): Readonly<GameState> {
    return this.game.state;
  }

  get role(): ActorId | null {
    return this.setup.role === 'watch' ? null : this.setup.role;
  }

  get over(): boolean {
    return this.game.isOver();
  }

  /** The player's action cards for this turn. */
  options(): ActionOption[] {
    return this.role ? this.game.options(this.role) : [];
  }

  /** Submits the player's order and plays the turn out; returns the turn's report. */
  endTurn(actionId: string): Result<TurnReport> {
    if (!this.role) return { ok: false, error: 'Watching: there is no role to play.' };
    const turn = this.state.turn;
    const r = this.game.submit(this.role, actionId);
    if (!r.ok) return r;
    this.game.advance();
    return { ok: true, value: this.report(turn) };
  }

  /** Watch mode: plays one more turn with every actor AI. */
  watchNextTurn(): { step: StepResult; report: TurnReport } {
    const step = this.game.step();
    return { step, report: this.report(this.state.turn) };
  }

  /** What happened in a finished turn, in plain words. */
  report(turn: number): TurnReport {
    const entries = this.state.log.filter((e) => e.turn === turn);
    const text = (e: LogEntry) => describeEntry(this.scenario, e);
    const decisions: DecisionView[] = [];
    for (const e of entries) {
      if (e.kind !== 'decision') continue;
      decisions.push({
        actor: e.order.actor,
        actorName: actorName(this.scenario, e.order.actor),
        by: e.order.by,
        action: e.order.action,
        actionName: actionName(this.scenario, e.order.action),
        posture: postureTitle(e.order.actor, e.order.reasons.posture),
        why: explainOrder(this.scenario, e.order),
      });
    }
    const rung = entries.find((e) => e.kind === 'rung');
    return {
      turn,
      dates: turnDates(this.scenario, turn),
      decisions,
      happened: entries.filter((e) => !['decision', 'event', 'rung', 'end'].includes(e.kind)).map(text),
      dice: entries.filter((e) => e.kind === 'roll').map(text),
      news: entries.filter((e) => e.kind === 'event').map(text),
      ladder: rung ? text(rung) : null,
    };
  }

  /** The news at the start of the current turn: what happened last turn. */
  news(): string[] {
    const t = this.state.turn - 1;
    if (t < 1) return this.scenario.briefing.slice(1, 2);
    const r = this.report(t);
    const headlines = [...r.news, ...r.happened.filter((h) => !h.startsWith('Dice:'))];
    if (r.ladder) headlines.unshift(r.ladder);
    return headlines.length ? headlines : ['A quiet few days: no major developments in the north.'];
  }

  /** Every other actor's posture and last action. */
  panels(): ActorPanel[] {
    return ACTOR_IDS.filter((a) => a !== this.role).map((a) => ({
      actor: a,
      name: actorName(this.scenario, a),
      posture: postureTitle(a, this.state.actors[a].posture),
      lastAction: this.state.actors[a].lastAction ? actionName(this.scenario, this.state.actors[a].lastAction ?? '') : null,
    }));
  }

  dates(): string {
    return turnDates(this.scenario, Math.max(1, this.state.turn));
  }

  verification(): string {
    return stateHash(this.state);
  }

  debrief(): Debrief {
    return {
      headline: outcomeHeadline(this.scenario, this.state),
      outcome: this.state.outcome,
      scores: scoreGame(this.state, this.scenario),
      timeline: timeline(this.scenario, this.state),
      questions: discussionQuestions(this.scenario, this.state),
      verification: this.verification(),
    };
  }

  /** The replay file of this game (format flashpoint-replay/1). */
  replayText(): string {
    return replayToText(makeReplay(this.state, humanDecisions(this.state)));
  }

  dispose(): void {
    this.game.dispose();
  }
}
