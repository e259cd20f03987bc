import { writeFileSync } from 'node:fs';
import { playedGame } from '../class/class-game';
import { ClassConnection, ClassJoinError } from '../net/class-client';
import { holdAction } from '../sim/catalog';
import { POLICY_NAMES, type Policy, type PolicyName, policyFor } from '../sim/policies';
import { parseReplay } from '../sim/replay';
import { DIFFICULTIES } from '../sim/types';
import { fail, flag, type Output, type ParsedArgs, parseArgs, runCommand } from './args';
import { readDecisionsFile } from './decisions-file';
import { loadScenario, type ScenarioLoaders } from './scenarios';

// `npm run class`: the class game from the command line, for scripting and
// tests. `create` opens a class game on a server, `play` plays one role in it
// as a student (by a policy or a decisions file), `replay` fetches the
// finished game's replay file.

const usage = `usage:
  npm run class -- create --server <url> --scenario <id> --seed <text> --humans <role,role,…>
                          [--difficulty easy|normal|hard] [--timer <seconds>, 0 = none] [--length <id>]
      prints "code: <join code>" and "teacher-token: <token>"
  npm run class -- play --server <url> --code <code> --role <actor> (--policy ${POLICY_NAMES.join('|')} | --decisions <file>)
                        [--name <name>]
      plays the role to the end (rejoining for up to 60 s if the connection drops) and prints "verification: <code>"
  npm run class -- replay --server <url> --code <code> --out <file>
      writes the finished game's replay file`;

const needed = (args: ParsedArgs, name: string): string => flag(args, name) ?? fail(`--${name} is needed\n${usage}`, 2);

function serverUrl(args: ParsedArgs): string {
  const raw = needed(args, 'server');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail(`--server must be an address like http://127.0.0.1:2567, not "${raw}"`, 2);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`--server must start with http:// or https://, not "${raw}"`, 2);
  return url.origin;
}

/** A join failure in words for the person at the terminal. */
function joinProblem(e: unknown): never {
  if (!(e instanceof ClassJoinError)) throw e;
  const words: Record<string, string> = {
    'unknown-code': 'no class game has this code',
    'too-many': 'too many wrong codes from this address: wait a minute',
    'game-over': 'this class game is over',
    'role-full': 'this role’s team is full',
    'not-a-student-role': 'this role is played by the computer in this class game',
    'not-a-role': 'this scenario has no such role',
    'bad-setup': 'the server refused the setup (check the scenario, roles and length)',
    'bad-token': 'this device’s seat is gone (removed by the teacher?)',
    unreachable: 'the server did not answer',
  };
  return fail(words[e.code] ?? e.code);
}

async function create(args: ParsedArgs, loaders: ScenarioLoaders, output: Output): Promise<number> {
  const server = serverUrl(args);
  const scenario = await loadScenario(loaders, flag(args, 'scenario') ?? 'north-2023');
  const humans = needed(args, 'humans')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const stranger = humans.find((r) => !scenario.actorIds.includes(r));
  if (stranger) fail(`"${stranger}" is not a role of ${scenario.id} (${scenario.actorIds.join(', ')})`, 2);
  const difficulty = flag(args, 'difficulty') ?? 'normal';
  if (!(DIFFICULTIES as readonly string[]).includes(difficulty)) fail(`--difficulty is one of ${DIFFICULTIES.join(', ')}`, 2);
  const timer = Number(flag(args, 'timer') ?? 0);
  if (!Number.isInteger(timer) || timer < 0 || timer > 3600) fail('--timer is a whole number of seconds from 0 to 3600', 2);
  const length = flag(args, 'length');
  const setup = {
    scenario: scenario.id,
    seed: needed(args, 'seed'),
    difficulty,
    students: humans,
    timerSeconds: timer,
    ...(length ? { length } : {}),
  };
  const c = await ClassConnection.create(server, setup).catch(joinProblem);
  output.out(`code: ${c.code}\nteacher-token: ${c.you?.token ?? ''}\n`);
  await c.leave();
  return 0;
}

async function play(args: ParsedArgs, loaders: ScenarioLoaders, output: Output): Promise<number> {
  const server = serverUrl(args);
  const code = needed(args, 'code');
  const role = needed(args, 'role');
  const policyName = flag(args, 'policy');
  const decisionsFile = flag(args, 'decisions');
  if (!policyName === !decisionsFile) fail(`give one of --policy or --decisions\n${usage}`, 2);
  if (policyName && !POLICY_NAMES.includes(policyName as PolicyName))
    fail(`unknown policy "${policyName}" (${POLICY_NAMES.join(', ')})`, 2);
  let byTurn: Map<string, string> | null = null;
  if (decisionsFile) {
    const read = readDecisionsFile(decisionsFile, [role]);
    if (!read.ok) fail(read.error, 2);
    byTurn = read.value;
  }

  const c = await ClassConnection.join(server, code, { role, name: flag(args, 'name') ?? `cli ${role}` }).catch(joinProblem);
  const view = c.view;
  if (!view) return fail('the server sent no game');
  const scenario = await loadScenario(loaders, view.setup.scenario);
  let policy: Policy | null = null;
  if (policyName) policy = policyFor(scenario, policyName as PolicyName, role, view.setup.seed);
  // The turn (by decisions so far) and connection this role last ordered in: a
  // game reopened after a crash asks again for the unfinished turn's orders.
  let orderedAt = '';

  const act = () => {
    const v = c.view;
    if (!v || v.over || c.results || v.paused) return;
    if (v.ordered.includes(role) || orderedAt === `${v.decisions.length}|${c.rejoins}`) return;
    const me = v.roster.find((m) => m.id === c.you?.member);
    if (!me?.captain || me.role !== role) return;
    const game = playedGame(scenario, v.setup, v.decisions);
    if (game.isOver() || !game.awaiting().includes(role)) return;
    const turn = game.state.turn;
    const action = policy ? policy(game, role) : (byTurn?.get(`${turn}|${role}`) ?? holdAction(role));
    game.dispose();
    orderedAt = `${v.decisions.length}|${c.rejoins}`;
    c.send('order', { action });
  };
  c.subscribe(act);
  act();
  // A whole game of twenty turns; a teacher's pauses may make it longer.
  await c.until(() => c.results !== null, 6 * 60 * 60_000);
  output.out(`verification: ${c.results?.verification ?? ''}\n`);
  await c.leave();
  return 0;
}

async function replay(args: ParsedArgs, output: Output): Promise<number> {
  const server = serverUrl(args);
  const code = needed(args, 'code');
  const out = needed(args, 'out');
  const res = await fetch(`${server}/class/${encodeURIComponent(code)}/replay`).catch(() => fail('the server did not answer'));
  if (res.status === 404) fail('no class game has this code');
  if (res.status === 409) fail('this class game is not over yet');
  if (res.status === 429) fail('too many wrong codes from this address: wait a minute');
  if (!res.ok) fail(`the server answered ${res.status}`);
  const text = await res.text();
  const parsed = parseReplay(text);
  if (!parsed.ok) fail(`the server sent a replay that does not read: ${parsed.error}`);
  writeFileSync(out, text);
  output.out(`wrote ${out} (verification ${parsed.value.verification})\n`);
  return 0;
}

export async function classCommand(argv: readonly string[], loaders: ScenarioLoaders, output: Output): Promise<number> {
  return runCommand(output, async () => {
    const args = parseArgs(argv);
    const [what] = args.positionals;
    if (what === 'create') return create(args, loaders, output);
    if (what === 'play') return play(args, loaders, output);
    if (what === 'replay') return replay(args, output);
    output.err(`${usage}\n`);
    return 2;
  });
}
