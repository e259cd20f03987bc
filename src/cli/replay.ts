import { scenarioLoaders } from '../scenarios';
import { processOutput } from './entry';
import { replayCommand } from './replay-command';

// Entry of `npm run replay`: the command with the real scenario registry.
process.exitCode = await replayCommand(process.argv.slice(2), scenarioLoaders, processOutput);
