import { holdAction } from '../sim/catalog';
import { createGame, type Game } from '../sim/game';
import { findLength } from '../sim/lengths';
import { type PolicyName, policyFor } from '../sim/policies';
import { makeReplay, type Replay } from '../sim/replay';
import type { ActorId, Decision, Difficulty, LengthId, Scenario } from '../sim/types';

// A class playing one game: who holds which role, each team's proposals, the
// orders sealed until every team has sent one, and the turn resolved by the
// same engine as every other game (so a class game is exactly a CLI game with
// the same decisions). Pure: the server hands in tokens and the clock; this
// file holds data and never words (refusals are codes the screens translate).

/** How many students may share one role (a team). */
export const TEAM_MAX = 4;
/** A class's size limit, teacher excluded: all eight roles with full teams, and some watchers. */
export const CLASS_MAX = 40;

export interface ClassSetup {
  scenario: string;
  seed: string;
  difficulty: Difficulty;
  /** The roles students play; the others are the computer's. */
  students: ActorId[];
  /** Seconds per turn; 0 = no timer. */
  timerSeconds: number;
  length?: LengthId;
}

export interface Member {
  id: string;
  /** The secret that lets this student rejoin (kept on the device); never sent to anyone else. */
  token: string;
  name: string;
  role: ActorId | null;
  connected: boolean;
}

/** Everything a class game is, as plain JSON (what the server saves after each turn). */
export interface ClassState {
  code: string;
  teacherToken: string;
  setup: ClassSetup;
  members: Member[];
  /** Each role's captain (a member id): the one who sends the team's order. */
  captains: Record<ActorId, string>;
  /** Student roles the teacher handed to the computer. */
  aiRoles: ActorId[];
  /** Every resolved decision of the students' roles, in the engine's order (the replay's decisions). */
  decisions: Decision[];
  /** This turn's orders, sealed until the turn resolves: never sent to any client. */
  sealed: Record<ActorId, string>;
  /** Each team's proposals this turn (member id → action), seen by that team only. */
  proposals: Record<ActorId, Record<string, string>>;
  paused: boolean;
  /** When the turn's timer ends (ms since the epoch), or null (no timer, paused, or game over). */
  deadline: number | null;
  /** With the timer paused: the milliseconds it had left. */
  pausedLeft: number | null;
}

export type Refusal =
  | 'not-a-role'
  | 'not-a-student-role'
  | 'role-full'
  | 'class-full'
  | 'no-role'
  | 'not-captain'
  | 'not-your-team'
  | 'not-possible'
  | 'already-ordered'
  | 'no-orders-now'
  | 'paused'
  | 'game-over'
  | 'no-member';

export type Done<T = void> = { ok: true; value: T } | { ok: false; error: Refusal };
const refuse = (error: Refusal): { ok: false; error: Refusal } => ({ ok: false, error });
const done = <T>(value: T): Done<T> => ({ ok: true, value });

/** What one member sees of the roster. */
export interface RosterEntry {
  id: string;
  name: string;
  role: ActorId | null;
  connected: boolean;
  captain: boolean;
}

/** What every client may see: the game's public course, never an unrevealed order. */
export interface PublicView {
  code: string;
  setup: ClassSetup;
  decisions: Decision[];
  turn: number;
  over: boolean;
  roster: RosterEntry[];
  /** Roles that have sent this turn's order (who, never what). */
  ordered: ActorId[];
  aiRoles: ActorId[];
  paused: boolean;
  /** Milliseconds left on the turn's timer, or null. */
  timeLeft: number | null;
}

/** A class game on the server: its state and the engine game it drives. */
export class ClassGame {
  readonly game: Game;

  private constructor(
    readonly scenario: Scenario,
    readonly state: ClassState,
  ) {
    this.game = playedGame(scenario, state.setup, state.decisions);
  }

  /** A new class game; the setup is already checked against the scenario (see checkSetup). */
  static create(scenario: Scenario, code: string, teacherToken: string, setup: ClassSetup, now: number): ClassGame {
    const state: ClassState = {
      code,
      teacherToken,
      setup: { ...setup, students: scenario.actorIds.filter((a) => setup.students.includes(a)) },
      members: [],
      captains: {},
      aiRoles: [],
      decisions: [],
      sealed: {},
      proposals: {},
      paused: false,
      deadline: null,
      pausedLeft: null,
    };
    const g = new ClassGame(scenario, state);
    g.startTimer(now);
    return g;
  }

  /** A class game saved after a turn, continued where it stood (the open turn's orders start again). */
  static restore(scenario: Scenario, saved: ClassState, now: number): ClassGame {
    const state: ClassState = structuredClone(saved);
    state.sealed = {};
    state.proposals = {};
    for (const m of state.members) m.connected = false;
    const g = new ClassGame(scenario, state);
    if (!state.paused) g.startTimer(now);
    return g;
  }

  get over(): boolean {
    return this.game.isOver();
  }

  member(id: string): Member | undefined {
    return this.state.members.find((m) => m.id === id);
  }

  memberByToken(token: string): Member | undefined {
    return this.state.members.find((m) => m.token === token);
  }

  /** A new student (not yet in a role, unless one is asked for and free). */
  join(id: string, token: string, name: string, role: ActorId | null): Done<Member> {
    if (this.state.members.length >= CLASS_MAX) return refuse('class-full');
    if (role !== null) {
      const can = this.canTake(role);
      if (!can.ok) return can;
    }
    const member: Member = { id, token, name, role: null, connected: true };
    this.state.members.push(member);
    if (role !== null) this.seat(member, role);
    return done(member);
  }

  /** A member takes (or changes to) a role with room in its team. */
  chooseRole(id: string, role: ActorId): Done {
    const m = this.member(id);
    if (!m) return refuse('no-member');
    if (m.role === role) return done(undefined);
    const can = this.canTake(role);
    if (!can.ok) return can;
    this.unseat(m);
    this.seat(m, role);
    return done(undefined);
  }

  /** The teacher puts a member in a role (or takes them out of theirs with null). */
  assign(id: string, role: ActorId | null): Done {
    const m = this.member(id);
    if (!m) return refuse('no-member');
    if (role === null) {
      this.unseat(m);
      return done(undefined);
    }
    return this.chooseRole(id, role);
  }

  /** The teacher removes a member: their seat goes, and their token no longer rejoins. */
  remove(id: string): Done {
    const m = this.member(id);
    if (!m) return refuse('no-member');
    this.unseat(m);
    this.state.members = this.state.members.filter((x) => x.id !== id);
    return done(undefined);
  }

  setConnected(id: string, connected: boolean): void {
    const m = this.member(id);
    if (m) m.connected = connected;
  }

  /** The team's captain hands the captaincy to a teammate. The teacher may too (by: null). */
  setCaptain(by: string | null, id: string): Done {
    const target = this.member(id);
    if (!target?.role) return refuse('no-member');
    if (by !== null) {
      const from = this.member(by);
      if (!from?.role) return refuse('no-role');
      if (from.role !== target.role) return refuse('not-your-team');
      if (this.state.captains[from.role] !== from.id) return refuse('not-captain');
    }
    this.state.captains[target.role] = target.id;
    return done(undefined);
  }

  /** A member proposes an action to their team (any member may; only the captain orders). */
  propose(id: string, action: string): Done {
    const m = this.member(id);
    const open = this.orderable(m);
    if (!open.ok) return open;
    const role = open.value;
    if (!this.possible(role, action)) return refuse('not-possible');
    this.state.proposals[role] = { ...this.state.proposals[role], [id]: action };
    return done(undefined);
  }

  /** The captain's order for the team, sealed until the turn resolves. Resolves the turn when it is the last one. */
  order(id: string, action: string, now?: number): Done<{ resolved: boolean }> {
    const m = this.member(id);
    const open = this.orderable(m);
    if (!open.ok) return open;
    const role = open.value;
    if (this.state.captains[role] !== id) return refuse('not-captain');
    if (this.state.sealed[role] !== undefined) return refuse('already-ordered');
    if (!this.possible(role, action)) return refuse('not-possible');
    this.state.sealed[role] = action;
    return done({ resolved: this.waitingFor().length === 0 ? this.resolve(now) : false });
  }

  /** Student roles whose order is still missing this turn (roles handed to the computer never wait). */
  waitingFor(): ActorId[] {
    if (this.over) return [];
    return this.game.awaiting().filter((r) => !this.state.aiRoles.includes(r) && this.state.sealed[r] === undefined);
  }

  /**
   * Resolves the open turn: sealed orders, the computer's choice for roles
   * handed to it, and "hold" for any team that sent nothing. Returns true.
   */
  resolve(now?: number): boolean {
    if (this.over) return false;
    const turn = this.game.state.turn;
    for (const role of [...this.game.awaiting()]) {
      const action = this.state.sealed[role] ?? (this.state.aiRoles.includes(role) ? this.computerChoice(role) : holdAction(role));
      const r = this.game.submit(role, action);
      // A sealed order was possible when sealed and nothing ran since; a refusal here is a bug, not bad input.
      if (!r.ok) throw new Error(`class ${this.state.code}: ${role} turn ${turn}: ${r.error}`);
      this.state.decisions.push({ turn, actor: role, action });
    }
    this.state.sealed = {};
    this.state.proposals = {};
    this.game.advance();
    // A turn where every student role is the computer's plays on by itself.
    while (!this.over && this.waitingFor().length === 0) this.resolve(now);
    if (now !== undefined) this.startTimer(now);
    return true;
  }

  /** The teacher hands a role to the computer (from the next order on), or back to the students. */
  setComputer(role: ActorId, computer: boolean, now?: number): Done<{ resolved: boolean }> {
    if (!this.state.setup.students.includes(role)) return refuse('not-a-student-role');
    const others = this.state.aiRoles.filter((r) => r !== role);
    this.state.aiRoles = computer ? [...others, role] : others;
    if (computer) delete this.state.sealed[role];
    const resolved = !this.over && computer && this.waitingFor().length === 0 ? this.resolve(now) : false;
    return done({ resolved });
  }

  pause(now: number): void {
    if (this.state.paused) return;
    this.state.paused = true;
    this.state.pausedLeft = this.state.deadline === null ? null : Math.max(0, this.state.deadline - now);
    this.state.deadline = null;
  }

  resume(now: number): void {
    if (!this.state.paused) return;
    this.state.paused = false;
    this.state.deadline = this.state.pausedLeft === null ? null : now + this.state.pausedLeft;
    this.state.pausedLeft = null;
  }

  /** The teacher ends the game now (outcome "stopped"). */
  end(): Done {
    if (this.over) return refuse('game-over');
    // The orders of the open turn were never carried out: they go, as in a single game's "End now".
    this.state.sealed = {};
    const r = this.game.stop();
    if (!r.ok) return refuse('no-orders-now');
    this.state.deadline = null;
    return done(undefined);
  }

  /** The replay of the game so far (finished, stopped or still going). */
  replay(): Replay {
    return makeReplay(this.game.state, this.state.decisions);
  }

  publicView(now: number): PublicView {
    const s = this.state;
    return {
      code: s.code,
      setup: s.setup,
      decisions: s.decisions,
      turn: this.game.state.turn,
      over: this.over,
      roster: s.members.map((m) => ({
        id: m.id,
        name: m.name,
        role: m.role,
        connected: m.connected,
        captain: m.role !== null && s.captains[m.role] === m.id,
      })),
      ordered: Object.keys(s.sealed),
      aiRoles: s.aiRoles,
      paused: s.paused,
      timeLeft: s.paused ? s.pausedLeft : s.deadline === null ? null : Math.max(0, s.deadline - now),
    };
  }

  /** A team's proposals this turn (member id → action): for that team's members only. */
  teamProposals(role: ActorId): Record<string, string> {
    return { ...this.state.proposals[role] };
  }

  private startTimer(now: number): void {
    const seconds = this.state.setup.timerSeconds;
    this.state.deadline = seconds > 0 && !this.over && !this.state.paused ? now + seconds * 1000 : null;
    this.state.pausedLeft = null;
  }

  private canTake(role: ActorId): Done {
    if (!this.scenario.actorIds.includes(role)) return refuse('not-a-role');
    if (!this.state.setup.students.includes(role)) return refuse('not-a-student-role');
    if (this.state.members.filter((m) => m.role === role).length >= TEAM_MAX) return refuse('role-full');
    return done(undefined);
  }

  private seat(m: Member, role: ActorId): void {
    m.role = role;
    if (this.state.captains[role] === undefined) this.state.captains[role] = m.id;
  }

  private unseat(m: Member): void {
    const role = m.role;
    if (role === null) return;
    m.role = null;
    const proposals = this.state.proposals[role];
    if (proposals) delete proposals[m.id];
    if (this.state.captains[role] === m.id) {
      const next = this.state.members.find((x) => x.role === role);
      if (next) this.state.captains[role] = next.id;
      else delete this.state.captains[role];
    }
  }

  private orderable(m: Member | undefined): Done<ActorId> {
    if (!m) return refuse('no-member');
    if (this.over) return refuse('game-over');
    if (this.state.paused) return refuse('paused');
    if (!m.role) return refuse('no-role');
    if (!this.game.awaiting().includes(m.role) || this.state.aiRoles.includes(m.role)) return refuse('no-orders-now');
    return done(m.role);
  }

  private possible(role: ActorId, action: string): boolean {
    return this.game.options(role).some((o) => o.def.id === action && o.available);
  }

  private computerChoice(role: ActorId): string {
    const name: PolicyName = this.scenario.historical[role] ? 'historical' : 'dove';
    return policyFor(this.scenario, name, role, this.state.setup.seed)(this.game, role);
  }
}

/**
 * A class game's engine game, played from its setup through its resolved
 * decisions up to its open turn. The server and every client build it the
 * same way, so all of them hold the same game (the decisions are the only
 * thing that travels).
 */
export function playedGame(scenario: Scenario, setup: ClassSetup, decisions: readonly Decision[]): Game {
  const { seed, students, difficulty, length } = setup;
  const game = createGame(scenario, { seed, humans: students, difficulty, ...(length !== undefined ? { length } : {}) });
  game.advance();
  let next = 0;
  while (next < decisions.length && !game.isOver()) {
    const turn = game.state.turn;
    for (const actor of [...game.awaiting()]) {
      const d = decisions[next];
      // not-text: a developer error (a saved class whose decisions do not fit its game)
      if (!d || d.turn !== turn || d.actor !== actor) throw new Error(`saved decisions do not fit turn ${turn} (${actor})`);
      const r = game.submit(actor, d.action);
      if (!r.ok) throw new Error(r.error);
      next++;
    }
    game.advance();
  }
  return game;
}

/** Checks a teacher's setup against the scenario: the problem's code, or null. */
export function setupProblem(scenario: Scenario, setup: ClassSetup): 'not-a-role' | 'no-students' | 'no-length' | null {
  if (setup.students.length === 0) return 'no-students';
  if (setup.students.some((r) => !scenario.actorIds.includes(r))) return 'not-a-role';
  if (setup.length !== undefined && !findLength(scenario, setup.length)) return 'no-length';
  return null;
}
