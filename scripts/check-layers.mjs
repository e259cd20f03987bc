#!/usr/bin/env node
// Lint: imports point the right way between the layers (see scripts/layers.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAllLayers } from './layers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { files, findings } = checkAllLayers(root);
if (findings.length > 0) {
  for (const f of findings) console.error(`${f.file}:${f.line}: ${f.message}`);
  console.error(`\nlayers: ${findings.length} import(s) against the layers`);
  process.exit(1);
}
console.log(`layers: ok (${files} file(s) in src)`);
