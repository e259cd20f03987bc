// Purity check for the deterministic simulation layer.
//
// Code under src/sim, src/machines and src/scenarios must run identically in
// the browser, in Node CLIs and in tests, from a seed alone. So it must not:
//   - import Phaser, or anything from src/scenes, src/ui, src/cli;
//   - import Node built-ins (node:*, fs, path, crypto, worker_threads, ...);
//   - touch document / window / localStorage / sessionStorage;
//   - read clocks or ambient randomness (Math.random, Date.now, new Date,
//     performance.now, crypto.getRandomValues / randomUUID);
//   - schedule work (setTimeout, setInterval, setImmediate,
//     requestAnimationFrame).
// Comments are ignored; string contents are ignored except import specifiers.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

/** Folders (relative to the repo root) that must stay pure. */
export const PURE_DIRS = ['src/sim', 'src/machines', 'src/scenarios', 'src/class'];

/** Folders (relative to the repo root) that pure code must not import. */
export const FORBIDDEN_IMPORT_DIRS = ['src/scenes', 'src/ui', 'src/cli'];

const SOURCE_EXT = /\.(ts|tsx|mts|cts)$/;

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));

/** Forbidden identifier uses, checked on code with comments and strings blanked. */
const FORBIDDEN_CODE = [
  { re: /(?<![\w$.])document(?![\w$])/g, allowKey: true, what: 'uses `document` (DOM)' },
  { re: /(?<![\w$.])window(?![\w$])/g, allowKey: true, what: 'uses `window` (DOM)' },
  { re: /(?<![\w$.])localStorage(?![\w$])/g, allowKey: true, what: 'uses `localStorage`' },
  { re: /(?<![\w$.])sessionStorage(?![\w$])/g, allowKey: true, what: 'uses `sessionStorage`' },
  { re: /(?<![\w$.])Math\s*\.\s*random(?![\w$])/g, what: 'calls Math.random (use the seeded RNG)' },
  { re: /(?<![\w$.])Date\s*\.\s*now(?![\w$])/g, what: 'calls Date.now (no wall clock in the sim)' },
  { re: /(?<![\w$.])new\s+Date(?![\w$])/g, what: 'calls new Date (no wall clock in the sim)' },
  { re: /(?<![\w$.])performance\s*\.\s*now(?![\w$])/g, what: 'calls performance.now (no clock in the sim)' },
  { re: /(?<![\w$.])crypto\s*\.\s*(getRandomValues|randomUUID)(?![\w$])/g, what: 'uses crypto randomness' },
  { re: /(?<![\w$.])setTimeout(?![\w$])/g, what: 'uses setTimeout' },
  { re: /(?<![\w$.])setInterval(?![\w$])/g, what: 'uses setInterval' },
  { re: /(?<![\w$.])setImmediate(?![\w$])/g, what: 'uses setImmediate' },
  { re: /(?<![\w$.])requestAnimationFrame(?![\w$])/g, what: 'uses requestAnimationFrame' },
];

/** Module specifiers, checked on code with comments removed (strings kept). */
export const IMPORT_RES = [
  /\bimport\s+(?:type\s+)?[\w$*{}\s,]*?\s*from\s*(['"])([^'"\n]+)\1/g, // import x from '...'
  /\bexport\s+(?:type\s+)?[\w$*{}\s,]*?\s*from\s*(['"])([^'"\n]+)\1/g, // export ... from '...'
  /\bimport\s*(['"])([^'"\n]+)\1/g, // import '...'
  /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g, // import('...')
  /\brequire\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g, // require('...')
];

/**
 * Returns two copies of `src` with the same length and line breaks:
 * `code` has comments blanked; `bare` also has string/template text blanked
 * (template `${...}` expressions are kept as code).
 * @param {string} src
 * @returns {{ code: string, bare: string }}
 */
export function stripSource(src) {
  let code = '';
  let bare = '';
  /** @type {'code'|'line'|'block'|'sq'|'dq'|'tpl'} */
  let state = 'code';
  /** Brace depth stack: one entry per open `${` inside a template. */
  const tplStack = [];
  let braceDepth = 0;
  const blank = (ch) => (ch === '\n' || ch === '\r' ? ch : ' ');
  const emit = (c, b) => {
    code += c;
    bare += b;
  };

  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    const next = src[i + 1];
    switch (state) {
      case 'code':
        if (ch === '/' && next === '/') {
          state = 'line';
          emit('  ', '  ');
          i++;
        } else if (ch === '/' && next === '*') {
          state = 'block';
          emit('  ', '  ');
          i++;
        } else if (ch === "'") {
          state = 'sq';
          emit(ch, ch);
        } else if (ch === '"') {
          state = 'dq';
          emit(ch, ch);
        } else if (ch === '`') {
          state = 'tpl';
          emit(ch, ch);
        } else if (ch === '{') {
          braceDepth++;
          emit(ch, ch);
        } else if (ch === '}') {
          if (tplStack.length > 0 && tplStack[tplStack.length - 1] === braceDepth) {
            tplStack.pop();
            state = 'tpl';
          } else {
            braceDepth--;
          }
          emit(ch, ch);
        } else {
          emit(ch, ch);
        }
        break;
      case 'line':
        if (ch === '\n') {
          state = 'code';
          emit(ch, ch);
        } else {
          emit(blank(ch), blank(ch));
        }
        break;
      case 'block':
        if (ch === '*' && next === '/') {
          state = 'code';
          emit('  ', '  ');
          i++;
        } else {
          emit(blank(ch), blank(ch));
        }
        break;
      case 'sq':
      case 'dq': {
        const quote = state === 'sq' ? "'" : '"';
        if (ch === '\\' && next !== undefined) {
          emit(ch + next, '  ');
          i++;
        } else if (ch === quote || ch === '\n') {
          state = 'code';
          emit(ch, ch);
        } else {
          emit(ch, blank(ch));
        }
        break;
      }
      case 'tpl':
        if (ch === '\\' && next !== undefined) {
          emit(ch + next, blank(ch) + blank(next));
          i++;
        } else if (ch === '`') {
          state = 'code';
          emit(ch, ch);
        } else if (ch === '$' && next === '{') {
          tplStack.push(braceDepth);
          state = 'code';
          emit('${', '${');
          i++;
        } else {
          emit(ch, blank(ch));
        }
        break;
    }
  }
  return { code, bare };
}

/** True if the identifier at `index` is an object key, type member or parameter name. */
function isKeyOrParam(text, index, length) {
  const after = text.slice(index + length).match(/^\s*\??\s*:/);
  if (!after) return false;
  const before = text.slice(0, index).match(/[{,;(]\s*$/);
  return before !== null;
}

/** 1-based line number of `index` in `text`. */
export function lineOf(text, index) {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Why `spec` (imported from `file`) is forbidden, or null if it is allowed.
 * @param {string} spec
 * @param {string} file absolute path of the importing file
 * @param {string} root absolute repo root
 */
export function forbiddenImport(spec, file, root) {
  if (spec === 'phaser' || spec.startsWith('phaser/')) return 'imports phaser';
  if (spec.startsWith('node:')) return `imports Node built-in "${spec}"`;
  if (BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0] ?? '')) {
    return `imports Node built-in "${spec}"`;
  }
  let target = null;
  if (spec.startsWith('.')) {
    target = path.relative(root, path.resolve(path.dirname(file), spec));
  } else if (/^(@|~)\//.test(spec)) {
    target = path.join('src', spec.slice(2));
  } else if (/^\/?src\//.test(spec)) {
    target = spec.replace(/^\//, '');
  }
  if (target !== null) {
    const norm = target.split(path.sep).join('/');
    for (const dir of FORBIDDEN_IMPORT_DIRS) {
      if (norm === dir || norm.startsWith(`${dir}/`) || norm.startsWith(`${dir}.`)) {
        return `imports from ${dir} ("${spec}")`;
      }
    }
  }
  return null;
}

/**
 * Check one file's text.
 * @param {string} text
 * @param {string} file absolute path
 * @param {string} root absolute repo root
 * @returns {{ file: string, line: number, message: string }[]}
 */
export function checkSource(text, file, root) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const { code, bare } = stripSource(text);
  /** @type {{ file: string, line: number, message: string }[]} */
  const findings = [];
  for (const re of IMPORT_RES) {
    re.lastIndex = 0;
    for (const m of code.matchAll(re)) {
      const spec = m[2] ?? '';
      const why = forbiddenImport(spec, file, root);
      if (why) findings.push({ file: rel, line: lineOf(code, m.index ?? 0), message: why });
    }
  }
  for (const { re, what, allowKey } of FORBIDDEN_CODE) {
    re.lastIndex = 0;
    for (const m of bare.matchAll(re)) {
      // `{ window: 1 }`, `(window: Range)`, `{ document?: X }` name a key or a
      // parameter, not the browser global.
      if (allowKey && isKeyOrParam(bare, m.index ?? 0, m[0].length)) continue;
      findings.push({ file: rel, line: lineOf(bare, m.index ?? 0), message: what });
    }
  }
  findings.sort((a, b) => a.line - b.line);
  return findings;
}

/** All source files under `dir` (recursive); [] if it does not exist. */
export function listSources(dir) {
  let st;
  try {
    st = statSync(dir);
  } catch {
    return [];
  }
  if (!st.isDirectory()) return SOURCE_EXT.test(dir) ? [dir] : [];
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(full));
    else if (SOURCE_EXT.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/**
 * Check every source file under `dirs` (relative to `root`).
 * @param {string} root absolute repo root (or a temp folder laid out like it)
 * @param {string[]} [dirs]
 * @returns {{ files: number, findings: { file: string, line: number, message: string }[] }}
 */
export function checkPurity(root, dirs = PURE_DIRS) {
  const absRoot = path.resolve(root);
  let files = 0;
  /** @type {{ file: string, line: number, message: string }[]} */
  const findings = [];
  for (const dir of dirs) {
    for (const file of listSources(path.join(absRoot, dir))) {
      files++;
      findings.push(...checkSource(readFileSync(file, 'utf8'), file, absRoot));
    }
  }
  return { files, findings };
}
