import { writeFileSync } from 'node:fs';
import { type BatchSpec, csvHeader, csvRow } from '../sim/batch';
import { holdAction } from '../sim/catalog';
import { POLICY_NAMES, type Policy, type PolicyName, policyFor } from '../sim/policies';
import { humanDecisions, makeReplay, replayToText } from '../sim/replay';
import { simulate } from '../sim/simulate';
import { type ActorId, DIFFICULTIES, type Difficulty, type Scenario } from '../sim/types';
import { actorName } from '../text/describe';
import type { Messages } from '../text/messages';
import { gameReport, reportEnd } from '../text/report';
import { die, flag, type ParsedArgs, parseArgs } from './args';
import { distributionReport, runBatch } from './batch';
import { readDecisionsFile } from './decisions-file';
import { knownScenarios, loadScenario, messagesForLang } from './scenarios';

const USAGE = `usage: npm run sim -- --scenario <id> --seed <text> [options]
  --scenario <id>                  the crisis (default north-2023; known: ${knownScenarios()})
  --difficulty easy|normal|hard    AI temperament shift (default normal)
  --lang <tag>                     the language of the log (default en; en-XA is the test pseudo-language)
  --role <actor>                   a human role (repeatable): one of the scenario's actors
  --decisions <file>               the role's choices: JSON [{"turn":1,"action":"kfor.patrol"}, ...]
                                   (with several roles, give "actor" in each entry); turns missing hold
  --policy historical|dove|hawk|random   play the role(s) by a named policy instead of a file
  --out <file>                     write the replay file (format flashpoint-replay/2)
  --quiet                          print only the outcome, scores and verification
  --batch <n>                      "what if?": play n games (seeds <seed>-0 .. <seed>-<n-1>, --seed defaults
                                   to "whatif") on all cores and print the distributions; with --role and
                                   --policy the role follows the policy in every game
  --csv <file> / --json <file>     with --batch: write one row per game (CSV) or the distributions (JSON)`;

async function runBatchCommand(
  args: ParsedArgs,
  m: Messages,
  scenario: Scenario,
  seed: string,
  difficulty: Difficulty,
  roles: ActorId[],
  n: number,
): Promise<void> {
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) die('--batch needs a whole number of games from 1 to 1,000,000', 2);
  if (roles.length > 1) die('--batch plays at most one --role by policy', 2);
  const policyName = flag(args, 'policy');
  if (roles.length && !policyName) die('--batch with --role needs --policy <name>', 2);
  if (policyName && !POLICY_NAMES.includes(policyName as PolicyName)) die(`unknown policy "${policyName}" (${POLICY_NAMES.join(', ')})`, 2);
  if (policyName === 'historical' && roles[0] && !scenario.historical[roles[0]]) die(`no historical script for ${roles[0]}`, 2);
  const spec: BatchSpec = {
    scenarioId: scenario.id,
    seedPrefix: seed,
    from: 0,
    to: n,
    difficulty,
    role: roles[0] ?? null,
    policy: (policyName as PolicyName) ?? null,
  };
  const csv = flag(args, 'csv');
  const json = flag(args, 'json');
  const t0 = performance.now();
  const { dist, rows } = await runBatch(scenario, spec, Boolean(csv));
  const seconds = (performance.now() - t0) / 1000;
  const who = spec.role ? `${actorName(m, spec.role)} plays "${spec.policy}"` : 'every actor AI';
  process.stdout.write(`what if? ${scenario.id} · ${who} · seeds ${seed}-0 … ${seed}-${n - 1} · ${difficulty}\n`);
  process.stdout.write(`${distributionReport(m, scenario, dist, seconds).join('\n')}\n`);
  if (csv) {
    writeFileSync(csv, `${[csvHeader(scenario).join(','), ...rows.map((r) => csvRow(scenario, r))].join('\n')}\n`);
    process.stdout.write(`rows written to ${csv}\n`);
  }
  if (json) {
    writeFileSync(json, `${JSON.stringify({ spec, distribution: dist }, null, 2)}\n`);
    process.stdout.write(`distributions written to ${json}\n`);
  }
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2), ['quiet', 'help']);
  } catch (e) {
    die(`${(e as Error).message}\n${USAGE}`, 2);
  }
  if (flag(args, 'help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const scenarioId = flag(args, 'scenario') ?? 'north-2023';
  const scenario = await loadScenario(scenarioId);
  const m = messagesForLang(scenario, flag(args, 'lang'));
  const batch = flag(args, 'batch');
  const seed = flag(args, 'seed') ?? (batch ? 'whatif' : die(`--seed is required\n${USAGE}`, 2));
  const difficulty = (flag(args, 'difficulty') ?? 'normal') as Difficulty;
  if (!DIFFICULTIES.includes(difficulty)) die(`unknown difficulty "${difficulty}" (easy, normal, hard)`, 2);
  const roles = (args.flags.get('role') ?? [])
    .flatMap((r) => r.split(','))
    .map((r) => r.trim())
    .filter(Boolean) as ActorId[];
  for (const r of roles) if (!scenario.actorIds.includes(r)) die(`unknown role "${r}" (${scenario.actorIds.join(', ')})`, 2);

  if (batch) {
    await runBatchCommand(args, m, scenario, seed, difficulty, roles, Number(batch));
    return;
  }

  const policies: Partial<Record<ActorId, Policy>> = {};
  const decisionsPath = flag(args, 'decisions');
  const policyName = flag(args, 'policy');
  if (roles.length && !decisionsPath && !policyName) die('a --role needs --decisions <file> or --policy <name>', 2);
  if (decisionsPath) {
    const read = readDecisionsFile(decisionsPath, roles);
    if (!read.ok) die(read.error);
    const byKey = read.value;
    for (const r of roles) policies[r] = (game, actor) => byKey.get(`${game.state.turn}|${actor}`) ?? holdAction(actor);
  } else if (policyName) {
    if (!POLICY_NAMES.includes(policyName as PolicyName)) die(`unknown policy "${policyName}" (${POLICY_NAMES.join(', ')})`, 2);
    for (const r of roles) {
      if (policyName === 'historical' && !scenario.historical[r])
        die(`no historical script for ${r} (there are: ${Object.keys(scenario.historical).join(', ')})`, 2);
      policies[r] = policyFor(scenario, policyName as PolicyName, r, seed);
    }
  }

  const run = simulate(scenario, { seed, difficulty, humans: roles, policies });
  if (!run.ok) die(run.error);
  const { game } = run.value;
  const lines = flag(args, 'quiet') ? reportEnd(m, scenario, game.state) : gameReport(m, scenario, game.state);
  process.stdout.write(`${lines.join('\n')}\n`);
  const outPath = flag(args, 'out');
  if (outPath) {
    writeFileSync(outPath, replayToText(makeReplay(game.state, humanDecisions(game.state))));
    process.stdout.write(`${m.t('report.replay-written', { path: outPath })}\n`);
  }
  game.dispose();
}

void main();
