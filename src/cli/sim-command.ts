import { writeFileSync } from 'node:fs';
import { type BatchSpec, csvHeader, csvRow } from '../sim/batch';
import { holdAction } from '../sim/catalog';
import { findLength, lengthIds } from '../sim/lengths';
import { POLICY_NAMES, type Policy, type PolicyName, policyFor } from '../sim/policies';
import { humanDecisions, makeReplay, replayToText } from '../sim/replay';
import { simulate } from '../sim/simulate';
import { cleanTeamName } from '../sim/team';
import { type ActorId, DIFFICULTIES, type Difficulty, FULL_LENGTH, type LengthId, type Scenario } from '../sim/types';
import { actorName } from '../text/describe';
import type { Messages } from '../text/messages';
import { gameReport, reportEnd } from '../text/report';
import { fail, flag, type Output, type ParsedArgs, parseArgs, runCommand } from './args';
import { distributionReport, runBatch } from './batch';
import { readDecisionsFile } from './decisions-file';
import { knownScenarios, loadScenario, messagesForLang, type ScenarioLoaders } from './scenarios';

// `npm run sim`: plays one game (or a batch) and prints its story. The command
// is a function of its arguments, a scenario registry and an output, returning
// the exit status; src/cli/sim.ts runs it with the real registry and process output.

const usage = (loaders: ScenarioLoaders) => `usage: npm run sim -- --scenario <id> --seed <text> [options]
  --scenario <id>                  the crisis (default north-2023; known: ${knownScenarios(loaders)})
  --difficulty easy|normal|hard    AI temperament shift (default normal)
  --length <id>                    the game's length (default full; e.g. lesson: turns 11–20 of north-2023)
  --team <name>                    with --out: the team or student name kept in the replay file
  --lang <tag>                     the language of the log: en (default), sr-Latn, sr-Cyrl, sq (en-XA: the test pseudo-language)
  --role <actor>                   a human role (repeatable): one of the scenario's actors
  --decisions <file>               the role's choices: JSON [{"turn":1,"action":"kfor.patrol"}, ...]
                                   (with several roles, give "actor" in each entry); turns missing hold
  --policy historical|dove|hawk|random   play the role(s) by a named policy instead of a file
  --out <file>                     write the replay file (format flashpoint-replay/3)
  --quiet                          print only the outcome, scores and verification
  --batch <n>                      "what if?": play n games (seeds <seed>-0 .. <seed>-<n-1>, --seed defaults
                                   to "whatif") on all cores and print the distributions; with --role and
                                   --policy the role follows the policy in every game
  --csv <file> / --json <file>     with --batch: write one row per game (CSV) or the distributions (JSON)`;

async function runBatchCommand(
  output: Output,
  args: ParsedArgs,
  m: Messages,
  scenario: Scenario,
  seed: string,
  difficulty: Difficulty,
  roles: ActorId[],
  n: number,
  length: LengthId | undefined,
): Promise<void> {
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) fail('--batch needs a whole number of games from 1 to 1,000,000', 2);
  if (roles.length > 1) fail('--batch plays at most one --role by policy', 2);
  const policyName = flag(args, 'policy');
  if (roles.length && !policyName) fail('--batch with --role needs --policy <name>', 2);
  if (policyName && !POLICY_NAMES.includes(policyName as PolicyName))
    fail(`unknown policy "${policyName}" (${POLICY_NAMES.join(', ')})`, 2);
  if (policyName === 'historical' && roles[0] && !scenario.historical[roles[0]]) fail(`no historical script for ${roles[0]}`, 2);
  const spec: BatchSpec = {
    scenarioId: scenario.id,
    seedPrefix: seed,
    from: 0,
    to: n,
    difficulty,
    role: roles[0] ?? null,
    policy: (policyName as PolicyName) ?? null,
    ...(length !== undefined ? { length } : {}),
  };
  const csv = flag(args, 'csv');
  const json = flag(args, 'json');
  const t0 = performance.now();
  const { dist, rows } = await runBatch(scenario, spec, Boolean(csv)).catch((e: Error) =>
    fail(`--batch plays the registered scenarios only (${e.message})`),
  );
  const seconds = (performance.now() - t0) / 1000;
  const who = spec.role ? `${actorName(m, spec.role)} plays "${spec.policy}"` : 'every actor AI';
  output.out(`what if? ${scenario.id} · ${who} · seeds ${seed}-0 … ${seed}-${n - 1} · ${difficulty}${length ? ` · ${length}` : ''}\n`);
  output.out(`${distributionReport(m, scenario, dist, seconds).join('\n')}\n`);
  if (csv) {
    writeFileSync(csv, `${[csvHeader(scenario).join(','), ...rows.map((r) => csvRow(scenario, r))].join('\n')}\n`);
    output.out(`rows written to ${csv}\n`);
  }
  if (json) {
    writeFileSync(json, `${JSON.stringify({ spec, distribution: dist }, null, 2)}\n`);
    output.out(`distributions written to ${json}\n`);
  }
}

/** Runs `npm run sim` with these arguments; returns the exit status (0 ok, 1 failed, 2 usage). */
export function simCommand(argv: readonly string[], loaders: ScenarioLoaders, output: Output): Promise<number> {
  return runCommand(output, () => sim(argv, loaders, output));
}

async function sim(argv: readonly string[], loaders: ScenarioLoaders, output: Output): Promise<number> {
  const USAGE = usage(loaders);
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv, ['quiet', 'help']);
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
  if (flag(args, 'help')) {
    output.out(`${USAGE}\n`);
    return 0;
  }
  const scenarioId = flag(args, 'scenario') ?? 'north-2023';
  const scenario = await loadScenario(loaders, scenarioId);
  const m = await messagesForLang(scenario, flag(args, 'lang'));
  const batch = flag(args, 'batch');
  const seed = flag(args, 'seed') ?? (batch ? 'whatif' : fail(`--seed is required\n${USAGE}`, 2));
  const difficulty = (flag(args, 'difficulty') ?? 'normal') as Difficulty;
  if (!DIFFICULTIES.includes(difficulty)) fail(`unknown difficulty "${difficulty}" (easy, normal, hard)`, 2);
  const roles = (args.flags.get('role') ?? [])
    .flatMap((r) => r.split(','))
    .map((r) => r.trim())
    .filter(Boolean) as ActorId[];
  for (const r of roles) if (!scenario.actorIds.includes(r)) fail(`unknown role "${r}" (${scenario.actorIds.join(', ')})`, 2);
  const lengthFlag = flag(args, 'length');
  if (lengthFlag !== undefined && !findLength(scenario, lengthFlag))
    fail(`unknown length "${lengthFlag}" (${scenario.id} has: ${lengthIds(scenario).join(', ')})`, 2);
  const length = lengthFlag === undefined || lengthFlag === FULL_LENGTH ? undefined : lengthFlag;
  const team = flag(args, 'team');
  if (team !== undefined && !cleanTeamName(team)) fail('--team needs a name with at least one letter or digit', 2);

  if (batch) {
    await runBatchCommand(output, args, m, scenario, seed, difficulty, roles, Number(batch), length);
    return 0;
  }

  const policies: Partial<Record<ActorId, Policy>> = {};
  const decisionsPath = flag(args, 'decisions');
  const policyName = flag(args, 'policy');
  if (roles.length && !decisionsPath && !policyName) fail('a --role needs --decisions <file> or --policy <name>', 2);
  if (decisionsPath) {
    const read = readDecisionsFile(decisionsPath, roles);
    if (!read.ok) fail(read.error);
    const byKey = read.value;
    for (const r of roles) policies[r] = (game, actor) => byKey.get(`${game.state.turn}|${actor}`) ?? holdAction(actor);
  } else if (policyName) {
    if (!POLICY_NAMES.includes(policyName as PolicyName)) fail(`unknown policy "${policyName}" (${POLICY_NAMES.join(', ')})`, 2);
    for (const r of roles) {
      if (policyName === 'historical' && !scenario.historical[r])
        fail(`no historical script for ${r} (there are: ${Object.keys(scenario.historical).join(', ')})`, 2);
      policies[r] = policyFor(scenario, policyName as PolicyName, r, seed);
    }
  }

  const run = simulate(scenario, { seed, difficulty, humans: roles, policies, ...(length ? { length } : {}) });
  if (!run.ok) fail(run.error);
  const { game } = run.value;
  const lines = flag(args, 'quiet') ? reportEnd(m, scenario, game.state) : gameReport(m, scenario, game.state);
  output.out(`${lines.join('\n')}\n`);
  const outPath = flag(args, 'out');
  if (outPath) {
    writeFileSync(outPath, replayToText(makeReplay(game.state, humanDecisions(game.state), team)));
    output.out(`${m.t('report.replay-written', { path: outPath })}\n`);
  }
  game.dispose();
  return 0;
}
