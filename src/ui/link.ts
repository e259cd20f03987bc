// Start links: ?scenario=north-2023&seed=ZVECAN-4821&role=kfor[&difficulty=hard][&speed=fast][&length=lesson]
// skip the menus. length names one of the scenario's lengths (default: the full game). role=none watches an all-AI game; role=serbia,kosovo,kfor
// (two or more of the scenario's actors, any of them) starts a hot-seat game.
// A bad link is explained (a message the screen shows), never half-started.

import { z } from 'zod';
import { lengthIds } from '../sim/lengths';
import { type ActorId, DIFFICULTIES, FULL_LENGTH, type MessageRef, type Scenario } from '../sim/types';
import { defaultScenarioId, scenarioById } from './scenario-source';
import { type GameSetup, MIN_PLAYERS, maxPlayers, orderPlayers, playableActors, type ScenarioId, SEED_MAX_LENGTH } from './session';

export type WatchSpeed = 'normal' | 'fast';

export interface StartLink {
  setup: GameSetup;
  speed: WatchSpeed;
}

/** A start link read, or why it cannot be followed (a message to show). */
export type StartLinkResult = { ok: true; value: StartLink } | { ok: false; error: MessageRef };

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

const ref = (key: string, params?: MessageRef['params']): MessageRef => (params ? { key, params } : { key });

/** Reports a problem as a zod issue carrying its message (read back in parseStartLink). */
const report = (ctx: z.RefinementCtx, problem: MessageRef) => ctx.addIssue({ code: 'custom', message: problem.key, params: { problem } });

// The link's fields, each checked against the scenario it names.
function linkSchema(scenario: Scenario | undefined) {
  const actorIds: readonly string[] = scenario?.actorIds ?? [];
  const playable: readonly string[] = scenario ? playableActors(scenario) : [];
  const most = scenario ? maxPlayers(scenario) : MIN_PLAYERS;
  const lengths: readonly string[] = scenario ? lengthIds(scenario) : [FULL_LENGTH];
  return z.object({
    scenario: z.string().superRefine((id, ctx) => {
      if (id.length > 100 || !scenario) report(ctx, ref('link.problem.unknown-scenario', { scenario: clip(id, 60) }));
    }),
    seed: z
      .string()
      .trim()
      .superRefine((seed, ctx) => {
        if (seed.length === 0) report(ctx, ref('link.problem.no-seed'));
        else if (seed.length > SEED_MAX_LENGTH)
          report(ctx, ref('link.problem.seed-too-long', { length: seed.length, max: SEED_MAX_LENGTH }));
      }),
    role: z
      .string()
      .default('none')
      .transform((r) => r.toLowerCase())
      .superRefine((r, ctx) => {
        if (!(r.includes(',') || r === 'none' || r === 'watch' || playable.includes(r)))
          report(ctx, ref('link.problem.not-playable', { role: clip(r, 40), playable: playable.join(', ') }));
      })
      // Several roles, comma-separated: a hot-seat game.
      .transform((r) => (r.includes(',') ? r.split(',').map((p) => p.trim()) : r))
      .superRefine((r, ctx) => {
        if (typeof r === 'string') return;
        const unknown = r.find((p) => !actorIds.includes(p));
        if (unknown === '') report(ctx, ref('link.problem.empty-role'));
        else if (unknown !== undefined)
          report(ctx, ref('link.problem.unknown-actor', { actor: clip(unknown, 40), actors: actorIds.join(', ') }));
        else if (new Set(r).size !== r.length) report(ctx, ref('link.problem.role-twice'));
        else if (r.length < MIN_PLAYERS || r.length > most)
          report(ctx, ref('link.problem.player-count', { min: MIN_PLAYERS, max: most, count: r.length }));
      }),
    difficulty: z
      .string()
      .default('normal')
      .superRefine((d, ctx) => {
        if (!(DIFFICULTIES as readonly string[]).includes(d))
          report(ctx, ref('link.problem.unknown-difficulty', { difficulty: clip(d, 20) }));
      }),
    length: z
      .string()
      .default(FULL_LENGTH)
      .superRefine((l, ctx) => {
        if (!lengths.includes(l)) report(ctx, ref('link.problem.unknown-length', { length: clip(l, 40), lengths: lengths.join(', ') }));
      }),
    speed: z
      .string()
      .default('normal')
      .superRefine((s, ctx) => {
        if (s !== 'normal' && s !== 'fast') report(ctx, ref('link.problem.unknown-speed', { speed: clip(s, 20) }));
      }),
  });
}

/** The message a zod issue carries (see `report`), or a general one. */
function problemOf(issue: z.core.$ZodIssue | undefined): MessageRef {
  const problem = issue?.code === 'custom' ? (issue.params as { problem?: MessageRef } | undefined)?.problem : undefined;
  if (problem) return problem;
  return ref(issue?.path[0] === 'seed' ? 'link.problem.no-seed' : 'link.problem.unreadable');
}

/** Parses a location.search; null when the link asks for nothing (plain page). */
export function parseStartLink(search: string): StartLinkResult | null {
  const p = new URLSearchParams(search);
  if (!p.has('scenario') && !p.has('seed') && !p.has('role')) return null;
  const fields: Record<string, string> = { scenario: defaultScenarioId() };
  for (const key of ['scenario', 'seed', 'role', 'difficulty', 'speed', 'length']) {
    const v = p.get(key);
    if (v !== null) fields[key] = v;
  }
  const scenario = scenarioById(fields.scenario ?? '');
  const r = linkSchema(scenario).safeParse(fields);
  if (!r.success || !scenario) return { ok: false, error: problemOf(r.error?.issues[0]) };
  const { seed, role, speed } = r.data;
  const difficulty = r.data.difficulty as GameSetup['difficulty'];
  const scenarioId: ScenarioId = scenario.id;
  const pace: WatchSpeed = speed === 'fast' ? 'fast' : 'normal';
  const length = r.data.length === FULL_LENGTH ? {} : { length: r.data.length };
  if (Array.isArray(role)) {
    const players = orderPlayers(scenario, role);
    const first = players[0] as ActorId;
    return { ok: true, value: { setup: { scenarioId, role: first, seed, difficulty, players, ...length }, speed: pace } };
  }
  const setupRole: GameSetup['role'] = role === 'none' || role === 'watch' ? 'watch' : role;
  return { ok: true, value: { setup: { scenarioId, role: setupRole, seed, difficulty, ...length }, speed: pace } };
}

/** The start link for a setup, relative to the page. */
export function startLinkFor(setup: GameSetup, base: string): string {
  const role = setup.players ? setup.players.join(',') : setup.role === 'watch' ? 'none' : setup.role;
  const p = new URLSearchParams({ scenario: setup.scenarioId, seed: setup.seed, role });
  if (setup.difficulty !== 'normal') p.set('difficulty', setup.difficulty);
  if (setup.length !== undefined && setup.length !== FULL_LENGTH) p.set('length', setup.length);
  return `${base}?${p.toString()}`;
}
