import type { Output } from './args';

// What the entry files hand a command: the process's own output. The exit
// status is set with process.exitCode (not process.exit), so piped output is
// never cut short.
export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

// A reader that stops early (`npm run sim … | head`) closes the pipe: that ends
// the command quietly instead of with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
