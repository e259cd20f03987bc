import type { Output } from '../../src/cli/args';
import type { ScenarioLoader } from '../../src/scenarios';
import type { Scenario } from '../../src/sim/types';

/** What a command wrote and the status it returned. */
export interface Ran {
  status: number;
  stdout: string;
  stderr: string;
}

/** An output that keeps what a command writes. */
export function captured(): Output & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    stdout: () => out,
    stderr: () => err,
  };
}

/** Runs a command function (simCommand, replayCommand) with a registry, capturing its output. */
export async function runCli(
  command: (argv: readonly string[], loaders: Readonly<Record<string, ScenarioLoader>>, output: Output) => Promise<number>,
  loaders: Readonly<Record<string, ScenarioLoader>>,
  argv: readonly string[],
): Promise<Ran> {
  const output = captured();
  const status = await command(argv, loaders, output);
  return { status, stdout: output.stdout(), stderr: output.stderr() };
}

/** A registry holding exactly these scenarios. */
export const registryOf = (...scenarios: Scenario[]): Readonly<Record<string, ScenarioLoader>> =>
  Object.fromEntries(scenarios.map((s) => [s.id, () => Promise.resolve(s)]));

/** The verification code a report prints on its last line of that shape (in any language: the code ends the line). */
export const codeIn = (out: string): string | undefined => [...out.matchAll(/^\S.*?([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})$/gm)].at(-1)?.[1];
