/// <reference lib="webworker" />
// A Web Worker of the browser's what-if batch: plays the games of each chunk
// it is given with the same engine code as the command line, and posts the
// chunk's distribution back.
import { findScenario } from '../scenarios';
import { addGame, type BatchSpec, emptyDistribution, playSummary } from '../sim/batch';

export interface ChunkRequest {
  chunk: number;
  spec: BatchSpec;
}

/** Plays a few games and throws them away, so the engine is compiled before a run needs it. */
export interface WarmUpRequest {
  warmUp: number;
}

export type WorkerRequest = ChunkRequest | WarmUpRequest;

function warmUp(games: number): void {
  const scenario = findScenario('north-2023');
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

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  if ('warmUp' in e.data) {
    warmUp(e.data.warmUp);
    return;
  }
  const { chunk, spec } = e.data;
  const scenario = findScenario(spec.scenarioId);
  if (!scenario) {
    self.postMessage({ chunk, error: `unknown scenario ${spec.scenarioId}` });
    return;
  }
  const dist = emptyDistribution(scenario.ladder.length, scenario.lastTurn);
  for (let i = spec.from; i < spec.to; i++) addGame(dist, playSummary(scenario, spec, i));
  self.postMessage({ chunk, dist });
};
