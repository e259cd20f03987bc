import type { PlaySession } from './play';

// The game being played in this page: the Game, Resolution and Debrief
// scenes share it (a saved game can be put here to continue it). A module of
// its own, so the crash screen can describe the game without loading the engine.

let active: PlaySession | null = null;

/** The session the game scenes show, or null before a game starts. */
export function activeSession(): PlaySession | null {
  return active;
}

/** Makes `session` the one the game scenes show (the previous one is disposed). */
export function setActiveSession(session: PlaySession | null): void {
  if (active && active !== session) active.dispose();
  active = session;
}
