import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPurity, checkSource, stripSource } from '../../scripts/purity.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('purity lint', () => {
  let tmp = '';

  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'purity-'));
    mkdirSync(path.join(tmp, 'src/sim/nested'), { recursive: true });
    mkdirSync(path.join(tmp, 'src/machines'), { recursive: true });
    mkdirSync(path.join(tmp, 'src/scenes'), { recursive: true });
    writeFileSync(
      path.join(tmp, 'src/sim/nested/bad.ts'),
      [
        "import * as Phaser from 'phaser';", // 1
        "import { readFileSync } from 'node:fs';", // 2
        "import path from 'path';", // 3
        "import { Worker } from 'worker_threads';", // 4
        "import { Boot } from '../../scenes/Boot';", // 5
        'export const r = Math.random();', // 6
        'export const t = Date.now() + performance.now();', // 7
        'export const d = new Date();', // 8
        'setTimeout(() => {}, 1); setInterval(() => {}, 1);', // 9
        'export const w = window.innerWidth + document.title.length;', // 10
        "localStorage.setItem('a', 'b');", // 11
        "import { run } from '../../cli/sim';", // 12
        "export { hud } from '../../ui/hud';", // 13
        "import { randomBytes } from 'crypto';", // 14
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(tmp, 'src/machines/good.ts'),
      [
        '// Math.random() and Date.now() in a comment are fine; so is window.',
        '/* import Phaser from "phaser";',
        '   setTimeout(() => {}) */',
        "const label = 'the window of opportunity: document it, new Date';",
        'const tpl = `no setTimeout here ${label.length} // not a comment`;',
        'const obj = { window: 1, document: 2 };',
        'export const x = obj.window + obj.document + tpl.length;',
        "import seedrandom from 'seedrandom';",
        "import { createMachine } from 'xstate';",
        "import { rules } from '../sim/rules';",
        'export const rng = seedrandom.alea("seed");',
        '',
      ].join('\n'),
    );
    // Files outside the pure folders are not checked.
    writeFileSync(path.join(tmp, 'src/scenes/Boot.ts'), 'export const r = Math.random();\n');
  });

  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  it('catches every forbidden import and call, with file:line', () => {
    const { files, findings } = checkPurity(tmp);
    expect(files).toBe(2);
    const bad = findings.filter((f) => f.file === 'src/sim/nested/bad.ts');
    expect(findings).toEqual(bad); // nothing reported in good.ts or src/scenes
    const lines = new Set(bad.map((f) => f.line));
    for (let line = 1; line <= 14; line++) expect(lines, `line ${line}`).toContain(line);
    const messages = bad.map((f) => `${f.line}: ${f.message}`).join('\n');
    expect(messages).toMatch(/1: imports phaser/);
    expect(messages).toMatch(/2: imports Node built-in "node:fs"/);
    expect(messages).toMatch(/5: imports from src\/scenes/);
    expect(messages).toMatch(/6: calls Math.random/);
    expect(messages).toMatch(/8: calls new Date/);
    expect(messages).toMatch(/10: uses `window`/);
    expect(messages).toMatch(/10: uses `document`/);
    expect(messages).toMatch(/12: imports from src\/cli/);
    expect(messages).toMatch(/13: imports from src\/ui/);
  });

  it('ignores comments and string contents but keeps line numbers', () => {
    const src = 'a // Math.random()\n/* x\n y */ b "window" `t ${window} u`\nc';
    const { code, bare } = stripSource(src);
    expect(code).toHaveLength(src.length);
    expect(bare).toHaveLength(src.length);
    expect(code.split('\n')).toHaveLength(4);
    expect(code).not.toContain('Math.random');
    expect(code).toContain('"window"');
    expect(bare).not.toContain('"window"');
    expect(bare).toContain('${window}');
    const findings = checkSource(src, path.join(repoRoot, 'src/sim/x.ts'), repoRoot);
    expect(findings).toEqual([{ file: 'src/sim/x.ts', line: 3, message: 'uses `window` (DOM)' }]);
  });

  it('finds nothing in the real src/sim, src/machines and src/scenarios', () => {
    const { findings } = checkPurity(repoRoot);
    expect(findings).toEqual([]);
  });
});
