// Writes docs/background.md from North 2023's story data and English messages:
// the same primer, background and epilogue the game shows, for teachers.
// Run: npm run docs:background
import { writeFileSync } from 'node:fs';
import { north2023 } from '../src/scenarios/north-2023';
import { messagesFor } from '../src/text/messages';
import { storyMarkdown } from '../src/text/story-doc';

const file = new URL('../docs/background.md', import.meta.url);
writeFileSync(file, storyMarkdown(north2023, messagesFor(north2023, 'en')));
console.log(`wrote ${file.pathname}`);
