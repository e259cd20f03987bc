// Saved games in the browser's storage: one slot per scenario, role, seed and
// difficulty, written after every turn. A save that cannot be read is listed
// with its problem and kept untouched (it can be downloaded), never deleted
// unless the player asks.

import { parseSave, type SaveFile, saveToText } from '../sim/save';
import { checkStateFits } from '../sim/state-check';
import type { Result } from '../sim/types';
import { messages } from './i18n';
import { PlaySession } from './play';
import { SAVE_KEY_PREFIX, saveKeys, saveStorage } from './save-store';
import { scenarioById } from './scenario-source';
import { type GameSetup, humanActors, playerNames, type Role, type ScenarioId } from './session';

export type SaveEntry = { key: string; ok: true; file: SaveFile } | { key: string; ok: false; problem: string; text: string };

/** The slot of a setup. A hot-seat game's slot names all its players ("serbia+kosovo+kfor"), so it never shares one with a single player's game. */
export function slotKey(setup: GameSetup): string {
  const branch = setup.branchOf ? `:branch-${setup.branchOf.replay}-${setup.branchOf.afterTurn}` : '';
  const who = setup.players ? setup.players.join('+') : setup.role;
  const length = setup.length ? `:length-${setup.length}` : '';
  return `${SAVE_KEY_PREFIX}${setup.scenarioId}:${who}:${setup.difficulty}${branch}${length}:${setup.seed}`;
}

/** Every save, readable ones first (newest first), then the ones with problems. */
export function listSaves(): SaveEntry[] {
  const st = saveStorage();
  if (!st) return [];
  const out: SaveEntry[] = [];
  for (const key of saveKeys(st)) {
    const text = st.getItem(key) ?? '';
    const r = parseSave(text, scenarioById);
    out.push(r.ok ? { key, ok: true, file: r.value } : { key, ok: false, problem: r.error, text });
  }
  return out.sort((a, b) =>
    a.ok && b.ok ? b.file.savedAt.localeCompare(a.file.savedAt) : a.ok ? -1 : b.ok ? 1 : a.key.localeCompare(b.key),
  );
}

/** Writes the session's slot. Fails (with a message in the reader's language) when storage is full or off; the game goes on. */
export function autosave(session: PlaySession): Result<void> {
  const st = saveStorage();
  if (!st) return { ok: false, error: session.messages.t('saves.problem.blocked') };
  try {
    const { setup } = session;
    st.setItem(slotKey(setup), saveToText(session.state, setup.role, new Date().toISOString(), setup.branchOf, setup.players, setup.team));
    return { ok: true, value: undefined };
  } catch (e) {
    const full = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
    return {
      ok: false,
      error: full ? session.messages.t('saves.problem.full') : session.messages.t('saves.problem.failed', { detail: (e as Error).message }),
    };
  }
}

export function deleteSave(key: string): void {
  saveStorage()?.removeItem(key);
}

/** The setup a save was made with. */
export function setupOf(file: SaveFile): GameSetup {
  const setup: GameSetup = {
    scenarioId: file.state.scenario.id as ScenarioId,
    role: file.role as Role,
    seed: file.state.seed,
    difficulty: file.difficulty,
  };
  if (file.branchOf) setup.branchOf = { ...file.branchOf };
  if (file.players) setup.players = [...file.players];
  if (file.state.length) setup.length = file.state.length;
  if (file.team) setup.team = file.team;
  return setup;
}

/** Continues a saved game exactly where it stopped; the error is a sentence in the reader's language. */
export function resumeSave(file: SaveFile): Result<PlaySession> {
  const scenario = scenarioById(file.state.scenario.id);
  if (!scenario) return { ok: false, error: messages().t('saves.problem.unknown-scenario', { scenario: file.state.scenario.id }) };
  const m = messages(scenario);
  const fits = checkStateFits(scenario, file.state);
  if (!fits.ok) return { ok: false, error: m.t('saves.problem.cannot-continue', { detail: fits.error }) };
  const setup = setupOf(file);
  const humans = humanActors(setup);
  if (humans.length !== file.state.humans.length || humans.some((a, i) => file.state.humans[i] !== a)) {
    const who = (actors: readonly string[]) => (actors.length ? playerNames(m, actors) : m.t('saves.nobody'));
    return { ok: false, error: m.t('saves.problem.players-differ', { players: who(humans), inside: who(file.state.humans) }) };
  }
  try {
    return { ok: true, value: new PlaySession(setup, file.state) };
  } catch (e) {
    return { ok: false, error: m.t('saves.problem.cannot-continue', { detail: (e as Error).message }) };
  }
}
