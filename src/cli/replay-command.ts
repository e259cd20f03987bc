import { readFileSync } from 'node:fs';
import { parseReplay, verifyReplay } from '../sim/replay';
import { gameReport, reportEnd } from '../text/report';
import { fail, flag, type Output, parseArgs, runCommand } from './args';
import { loadScenario, lookupOf, messagesForLang, type ScenarioLoaders } from './scenarios';

// `npm run replay <file>`: re-plays a replay file and checks its verification
// code. Exit status: 0 verified, 1 refused (unreadable, illegal or tampered),
// 2 usage, 3 re-played but not checkable (made under other rules).

const USAGE = 'usage: npm run replay -- <file> [--quiet] [--lang <tag>]';

/** Exit status when the file re-played but its code belongs to other rules and could not be checked. */
export const UNCHECKABLE = 3;

/** Runs `npm run replay` with these arguments; returns the exit status. */
export function replayCommand(argv: readonly string[], loaders: ScenarioLoaders, output: Output): Promise<number> {
  return runCommand(output, () => replay(argv, loaders, output));
}

async function replay(argv: readonly string[], loaders: ScenarioLoaders, output: Output): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv, ['quiet']);
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
  const path = args.positionals[0] ?? fail(`no replay file given\n${USAGE}`, 2);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read ${path}: ${(e as Error).message}`);
  }
  const parsed = parseReplay(text);
  if (!parsed.ok) fail(`${path}: ${parsed.error}`);
  const scenario = await loadScenario(loaders, parsed.value.scenario.id);
  const m = await messagesForLang(scenario, flag(args, 'lang'));
  const verified = verifyReplay(parsed.value, lookupOf(scenario));
  if (!verified.ok) fail(`${path}: ${verified.error}`);
  const { played, code, uncheckable } = verified.value;
  const lines = flag(args, 'quiet') ? reportEnd(m, scenario, played.game.state) : gameReport(m, scenario, played.game.state);
  const verdict = uncheckable ? m.t('report.replay-uncheckable', { why: uncheckable, code }) : m.t('report.replay-verified');
  output.out(`${lines.join('\n')}\n${verdict}\n`);
  played.game.dispose();
  return uncheckable ? UNCHECKABLE : 0;
}
