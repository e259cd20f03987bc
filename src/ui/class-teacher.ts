import type { ClassSetup } from '../class/class-game';
import type { ServerRefusal } from '../class/protocol';
import { ClassConnection, ClassJoinError } from '../net/class-client';
import { classServerUrl, forgetClassGame, keepTeacherToken, teacherToken } from './class-teacher-store';

// The teacher's connection to a class game in the browser: the one live
// connection the dashboard draws, created or rejoined with the token kept in
// class-teacher-store.ts (which the title loads without the Colyseus client).

export * from './class-teacher-store';

let live: ClassConnection | null = null;

/** The teacher's open connection, if any. */
export const liveClass = (): ClassConnection | null => live;

/** Creates a class game on this page's server; keeps the token. */
export async function createClassGame(setup: ClassSetup): Promise<ClassConnection> {
  await dropLiveClass();
  const c = await ClassConnection.create(classServerUrl(), setup);
  live = c;
  if (c.you) keepTeacherToken(c.code, c.you.token);
  return c;
}

/** Rejoins a class game with the kept token (a reloaded projector). */
export async function rejoinClassGame(code: string): Promise<ClassConnection> {
  if (live && live.code === code) return live;
  const token = teacherToken(code);
  if (!token) throw new ClassJoinError('bad-token');
  await dropLiveClass();
  try {
    live = await ClassConnection.join(classServerUrl(), code, { token });
  } catch (e) {
    // The server no longer has the game, or no longer knows this token: nothing to go back to.
    if (e instanceof ClassJoinError && (e.code === 'unknown-code' || e.code === 'bad-token')) forgetClassGame(code);
    throw e;
  }
  return live;
}

/** Leaves the open class game (it goes on without the dashboard; the token stays for a rejoin). */
export async function dropLiveClass(): Promise<void> {
  const c = live;
  live = null;
  if (c) await c.leave();
}

/** Why a create or rejoin failed, as the refusal code the screens word. */
export const failureCode = (e: unknown): ServerRefusal | 'unreachable' => (e instanceof ClassJoinError ? e.code : 'unreachable');

/** The file name of a class game's replay. */
export const replayFileName = (code: string): string => `class-${code}.replay.json`;
