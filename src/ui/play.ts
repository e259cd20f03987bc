// The running game as the scenes see it: one Game from the engine, the human
// role, and ready-made views (turn reports, news, debrief). Scenes render
// these and send intents (choose, end turn, watch next); no rule lives here.

import { catalogOf } from '../sim/catalog';
import { createGame, type Game, restoreGame, type StepResult } from '../sim/game';
import { stateHash } from '../sim/hash';
import { lengthOfState, turnsPlayed } from '../sim/lengths';
import { postureMeta } from '../sim/minds';
import type { ActionOption } from '../sim/options';
import { humanDecisions, makeReplay, replayToText } from '../sim/replay';
import { resolutionOrder } from '../sim/resolution';
import { type ActorScore, scoreGame } from '../sim/scoring';
import { replayFileName } from '../sim/team';
import type {
  ActorId,
  Casualties,
  CasualtyGroup,
  GameState,
  LogEntry,
  MeterId,
  Order,
  Place,
  PlaceId,
  ResolutionPhase,
  Result,
  Scenario,
} from '../sim/types';
import { groundNews } from '../text/causes';
import { turnDates } from '../text/dates';
import { discussionQuestions, type TimelineRow, timeline } from '../text/debrief';
import {
  actionName,
  actorName,
  describeEntry,
  explainOrder,
  orderMotive,
  orderOdds,
  orderPosture,
  outcomeHeadline,
  postureTitle,
} from '../text/describe';
import type { Messages } from '../text/messages';
import { setActiveSession } from './active-session';
import { messages } from './i18n';
import { scenarioById } from './scenario-source';
import { briefingOf, type GameSetup, humanActors } from './session';

/** Watch-mode pace: seconds between turns when playing on its own. */
export type WatchPace = 'slow' | 'normal' | 'fast';

export interface DecisionView {
  actor: ActorId;
  actorName: string;
  by: 'ai' | 'human';
  action: string;
  actionName: string;
  posture: string;
  /** Which resolution phase the action belongs to (statements, deployments, ground, talks). */
  phase: ResolutionPhase;
  /** "Serbia moved from … to … because …; this posture gave …" */
  why: string;
  /** Why it acted, in one plain sentence (its posture and the situation); null for a player's own choice. */
  motive: string | null;
  /** The posture it kept or moved to, and why. */
  reasons: string;
  /** How the AI chose: odds, weights and temperament (null for a player). */
  odds: string | null;
}

export interface TurnReport {
  turn: number;
  dates: string;
  decisions: DecisionView[];
  /** Dice, violence, casualties, buildings, milestones, in resolution order. */
  happened: string[];
  /** What happened without the dice: the headlines for the next turn's news. */
  headlines: string[];
  /** The dice rolls alone, for "the dice that mattered". */
  dice: string[];
  /** Events of the turn (the next turn's news). */
  news: string[];
  /** "The crisis escalates to rung 5: …", or null when the ladder did not move. */
  ladder: string | null;
  /** The rungs the ladder moved between this turn (null when it did not move). */
  ladderMove: { from: number; to: number; heat: number } | null;
  /** The game ended in this turn: the outcome line, else null. */
  ending: string | null;
}

/** The numbers a turn starts from, kept to show what the last turn changed. */
export interface TurnStart {
  turn: number;
  rung: number;
  places: Record<PlaceId, Place>;
  meters: Record<ActorId, Record<MeterId, number>>;
  budget: Record<ActorId, number>;
  casualties: Record<CasualtyGroup, Casualties>;
}

/** The player's posture: its title, what it means and the actions it advises. */
export interface PostureView {
  id: string;
  title: string;
  summary: string;
  advised: readonly string[];
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
  /** Watch mode: how fast turns follow each other, and whether they play on their own. */
  watch: { pace: WatchPace; auto: boolean } = { pace: 'normal', auto: false };
  /**
   * Hot-seat: the player whose screen may show now (set by the pass-the-device
   * screen, cleared after every order). The Game scene shows nobody's screen
   * while this is not the current player.
   */
  private unlocked: ActorId | null = null;
  /** The numbers before the last played turn (null before the first turn, or after loading a save). */
  private before: TurnStart | null = null;

  constructor(
    readonly setup: GameSetup,
    saved?: GameState,
  ) {
    const scenario = scenarioById(setup.scenarioId);
    // not-text: a developer error (setups are validated against the loaded scenarios first)
    if (!scenario) throw new Error(`unknown scenario "${setup.scenarioId}"`);
    this.scenario = scenario;
    if (saved) {
      this.game = restoreGame(scenario, saved);
      return;
    }
    const humans = humanActors(setup);
    this.game = createGame(scenario, {
      seed: setup.seed,
      humans,
      difficulty: setup.difficulty,
      ...(setup.length !== undefined ? { length: setup.length } : {}),
    });
    // Run the first news phase: the game now waits for the players' first orders
    // (or, when watching, stops before playing anything).
    if (humans.length) this.game.advance();
  }

  get state(): Readonly<GameState> {
    return this.game.state;
  }

  /** The words of this game's scenario in the reader's language (looked up when asked, so a language change shows at once). */
  get messages(): Messages {
    return messages(this.scenario);
  }

  /** Every human role, in the fixed actor order ([] when watching). */
  get players(): readonly ActorId[] {
    return this.state.humans;
  }

  /** Several people share this screen, each playing a role. */
  get isHotseat(): boolean {
    return this.players.length > 1;
  }

  /**
   * The human whose screen is showing: while orders are taken, the first
   * player still to give them (in hot-seat, after the first orders are in,
   * the next one); otherwise the first player. Null when watching.
   */
  get role(): ActorId | null {
    const s = this.state;
    if (s.phase === 'decisions') {
      const next = this.game.awaiting()[0];
      if (next) return next;
    }
    return this.players[0] ?? null;
  }

  get over(): boolean {
    return this.game.isOver();
  }

  /** Hot-seat: the player the screen was unlocked for on the pass-the-device screen, or null. */
  get unlockedFor(): ActorId | null {
    return this.unlocked;
  }

  /** Hot-seat: the player at the device says who they are; only the current player can unlock. */
  unlock(actor: ActorId): Result<void> {
    const m = this.messages;
    if (this.over) return { ok: false, error: m.t('play.error.over') };
    if (actor !== this.role) return { ok: false, error: m.t('play.error.not-your-turn', { actor: actorName(m, actor) }) };
    this.unlocked = actor;
    return { ok: true, value: undefined };
  }

  /** More than one human still has to give orders this turn (so this player hands the device on). */
  awaitingOthers(): boolean {
    return !this.over && this.state.phase === 'decisions' && this.game.awaiting().length > 1;
  }

  /** How many players have already given their orders this turn (a count: what they chose stays hidden). */
  chosenCount(): number {
    if (this.state.phase !== 'decisions') return 0;
    return this.players.length - this.game.awaiting().length;
  }

  /** The player's action cards for this turn. */
  options(): ActionOption[] {
    return this.role ? this.game.options(this.role) : [];
  }

  /**
   * Hot-seat: submits the current player's order without playing the turn,
   * locks the screen, and returns the player to hand the device to next.
   */
  handOff(actionId: string): Result<ActorId> {
    const actor = this.role;
    const m = this.messages;
    if (!actor) return { ok: false, error: m.t('play.error.watching') };
    if (this.over) return { ok: false, error: m.t('play.error.over') };
    if (!this.awaitingOthers()) return { ok: false, error: m.t('play.error.all-chosen') };
    const r = this.game.submit(actor, actionId);
    if (!r.ok) return r;
    this.unlocked = null;
    const next = this.game.awaiting()[0];
    if (!next) return { ok: false, error: m.t('play.error.nobody-left') };
    return { ok: true, value: next };
  }

  /** Submits the (last) player's order and plays the turn out; returns the turn's report. */
  endTurn(actionId: string): Result<TurnReport> {
    const actor = this.role;
    const m = this.messages;
    if (!actor) return { ok: false, error: m.t('play.error.watching') };
    if (this.over) return { ok: false, error: m.t('play.error.over') };
    if (this.awaitingOthers()) return { ok: false, error: m.t('play.error.others-to-choose') };
    const turn = this.state.turn;
    const start = this.turnStart();
    const r = this.game.submit(actor, actionId);
    if (!r.ok) return r;
    this.unlocked = null;
    this.before = start;
    this.game.advance();
    return { ok: true, value: this.report(turn) };
  }

  /** Watch mode: plays one more turn with every actor AI. */
  watchNextTurn(): { step: StepResult; report: TurnReport } {
    if (this.over) return { step: 'over', report: this.report(this.state.turn) };
    this.before = this.turnStart();
    const step = this.game.step();
    return { step, report: this.report(this.state.turn) };
  }

  /** The last turn that has been played out (0 before the first). */
  lastPlayedTurn(): number {
    const s = this.state;
    return s.phase === 'news' || s.phase === 'over' ? s.turn : s.turn - 1;
  }

  /** The turn shown in the header: the one awaiting orders, or (watching, or at the end) the last played. */
  displayTurn(): number {
    return this.role && !this.over ? this.state.turn : this.lastPlayedTurn();
  }

  /** The numbers before the last played turn, for "(+5)" changes; null when unknown. */
  previous(): Readonly<TurnStart> | null {
    return this.before && this.before.turn === this.lastPlayedTurn() ? this.before : null;
  }

  /** The player's (or any actor's) posture and the actions it advises. */
  posture(actor: ActorId | null = this.role): PostureView | null {
    if (!actor) return null;
    const id = this.state.actors[actor]?.posture ?? '';
    const meta = postureMeta(this.scenario, actor, id);
    const m = this.messages;
    return { id, title: postureTitle(m, actor, id), summary: m.t(`posture.${actor}.${id}.summary`), advised: Object.keys(meta.weights) };
  }

  /** Whether an action is among those the player's current posture advises. */
  fitsPosture(actionId: string): boolean {
    return this.posture()?.advised.includes(actionId) ?? false;
  }

  private turnStart(): TurnStart {
    const s = this.state;
    const meters: TurnStart['meters'] = {};
    const budget: TurnStart['budget'] = {};
    for (const a of this.scenario.actorIds) {
      const actor = s.actors[a]!;
      meters[a] = { ...actor.meters };
      budget[a] = actor.budget;
    }
    const casualties: TurnStart['casualties'] = {};
    for (const g of this.scenario.casualtyGroups) casualties[g] = { ...(s.casualties[g] ?? { injured: 0, killed: 0 }) };
    return {
      turn: s.phase === 'news' ? s.turn + 1 : s.turn,
      rung: s.rung,
      places: structuredClone(s.places),
      meters,
      budget,
      casualties,
    };
  }

  /** What happened in a finished turn, in plain words. */
  report(turn: number): TurnReport {
    const entries = this.state.log.filter((e) => e.turn === turn);
    const m = this.messages;
    const text = (e: LogEntry) => describeEntry(m, this.scenario, e);
    const orders: Order[] = [];
    for (const e of entries) if (e.kind === 'decision') orders.push(e.order);
    const { action } = catalogOf(this.scenario);
    // Shown in the documented resolution order (statements, deployments, ground, talks).
    const decisions: DecisionView[] = resolutionOrder(orders, this.scenario).map((o) => ({
      actor: o.actor,
      actorName: actorName(m, o.actor),
      by: o.by,
      action: o.action,
      actionName: actionName(m, o.action),
      posture: postureTitle(m, o.actor, o.reasons.posture),
      phase: action.get(o.action)?.phase ?? 'statements',
      why: explainOrder(m, o),
      motive: orderMotive(m, o),
      reasons: orderPosture(m, o),
      odds: orderOdds(m, o),
    }));
    const rung = entries.find((e) => e.kind === 'rung');
    const end = entries.find((e) => e.kind === 'end');
    return {
      turn,
      dates: turnDates(this.scenario, Math.max(1, turn), m.locale),
      decisions,
      happened: entries.filter((e) => !['decision', 'event', 'rung', 'end', 'changes'].includes(e.kind)).map(text),
      // Every order that changed something on the ground is news too.
      headlines: [
        ...entries.filter((e) => !['decision', 'event', 'rung', 'end', 'roll', 'changes'].includes(e.kind)).map(text),
        ...groundNews(m, this.scenario, entries),
      ],
      dice: entries.filter((e) => e.kind === 'roll').map(text),
      news: entries.filter((e) => e.kind === 'event').map(text),
      ladder: rung ? text(rung) : null,
      ladderMove: rung && rung.kind === 'rung' ? { from: rung.from, to: rung.to, heat: rung.heat } : null,
      ending: end ? outcomeHeadline(m, this.scenario, this.state) : null,
    };
  }

  /** The news at the start of the current turn: what happened last turn. */
  news(): string[] {
    const t = this.lastPlayedTurn();
    const m = this.messages;
    if (t < this.turns.first)
      return briefingOf(this.scenario, this.setup)
        .slice(1, 2)
        .map((key) => m.t(key));
    const r = this.report(t);
    const headlines = [...r.news, ...r.headlines];
    if (r.ladder) headlines.unshift(r.ladder);
    return headlines.length ? headlines : [m.t('news.quiet')];
  }

  /** Every other actor's posture and last action. */
  panels(): ActorPanel[] {
    const m = this.messages;
    return this.scenario.actorIds
      .filter((a) => a !== this.role)
      .map((a) => {
        const st = this.state.actors[a]!;
        return {
          actor: a,
          name: actorName(m, a),
          posture: postureTitle(m, a, st.posture),
          lastAction: st.lastAction ? actionName(m, st.lastAction) : null,
        };
      });
  }

  /** The dates of the turn shown in the header ("24–26 Apr 2023"). */
  dates(turn: number = this.displayTurn()): string {
    return turnDates(this.scenario, Math.max(1, turn), this.messages.locale);
  }

  verification(): string {
    return stateHash(this.state);
  }

  debrief(): Debrief {
    const m = this.messages;
    const s = this.state;
    const stopped = s.outcome === 'stopped';
    const { first, last } = this.turns;
    return {
      headline: stopped
        ? m.t('lesson.debrief.stopped', { turn: first - 1 + turnsPlayed(this.scenario, s), last })
        : outcomeHeadline(m, this.scenario, s),
      outcome: this.state.outcome,
      scores: scoreGame(this.state, this.scenario),
      timeline: timeline(m, this.scenario, this.state),
      questions: discussionQuestions(m, this.scenario, this.state),
      verification: this.verification(),
    };
  }

  /** The replay file of this game as it stands (finished, stopped, or still going), with the team name. */
  replayText(): string {
    return replayToText(makeReplay(this.state, humanDecisions(this.state), this.setup.team));
  }

  /** The name the replay file is saved under: flashpoint-<seed>-<role>-<team>.replay.json. */
  replayFileName(): string {
    return replayFileName(this.state.seed, this.state.humans, this.setup.team);
  }

  /** The code a replay of the game as it stands carries (of the finished game, or of the game so far). */
  replayCode(): string {
    return makeReplay(this.state, []).verification;
  }

  /** "End now": the players end the game before its last turn (the debrief then says it was stopped early). */
  stopNow(): Result<void> {
    if (this.over) return { ok: false, error: this.messages.t('play.error.over') };
    const r = this.game.stop();
    if (!r.ok) return r;
    this.unlocked = null;
    return { ok: true, value: undefined };
  }

  /** The turns this game plays: its length's first and last. */
  get turns(): { first: number; last: number } {
    const l = lengthOfState(this.scenario, this.state);
    return { first: l.firstTurn, last: l.lastTurn };
  }

  dispose(): void {
    this.game.dispose();
  }
}

// The page's active session lives in its own small module (see active-session.ts).
export { activeSession, setActiveSession } from './active-session';

/** Starts a new game from a setup and makes it the active session. */
export function beginSession(setup: GameSetup): PlaySession {
  const session = new PlaySession(setup);
  setActiveSession(session);
  return session;
}
