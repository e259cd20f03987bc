/// <reference lib="webworker" />
// A Web Worker of the browser's what-if batch: plays the games of each chunk
// it is given with the same engine code as the command line, and posts the
// chunk's distribution back.
import { findScenario } from '../scenarios';
import { addGame, emptyDistribution, playSummary, type BatchSpec } from '../sim/batch';

export interface ChunkRequest {
  chunk: number;
  spec: BatchSpec;
}

self.onmessage = (e: MessageEvent<ChunkRequest>) => {
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
