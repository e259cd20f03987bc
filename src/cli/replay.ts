import { readFileSync } from 'node:fs';
import { parseReplay, scenarioFor, verifyReplay } from '../sim/replay';
import { gameReport } from '../sim/report';
import { die, flag, parseArgs } from './args';

const USAGE = 'usage: npm run replay -- <file> [--quiet]';

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['quiet']);
  const path = args.positionals[0] ?? die(`no replay file given\n${USAGE}`, 2);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    die(`cannot read ${path}: ${(e as Error).message}`);
  }
  const parsed = parseReplay(text);
  if (!parsed.ok) die(`${path}: ${parsed.error}`);
  const verified = verifyReplay(parsed.value);
  if (!verified.ok) die(`${path}: ${verified.error}`);
  const scenario = scenarioFor(parsed.value);
  if (!scenario.ok) die(scenario.error);
  const { game } = verified.value.played;
  const lines = gameReport(scenario.value, game.state);
  const out = flag(args, 'quiet') ? lines.slice(lines.indexOf('== Outcome') - 1) : lines;
  process.stdout.write(`${out.join('\n')}\nreplay verified: the re-played game matches the file's code\n`);
  game.dispose();
}

main();
