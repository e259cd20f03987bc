// Builds the game for production, serves dist/ with `vite preview` on a free
// loopback port and provides its URL to the e2e tests as inject('baseUrl').
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const viteBin = path.join(root, 'node_modules', '.bin', 'vite');
const HOST = '127.0.0.1';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early (code ${child.exitCode})`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
      lastError = new Error(`HTTP ${res.status}`);
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url}: ${String(lastError)}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Vitest sets NODE_ENV=test, which would change the bundle: build as production.
  const env = { ...process.env, NODE_ENV: 'production' };
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const build = spawnSync(viteBin, ['build', '--logLevel', 'warn'], { cwd: root, env, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`vite build failed (status ${build.status})`);
  }

  const port = await freePort();
  const child = spawn(viteBin, ['preview', '--host', HOST, '--port', String(port), '--strictPort'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));

  const baseUrl = `http://${HOST}:${port}/`;
  try {
    await waitForServer(baseUrl, child, 30_000);
  } catch (err) {
    child.kill('SIGTERM');
    throw new Error(`${String(err)}\n${output}`);
  }
  project.provide('baseUrl', baseUrl);

  return async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
}
