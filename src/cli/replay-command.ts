import { readFileSync } from 'node:fs';
import { parseReplay, verifyReplay } from '../sim/replay';
import { gameReport, reportEnd } from '../text/report';
import { die, flag, parseArgs } from './args';
import { loadScenario, lookupOf, messagesForLang } from './scenarios';

const USAGE = 'usage: npm run replay -- <file> [--quiet] [--lang <tag>]';

/** Exit status when the file re-played but its code belongs to other rules and could not be checked. */
const UNCHECKABLE = 3;

async function main(): Promise<void> {
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
  const scenario = await loadScenario(parsed.value.scenario.id);
  const m = messagesForLang(scenario, flag(args, 'lang'));
  const verified = verifyReplay(parsed.value, lookupOf(scenario));
  if (!verified.ok) die(`${path}: ${verified.error}`);
  const { played, code, uncheckable } = verified.value;
  const lines = flag(args, 'quiet') ? reportEnd(m, scenario, played.game.state) : gameReport(m, scenario, played.game.state);
  const verdict = uncheckable ? m.t('report.replay-uncheckable', { why: uncheckable, code }) : m.t('report.replay-verified');
  process.stdout.write(`${lines.join('\n')}\n${verdict}\n`);
  played.game.dispose();
  if (uncheckable) process.exitCode = UNCHECKABLE;
}

void main();
