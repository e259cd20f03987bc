// The numbers of the class debrief, computed from verified replay files:
// outcomes, peak rungs, the first clash, casualties, every actor's score,
// and where games with the same seed split. Plain data (no Phaser), so the
// scene, the CSV, the printed report and the tests all read the same thing.

import { findScenario } from '../scenarios';
import { actionName, actorName } from '../sim/describe';
import { type ClassEntry, readClassFiles, type SplitPoint, splitPoints } from '../sim/replay-tools';
import { scoreGame } from '../sim/scoring';
import { ACTOR_IDS, type ActorId, type GameState, type Outcome } from '../sim/types';
import type { LoadedFile } from './files';

export type OutcomeKey = Outcome | 'unfinished';
export const OUTCOME_KEYS: readonly OutcomeKey[] = ['settlement', 'last-turn', 'war', 'unfinished'];
export const OUTCOME_LABEL: Record<OutcomeKey, string> = {
  settlement: 'Settlement',
  'last-turn': 'Unresolved at the end',
  war: 'War',
  unfinished: 'Not finished',
};

export interface GameRow {
  name: string;
  verified: boolean;
  seed: string | null;
  difficulty: string | null;
  roles: ActorId[];
  outcome: OutcomeKey | null;
  turns: number | null;
  peakRung: number | null;
  finalRung: number | null;
  firstClashTurn: number | null;
  injured: { kfor: number; police: number; civilians: number } | null;
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
  casualties: { kfor: number; police: number; civilians: number; killed: number };
  scoreMean: Record<ActorId, number>;
  /** Index = score decile 0..10 (100 in the last bin). */
  scoreHist: Record<ActorId, number[]>;
  splits: SplitGroup[];
  rungNames: string[];
}

/** Verifies the files (rejecting unreadable ones with their reason). */
export function readLoadedFiles(files: readonly LoadedFile[]): ClassEntry[] {
  const out: ClassEntry[] = [];
  for (const f of files) {
    if (f.problem) out.push({ name: f.name, ok: false, problem: f.problem, replay: null, state: null });
    else out.push(...readClassFiles([{ name: f.name, text: f.text }]));
  }
  return out;
}

function rowOf(e: ClassEntry): GameRow {
  const s = e.ok ? e.state : null;
  const scenario = s ? findScenario(s.scenario.id) : undefined;
  let scores: Record<ActorId, number> | null = null;
  if (s && scenario) {
    scores = {} as Record<ActorId, number>;
    for (const sc of scoreGame(s, scenario)) scores[sc.actor] = sc.score;
  }
  return {
    name: e.name,
    verified: e.ok,
    seed: e.replay?.seed ?? null,
    difficulty: e.replay?.difficulty ?? null,
    roles: (e.replay?.roles ?? []) as ActorId[],
    outcome: s ? (s.outcome ?? 'unfinished') : null,
    turns: s ? s.turn : null,
    peakRung: s ? s.peakRung : null,
    finalRung: s ? s.rung : null,
    firstClashTurn: s ? s.firstClashTurn : null,
    injured: s ? { kfor: s.casualties.kfor.injured, police: s.casualties.police.injured, civilians: s.casualties.civilians.injured } : null,
    killed: s ? s.casualties.kfor.killed + s.casualties.police.killed + s.casualties.civilians.killed : null,
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

export function summarizeClass(entries: readonly ClassEntry[]): ClassSummary {
  const scenario = findScenario('north-2023');
  const rungs = scenario?.ladder.length ?? 10;
  const turns = scenario?.lastTurn ?? 20;
  const rows = entries.map(rowOf);
  const ok = rows.filter((r) => r.verified);
  const outcomes = Object.fromEntries(OUTCOME_KEYS.map((k) => [k, 0])) as Record<OutcomeKey, number>;
  const peakRung = Array.from({ length: rungs }, () => 0);
  const firstClash = Array.from({ length: turns + 1 }, () => 0);
  const casualties = { kfor: 0, police: 0, civilians: 0, killed: 0 };
  const scoreSum = Object.fromEntries(ACTOR_IDS.map((a) => [a, 0])) as Record<ActorId, number>;
  const scoreHist = Object.fromEntries(ACTOR_IDS.map((a) => [a, Array.from({ length: 11 }, () => 0)])) as Record<ActorId, number[]>;
  const clashTurns: number[] = [];
  for (const r of ok) {
    if (r.outcome) outcomes[r.outcome]++;
    if (r.peakRung !== null) peakRung[r.peakRung] = (peakRung[r.peakRung] ?? 0) + 1;
    const c = r.firstClashTurn ?? 0;
    firstClash[c] = (firstClash[c] ?? 0) + 1;
    if (r.firstClashTurn !== null) clashTurns.push(r.firstClashTurn);
    if (r.injured) {
      casualties.kfor += r.injured.kfor;
      casualties.police += r.injured.police;
      casualties.civilians += r.injured.civilians;
    }
    casualties.killed += r.killed ?? 0;
    for (const a of ACTOR_IDS) {
      const v = r.scores?.[a] ?? 0;
      scoreSum[a] += v;
      const h = scoreHist[a];
      const bin = Math.min(10, Math.floor(v / 10));
      h[bin] = (h[bin] ?? 0) + 1;
    }
  }
  const scoreMean = Object.fromEntries(ACTOR_IDS.map((a) => [a, ok.length ? scoreSum[a] / ok.length : 0])) as Record<ActorId, number>;

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
    const points = splitPoints(list);
    splits.push({ seed: first.seed, difficulty: first.difficulty, roles: [...first.roles] as ActorId[], games: list.length, points });
  }
  splits.sort((a, b) => b.games - a.games || a.seed.localeCompare(b.seed));

  return {
    files: entries.length,
    games: ok.length,
    rows,
    rejected: rows.filter((r) => !r.verified).map((r) => ({ name: r.name, problem: r.problem ?? 'not verified' })),
    outcomes,
    peakRung,
    firstClash,
    firstClashStats: {
      median: median(clashTurns),
      earliest: clashTurns.length ? Math.min(...clashTurns) : null,
      latest: clashTurns.length ? Math.max(...clashTurns) : null,
      none: firstClash[0] ?? 0,
    },
    casualties,
    scoreMean,
    scoreHist,
    splits,
    rungNames: scenario?.ladder.map((r) => r.name) ?? [],
  };
}

/** "Turn 3 · KFOR: Patrol the roads ×2 · Hold ×1". */
export function splitText(p: SplitPoint): { head: string; choices: string } {
  const scenario = findScenario('north-2023');
  const who = scenario ? actorName(scenario, p.actor) : p.actor;
  const choices = Object.entries(p.choices)
    .map(([action, n]) => `${scenario ? actionName(scenario, action) : action} ×${n}`)
    .join(' · ');
  return { head: `Turn ${p.turn} · ${who}`, choices };
}

/** Mean to one decimal, as text. */
export const mean1 = (total: number, n: number): string => (n ? (total / n).toFixed(1) : '–');

/** Final states of the verified games, with their file names. */
export function verifiedGames(entries: readonly ClassEntry[]): { name: string; state: GameState }[] {
  return entries
    .filter((e): e is ClassEntry & { state: GameState } => e.ok && e.state !== null)
    .map((e) => ({ name: e.name, state: e.state }));
}

/** "Seed ZVECAN-4821 · normal · KFOR played by the students · 20 games". */
export function splitGroupTitle(g: SplitGroup): string {
  const scenario = findScenario('north-2023');
  const roles = g.roles.length
    ? `${g.roles.map((a) => (scenario ? actorName(scenario, a) : a)).join(' + ')} played by the students`
    : 'all played by the computer';
  return `Seed ${g.seed} · ${g.difficulty} · ${roles} · ${g.games} games`;
}
