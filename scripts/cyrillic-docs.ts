// Writes the Serbian Cyrillic documents from their Serbian Latin originals by
// the game's own transliteration (src/text/cyrillic.ts), so the two scripts
// never drift apart: docs/teacher-guide.sr-Latn.md → docs/teacher-guide.sr-Cyrl.md.
// Run: npm run docs:cyrillic (a test checks the Cyrillic files are current).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cyrillicDocs } from './cyrillic-docs-list';

for (const { latin, cyrillic, make } of cyrillicDocs()) {
  if (!existsSync(latin)) {
    console.error(`missing ${latin}`);
    process.exit(1);
  }
  writeFileSync(cyrillic, make(readFileSync(latin, 'utf8')));
  console.log(`wrote ${cyrillic}`);
}
