// The numbers of the class debrief, computed from verified replay files:
// outcomes, peak rungs, the first clash, casualties, every actor's score,
// and where games with the same seed split. Plain data (no Phaser), so the
// scene, the CSV, the printed report and the tests all read the same thing.

import { type ClassEntry, readClassFiles, type SplitPoint, splitPoints } from '../sim/replay-tools';
import { scoreGame } from '../sim/scoring';
import {
  type ActorId,
  type CasualtyGroup,
  FULL_LENGTH,
  type GameState,
  type Outcome,
  type Scenario,
  type ScenarioLookup,
} from '../sim/types';
import { actionName, actorName } from '../text/describe';
import type { Messages } from '../text/messages';
import type { LoadedFile } from './files';

export type OutcomeKey = Outcome | 'unfinished';
export const OUTCOME_KEYS: readonly OutcomeKey[] = ['settlement', 'last-turn', 'war', 'stopped', 'unfinished'];

/** The outcomes a class's charts list: the three endings always, games stopped early or unfinished only when there are some. */
export const shownOutcomes = (outcomes: Readonly<Record<OutcomeKey, number>>): OutcomeKey[] =>
  OUTCOME_KEYS.filter((k) => (k !== 'unfinished' && k !== 'stopped') || outcomes[k] > 0);

/** How a game ended, in words ("Settlement", "Not finished"…). */
export const outcomeLabel = (m: Messages, k: OutcomeKey): string => m.t(`class.outcome.${k}`);

export interface GameRow {
  name: string;
  /** The team or student name the replay carries, or null. */
  team: string | null;
  /** The game's length ("full", "lesson"…), or null when the file could not be read. */
  length: string | null;
  verified: boolean;
  seed: string | null;
  difficulty: string | null;
  roles: ActorId[];
  outcome: OutcomeKey | null;
  turns: number | null;
  peakRung: number | null;
  finalRung: number | null;
  firstClashTurn: number | null;
  /** Injured per casualty group of the scenario. */
  injured: Record<CasualtyGroup, number> | null;
  killed: number | null;
  scores: Record<ActorId, number> | null;
  problem: string | null;
}

export interface SplitGroup {
  seed: string;
  difficulty: string;
  /** The roles played by people in these games (the same in every game of the group). */
  roles: ActorId[];
  games: number;
  points: SplitPoint[];
}

export interface ClassSummary {
  files: number;
  games: number;
  rows: GameRow[];
  rejected: { name: string; problem: string }[];
  outcomes: Record<OutcomeKey, number>;
  /** Index = rung (0..top). */
  peakRung: number[];
  /** Index = turn of the first clash; [0] = games without any. */
  firstClash: number[];
  firstClashStats: { median: number | null; earliest: number | null; latest: number | null; none: number };
  /** Injured per casualty group, summed over the verified games, and the killed of all groups. */
  casualties: { injured: Record<CasualtyGroup, number>; killed: number };
  scoreMean: Record<ActorId, number>;
  /** Index = score decile 0..10 (100 in the last bin). */
  scoreHist: Record<ActorId, number[]>;
  splits: SplitGroup[];
}

/** Verifies the files (rejecting unreadable ones with their reason). */
export function readLoadedFiles(files: readonly LoadedFile[], scenarios: ScenarioLookup): ClassEntry[] {
  const out: ClassEntry[] = [];
  for (const f of files) {
    if (f.problem) out.push({ name: f.name, ok: false, problem: f.problem, replay: null, state: null });
    else out.push(...readClassFiles([{ name: f.name, text: f.text }], scenarios));
  }
  return out;
}

function rowOf(e: ClassEntry, scenarios: ScenarioLookup): GameRow {
  const s = e.ok ? e.state : null;
  const scenario = s ? scenarios(s.scenario.id) : undefined;
  let scores: Record<ActorId, number> | null = null;
  let injured: Record<CasualtyGroup, number> | null = null;
  let killed: number | null = null;
  if (s && scenario) {
    scores = {};
    for (const sc of scoreGame(s, scenario)) scores[sc.actor] = sc.score;
    injured = {};
    killed = 0;
    for (const g of scenario.casualtyGroups) {
      injured[g] = s.casualties[g]?.injured ?? 0;
      killed += s.casualties[g]?.killed ?? 0;
    }
  }
  return {
    name: e.name,
    team: e.replay?.team ?? null,
    length: e.replay ? (e.replay.length ?? FULL_LENGTH) : null,
    verified: e.ok,
    seed: e.replay?.seed ?? null,
    difficulty: e.replay?.difficulty ?? null,
    roles: (e.replay?.roles ?? []) as ActorId[],
    outcome: s ? (s.outcome ?? 'unfinished') : null,
    turns: s ? s.turn : null,
    peakRung: s ? s.peakRung : null,
    finalRung: s ? s.rung : null,
    firstClashTurn: s ? s.firstClashTurn : null,
    injured,
    killed,
    scores,
    problem: e.problem,
  };
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] ?? null) : ((v[mid - 1] ?? 0) + (v[mid] ?? 0)) / 2;
}

/**
 * The class's numbers. `scenario` is the crisis the class played: its actors,
 * casualty groups, ladder and turns size the charts; `scenarios` finds the
 * scenario of each file to score it.
 */
export function summarizeClass(entries: readonly ClassEntry[], scenario: Scenario, scenarios: ScenarioLookup): ClassSummary {
  const rungs = scenario.ladder.top + 1;
  const turns = scenario.lastTurn;
  const actors = scenario.actorIds;
  const rows = entries.map((e) => rowOf(e, scenarios));
  const ok = rows.filter((r) => r.verified);
  const outcomes = Object.fromEntries(OUTCOME_KEYS.map((k) => [k, 0])) as Record<OutcomeKey, number>;
  const peakRung = Array.from({ length: rungs }, () => 0);
  const firstClash = Array.from({ length: turns + 1 }, () => 0);
  const injured: Record<CasualtyGroup, number> = Object.fromEntries(scenario.casualtyGroups.map((g) => [g, 0]));
  let killed = 0;
  const scoreSum: Record<ActorId, number> = Object.fromEntries(actors.map((a) => [a, 0]));
  const scoreHist: Record<ActorId, number[]> = Object.fromEntries(actors.map((a) => [a, Array.from({ length: 11 }, () => 0)]));
  const clashTurns: number[] = [];
  for (const r of ok) {
    if (r.outcome) outcomes[r.outcome]++;
    if (r.peakRung !== null) peakRung[r.peakRung] = (peakRung[r.peakRung] ?? 0) + 1;
    const c = r.firstClashTurn ?? 0;
    firstClash[c] = (firstClash[c] ?? 0) + 1;
    if (r.firstClashTurn !== null) clashTurns.push(r.firstClashTurn);
    for (const g of scenario.casualtyGroups) injured[g] = (injured[g] ?? 0) + (r.injured?.[g] ?? 0);
    killed += r.killed ?? 0;
    for (const a of actors) {
      const v = r.scores?.[a] ?? 0;
      scoreSum[a] = (scoreSum[a] ?? 0) + v;
      const h = scoreHist[a] ?? Array.from({ length: 11 }, () => 0);
      scoreHist[a] = h;
      const bin = Math.min(10, Math.floor(v / 10));
      h[bin] = (h[bin] ?? 0) + 1;
    }
  }
  const scoreMean: Record<ActorId, number> = Object.fromEntries(actors.map((a) => [a, ok.length ? (scoreSum[a] ?? 0) / ok.length : 0]));

  // Split points only compare games that started alike: same scenario, seed, difficulty and roles.
  const groups = new Map<string, ClassEntry[]>();
  for (const e of entries) {
    if (!e.ok || !e.replay) continue;
    const key = JSON.stringify([e.replay.scenario.id, e.replay.seed, e.replay.difficulty, [...e.replay.roles].sort()]);
    const list = groups.get(key) ?? [];
    list.push(e);
    groups.set(key, list);
  }
  const splits: SplitGroup[] = [];
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const first = list[0]?.replay;
    if (!first) continue;
    const points = splitPoints(list, actors);
    splits.push({ seed: first.seed, difficulty: first.difficulty, roles: [...first.roles] as ActorId[], games: list.length, points });
  }
  splits.sort((a, b) => b.games - a.games || a.seed.localeCompare(b.seed));

  return {
    files: entries.length,
    games: ok.length,
    rows,
    rejected: rows.filter((r) => !r.verified).map((r) => ({ name: r.name, problem: r.problem ?? '' })),
    outcomes,
    peakRung,
    firstClash,
    firstClashStats: {
      median: median(clashTurns),
      earliest: clashTurns.length ? Math.min(...clashTurns) : null,
      latest: clashTurns.length ? Math.max(...clashTurns) : null,
      none: firstClash[0] ?? 0,
    },
    casualties: { injured, killed },
    scoreMean,
    scoreHist,
    splits,
  };
}

/** "Turn 3 · KFOR" and "Patrol the roads ×2 · Hold ×1". */
export function splitText(m: Messages, p: SplitPoint): { head: string; choices: string } {
  const choices = Object.entries(p.choices)
    .map(([action, count]) => m.t('class.split.choice', { action: actionName(m, action), count }))
    .join(m.t('class.list.separator'));
  return { head: m.t('class.split.head', { turn: p.turn, actor: actorName(m, p.actor) }), choices };
}

/** Mean to one decimal, as text in the reader's language. */
export const mean1 = (m: Messages, total: number, n: number): string =>
  n ? m.t('class.mean', { mean: total / n }) : m.t('class.mean.none');

/** Final states of the verified games, with their file names. */
export function verifiedGames(entries: readonly ClassEntry[]): { name: string; state: GameState }[] {
  return entries
    .filter((e): e is ClassEntry & { state: GameState } => e.ok && e.state !== null)
    .map((e) => ({ name: e.name, state: e.state }));
}

/** "Seed ZVECAN-4821 · normal · KFOR played by the students · 20 games". */
export function splitGroupTitle(m: Messages, g: SplitGroup): string {
  const roles = g.roles.map((a) => actorName(m, a)).join(m.t('class.roles.joiner'));
  return m.t('class.split.group', {
    seed: g.seed,
    difficulty: m.t('class.difficulty', { difficulty: g.difficulty }),
    roles,
    humans: g.roles.length,
    games: g.games,
  });
}
