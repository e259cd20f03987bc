#!/usr/bin/env node
// Lint: no player-facing words in src/scenes and src/ui (see scripts/literals.mjs).
// Give file paths to check only those.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLiterals, TEXT_FREE_DIRS } from './literals.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2).map((f) => path.relative(root, path.resolve(f)));
const { files, findings } = checkLiterals(root);
const shown = only.length ? findings.filter((f) => only.includes(f.file)) : findings;
if (shown.length > 0) {
  for (const f of shown) console.error(`${f.file}:${f.line}: ${f.message}`);
  console.error(`\ntext: ${shown.length} literal(s) a person would read; put them in the message catalogue`);
  process.exit(1);
}
console.log(`text: ok (${only.length || files} file(s) in ${TEXT_FREE_DIRS.join(', ')})`);
