// Makes assets/fonts/*-game.woff2: the few symbols the game draws
// (src/ui/fonts-symbols.ts) cut out of the pinned Noto Sans Math and Noto Sans
// Symbols 2 (SIL Open Font Licence 1.1, beside the files), so they come from a
// bundled font on every machine for a few kilobytes (the whole symbols subset is 380 kB).
// Run `npm run symbol-font` after changing SYMBOL_FONTS; the files are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { SYMBOL_FONTS } from '../src/ui/fonts-symbols';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  for (const f of SYMBOL_FONTS) {
    const font = await subsetFont(readFileSync(path.join(root, 'node_modules', f.from)), f.glyphs, { targetFormat: 'woff2' });
    writeFileSync(path.join(root, 'assets/fonts', f.file), font);
    process.stdout.write(`assets/fonts/${f.file}: ${f.glyphs} (${font.length} bytes)\n`);
  }
}

void main();
