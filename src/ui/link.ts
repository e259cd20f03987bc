// Start links: ?scenario=north-2023&seed=ZVECAN-4821&role=kfor[&difficulty=hard][&speed=fast]
// skip the menus. role=none watches an all-AI game. A bad link is explained,
// never half-started.

import { findScenario } from '../scenarios';
import { ACTOR_IDS, DIFFICULTIES, type ActorId, type Difficulty, type Result } from '../sim/types';
import { PLAYABLE_ACTORS, SEED_MAX_LENGTH, type GameSetup, type ScenarioId } from './session';

export type WatchSpeed = 'normal' | 'fast';

export interface StartLink {
  setup: GameSetup;
  speed: WatchSpeed;
}

/** Parses a location.search; null when the link asks for nothing (plain page). */
export function parseStartLink(search: string): Result<StartLink> | null {
  const p = new URLSearchParams(search);
  if (!p.has('scenario') && !p.has('seed') && !p.has('role')) return null;
  const scenarioId = p.get('scenario') ?? 'north-2023';
  if (scenarioId.length > 100 || !findScenario(scenarioId)) return { ok: false, error: `The link names an unknown scenario: “${scenarioId.slice(0, 60)}”.` };
  const seed = (p.get('seed') ?? '').trim();
  if (!seed) return { ok: false, error: 'The link has no seed code.' };
  if (seed.length > SEED_MAX_LENGTH) return { ok: false, error: `The seed code in the link is too long (${seed.length} characters; at most ${SEED_MAX_LENGTH}).` };
  const roleText = (p.get('role') ?? 'none').toLowerCase();
  let role: GameSetup['role'];
  if (roleText === 'none' || roleText === 'watch') role = 'watch';
  else if ((ACTOR_IDS as readonly string[]).includes(roleText) && PLAYABLE_ACTORS.includes(roleText as ActorId)) role = roleText as ActorId;
  else return { ok: false, error: `The link names a role that cannot be played: “${roleText.slice(0, 40)}”. Playable: ${PLAYABLE_ACTORS.join(', ')}, or none to watch.` };
  const difficulty = (p.get('difficulty') ?? 'normal') as Difficulty;
  if (!DIFFICULTIES.includes(difficulty)) return { ok: false, error: `The link names an unknown difficulty: “${difficulty.slice(0, 20)}”.` };
  const speedText = p.get('speed') ?? 'normal';
  if (speedText !== 'normal' && speedText !== 'fast') return { ok: false, error: `The link names an unknown speed: “${speedText.slice(0, 20)}” (normal or fast).` };
  return { ok: true, value: { setup: { scenarioId: scenarioId as ScenarioId, role, seed, difficulty }, speed: speedText } };
}

/** The start link for a setup, relative to the page. */
export function startLinkFor(setup: GameSetup, base: string): string {
  const p = new URLSearchParams({ scenario: setup.scenarioId, seed: setup.seed, role: setup.role === 'watch' ? 'none' : setup.role });
  if (setup.difficulty !== 'normal') p.set('difficulty', setup.difficulty);
  return `${base}?${p.toString()}`;
}
