// npm run assumptions: rewrites the generated part of docs/design-assumptions.md
// from the scenario's data and words (the same text as the in-game screen).
// The balance table there is written by `npm run balance -- --doc`.
import { north2023 as scenario } from '../src/scenarios/north-2023';
import { messagesFor } from '../src/text/messages';
import { assumptionLines, assumptionsMarkdown } from '../src/ui/assumptions';
import { replaceBetween } from './doc-markers';

const DOC = new URL('../docs/design-assumptions.md', import.meta.url);
const text = assumptionsMarkdown(assumptionLines(messagesFor(scenario, 'en'), scenario));
replaceBetween(DOC, 'generated', text);
console.log(`docs/design-assumptions.md: generated part rewritten (${text.split('\n').length} lines)`);
