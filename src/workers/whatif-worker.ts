/// <reference lib="webworker" />
// A Web Worker of the browser's what-if batch: plays the games of each chunk
// it is given with the same engine code as the command line, and posts the
// chunk's distribution back. It is an entry point, so it reads the scenario
// registry itself and loads the scenario named in each request.
import { scenarioLoaders } from '../scenarios';
import { addGame, type BatchSpec, emptyDistribution, playSummary } from '../sim/batch';
import type { Scenario } from '../sim/types';

export interface ChunkRequest {
  chunk: number;
  spec: BatchSpec;
}

/** Plays a few games of a scenario and throws them away, so the engine is compiled before a run needs it. */
export interface WarmUpRequest {
  warmUp: number;
  scenarioId: string;
}

export type WorkerRequest = ChunkRequest | WarmUpRequest;

/** What a worker answers: a chunk's distribution, or an error code (words are the page's business). */
export type WorkerReply = { chunk: number; dist: ReturnType<typeof emptyDistribution> } | { chunk: number; error: 'unknown-scenario' };

const loading = new Map<string, Promise<Scenario | null>>();

/** The scenario of that id (loaded once), or null when the registry has none. */
function scenarioOf(id: string): Promise<Scenario | null> {
  let p = loading.get(id);
  if (!p) {
    const load = Object.hasOwn(scenarioLoaders, id) ? scenarioLoaders[id] : undefined;
    p = load ? load() : Promise.resolve(null);
    loading.set(id, p);
  }
  return p;
}

async function warmUp(games: number, scenarioId: string): Promise<void> {
  const scenario = await scenarioOf(scenarioId);
  if (!scenario) return;
  const spec: BatchSpec = {
    scenarioId: scenario.id,
    seedPrefix: 'warm-up',
    from: 0,
    to: games,
    difficulty: 'normal',
    role: null,
    policy: null,
  };
  for (let i = 0; i < games; i++) playSummary(scenario, spec, i);
}

async function playChunk({ chunk, spec }: ChunkRequest): Promise<WorkerReply> {
  const scenario = await scenarioOf(spec.scenarioId);
  if (!scenario) return { chunk, error: 'unknown-scenario' };
  const dist = emptyDistribution(scenario);
  for (let i = spec.from; i < spec.to; i++) addGame(dist, playSummary(scenario, spec, i));
  return { chunk, dist };
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const request = e.data;
  if ('warmUp' in request) {
    void warmUp(request.warmUp, request.scenarioId);
    return;
  }
  void playChunk(request).then((reply) => self.postMessage(reply));
};
