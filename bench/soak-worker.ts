import { parentPort, workerData } from 'node:worker_threads';
import { north2023 as scenario } from '../src/scenarios/north-2023';
import { restoreGame } from '../src/sim/game';
import { stateHash } from '../src/sim/hash';
import { humanDecisions, makeReplay, parseReplay, replayToText, verifyReplay } from '../src/sim/replay';
import { rngFromSeed } from '../src/sim/rng';
import { parseSave, saveToText } from '../src/sim/save';
import { simulate } from '../src/sim/simulate';
import { checkStateFits } from '../src/sim/state-check';
import { type ActorId, DIFFICULTIES, type GameState, type ScenarioLookup } from '../src/sim/types';
import { mutateText, stateProblems, stepProblems } from '../tests/support/invariants';

// One soak worker: games [from, to) with random roles and random legal
// choices; every turn checked; every game's replay verified; every 10th game
// saved mid-way, reloaded and finished; mutated replays and saves thrown at the loaders.
const { from, to } = workerData as { from: number; to: number };
const lookup: ScenarioLookup = (id) => (id === scenario.id ? scenario : undefined);
const counts = {
  games: 0,
  turns: 0,
  replaysVerified: 0,
  savesResumed: 0,
  mutatedReplays: 0,
  mutatedSaves: 0,
  rejected: 0,
  problems: [] as string[],
};

for (let i = from; i < to; i++) {
  const seed = `soak-${i}`;
  const r = rngFromSeed(`soak-plan-${i}`);
  const humans = scenario.actorIds.filter(() => r.below(4) === 0);
  const choose = (game: { options(a: ActorId): { available: boolean; def: { id: string } }[] }, actor: ActorId) => {
    const possible = game.options(actor).filter((o) => o.available);
    return possible[r.below(possible.length)]?.def.id ?? `${actor}.hold`;
  };
  let prev: GameState | null = null;
  let mid: string | null = null;
  const run = simulate(scenario, {
    seed,
    difficulty: DIFFICULTIES[i % 3],
    humans,
    policies: Object.fromEntries(humans.map((a) => [a, choose])),
    onTurn: (s) => {
      counts.turns++;
      const p = [...stateProblems(s, scenario), ...(prev ? stepProblems(prev, s, scenario) : [])];
      if (p.length) counts.problems.push(`${seed} turn ${s.turn}: ${p.join('; ')}`);
      prev = structuredClone(s) as GameState;
      if (i % 10 === 0 && s.turn === 8 && s.phase !== 'over') mid = saveToText(s, 'soak', 'x');
    },
  });
  if (!run.ok) {
    counts.problems.push(`${seed}: ${run.error}`);
    continue;
  }
  counts.games++;
  const state = run.value.game.state;
  const code = stateHash(state);
  const text = replayToText(makeReplay(state, humanDecisions(state)));
  const parsed = parseReplay(text);
  const verified = parsed.ok ? verifyReplay(parsed.value, lookup) : parsed;
  if (verified.ok) counts.replaysVerified++;
  else counts.problems.push(`${seed}: replay did not verify: ${verified.error}`);
  if (mid) {
    // Continue from the save made at the end of turn 8 with the same decisions.
    const loaded = parseSave(mid, lookup);
    if (!loaded.ok) counts.problems.push(`${seed}: own save unreadable: ${loaded.error}`);
    else {
      const g = restoreGame(scenario, loaded.value.state);
      const rest = humanDecisions(state).filter((d) => d.turn > 8);
      let k = 0;
      for (g.advance(); !g.isOver(); g.advance()) for (const a of [...g.awaiting()]) g.submit(a, rest[k++]?.action ?? `${a}.hold`);
      if (stateHash(g.state) === code) counts.savesResumed++;
      else counts.problems.push(`${seed}: save → load → continue gave a different code`);
      g.dispose();
    }
  }
  run.value.game.dispose();
  // Three damaged copies of the replay and of a save.
  const save = saveToText(state, 'soak', 'x');
  for (let m = 0; m < 3; m++) {
    const ops = Array.from({ length: 3 * (1 + r.below(6)) }, () => r.below(1 << 30));
    try {
      const p = parseReplay(mutateText(text, ops));
      counts.mutatedReplays++;
      if (!p.ok || !verifyReplay(p.value, lookup).ok) counts.rejected++;
      const s = parseSave(mutateText(save, ops), lookup);
      counts.mutatedSaves++;
      if (s.ok && checkStateFits(scenario, s.value.state).ok) restoreGame(scenario, s.value.state).dispose();
      else counts.rejected++;
    } catch (e) {
      counts.problems.push(`${seed}: a loader crashed on a damaged file: ${(e as Error).message}`);
    }
  }
}
parentPort?.postMessage(counts);
