// Lint: no player-facing words written in the screens' code. Every word a
// person reads comes from the message catalogue (src/text/messages, and each
// scenario's messages), so src/scenes and src/ui hold keys, never sentences.
//
// A string literal (or the text of a template literal) is reported when it
// reads like words for a person: two words in a row ("New game"), or one
// capitalised word ("Back"). Scene keys (a scene's class name), CSS and font
// names are not text. A literal that really is not for a reader can be
// exempted with a `// not-text: <why>` comment on its line or the line above.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { stripSource } from './purity.mjs';

export const TEXT_FREE_DIRS = ['src/scenes', 'src/ui'];

const WORDS = /\p{L}{2,}[,.:;!?’'()–—-]*[ \u00a0]+[,.:;!?’'()“”–—-]*\p{L}{2,}/u;
const CAPITALISED = /^\s*\p{Lu}\p{Ll}{2,}[\s.:!?…]*$/u;
/** Literals that look like words but are not for a reader. */
const NOT_TEXT = [
  /\d+px\b|^\s*['"]?Noto Sans['"]?(, ?[\w -]+)*\s*$/i, // font shorthands and families
  /^[\w.-]+\.(txt|json|csv|html|md|svg|png)$/, // file names
  /^[\w-]+\s*:\s*[^;]+;?$/, // a CSS declaration
  /^\.{1,2}\//, // a module path
];

function listSources(dir) {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listSources(p));
    else if (/\.ts$/.test(name)) out.push(p);
  }
  return out;
}

/**
 * The string literals of a source, with their lines (a template's text is
 * split at its `${…}` expressions). Comments are blanked first.
 */
export function literalsOf(src) {
  const { code } = stripSource(src);
  const out = [];
  const tplDepths = []; // brace depth at which each open `${` returns to its template
  let depth = 0;
  let line = 1;
  let quote = null; // "'", '"' or '`' while inside a literal
  let text = '';
  let startLine = 1;
  const close = () => {
    out.push({ text, line: startLine });
    text = '';
    quote = null;
  };
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\n') line++;
    if (quote) {
      if (ch === '\\') {
        text += code[i + 1] ?? '';
        i++;
      } else if (ch === quote) close();
      else if (quote === '`' && ch === '$' && code[i + 1] === '{') {
        close();
        tplDepths.push(++depth);
        i++;
      } else text += ch;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      quote = ch;
      startLine = line;
    } else if (ch === '{') depth++;
    else if (ch === '}') {
      if (tplDepths.at(-1) === depth) {
        tplDepths.pop();
        depth--;
        quote = '`';
        startLine = line;
      } else depth--;
    }
  }
  return out;
}

export function textFindings(src, sceneKeys = new Set()) {
  const lines = src.split('\n');
  const exempt = (n) => /not-text:/.test(lines[n - 1] ?? '') || /not-text:/.test(lines[n - 2] ?? '');
  const found = [];
  for (const { text, line } of literalsOf(src)) {
    if (sceneKeys.has(text.trim()) || NOT_TEXT.some((re) => re.test(text))) continue;
    if ((WORDS.test(text) || CAPITALISED.test(text)) && !exempt(line)) found.push({ line, text: text.trim().slice(0, 60) });
  }
  return found;
}

export function checkLiterals(root, dirs = TEXT_FREE_DIRS) {
  const sceneKeys = new Set(listSources(path.join(root, 'src/scenes')).map((f) => path.basename(f, '.ts')));
  const findings = [];
  let files = 0;
  for (const dir of dirs) {
    for (const file of listSources(path.join(root, dir))) {
      files++;
      for (const f of textFindings(readFileSync(file, 'utf8'), sceneKeys))
        findings.push({ file: path.relative(root, file), line: f.line, message: `player-facing text “${f.text}”: use a message key` });
    }
  }
  return { files, findings };
}
