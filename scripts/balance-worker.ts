// One worker of `npm run balance`: measures one role and posts the result.
import { parentPort, workerData } from 'node:worker_threads';
import { north2023 as scenario } from '../src/scenarios/north-2023';
import { measureRole, type SearchOptions } from './balance-core';

const { role, games, search } = workerData as { role: string; games: number; search: SearchOptions };
parentPort?.postMessage(measureRole(scenario, role, games, search));
