import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import sirv from 'sirv';
import { ClassGame, type ClassState } from '../class/class-game';
import { CLASS_ROOM, MAX_MESSAGE_BYTES } from '../class/protocol';
import type { Scenario } from '../sim/types';
import { ClassRoom, setClassRoomContext } from './class-room';
import { ClassStore } from './class-store';
import { WrongCodeLimit } from './rate-limit';

// The class server: the built game (static files) and the Colyseus game
// server on one port, class games saved in a data folder and reopened after a
// restart. Everything it needs comes in as options, so the tests start it on
// a free loopback port with a fresh folder.

export interface ClassServerOptions {
  port: number;
  host: string;
  dataDir: string;
  /** The built game to serve (dist/); null or a missing folder serves no game files. */
  staticDir: string | null;
  scenario(id: string): Promise<Scenario | undefined>;
  /** Writes a line to the server's log. */
  log(line: string): void;
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

export async function startClassServer(opts: ClassServerOptions): Promise<RunningServer> {
  const store = new ClassStore(opts.dataDir);
  const restoring = new Map<string, ClassState>();
  const wrongCodes = new WrongCodeLimit();
  setClassRoomContext({ scenario: opts.scenario, store, now: () => Date.now(), restoring });

  const statics = opts.staticDir && existsSync(opts.staticDir) ? sirv(opts.staticDir, { etag: true, dev: false }) : null;
  const http = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/class/hello') {
      json(res, 200, { classServer: 1 });
      return;
    }
    const replay = REPLAY_PATH.exec(url);
    if (replay) return sendReplay(req, res, decodeURIComponent(replay[1] ?? ''));
    if (statics) return statics(req, res, () => json(res, 404, { error: 'not-found' }));
    json(res, 404, { error: 'not-found' });
  });

  const gameServer = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_MESSAGE_BYTES }),
    greet: false,
    gracefullyShutdown: false,
  });
  gameServer.define(CLASS_ROOM, ClassRoom);

  // Colyseus answers its matchmaking requests itself; a join by code passes
  // here first, so wrong codes count against the address that tried them.
  const colyseus = http.listeners('request').slice();
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const join = req.method === 'POST' ? JOIN_PATH.exec(req.url ?? '') : null;
    if (join) {
      const now = Date.now();
      const address = addressOf(req);
      if (!wrongCodes.allowed(address, now)) {
        json(res, 200, { code: 429, error: 'too-many' });
        return;
      }
      const code = decodeURIComponent(join[1] ?? '');
      if (!matchMaker.getLocalRoomById(code) && store.load(code)?.finished === null) {
        // A saved game not reopened yet (the server is starting): not a wrong code.
        json(res, 200, { code: 503, error: 'server-busy' });
        return;
      }
      if (!matchMaker.getLocalRoomById(code)) {
        wrongCodes.wrong(address, now);
        json(res, 200, { code: 404, error: 'unknown-code' });
        return;
      }
    }
    for (const listener of colyseus) listener.call(http, req, res);
  });

  function sendReplay(req: IncomingMessage, res: ServerResponse, code: string): void {
    const now = Date.now();
    const address = addressOf(req);
    if (!wrongCodes.allowed(address, now)) {
      json(res, 429, { error: 'too-many' });
      return;
    }
    const stored = store.load(code);
    if (!stored) {
      wrongCodes.wrong(address, now);
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

  await gameServer.listen(opts.port, opts.host);
  await reopenSavedGames(store, restoring, opts);
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    url: `http://${opts.host}:${port}`,
    close: async () => {
      await gameServer.gracefullyShutdown(false);
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/** Reopens every saved class game that is not over, each under its own code. */
async function reopenSavedGames(store: ClassStore, restoring: Map<string, ClassState>, opts: ClassServerOptions): Promise<void> {
  for (const code of store.codes()) {
    const stored = store.load(code);
    if (!stored || stored.finished) continue;
    try {
      const scenario = await opts.scenario(stored.state.setup.scenario);
      if (!scenario) throw new Error(`unknown scenario ${stored.state.setup.scenario}`);
      // Check it replays before a room takes it.
      ClassGame.restore(scenario, stored.state, Date.now()).game.dispose();
      restoring.set(code, stored.state);
      await matchMaker.createRoom(CLASS_ROOM, { restore: code });
      opts.log(`reopened class ${code} at turn ${stored.state.decisions.at(-1)?.turn ?? 0}`);
    } catch (e) {
      restoring.delete(code);
      opts.log(`could not reopen class ${code}: ${(e as Error).message} (its file is kept)`);
    }
  }
}
