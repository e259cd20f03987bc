// Every symbol the game's English words draw comes from a bundled font: those
// Noto Sans lacks are in src/ui/fonts-symbols.ts (cut into assets/fonts/ by
// scripts/make-symbol-font.ts). The browser test tests/e2e/fonts.test.ts
// checks that the fonts really draw them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYMBOL_FONTS, SYMBOL_GLYPHS } from '../../src/ui/fonts-symbols';

const root = path.resolve(import.meta.dirname, '../..');

/** Symbols Noto Sans itself has (checked against its Latin subsets). */
const IN_NOTO_SANS = new Set([...'−€£$+<=>|~^`¦©®°±×÷¬']);

const files = (dir: string, ext: string): string[] =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(root, dir, f));

function symbolsIn(file: string): string[] {
  return [...readFileSync(file, 'utf8')].filter((c) => /\p{S}/u.test(c) && !IN_NOTO_SANS.has(c) && (c.codePointAt(0) ?? 0) > 0x7f);
}

describe('the symbols the game draws', () => {
  it('each has a bundled font: English messages (game and scenario) and the screens’ own marks', () => {
    const sources = [
      ...files('src/text/messages/en', '.json'),
      ...readdirSync(path.join(root, 'src/scenarios'))
        .map((s) => `src/scenarios/${s}/messages/en`)
        .filter((d) => existsSync(path.join(root, d)))
        .flatMap((d) => files(d, '.json')),
      ...files('src/scenes', '.ts'),
      ...files('src/ui', '.ts'),
    ];
    const missing = new Set(sources.flatMap(symbolsIn).filter((c) => !SYMBOL_GLYPHS.includes(c)));
    expect([...missing]).toEqual([]);
  });

  it('each symbol font is made and small', () => {
    for (const f of SYMBOL_FONTS) {
      const file = path.join(root, 'assets/fonts', f.file);
      expect(existsSync(file), f.file).toBe(true);
      expect(statSync(file).size).toBeLessThan(16 * 1024);
    }
  });
});
