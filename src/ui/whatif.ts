// Runs a what-if batch in Web Workers: the seed range is cut into small
// chunks handed out to the workers as they finish, so results stream in and
// a cancel takes effect at once. Distributions add up, so the total is the
// same whatever order the chunks finish in — and the same as the command line's.
import { emptyDistribution, mergeDistributions, type BatchSpec, type Distribution } from '../sim/batch';
import type { ChunkRequest } from './whatif-worker';

export const CHUNK = 100;

export interface WhatIfProgress {
  dist: Distribution;
  done: number;
  total: number;
  finished: boolean;
  error: string | null;
}

export class WhatIfRun {
  private workers: Worker[] = [];
  private next = 0;
  private cancelled = false;
  readonly dist: Distribution;

  constructor(
    private readonly spec: BatchSpec,
    private readonly onProgress: (p: WhatIfProgress) => void,
    threads = Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2)),
  ) {
    this.dist = emptyDistribution();
    const total = spec.to - spec.from;
    const chunks = Math.ceil(total / CHUNK);
    let finished = 0;
    const give = (w: Worker) => {
      if (this.cancelled || this.next >= chunks) return;
      const c = this.next++;
      const from = spec.from + c * CHUNK;
      const msg: ChunkRequest = { chunk: c, spec: { ...spec, from, to: Math.min(spec.to, from + CHUNK) } };
      w.postMessage(msg);
    };
    for (let t = 0; t < Math.min(threads, chunks); t++) {
      const w = new Worker(new URL('./whatif-worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<{ chunk: number; dist?: Distribution; error?: string }>) => {
        if (this.cancelled) return;
        if (e.data.error || !e.data.dist) {
          this.stop();
          this.onProgress({ dist: this.dist, done: this.dist.games, total, finished: true, error: e.data.error ?? 'a worker failed' });
          return;
        }
        mergeDistributions(this.dist, e.data.dist);
        finished++;
        const done = finished === chunks;
        if (done) this.stop();
        else give(w);
        this.onProgress({ dist: this.dist, done: this.dist.games, total, finished: done, error: null });
      };
      w.onerror = (err) => {
        this.stop();
        this.onProgress({ dist: this.dist, done: this.dist.games, total, finished: true, error: err.message || 'a worker failed' });
      };
      this.workers.push(w);
      give(w);
    }
  }

  cancel(): void {
    this.cancelled = true;
    this.stop();
  }

  private stop(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
  }
}
