// The class game server, for real: a server process on a free loopback port,
// Node clients speaking the protocol, the command-line client. A networked
// game is exactly a CLI game; no client ever receives another role's order
// before the reveal; bad input gets a clear refusal and harms no other game.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicView } from '../../src/class/class-game';
import type { TurnResult } from '../../src/class/protocol';
import { classCommand } from '../../src/cli/class-command';
import { replayCommand } from '../../src/cli/replay-command';
import { simCommand } from '../../src/cli/sim-command';
import { ClassConnection, ClassJoinError } from '../../src/net/class-client';
import { scenarioLoaders } from '../../src/scenarios';
import { holdAction } from '../../src/sim/catalog';
import { codeIn, runCli } from '../support/cli';
import { type ServerProcess, startServer } from './server-process';

const dir = mkdtempSync(join(tmpdir(), 'fp-class-'));
let server: ServerProcess;

beforeAll(async () => {
  server = await startServer(join(dir, 'data'));
});

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCli(classCommand, scenarioLoaders, args);

async function newClass(students: string[], extra: Record<string, unknown> = {}): Promise<ClassConnection> {
  return ClassConnection.create(server.url, {
    scenario: 'north-2023',
    seed: `server-${Math.random().toString(36).slice(2, 8)}`,
    difficulty: 'normal',
    students,
    timerSeconds: 0,
    ...extra,
  });
}

/** A client that records every message it receives, raw, for the privacy checks. */
async function rawJoin(code: string, options: Record<string, unknown>): Promise<{ room: Room; got: { type: string; message: unknown }[] }> {
  const room = await new Client(server.url).joinById(code, options);
  const got: { type: string; message: unknown }[] = [];
  room.onMessage('*', (type, message) => got.push({ type: String(type), message }));
  return { room, got };
}

const lastOf = <T>(got: { type: string; message: unknown }[], type: string): T | undefined =>
  got.filter((g) => g.type === type).at(-1)?.message as T | undefined;

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('a class game from the command line', () => {
  it('plays four roles to the end with the same code as npm run sim, and its replay verifies', async () => {
    const created = await cli(
      'create',
      '--server',
      server.url,
      '--scenario',
      'north-2023',
      '--seed',
      'classroom-1',
      '--humans',
      'serbia,kosovo,serbs,kfor',
    );
    expect(created.status, created.stderr).toBe(0);
    const code = /^code: (\S+)$/m.exec(created.stdout)?.[1] ?? '';
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(created.stdout).toMatch(/^teacher-token: \S{16,}$/m);

    const played = await Promise.all(
      ['serbia', 'kosovo', 'serbs', 'kfor'].map((role) =>
        cli('play', '--server', server.url, '--code', code, '--role', role, '--policy', 'historical'),
      ),
    );
    for (const p of played) expect(p.status, p.stderr).toBe(0);
    const codes = new Set(played.map((p) => /^verification: (\S+)$/m.exec(p.stdout)?.[1]));
    expect(codes.size).toBe(1);

    const file = join(dir, 'class.replay.json');
    const fetched = await cli('replay', '--server', server.url, '--code', code, '--out', file);
    expect(fetched.status, fetched.stderr).toBe(0);
    const verified = await runCli(replayCommand, scenarioLoaders, [file]);
    expect(verified.status, verified.stderr).toBe(0);
    const sim = await runCli(simCommand, scenarioLoaders, [
      '--scenario',
      'north-2023',
      '--seed',
      'classroom-1',
      '--role',
      'serbia,kosovo,serbs,kfor',
      '--policy',
      'historical',
      '--quiet',
    ]);
    expect([...codes][0]).toBe(codeIn(sim.stdout));
    expect(JSON.parse(readFileSync(file, 'utf8')).verification).toBe(codeIn(sim.stdout));
  });

  it('says clearly when a code is wrong or a game is not over', async () => {
    const wrong = await cli('replay', '--server', server.url, '--code', 'NOPE42', '--out', join(dir, 'x.json'));
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('no class game has this code');
  });
});

describe('sealed orders', () => {
  it('never sends a role’s order or its team’s proposals to anyone else before the turn resolves', async () => {
    const teacher = await newClass(['kfor', 'serbia']);
    const captain = await ClassConnection.join(server.url, teacher.code, { role: 'kfor', name: 'K1' });
    const mate = await rawJoin(teacher.code, { role: 'kfor', name: 'K2' });
    const rival = await rawJoin(teacher.code, { role: 'serbia', name: 'S1' });
    const watcher = await rawJoin(teacher.code, { token: teacher.you?.token });

    mate.room.send('propose', { action: 'kfor.patrol' });
    await until(() => Object.keys(captain.proposals).length === 1, 'the proposal to reach the captain');
    captain.send('order', { action: 'kfor.patrol' });
    await until(() => (teacher.view?.ordered ?? []).includes('kfor'), 'the order to be counted');

    for (const other of [rival, watcher]) {
      const text = JSON.stringify(other.got);
      expect(text).not.toContain('kfor.patrol');
      expect(other.got.some((g) => g.type === 'team' && JSON.stringify(g.message).includes('K2'))).toBe(false);
    }
    expect(JSON.stringify(mate.got.filter((g) => g.type === 'team'))).toContain('kfor.patrol');

    rival.room.send('order', { action: holdAction('serbia') });
    await until(() => (lastOf<PublicView>(rival.got, 'turn')?.turn ?? 1) === 2, 'the turn to resolve');
    expect(lastOf<PublicView>(rival.got, 'turn')?.decisions).toContainEqual({ turn: 1, actor: 'kfor', action: 'kfor.patrol' });
    for (const c of [mate.room, rival.room, watcher.room]) await c.leave();
    await captain.leave();
    await teacher.leave();
  });
});

describe('what travels', () => {
  it('sends orders within a turn as one small status to everyone, and a resolved turn with only its own decisions', async () => {
    const teacher = await newClass(['serbia', 'kosovo', 'serbs', 'kfor']);
    const watcher = await rawJoin(teacher.code, { token: teacher.you?.token });
    const students = await Promise.all(
      ['serbia', 'kosovo', 'serbs', 'kfor'].map((role) => ClassConnection.join(server.url, teacher.code, { role, name: role })),
    );
    await until(() => (lastOf<PublicView>(watcher.got, 'status')?.roster.length ?? 0) === 4, 'the roster of four');
    const viewsBefore = watcher.got.filter((g) => g.type === 'view').length;
    const statusesBefore = watcher.got.filter((g) => g.type === 'status').length;

    for (const s of students.slice(0, 3))
      s.send('order', { action: holdAction(s.view?.roster.find((r) => r.id === s.you?.member)?.role ?? '') });
    await until(() => (lastOf<PublicView>(watcher.got, 'status')?.ordered.length ?? 0) === 3, 'three orders counted');
    const statuses = watcher.got.filter((g) => g.type === 'status').slice(statusesBefore);
    expect(watcher.got.filter((g) => g.type === 'view').length).toBe(viewsBefore);
    expect(statuses.length).toBeLessThan(3);
    expect(Object.keys(statuses.at(-1)?.message as object).sort()).toEqual(['aiRoles', 'ordered', 'paused', 'roster', 'timeLeft']);
    expect(teacher.view?.ordered).toHaveLength(3);

    students[3]?.send('order', { action: holdAction('kfor') });
    await until(() => (lastOf<TurnResult>(watcher.got, 'turn')?.turn ?? 1) === 2, 'the turn to resolve');
    expect(lastOf<TurnResult>(watcher.got, 'turn')).toMatchObject({ from: 0, ordered: [] });
    expect(lastOf<TurnResult>(watcher.got, 'turn')?.decisions).toHaveLength(4);
    expect(watcher.got.filter((g) => g.type === 'view').length).toBe(viewsBefore);
    expect(teacher.view?.ordered).toEqual([]);
    expect(teacher.view?.decisions).toHaveLength(4);

    // The next turn sends only its own decisions; every client puts them after the ones it has.
    for (const s of students) s.send('order', { action: holdAction(s.view?.roster.find((r) => r.id === s.you?.member)?.role ?? '') });
    await until(() => (lastOf<TurnResult>(watcher.got, 'turn')?.turn ?? 1) === 3, 'turn 2 to resolve');
    expect(lastOf<TurnResult>(watcher.got, 'turn')).toMatchObject({ from: 4 });
    expect(lastOf<TurnResult>(watcher.got, 'turn')?.decisions.every((d) => d.turn === 2)).toBe(true);
    await until(() => teacher.view?.turn === 3, 'the teacher to see turn 3');
    expect(teacher.view?.decisions.map((d) => d.turn)).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
    for (const c of [teacher, ...students]) await c.leave();
    watcher.room.leave();
  });
});

describe('refusals', () => {
  it('refuses teacher commands from a student, malformed messages and orders from someone without a role', async () => {
    const teacher = await newClass(['kfor']);
    const student = await rawJoin(teacher.code, { role: 'kfor' });
    const roleless = await rawJoin(teacher.code, {});
    student.room.send('pause', {});
    student.room.send('order', { action: 42 });
    student.room.send('launch-missiles', {});
    roleless.room.send('order', { action: 'kfor.patrol' });
    await until(() => student.got.filter((g) => g.type === 'refused').length === 3, 'three refusals');
    expect(student.got.filter((g) => g.type === 'refused').map((g) => (g.message as { code: string }).code)).toEqual([
      'teacher-only',
      'bad-message',
      'bad-message',
    ]);
    await until(() => roleless.got.some((g) => g.type === 'refused'), 'a refusal');
    expect(lastOf<{ code: string }>(roleless.got, 'refused')?.code).toBe('no-role');
    expect(teacher.view?.paused).toBe(false);
    await student.room.leave();
    await roleless.room.leave();
    await teacher.leave();
  });

  it('closes a connection that sends an oversized message, and the game goes on for the others', async () => {
    const teacher = await newClass(['kfor', 'serbia']);
    const big = await rawJoin(teacher.code, { role: 'kfor' });
    const other = await ClassConnection.join(server.url, teacher.code, { role: 'serbia' });
    let closed = false;
    big.room.onLeave(() => {
      closed = true;
    });
    big.room.send('propose', { action: 'x'.repeat(20_000) });
    await until(() => closed, 'the oversized sender to be disconnected');
    other.send('order', { action: holdAction('serbia') });
    await until(() => (teacher.view?.ordered ?? []).includes('serbia'), 'the other student’s order');
    await other.leave();
    await teacher.leave();
  });

  it('refuses a fifth student in a team, and new students once the game is over (a returning one still sees the results)', async () => {
    const teacher = await newClass(['kfor']);
    const team = await Promise.all(
      [1, 2, 3, 4].map((i) => ClassConnection.join(server.url, teacher.code, { role: 'kfor', name: `K${i}` })),
    );
    await expect(ClassConnection.join(server.url, teacher.code, { role: 'kfor' })).rejects.toEqual(new ClassJoinError('role-full'));
    teacher.send('end-game', {});
    await until(() => teacher.results !== null, 'the game to end');
    await expect(ClassConnection.join(server.url, teacher.code, { name: 'late' })).rejects.toEqual(new ClassJoinError('game-over'));
    const back = await ClassConnection.join(server.url, teacher.code, { token: team[0]?.you?.token ?? '' });
    await back.until(() => back.results !== null);
    expect(back.results?.verification).toBe(teacher.results?.verification);
    for (const c of [...team, back, teacher]) await c.leave();
  });

  it('keeps a flooding client from slowing another class', async () => {
    const a = await newClass(['kfor']);
    const b = await newClass(['kfor']);
    const flooder = await rawJoin(a.code, { role: 'kfor' });
    const calm = await ClassConnection.join(server.url, b.code, { role: 'kfor' });
    // A thousand messages at once (bounded), then the other class's order must still go through.
    for (let i = 0; i < 1000; i++) flooder.room.send('propose', { action: 'kfor.patrol' });
    calm.send('order', { action: holdAction('kfor') });
    await until(() => (b.view?.turn ?? 1) === 2, 'the other class’s turn to resolve');
    await until(
      () => flooder.got.some((g) => g.type === 'refused' && (g.message as { code: string }).code === 'too-many'),
      'the flood refusal',
    );
    // The server closed the flooder's connection (it kept flooding): nothing to leave.
    for (const c of [calm, a, b]) await c.leave();
  });
});

describe('the teacher', () => {
  it('removes a student: the connection closes, the seat is gone, its token no longer works, and leaving settles', async () => {
    const teacher = await newClass(['kfor', 'serbia']);
    const k = await ClassConnection.join(server.url, teacher.code, { role: 'kfor', name: 'K1' });
    const member = k.you?.member ?? '';
    const token = k.you?.token ?? '';
    teacher.send('remove', { member });
    await until(() => !(teacher.view?.roster ?? []).some((r) => r.id === member), 'the student to leave the roster');
    await until(() => k.lastRefusal?.code === 'no-member', 'the removed student to be told');
    await k.leave(); // settles although the server has already closed the connection
    await expect(ClassConnection.join(server.url, teacher.code, { token })).rejects.toMatchObject({ code: 'bad-token' });
    await teacher.leave();
  });

  it('ends a turn with missing orders held, and hands a role to the computer', async () => {
    const teacher = await newClass(['kfor', 'serbia']);
    const k = await ClassConnection.join(server.url, teacher.code, { role: 'kfor' });
    teacher.send('end-turn', {});
    await until(() => teacher.view?.turn === 2, 'the turn to end');
    expect(teacher.view?.decisions).toEqual([
      { turn: 1, actor: 'serbia', action: holdAction('serbia') },
      { turn: 1, actor: 'kfor', action: holdAction('kfor') },
    ]);
    teacher.send('computer', { role: 'serbia', on: true });
    await until(() => teacher.view?.aiRoles.includes('serbia') === true, 'serbia to be the computer’s');
    k.send('order', { action: holdAction('kfor') });
    await until(() => teacher.view?.turn === 3, 'turn 2 to resolve with kfor’s order alone');
    for (const c of [k, teacher]) await c.leave();
  });

  it('resolves a turn when its timer runs out', async () => {
    const teacher = await newClass(['kfor'], { timerSeconds: 1 });
    await until(() => teacher.view?.turn === 2, 'the timer to end turn 1', 10_000);
    expect(teacher.view?.decisions).toEqual([{ turn: 1, actor: 'kfor', action: holdAction('kfor') }]);
    await teacher.leave();
  });
});

describe('a restart', () => {
  it('loses no finished turn: students rejoin their roles with their tokens and play on', async () => {
    const teacher = await newClass(['kfor', 'serbia']);
    const k = await ClassConnection.join(server.url, teacher.code, { role: 'kfor', name: 'K' });
    const s = await ClassConnection.join(server.url, teacher.code, { role: 'serbia', name: 'S' });
    k.send('order', { action: 'kfor.patrol' });
    s.send('order', { action: holdAction('serbia') });
    await until(() => teacher.view?.turn === 2, 'turn 1 to resolve');
    const tokens = { teacher: teacher.you?.token ?? '', k: k.you?.token ?? '', s: s.you?.token ?? '' };
    const code = teacher.code;
    for (const c of [k, s, teacher]) await c.leave();

    await server.stop();
    server = await startServer(join(dir, 'data'), server.port);
    expect(server.log()).toContain(`reopened class ${code}`);

    const k2 = await ClassConnection.join(server.url, code, { token: tokens.k });
    expect(k2.view?.turn).toBe(2);
    expect(k2.view?.roster.find((m) => m.id === k2.you?.member)?.role).toBe('kfor');
    expect(k2.view?.decisions).toContainEqual({ turn: 1, actor: 'kfor', action: 'kfor.patrol' });
    const t2 = await ClassConnection.join(server.url, code, { token: tokens.teacher });
    expect(t2.you?.teacher).toBe(true);
    t2.send('end-game', {});
    await until(() => t2.results !== null, 'the end');
    for (const c of [k2, t2]) await c.leave();
  });
});

describe('wrong codes', () => {
  // Last: it uses up this address's tries for a minute.
  it('are refused, and an address that keeps guessing must wait', async () => {
    const refusals: string[] = [];
    for (let i = 0; i < 12; i++) {
      await ClassConnection.join(server.url, `WRONG${i}`, {}).catch((e: ClassJoinError) => refusals.push(e.code));
    }
    expect(refusals.slice(0, 10)).toEqual(Array(10).fill('unknown-code'));
    expect(refusals.slice(10)).toEqual(['too-many', 'too-many']);
  });
});
