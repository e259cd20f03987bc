import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import sirv from 'sirv';
import { ClassGame, type ClassState } from '../class/class-game';
import { CLASS_ROOM, MAX_MESSAGE_BYTES } from '../class/protocol';
import type { Scenario } from '../sim/types';
import { ClassRoom, setClassRoomContext } from './class-room';
import { WrongCodeLimit } from './rate-limit';
import { connectRedis, lockReopen, RedisWrongCodeLimit, unlockReopen } from './redis';
import type { SnapshotStore } from './snapshot-store';
import { FileSnapshotStore } from './snapshot-store-file';
import { RedisSnapshotStore } from './snapshot-store-redis';

// The class server: the built game (static files) and the Colyseus game
// server on one port, class games saved after every change and reopened
// after a restart. Alone, it keeps the games in a data folder; with a Redis
// URL, several processes share rooms, matchmaking, snapshots and the wrong
// code counts, and any of them reopens a game whose process died when its
// players come back. Everything it needs comes in as options, so the tests
// start it on a free loopback port with a fresh folder (and Redis).

export interface ClassServerOptions {
  port: number;
  host: string;
  dataDir: string;
  /** The built game to serve (dist/); null or a missing folder serves no game files. */
  staticDir: string | null;
  scenario(id: string): Promise<Scenario | undefined>;
  /** Writes a line to the server's log. */
  log(line: string): void;
  /** Share games with other processes through this Redis (redis://host:port); null: alone, games in dataDir. */
  redisUrl?: string | null;
  /** How clients reach this process (host:port, no scheme), sent with every seat in it; default host:port. */
  publicAddress?: string | null;
}

export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** The path a client asks to join a room by its id (the join code) on. */
const JOIN_PATH = /^\/matchmake\/joinById\/([^/?]*)/;
const REPLAY_PATH = /^\/class\/([^/?]*)\/replay$/;

const addressOf = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** A free port on this host (for a Redis-shared process, which must know its address before it listens). */
function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

interface CodeLimit {
  allowed(address: string, now: number): Promise<boolean>;
  wrong(address: string, now: number): Promise<void>;
}

export async function startClassServer(opts: ClassServerOptions): Promise<RunningServer> {
  const redis = opts.redisUrl ? connectRedis(opts.redisUrl) : null;
  const store: SnapshotStore = redis ? new RedisSnapshotStore(redis.client) : new FileSnapshotStore(opts.dataDir);
  const restoring = new Map<string, ClassState>();
  const localLimit = new WrongCodeLimit();
  const wrongCodes: CodeLimit = redis
    ? new RedisWrongCodeLimit(redis.client)
    : { allowed: async (a, now) => localLimit.allowed(a, now), wrong: async (a, now) => localLimit.wrong(a, now) };
  setClassRoomContext({ scenario: opts.scenario, store, now: () => Date.now(), restoring });
  const listenPort = redis && opts.port === 0 ? await freePort(opts.host) : opts.port;
  const publicAddress = redis ? opts.publicAddress || `${opts.host}:${listenPort}` : undefined;

  const statics = opts.staticDir && existsSync(opts.staticDir) ? sirv(opts.staticDir, { etag: true, dev: false }) : null;
  const http = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/class/hello') {
      json(res, 200, { classServer: 1 });
      return;
    }
    if (url === '/class/stats') return sendStats(req, res);
    const replay = REPLAY_PATH.exec(url);
    if (replay) {
      void sendReplay(req, res, decodeURIComponent(replay[1] ?? ''));
      return;
    }
    if (statics) return statics(req, res, () => json(res, 404, { error: 'not-found' }));
    json(res, 404, { error: 'not-found' });
  });

  const gameServer = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_MESSAGE_BYTES }),
    greet: false,
    gracefullyShutdown: false,
    ...(redis ? { presence: redis.presence, driver: redis.driver, publicAddress } : {}),
  });
  gameServer.define(CLASS_ROOM, ClassRoom);

  /** Whether a live room holds this code (here, or with Redis in a process that answers). */
  async function roomLives(code: string): Promise<boolean> {
    if (matchMaker.getLocalRoomById(code)) return true;
    if (!redis) return false;
    const listing = await matchMaker.getRoomById(code);
    if (!listing) return false;
    if (listing.processId === matchMaker.processId) return false;
    // A process killed without a word leaves its rooms listed: ask it; a dead one's rooms are struck off.
    return matchMaker.healthCheckProcessId(listing.processId);
  }

  const reopening = new Map<string, Promise<boolean>>();
  /** Reopens a kept game that is not over in this process; false if it cannot (or is not kept). */
  function reopen(code: string): Promise<boolean> {
    let p = reopening.get(code);
    if (!p) {
      p = reopenNow(code).finally(() => reopening.delete(code));
      reopening.set(code, p);
    }
    return p;
  }

  async function reopenNow(code: string): Promise<boolean> {
    const owner = `${matchMaker.processId}`;
    if (redis && !(await lockReopen(redis.client, code, owner))) {
      // Another process is reopening it: wait for its room.
      for (let i = 0; i < 40; i++) {
        await new Promise((r) => setTimeout(r, 250));
        if (await matchMaker.getRoomById(code)) return true;
      }
      return false;
    }
    try {
      if (await roomLives(code)) return true;
      const stored = await store.load(code);
      if (!stored || stored.finished) return false;
      const scenario = await opts.scenario(stored.state.setup.scenario);
      if (!scenario) throw new Error(`unknown scenario ${stored.state.setup.scenario}`);
      // Check it replays before a room takes it.
      ClassGame.restore(scenario, stored.state, Date.now()).game.dispose();
      restoring.set(code, stored.state);
      await matchMaker.handleCreateRoom(CLASS_ROOM, { restore: code });
      opts.log(`reopened class ${code} at turn ${stored.state.decisions.at(-1)?.turn ?? 0}`);
      return true;
    } catch (e) {
      opts.log(`could not reopen class ${code}: ${(e as Error).message} (its snapshot is kept)`);
      return false;
    } finally {
      restoring.delete(code);
      if (redis) await unlockReopen(redis.client, code, owner).catch(() => undefined);
    }
  }

  // Colyseus answers its matchmaking requests itself; a join by code passes
  // here first, so wrong codes count against the address that tried them, and
  // a kept game whose room is gone (a restart, a crashed process) reopens.
  const colyseus = http.listeners('request').slice();
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const join = req.method === 'POST' ? JOIN_PATH.exec(req.url ?? '') : null;
    if (!join) {
      for (const listener of colyseus) listener.call(http, req, res);
      return;
    }
    void checkJoin(decodeURIComponent(join[1] ?? ''), req, res)
      .then((go) => {
        if (go) for (const listener of colyseus) listener.call(http, req, res);
      })
      .catch((e: Error) => {
        opts.log(`join check failed: ${e.message}`);
        json(res, 200, { code: 503, error: 'server-busy' });
      });
  });

  /** Whether a join by this code may go on to Colyseus; if not, the answer is sent. */
  async function checkJoin(code: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const now = Date.now();
    const address = addressOf(req);
    if (!(await wrongCodes.allowed(address, now))) {
      json(res, 200, { code: 429, error: 'too-many' });
      return false;
    }
    if (await roomLives(code)) return true;
    const stored = await store.load(code);
    if (stored?.finished) {
      json(res, 200, { code: 403, error: 'game-over' });
      return false;
    }
    if (stored) {
      if (await reopen(code)) return true;
      json(res, 200, { code: 503, error: 'server-busy' });
      return false;
    }
    await wrongCodes.wrong(address, now);
    json(res, 200, { code: 404, error: 'unknown-code' });
    return false;
  }

  async function sendReplay(req: IncomingMessage, res: ServerResponse, code: string): Promise<void> {
    const now = Date.now();
    const address = addressOf(req);
    if (!(await wrongCodes.allowed(address, now))) {
      json(res, 429, { error: 'too-many' });
      return;
    }
    const stored = await store.load(code);
    if (!stored) {
      await wrongCodes.wrong(address, now);
      json(res, 404, { error: 'unknown-code' });
      return;
    }
    if (!stored.finished) {
      json(res, 409, { error: 'not-finished' });
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(stored.finished.replay);
  }

  /** This process's memory and CPU (for the load test); loopback only. */
  function sendStats(req: IncomingMessage, res: ServerResponse): void {
    if (!LOOPBACK.has(addressOf(req))) {
      json(res, 403, { error: 'loopback-only' });
      return;
    }
    json(res, 200, {
      memory: process.memoryUsage(),
      cpu: process.cpuUsage(),
      uptimeSeconds: process.uptime(),
      rooms: matchMaker.stats.local.roomCount,
      clients: matchMaker.stats.local.ccu,
    });
  }

  await gameServer.listen(listenPort, opts.host);
  if (!redis) await reopenSavedGames(store, reopen);
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    url: `http://${opts.host}:${port}`,
    close: async () => {
      await gameServer.gracefullyShutdown(false);
      await store.close();
      await redis?.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/** Reopens every kept class game that is not over (one process with a data folder, at its start). */
async function reopenSavedGames(store: SnapshotStore, reopen: (code: string) => Promise<boolean>): Promise<void> {
  for (const code of await store.codes()) await reopen(code);
}
