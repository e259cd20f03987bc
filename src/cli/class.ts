import { scenarioLoaders } from '../scenarios';
import { classCommand } from './class-command';
import { processOutput } from './entry';

// Entry of `npm run class`: the class game client with the real scenario registry.
process.exitCode = await classCommand(process.argv.slice(2), scenarioLoaders, processOutput);
// The socket library keeps timers; the command is done.
process.exit();
