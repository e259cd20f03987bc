// Starts the real class server (npm run serve's entry, without building) in
// its own process on a free loopback port, with a data folder of the test's
// own, and stops it again. A restart keeps the folder (and may keep the port).
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  url: string;
  port: number;
  log(): string;
  stop(): Promise<void>;
  /** Kills the process without a word (SIGKILL), as a crash would. */
  kill(): Promise<void>;
}

/** `env` adds settings (REDIS_URL for a process sharing games through Redis). */
export function startServer(dataDir: string, port = 0, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--no-build'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += String(d);
  });
  child.stderr?.on('data', (d) => {
    out += String(d);
  });
  const ended = (signal: NodeJS.Signals) =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill(signal);
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 30 s:\n${out}`)), 30_000);
    const check = () => {
      const m = /class server: (http:\/\/127\.0\.0\.1:(\d+))\//.exec(out);
      if (!m?.[1] || !m[2]) return;
      clearTimeout(timer);
      child.stdout?.off('data', check);
      resolve({
        url: m[1],
        port: Number(m[2]),
        log: () => out,
        stop: () => ended('SIGTERM'),
        kill: () => ended('SIGKILL'),
      });
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it started:\n${out}`));
    });
  });
}
