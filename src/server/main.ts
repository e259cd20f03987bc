import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scenarioLoaders } from '../scenarios';
import { startClassServer } from './serve';

// `npm run serve`: builds the game if it is missing or older than its
// sources, then serves it and the class game server on one port.
//   PORT (default 2567), HOST (default 127.0.0.1), DATA_DIR (default ./data)
//   REDIS_URL (unset: alone): share class games with other processes through this Redis
//   PUBLIC_ADDRESS (with REDIS_URL; default HOST:PORT): how clients reach this process
//   --no-build: serve whatever dist/ holds (the tests build once themselves)

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');

/** The newest modification time of the files under these paths (ms). */
function newest(paths: string[]): number {
  let latest = 0;
  const visit = (p: string): void => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const f of readdirSync(p)) visit(join(p, f));
    else latest = Math.max(latest, st.mtimeMs);
  };
  for (const p of paths) visit(p);
  return latest;
}

function buildIfNeeded(): void {
  const built = join(dist, 'index.html');
  const sources = ['src', 'assets', 'public', 'docs', 'index.html', 'vite.config.ts', 'package-lock.json'].map((p) => join(root, p));
  if (existsSync(built) && statSync(built).mtimeMs >= newest(sources)) return;
  console.log('building the game (vite build)…');
  const run = spawnSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) {
    console.error('the build failed: see the lines above');
    process.exit(1);
  }
}

const port = Number(process.env.PORT ?? 2567);
const host = process.env.HOST ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0–65535), not "${process.env.PORT}"`);
  process.exit(2);
}
if (!process.argv.includes('--no-build')) buildIfNeeded();

const server = await startClassServer({
  port,
  host,
  dataDir: resolve(process.env.DATA_DIR ?? join(root, 'data')),
  staticDir: dist,
  scenario: async (id) => (Object.hasOwn(scenarioLoaders, id) ? scenarioLoaders[id]?.() : undefined),
  log: (line) => console.log(line),
  redisUrl: process.env.REDIS_URL || null,
  publicAddress: process.env.PUBLIC_ADDRESS || null,
});
const shared = process.env.REDIS_URL ? ', games shared through Redis' : '';
console.log(`Flashpoint class server: ${server.url}/ (game and class games on port ${server.port}${shared})`);

const stop = async () => {
  // A Redis that went away would keep the shutdown waiting for ever: five seconds, then out.
  setTimeout(() => process.exit(0), 5000).unref();
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
