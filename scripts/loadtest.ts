// The class server under load (a script, not a test): n class games at once,
// each a teacher and five students as bots (the command line's own client,
// ClassConnection), on loopback only, bounded in time. A student plays its
// role by the historical policy (dove for a role without a script), as
// `npm run class -- play` does. Prints: games finished, orders lost (an order
// a bot sent that is not the game's decision for that turn and role), codes
// that differ from the CLI's (simulate with the same seed and policies), the
// time from a turn's last order to every client of that game having the
// turn's result (p50/p95/p99), and from each server process (GET /class/stats)
// its memory per open game and its CPU over the run.
//
//   npm run loadtest -- --server http://127.0.0.1:2567[,http://127.0.0.1:2568] --games 100
//                       [--seconds 600] [--batch <games at once>, default all] [--think <ms>]
//
// --think: each student waits a random time up to this long before ordering
// (0, the default: at once, as fast as the bots' process can play).
//
// With several servers (processes sharing a Redis), game i's teacher creates
// through server i mod n and its students join through the next one, so
// every game crosses processes.

import { type PublicView, playedGame } from '../src/class/class-game';
import { flag, parseArgs } from '../src/cli/args';
import { ClassConnection } from '../src/net/class-client';
import { north2023 } from '../src/scenarios/north-2023';
import type { Game } from '../src/sim/game';
import { type Policy, policyFor } from '../src/sim/policies';
import { humanDecisions, makeReplay, parseReplay } from '../src/sim/replay';
import { simulate } from '../src/sim/simulate';
import type { ActorId, Decision } from '../src/sim/types';

const scenario = north2023;
const ROLES: ActorId[] = ['serbia', 'kosovo', 'serbs', 'kfor', 'eu'];
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const args = parseArgs(process.argv.slice(2));
const flagOf = (name: string): string | undefined => flag(args, name);
const servers = (flagOf('server') ?? 'http://127.0.0.1:2567').split(',').map((s) => s.trim());
const games = Number(flagOf('games') ?? 10);
const seconds = Number(flagOf('seconds') ?? 600);
const batch = Number(flagOf('batch') ?? games);
/** Each student waits up to this long (at random) before sending an order; 0: at once. */
const think = Number(flagOf('think') ?? 0);
for (const s of servers) {
  const u = new URL(s);
  if (!LOOPBACK.has(u.hostname)) {
    console.error(`the load test runs on loopback only, not ${s}`);
    process.exit(2);
  }
}
if (!Number.isInteger(games) || games < 1 || !Number.isInteger(batch) || batch < 1 || !(seconds > 0) || !(think >= 0)) {
  console.error(
    'usage: npm run loadtest -- --server <url>[,<url>…] --games <n> [--seconds <limit>] [--batch <games at once>] [--think <ms>]',
  );
  process.exit(2);
}
const deadline = Date.now() + seconds * 1000;

interface Stats {
  memory: NodeJS.MemoryUsage;
  cpu: NodeJS.CpuUsage;
  uptimeSeconds: number;
  rooms: number;
  clients: number;
}
const stats = async (server: string): Promise<Stats> => (await (await fetch(`${server}/class/stats`)).json()) as Stats;

interface GameResult {
  finished: boolean;
  lost: number;
  refused: number;
  codeDiffers: boolean;
  latencies: number[];
  /** From the last order to the first client having the result (the rest is the clients' own work in this process). */
  firsts: number[];
  error?: string;
}

/** Game i's seed. */
const seedOf = (index: number): string => `load-${index}`;

const expectedCodes = new Map<string, string>();
function expectedCode(seed: string): string {
  let code = expectedCodes.get(seed);
  if (code) return code;
  const policies: Partial<Record<ActorId, Policy>> = {};
  for (const r of ROLES) policies[r] = policyFor(scenario, scenario.historical[r] ? 'historical' : 'dove', r, seed);
  const run = simulate(scenario, { seed, difficulty: 'normal', humans: ROLES, policies });
  if (!run.ok) throw new Error(run.error);
  code = makeReplay(run.value.game.state, humanDecisions(run.value.game.state)).verification;
  run.value.game.dispose();
  expectedCodes.set(seed, code);
  return code;
}

/** Plays the decisions after the first `from` on `game` (whole turns, as playedGame does); returns how many are played. */
function catchUp(game: Game, decisions: readonly Decision[], from: number): number {
  let next = from;
  while (next < decisions.length && !game.isOver()) {
    for (const actor of [...game.awaiting()]) {
      const d = decisions[next];
      if (!d || d.turn !== game.state.turn || d.actor !== actor) throw new Error(`decisions do not fit turn ${game.state.turn} (${actor})`);
      const r = game.submit(actor, d.action);
      if (!r.ok) throw new Error(r.error);
      next++;
    }
    game.advance();
  }
  return next;
}

class BotGame {
  private game: Game | null = null;
  private applied = 0;

  /** The game as of this view, or null when the view is behind the game (another student's view got there first: wait for this one's). */
  at(v: PublicView): Game | null {
    if (v.decisions.length < this.applied) return null;
    if (!this.game) this.game = playedGame(scenario, v.setup, v.decisions);
    else if (v.decisions.length > this.applied) catchUp(this.game, v.decisions, this.applied);
    this.applied = v.decisions.length;
    return this.game;
  }

  dispose(): void {
    this.game?.dispose();
  }
}

/** At most `n` at once (the join phase: 600 connections opened together starve one client process). */
class Slots {
  private queue: (() => void)[] = [];
  constructor(private free: number) {}
  async take(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((r) => this.queue.push(r));
  }
  release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.free++;
  }
}

/**
 * One class game: the teacher creates it and the five students join (a few
 * games at a time); then it waits for `start` (every game of the batch in),
 * and the bots play it to the end.
 */
async function playOne(index: number, slots: Slots, joined: () => void, start: Promise<void>): Promise<GameResult> {
  const seed = seedOf(index);
  const teacherServer = servers[index % servers.length] as string;
  const studentServer = servers[(index + 1) % servers.length] as string;
  const result: GameResult = { finished: false, lost: 0, refused: 0, codeDiffers: false, latencies: [], firsts: [] };
  const clients: ClassConnection[] = [];
  let inPhase = true;
  const joinDone = () => {
    if (inPhase) joined();
    inPhase = false;
  };
  try {
    await slots.take();
    let teacher: ClassConnection;
    let students: ClassConnection[];
    try {
      teacher = await ClassConnection.create(teacherServer, {
        scenario: scenario.id,
        seed,
        difficulty: 'normal',
        students: ROLES,
        timerSeconds: 0,
      });
      clients.push(teacher);
      students = await Promise.all(ROLES.map((role) => ClassConnection.join(studentServer, teacher.code, { role, name: `bot ${role}` })));
      clients.push(...students);
    } finally {
      slots.release();
      joinDone();
    }
    await start;

    // Per turn: when its last order was sent, and when each client first saw its result.
    const lastOrder = new Map<number, number>();
    const seen = new Map<number, number[]>();
    const sent: { turn: number; actor: ActorId; action: string }[] = [];
    const botErrors: string[] = [];
    let failed = () => {};
    const botFailed = new Promise<void>((r) => {
      failed = r;
    });
    const bots: BotGame[] = [];
    const watch = (c: ClassConnection) => {
      let at = 1;
      c.subscribe(() => {
        const v = c.view;
        if (!v) return;
        const upTo = v.over ? v.turn + 1 : v.turn;
        const now = performance.now();
        for (; at < upTo; at++) {
          const list = seen.get(at) ?? [];
          list.push(now);
          seen.set(at, list);
        }
      });
    };
    for (const c of clients) watch(c);

    // The bots' copy of the game, brought up to date turn by turn and shared
    // by the game's five students (not one each, and not rebuilt from the
    // start every turn: with 500 bots in one process on a 2-core machine, the
    // bots' own work would be measured, not the server's).
    const own = new BotGame();
    bots.push(own);
    students.forEach((c, i) => {
      const role = ROLES[i] as ActorId;
      const policy = policyFor(scenario, scenario.historical[role] ? 'historical' : 'dove', role, seed);
      let orderedAt = -1;
      const act = () => {
        const v = c.view;
        if (!v || v.over || c.results || v.paused) return;
        if (v.ordered.includes(role) || orderedAt === v.decisions.length) return;
        const game = own.at(v);
        if (!game || game.isOver() || !game.awaiting().includes(role)) return;
        const turn = game.state.turn;
        const action = policy(game, role);
        orderedAt = v.decisions.length;
        const send = () => {
          sent.push({ turn, actor: role, action });
          c.send('order', { action });
          lastOrder.set(turn, performance.now());
        };
        if (think > 0) setTimeout(send, Math.random() * think);
        else send();
      };
      const safeAct = () => {
        try {
          act();
        } catch (e) {
          botErrors.push(`${role}: ${(e as Error).message}`);
          failed();
        }
      };
      c.subscribe(safeAct);
      safeAct();
    });

    const left = deadline - Date.now();
    await Promise.race([Promise.all(clients.map((c) => c.until(() => c.results !== null, Math.max(1, left)))), botFailed]);
    if (botErrors.length) throw new Error(`a bot failed: ${botErrors[0]}`);
    result.finished = true;
    const replay = parseReplay(teacher.results?.replay ?? '');
    if (!replay.ok) throw new Error(`a replay that does not read: ${replay.error}`);
    const decided = new Set(replay.value.decisions.map((d) => `${d.turn}|${d.actor}|${d.action}`));
    result.lost = sent.filter((s) => !decided.has(`${s.turn}|${s.actor}|${s.action}`)).length;
    result.refused = clients.filter((c) => c.lastRefusal !== null).length;
    const want = expectedCode(seed);
    result.codeDiffers = clients.some((c) => c.results?.verification !== want) || replay.value.verification !== want;
    for (const [turn, sentAt] of lastOrder) {
      const arrivals = seen.get(turn) ?? [];
      if (arrivals.length >= clients.length) {
        result.latencies.push(Math.max(...arrivals) - sentAt);
        result.firsts.push(Math.min(...arrivals) - sentAt);
      }
    }
    for (const b of bots) b.dispose();
  } catch (e) {
    joinDone();
    const v = clients[0]?.view;
    const refusals = clients.map((c) => c.lastRefusal?.code).filter(Boolean);
    result.error = `${(e as Error).message}${v ? ` (turn ${v.turn}, ordered ${v.ordered.join('+') || 'none'}${refusals.length ? `, refused ${refusals.join('+')}` : ''})` : ''}`;
  } finally {
    await Promise.all(clients.map((c) => c.leave()));
  }
  return result;
}

const pct = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

const startStats = await Promise.all(servers.map(stats));
const started = Date.now();
const botsCpuStart = process.cpuUsage();
const results: GameResult[] = [];
console.log(
  `load test: ${games} class games (a teacher and ${ROLES.length} students each) on ${servers.join(', ')}, ${batch} at once, ${think ? `students think up to ${think} ms` : 'students order at once'}`,
);
for (let first = 0; first < games && Date.now() < deadline; first += batch) {
  const n = Math.min(batch, games - first);
  const t0 = Date.now();
  const slots = new Slots(10);
  let open = () => {};
  const start = new Promise<void>((r) => {
    open = r;
  });
  let joined = 0;
  let allIn = () => {};
  const everyoneIn = new Promise<void>((r) => {
    allIn = r;
  });
  const plays = Array.from({ length: n }, (_, k) =>
    playOne(
      first + k,
      slots,
      () => {
        if (++joined === n) allIn();
      },
      start,
    ),
  );
  await everyoneIn;
  // The CLI's codes for this batch, worked out before it plays (not while other games of the batch still play).
  for (let k = 0; k < n; k++) expectedCode(seedOf(first + k));
  const joinSeconds = (Date.now() - t0) / 1000;
  const t1 = Date.now();
  open();
  results.push(...(await Promise.all(plays)));
  const now = await Promise.all(servers.map(stats));
  const line = now
    .map(
      (s, i) =>
        `${servers[i]}: ${s.rooms} rooms open, heap ${mb(s.memory.heapUsed)} MB, rss ${mb(s.memory.rss)} MB, heap per open room ${s.rooms ? ((s.memory.heapUsed - (startStats[i] as Stats).memory.heapUsed) / s.rooms / 1024).toFixed(0) : '-'} KB`,
    )
    .join('; ');
  console.log(
    `  games ${first + 1}–${first + n}: joined in ${joinSeconds.toFixed(1)} s, played in ${((Date.now() - t1) / 1000).toFixed(1)} s; ${line}`,
  );
}
const wall = (Date.now() - started) / 1000;
const botsCpu = process.cpuUsage(botsCpuStart);
const endStats = await Promise.all(servers.map(stats));

const finished = results.filter((r) => r.finished).length;
const errors = results.filter((r) => r.error).map((r) => r.error);
const latencies = results.flatMap((r) => r.latencies).sort((x, y) => x - y);
console.log(
  `games finished: ${finished} of ${games}${errors.length ? ` (${errors.length} failed: ${[...new Set(errors)].slice(0, 3).join('; ')})` : ''}`,
);
console.log(`orders lost: ${results.reduce((s, r) => s + r.lost, 0)}`);
console.log(`clients refused anything: ${results.reduce((s, r) => s + r.refused, 0)}`);
console.log(`codes differing from the CLI's: ${results.filter((r) => r.codeDiffers).length}`);
console.log(
  `last order → every client has the turn's result (${latencies.length} turns): p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms, max ${(latencies.at(-1) ?? Number.NaN).toFixed(1)} ms`,
);
const firsts = results.flatMap((r) => r.firsts).sort((x, y) => x - y);
console.log(
  `  (to the first client: p50 ${pct(firsts, 50).toFixed(1)} ms, p95 ${pct(firsts, 95).toFixed(1)} ms, p99 ${pct(firsts, 99).toFixed(1)} ms)`,
);
console.log(`wall time: ${wall.toFixed(1)} s`);
const botsSeconds = (botsCpu.user + botsCpu.system) / 1e6;
console.log(
  `bots' process (this one): CPU ${botsSeconds.toFixed(1)} s over ${wall.toFixed(1)} s (${((100 * botsSeconds) / wall).toFixed(0)}% of one core)`,
);
endStats.forEach((s, i) => {
  const s0 = startStats[i] as Stats;
  const cpuSeconds = (s.cpu.user + s.cpu.system - s0.cpu.user - s0.cpu.system) / 1e6;
  const perRoom = s.rooms ? (s.memory.heapUsed - s0.memory.heapUsed) / s.rooms / 1024 : Number.NaN;
  console.log(
    `server ${servers[i]}: CPU ${cpuSeconds.toFixed(1)} s over ${wall.toFixed(1)} s (${((100 * cpuSeconds) / wall).toFixed(0)}% of one core); ` +
      `heap ${mb(s0.memory.heapUsed)} → ${mb(s.memory.heapUsed)} MB, rss ${mb(s0.memory.rss)} → ${mb(s.memory.rss)} MB, ` +
      `${s.rooms} rooms open (finished rooms stay 10 min), heap per open room ${perRoom.toFixed(0)} KB`,
  );
});
process.exit(finished === games && results.every((r) => r.lost === 0 && !r.codeDiffers) ? 0 : 1);
