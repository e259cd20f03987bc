import { Client, type Room } from 'colyseus.js';
import type { PublicView } from '../class/class-game';
import {
  CLASS_ROOM,
  type ClientMessage,
  type ClientMessageType,
  type ServerMessages,
  type ServerRefusal,
  withTurn,
} from '../class/protocol';

// A connection to a class game, the same in the browser and on the command
// line: it keeps the latest of everything the server sent (the public view,
// who you are, your team's proposals, the results) and rejoins the same seat
// with its token when the connection drops.

export interface ClassJoin {
  /** The rejoin secret from an earlier visit (a student's or the teacher's). */
  token?: string;
  name?: string;
  role?: string | null;
}

type Listener = () => void;

/** Why a join failed: the server's refusal code (unknown-code, game-over, role-full…) or 'unreachable'. */
export class ClassJoinError extends Error {
  constructor(readonly code: ServerRefusal | 'unreachable') {
    super(code);
  }
}

const REFUSALS = new Set<string>([
  'not-a-role',
  'not-a-student-role',
  'role-full',
  'class-full',
  'game-over',
  'bad-message',
  'too-many',
  'unknown-code',
  'bad-setup',
  'bad-token',
  'server-busy',
]);

function joinError(e: unknown): ClassJoinError {
  const message = e instanceof Error ? e.message : String(e);
  return new ClassJoinError(REFUSALS.has(message) ? (message as ServerRefusal) : 'unreachable');
}

export class ClassConnection {
  view: PublicView | null = null;
  you: ServerMessages['you'] | null = null;
  proposals: Record<string, string> = {};
  results: ServerMessages['over'] | null = null;
  lastRefusal: ServerMessages['refused'] | null = null;
  /** True while the connection is down and being restored. */
  reconnecting = false;
  /** How many times the connection was restored (a restored game asks again for the unfinished turn's orders). */
  rejoins = 0;
  private listeners = new Set<Listener>();
  private closed = false;

  private constructor(
    private readonly client: Client,
    private room: Room,
    private readonly rejoinForMs: number,
  ) {
    this.attach(room);
  }

  /** A teacher creates a class game; resolves once the server has said who you are and sent the view. */
  static async create(server: string, setup: unknown, rejoinForMs = 60_000): Promise<ClassConnection> {
    const client = new Client(server);
    try {
      const c = new ClassConnection(client, await client.create(CLASS_ROOM, { setup }), rejoinForMs);
      await c.until(() => c.you !== null && c.view !== null);
      return c;
    } catch (e) {
      throw joinError(e);
    }
  }

  /** A student (or the teacher, with the teacher's token) joins by code. */
  static async join(server: string, code: string, join: ClassJoin, rejoinForMs = 60_000): Promise<ClassConnection> {
    const client = new Client(server);
    try {
      const c = new ClassConnection(client, await client.joinById(code, { ...join }), rejoinForMs);
      await c.until(() => c.you !== null && c.view !== null);
      return c;
    } catch (e) {
      throw joinError(e);
    }
  }

  get code(): string {
    return this.room.roomId;
  }

  send<T extends ClientMessageType>(type: T, message: ClientMessage<T>): void {
    this.room.send(type, message);
  }

  /** Calls `listener` after every message from the server; returns a function that stops it. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when `ready()` holds (checked after every message), or rejects after `timeoutMs`. */
  until(ready: () => boolean, timeoutMs = 30_000): Promise<void> {
    if (ready()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error('timed out waiting for the class server'));
      }, timeoutMs);
      const stop = this.subscribe(() => {
        if (!ready()) return;
        clearTimeout(timer);
        stop();
        resolve();
      });
    });
  }

  async leave(): Promise<void> {
    this.closed = true;
    // A connection the server already closed (a student the teacher removed) has nothing to leave:
    // Room.leave would wait for a close that has happened.
    if (!this.room.connection?.isOpen) return;
    await this.room.leave(true).catch(() => undefined);
  }

  private attach(room: Room): void {
    room.onMessage('view', (v: PublicView) => this.update(() => (this.view = v)));
    room.onMessage('turn', (t: ServerMessages['turn']) => this.update(() => (this.view = this.view && withTurn(this.view, t))));
    room.onMessage('status', (st: ServerMessages['status']) => this.update(() => (this.view = this.view && { ...this.view, ...st })));
    room.onMessage('you', (y: ServerMessages['you']) => this.update(() => (this.you = y)));
    room.onMessage('team', (t: ServerMessages['team']) => this.update(() => (this.proposals = t.proposals)));
    room.onMessage('over', (o: ServerMessages['over']) => this.update(() => (this.results = o)));
    room.onMessage('refused', (r: ServerMessages['refused']) => this.update(() => (this.lastRefusal = r)));
    room.onLeave((code) => {
      // 4003: removed by the teacher; 1000: left on purpose.
      if (this.closed || code === 1000 || code === 4003) return;
      void this.rejoin();
    });
  }

  /** Rejoins the same seat with this device's token, trying for `rejoinForMs`. */
  private async rejoin(): Promise<void> {
    const token = this.you?.token;
    if (!token) return;
    this.update(() => (this.reconnecting = true));
    const until = Date.now() + this.rejoinForMs;
    while (!this.closed && Date.now() < until) {
      try {
        this.room = await this.client.joinById(this.code, { token });
        this.attach(this.room);
        this.rejoins++;
        this.update(() => (this.reconnecting = false));
        return;
      } catch (e) {
        const why = joinError(e).code;
        if (why === 'bad-token' || why === 'game-over') break;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    this.update(() => (this.reconnecting = false));
  }

  private update(change: () => void): void {
    change();
    for (const l of [...this.listeners]) l();
  }
}
