import { scenarioLoaders } from '../scenarios';
import { processOutput } from './entry';
import { simCommand } from './sim-command';

// Entry of `npm run sim`: the command with the real scenario registry.
process.exitCode = await simCommand(process.argv.slice(2), scenarioLoaders, processOutput);
