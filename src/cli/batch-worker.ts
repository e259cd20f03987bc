import { parentPort, workerData } from 'node:worker_threads';
import { scenarioLoaders } from '../scenarios';
import { addGame, type BatchSpec, emptyDistribution, type GameSummary, playSummary } from '../sim/batch';

// One worker thread of a batch: plays games [from, to) and sends back the
// distribution (and the rows, when CSV/JSON output wants them).
const { spec, rows } = workerData as { spec: BatchSpec; rows: boolean };
const load = scenarioLoaders[spec.scenarioId];
if (!load) throw new Error(`unknown scenario ${spec.scenarioId}`);
const scenario = await load();
const dist = emptyDistribution(scenario);
const out: GameSummary[] = [];
for (let i = spec.from; i < spec.to; i++) {
  const g = playSummary(scenario, spec, i);
  addGame(dist, g);
  if (rows) out.push(g);
}
parentPort?.postMessage({ dist, rows: out });
