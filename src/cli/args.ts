// A tiny flag parser for the command-line tools: --name value, repeated flags
// collect into lists, bare words are positionals.
export interface ParsedArgs {
  flags: Map<string, string[]>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[], booleans: readonly string[] = []): ParsedArgs {
  const flags = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    let value = inline;
    if (value === undefined) value = booleans.includes(name) ? 'true' : argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { flags, positionals };
}

export const flag = (a: ParsedArgs, name: string): string | undefined => a.flags.get(name)?.at(-1);

/** Where a command writes: its report and its errors (the entry files pass process.stdout and process.stderr). */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** A command that stops with a message for the user and an exit status (1; 2 for usage errors). */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly status = 1,
  ) {
    super(message);
  }
}

/** Stops the command with a message and status 1 (2 for usage errors); the command turns it into its exit status. */
export function fail(message: string, status = 1): never {
  throw new CommandError(message, status);
}

/**
 * Runs a command body, turning a CommandError into its message and status, and
 * any other error into a one-line message (never a stack trace) with status 1.
 */
export async function runCommand(output: Output, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    output.err(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    return e instanceof CommandError ? e.status : 1;
  }
}
