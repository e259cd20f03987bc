// Runs a what-if batch in Web Workers: the seed range is cut into small
// chunks handed out to the workers as they finish, so results stream in and
// a cancel takes effect at once. Distributions add up, so the total is the
// same whatever order the chunks finish in — and the same as the command line's.
import { type BatchSpec, type Distribution, emptyDistribution, mergeDistributions } from '../sim/batch';
import type { Scenario } from '../sim/types';
import type { WorkerReply, WorkerRequest } from '../workers/whatif-worker';

export const CHUNK = 100;

/** Games a new worker plays (and throws away) to compile the engine before a run needs it. */
const WARM_UP_GAMES = 200;

/**
 * Workers for a batch: one per core but one, which is left to the page (its
 * own thread and the browser's rendering), so the screen stays responsive;
 * on two cores one worker even finishes sooner than two fighting the renderer.
 */
export const defaultThreads = (cores = navigator.hardwareConcurrency || 2): number => Math.max(1, Math.min(8, cores - 1));

/** Why a run stopped: a code (put into words by the screen), with the browser's own message when it gave one. */
export interface WhatIfError {
  kind: 'worker-failed' | 'unknown-scenario';
  detail?: string;
}

export interface WhatIfProgress {
  dist: Distribution;
  done: number;
  total: number;
  finished: boolean;
  error: WhatIfError | null;
}

/**
 * Workers started before a run is asked for: loading and compiling the engine
 * in a new worker takes a few hundred milliseconds of CPU on every core (the
 * browser compiles in background threads), which would otherwise fall on the
 * first frames of the run. A run takes the idle workers; a finished run gives
 * them back; a cancelled or failed run's workers are stopped and replaced.
 */
export class WorkerPool {
  private idle: Worker[] = [];
  private disposed = false;

  /** Workers for batches of one scenario (their warm-up games are of it). */
  constructor(
    readonly scenarioId: string,
    readonly size = defaultThreads(),
  ) {
    this.refill();
  }

  /** All the idle workers (topped up to the pool's size first). */
  take(): Worker[] {
    this.refill();
    const taken = this.idle;
    this.idle = [];
    return taken;
  }

  giveBack(workers: Worker[]): void {
    if (this.disposed) workers.forEach((w) => w.terminate());
    else this.idle.push(...workers);
  }

  /** Stops workers in the middle of a chunk and starts fresh ones in their place. */
  replace(workers: Worker[]): void {
    workers.forEach((w) => w.terminate());
    this.refill();
  }

  dispose(): void {
    this.disposed = true;
    this.idle.forEach((w) => w.terminate());
    this.idle = [];
  }

  private refill(): void {
    while (!this.disposed && this.idle.length < this.size) {
      const w = new Worker(new URL('../workers/whatif-worker.ts', import.meta.url), { type: 'module' });
      const warmUp: WorkerRequest = { warmUp: WARM_UP_GAMES, scenarioId: this.scenarioId };
      w.postMessage(warmUp);
      this.idle.push(w);
    }
  }
}

export class WhatIfRun {
  private workers: Worker[] = [];
  private next = 0;
  private cancelled = false;
  readonly dist: Distribution;
  /** How many workers play this run. */
  readonly threads: number;

  constructor(
    scenario: Scenario,
    spec: BatchSpec,
    private readonly onProgress: (p: WhatIfProgress) => void,
    private readonly pool: WorkerPool = new WorkerPool(scenario.id),
  ) {
    this.dist = emptyDistribution(scenario);
    const total = spec.to - spec.from;
    const chunks = Math.ceil(total / CHUNK);
    let finished = 0;
    const give = (w: Worker) => {
      if (this.cancelled || this.next >= chunks) return;
      const c = this.next++;
      const from = spec.from + c * CHUNK;
      const msg: WorkerRequest = { chunk: c, spec: { ...spec, from, to: Math.min(spec.to, from + CHUNK) } };
      w.postMessage(msg);
    };
    this.workers = pool.take();
    this.threads = this.workers.length;
    for (const w of this.workers) {
      w.onmessage = (e: MessageEvent<WorkerReply>) => {
        if (this.cancelled) return;
        const reply = e.data;
        if (!('dist' in reply)) {
          this.stop(false);
          this.onProgress({ dist: this.dist, done: this.dist.games, total, finished: true, error: { kind: reply.error } });
          return;
        }
        mergeDistributions(this.dist, reply.dist);
        finished++;
        const done = finished === chunks;
        if (done) this.stop(true);
        else give(w);
        this.onProgress({ dist: this.dist, done: this.dist.games, total, finished: done, error: null });
      };
      w.onerror = (err) => {
        this.stop(false);
        const error: WhatIfError = err.message ? { kind: 'worker-failed', detail: err.message } : { kind: 'worker-failed' };
        this.onProgress({ dist: this.dist, done: this.dist.games, total, finished: true, error });
      };
      give(w);
    }
  }

  cancel(): void {
    this.cancelled = true;
    this.stop(false);
  }

  /** Idle workers go back to the pool; busy or broken ones are replaced. */
  private stop(idle: boolean): void {
    const workers = this.workers;
    this.workers = [];
    for (const w of workers) {
      w.onmessage = null;
      w.onerror = null;
    }
    if (idle) this.pool.giveBack(workers);
    else this.pool.replace(workers);
  }
}
