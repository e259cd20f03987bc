#!/usr/bin/env node
// Lint: the simulation layer (src/sim, src/machines, src/scenarios) must stay
// pure and deterministic. See scripts/purity.mjs for the rules.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPurity, PURE_DIRS } from './purity.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { files, findings } = checkPurity(root);

if (findings.length > 0) {
  for (const f of findings) console.error(`${f.file}:${f.line}: ${f.message}`);
  console.error(`\npurity: ${findings.length} problem(s) in ${PURE_DIRS.join(', ')}`);
  process.exit(1);
}
console.log(`purity: ok (${files} file(s) checked in ${PURE_DIRS.join(', ')})`);
