// Worker threads do not inherit tsx's loader on Node 20: register it, then run
// the TypeScript entry named in workerData.entry (a file URL).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
