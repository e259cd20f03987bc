import { randomBytes } from 'node:crypto';
import { type Client, type Delayed, Room, ServerError } from '@colyseus/core';
import { ClassGame, type ClassSetup, type ClassState, setupProblem } from '../class/class-game';
import {
  type ClientMessageType,
  clientMessageSchemas,
  createOptionsSchema,
  isClientMessageType,
  joinOptionsSchema,
  type ServerMessages,
  type ServerRefusal,
  statusOf,
  TEACHER_ONLY,
} from '../class/protocol';
import { replayToText } from '../sim/replay';
import { cleanTeamName } from '../sim/team';
import type { Scenario } from '../sim/types';
import { newJoinCode } from './join-code';
import { MessageBucket } from './rate-limit';
import type { SnapshotStore } from './snapshot-store';

// One class game on the server (a Colyseus room whose id is the join code).
// It holds no synchronised state: every client gets only what its role may
// see, sent explicitly (the public view, its own team's proposals), so no
// order travels before the turn resolves.

export interface ClassRoomContext {
  scenario(id: string): Promise<Scenario | undefined>;
  store: SnapshotStore;
  now(): number;
  /** Saved games waiting to be reopened after a restart (code → state); filled by the server at start. */
  restoring: Map<string, ClassState>;
}

let context: ClassRoomContext | null = null;

/** Hands the rooms their scenarios, store and clock (one server per process, as Colyseus's matchmaker is). */
export function setClassRoomContext(c: ClassRoomContext): void {
  context = c;
}

/** A client's part in the room. */
interface Seat {
  teacher: boolean;
  member: string | null;
  bucket: MessageBucket;
  /** The team proposals last sent to this client (JSON), so unchanged ones are not sent again. */
  sentProposals?: string;
}

/** Dropped messages after which a flooding connection is closed. */
const FLOOD_CLOSE_AFTER = 500;
/**
 * Messages whose only change is the unfinished turn's proposals and sealed
 * orders, which a reopened game asks for again (ClassGame.restore): they need
 * no snapshot unless they resolve the turn.
 */
const WITHIN_TURN: readonly ClientMessageType[] = ['propose', 'order'];
/**
 * Changes within a turn (orders sealed, joins) reach everyone this long after
 * the first of them, together: a class's burst of orders costs one message to
 * each client, not one per order. A resolved turn goes out at once.
 */
const STATUS_DELAY_MS = 100;
/** A finished game's room stays open this long for late readers of the results. */
const FINISHED_ROOM_MS = 10 * 60_000;

const token = (): string => randomBytes(18).toString('base64url');

export class ClassRoom extends Room {
  private cls!: ClassGame;
  private creatorPending = false;
  private finished: ServerMessages['over'] | null = null;
  private readonly seats = new Map<string, Seat>();
  /** The status broadcast waiting to go (changes within a turn are sent together, see STATUS_DELAY_MS). */
  private statusTimer: Delayed | null = null;
  /** How many decisions the room has sent everyone (a resolved turn sends those after them). */
  private sentDecisions = 0;

  private get ctx(): ClassRoomContext {
    // not-text: a developer error (the server sets the context before it listens)
    if (!context) throw new Error('class rooms have no context');
    return context;
  }

  async onCreate(options: unknown): Promise<void> {
    const restoreCode = typeof options === 'object' && options !== null ? (options as { restore?: unknown }).restore : undefined;
    const saved = typeof restoreCode === 'string' ? this.ctx.restoring.get(restoreCode) : undefined;
    if (saved) {
      this.ctx.restoring.delete(saved.code);
      const scenario = await this.ctx.scenario(saved.setup.scenario);
      if (!scenario) throw new ServerError(400, 'bad-setup');
      this.cls = ClassGame.restore(scenario, saved, this.ctx.now());
    } else {
      const parsed = createOptionsSchema.safeParse(options);
      if (!parsed.success) throw new ServerError(400, 'bad-setup');
      const setup: ClassSetup = { ...parsed.data.setup, ...(parsed.data.setup.length ? { length: parsed.data.setup.length } : {}) };
      const scenario = await this.ctx.scenario(setup.scenario);
      if (!scenario || setupProblem(scenario, setup)) throw new ServerError(400, 'bad-setup');
      let code = newJoinCode(() => true);
      while (await this.ctx.store.has(code)) code = newJoinCode(() => true);
      this.cls = ClassGame.create(scenario, code, token(), setup, this.ctx.now());
      this.creatorPending = true;
      this.save();
    }
    this.roomId = this.cls.state.code;
    this.sentDecisions = this.cls.state.decisions.length;
    this.autoDispose = false;
    this.maxClients = 64;
    this.onMessage('*', (client, type, message) => this.receive(client, type, message));
    this.clock.setInterval(() => this.tick(), 250);
    if (this.cls.over) this.closeLater();
  }

  onAuth(_client: Client, options: unknown): Seat & { name: string; role: string | null; token: string | null } {
    const now = this.ctx.now();
    if (this.creatorPending && createOptionsSchema.safeParse(options).success) {
      this.creatorPending = false;
      return { teacher: true, member: null, bucket: new MessageBucket(now), name: '', role: null, token: this.cls.state.teacherToken };
    }
    const parsed = joinOptionsSchema.safeParse(options ?? {});
    if (!parsed.success) throw new ServerError(400, 'bad-message');
    const { token: given, name, role } = parsed.data;
    if (given !== undefined) {
      if (given === this.cls.state.teacherToken)
        return { teacher: true, member: null, bucket: new MessageBucket(now), name: '', role: null, token: given };
      const m = this.cls.memberByToken(given);
      if (!m) throw new ServerError(403, 'bad-token');
      return { teacher: false, member: m.id, bucket: new MessageBucket(now), name: m.name, role: m.role, token: given };
    }
    if (this.cls.over) throw new ServerError(403, 'game-over');
    return {
      teacher: false,
      member: null,
      bucket: new MessageBucket(now),
      name: cleanTeamName(name ?? ''),
      role: role ?? null,
      token: null,
    };
  }

  onJoin(client: Client, _options: unknown, auth: Seat & { name: string; role: string | null; token: string | null }): void {
    let member = auth.member;
    let secret = auth.token ?? '';
    if (!auth.teacher && member === null) {
      secret = token();
      const joined = this.cls.join(`m${randomBytes(4).toString('hex')}`, secret, auth.name, auth.role);
      if (!joined.ok) throw new ServerError(403, joined.error);
      member = joined.value.id;
    }
    if (member !== null) this.cls.setConnected(member, true);
    this.seats.set(client.sessionId, { teacher: auth.teacher, member, bucket: auth.bucket });
    this.send1(client, 'you', { member, token: secret, teacher: auth.teacher });
    this.save();
    this.publish(false, client);
    if (this.cls.over) this.send1(client, 'over', this.results());
  }

  onLeave(client: Client): void {
    const seat = this.seats.get(client.sessionId);
    this.seats.delete(client.sessionId);
    if (seat?.member && ![...this.seats.values()].some((s) => s.member === seat.member)) {
      this.cls.setConnected(seat.member, false);
      this.publish(false);
    }
  }

  onDispose(): void {
    this.seats.clear();
  }

  private receive(client: Client, type: string | number, message: unknown): void {
    const seat = this.seats.get(client.sessionId);
    if (!seat) return;
    if (!seat.bucket.take(this.ctx.now())) {
      if (seat.bucket.drops === 1) this.refuse(client, 'too-many');
      if (seat.bucket.drops > FLOOD_CLOSE_AFTER) client.leave(4008);
      return;
    }
    if (!isClientMessageType(type)) {
      this.refuse(client, 'bad-message');
      return;
    }
    const parsed = clientMessageSchemas[type].safeParse(message ?? {});
    if (!parsed.success) {
      this.refuse(client, 'bad-message', type);
      return;
    }
    if (TEACHER_ONLY.includes(type) && !seat.teacher) {
      this.refuse(client, 'teacher-only', type);
      return;
    }
    const before = this.progress();
    const result = this.apply(seat, type, parsed.data as Record<string, unknown>);
    if (result !== null) {
      this.refuse(client, result, type);
      return;
    }
    void this.commit(before, !WITHIN_TURN.includes(type));
  }

  /** How far the game has gone: its resolved decisions, and whether it is over. */
  private progress(): string {
    return `${this.cls.state.decisions.length}:${this.cls.over}`;
  }

  /**
   * Saves the change (unless it is one a reopened game drops: `kept` false)
   * and tells everyone. When a turn resolved (or the game
   * ended), the snapshot is on disk (or in Redis) before anyone hears of it:
   * a result a client has seen survives a crash.
   */
  private async commit(before: string, kept = true): Promise<void> {
    const moved = this.progress() !== before;
    if (moved || kept) this.save();
    if (moved) await this.ctx.store.flush(this.cls.state.code);
    // The last turn's result before the replay and code, so a client that has the results has the whole game.
    this.publish(moved);
    if (moved && this.cls.over) this.finish();
  }

  /** Carries out one checked message; the refusal's code, or null when done. */
  private apply(seat: Seat, type: ClientMessageType, data: Record<string, unknown>): ServerRefusal | null {
    const c = this.cls;
    const now = this.ctx.now();
    const member = seat.member ?? '';
    const str = (k: string) => String(data[k]);
    let r: { ok: boolean; error?: ServerRefusal };
    switch (type) {
      case 'propose':
        r = c.propose(member, str('action'));
        break;
      case 'order':
        r = c.order(member, str('action'), now);
        break;
      case 'role':
        r = c.chooseRole(member, str('role'));
        break;
      case 'captain':
        r = c.setCaptain(seat.teacher ? null : member, str('member'));
        break;
      case 'pause':
        c.pause(now);
        r = { ok: true };
        break;
      case 'resume':
        c.resume(now);
        r = { ok: true };
        break;
      case 'end-turn':
        r = c.over ? { ok: false, error: 'game-over' } : { ok: c.resolve(now) };
        break;
      case 'computer':
        r = c.setComputer(str('role'), data.on === true, now);
        break;
      case 'assign':
        r = c.assign(str('member'), data.role === null ? null : str('role'));
        break;
      case 'remove':
        r = c.remove(str('member'));
        if (r.ok) this.dropMember(str('member'));
        break;
      case 'end-game':
        r = c.end();
        break;
    }
    if (!r.ok) return r.error ?? 'bad-message';
    return null;
  }

  /** The turn's timer: when it runs out, missing orders hold and the turn resolves. */
  private tick(): void {
    const c = this.cls;
    const { deadline, paused } = c.state;
    const now = this.ctx.now();
    if (c.over || paused || deadline === null || now < deadline) return;
    const before = this.progress();
    c.resolve(now);
    void this.commit(before);
  }

  private finish(): void {
    this.tellAll('over', this.results());
    this.closeLater();
  }

  /** The finished game's replay and code (made once: hashing the replay is the costliest step of a turn). */
  private results(): ServerMessages['over'] {
    if (!this.finished) {
      const replay = this.cls.replay();
      this.finished = { replay: replayToText(replay), verification: replay.verification };
    }
    return this.finished;
  }

  private closeLater(): void {
    this.clock.setTimeout(() => {
      this.autoDispose = true;
      if (this.clients.length === 0) void this.disconnect();
    }, FINISHED_ROOM_MS);
  }

  /**
   * Tells everyone what changed, and each team its own proposals: the whole
   * view to a client that has just joined; the turn's result at once when a
   * turn resolved (or the game ended), with only the new decisions; otherwise
   * only the status (who has ordered, the roster, the timer), shortly. Each
   * message is encoded once for the whole room.
   */
  private publish(turnMoved: boolean, joiner?: Client): void {
    if (turnMoved) {
      this.statusTimer?.clear();
      this.statusTimer = null;
      const { code: _code, setup: _setup, decisions, ...rest } = this.cls.publicView(this.ctx.now());
      this.tellAll('turn', { ...rest, from: this.sentDecisions, decisions: decisions.slice(this.sentDecisions) });
      this.sentDecisions = decisions.length;
    } else {
      if (joiner) this.send1(joiner, 'view', this.cls.publicView(this.ctx.now()));
      this.statusTimer ??= this.clock.setTimeout(() => {
        this.statusTimer = null;
        this.tellAll('status', statusOf(this.cls.publicView(this.ctx.now())));
      }, STATUS_DELAY_MS);
    }
    const teams = new Map<string, { proposals: Record<string, string>; text: string }>();
    for (const client of this.clients) {
      const seat = this.seats.get(client.sessionId);
      const role = seat?.member ? this.cls.member(seat.member)?.role : null;
      if (!seat || !role) continue;
      let team = teams.get(role);
      if (!team) {
        const proposals = this.cls.teamProposals(role);
        team = { proposals, text: JSON.stringify(proposals) };
        teams.set(role, team);
      }
      // Only when they changed: most changes (another team's order, a join) leave a team's proposals as they were.
      if (seat.sentProposals === team.text) continue;
      seat.sentProposals = team.text;
      this.send1(client, 'team', { proposals: team.proposals });
    }
  }

  /** A removed student's connections are closed; their token no longer works. */
  private dropMember(member: string): void {
    for (const client of [...this.clients]) {
      if (this.seats.get(client.sessionId)?.member === member) {
        this.refuse(client, 'no-member');
        client.leave(4003);
      }
    }
  }

  private save(): void {
    this.ctx.store.save({ state: this.cls.state, finished: this.cls.over ? this.results() : null });
  }

  /** One message to every client (but `except`), encoded once. */
  private tellAll<T extends keyof ServerMessages>(type: T, message: ServerMessages[T], except?: Client): void {
    this.broadcast(type, message, except ? { except } : undefined);
  }

  private send1<T extends keyof ServerMessages>(client: Client, type: T, message: ServerMessages[T]): void {
    client.send(type, message);
  }

  private refuse(client: Client, code: ServerRefusal, about?: string): void {
    this.send1(client, 'refused', about ? { code, about } : { code });
  }
}
