// Checks a translation against English, file by file, before it is wired in:
//   npx tsx scripts/check-translation.ts sr-Latn [file-name …]
// For every catalogue folder (the game's and each scenario's) that has a
// folder for the language: the same keys, valid ICU, the same placeholders and
// select options as English, the plural categories the language needs, and
// (as warnings) messages left identical to English.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';

const tag = process.argv[2];
const only = new Set(process.argv.slice(3).map((f) => (f.endsWith('.json') ? f : `${f}.json`)));
if (!tag) {
  console.error('usage: npx tsx scripts/check-translation.ts <tag> [file …]');
  process.exit(2);
}

/** The plural categories a language's cardinal numbers use (from Intl), besides exact =N cases. */
const neededPlurals = new Set(new Intl.PluralRules(tag).resolvedOptions().pluralCategories);

interface Shape {
  args: Set<string>;
  selects: Map<string, string>;
  plurals: string[][];
}

function shapeOf(elements: MessageFormatElement[], shape: Shape = { args: new Set(), selects: new Map(), plurals: [] }): Shape {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) shape.args.add(el.value);
    if (el.type === TYPE.select) {
      shape.args.add(el.value);
      shape.selects.set(el.value, Object.keys(el.options).sort().join('|'));
      for (const o of Object.values(el.options)) shapeOf(o.value, shape);
    }
    if (el.type === TYPE.plural) {
      shape.args.add(el.value);
      shape.plurals.push(Object.keys(el.options));
      for (const o of Object.values(el.options)) shapeOf(o.value, shape);
    }
    if (el.type === TYPE.tag) shapeOf(el.children, shape);
  }
  return shape;
}

const folders = ['src/text/messages', ...readdirSync('src/scenarios').map((s) => join('src/scenarios', s, 'messages'))].filter((f) =>
  existsSync(join(f, 'en')),
);
let errors = 0;
let warnings = 0;
let checked = 0;
const problem = (where: string, text: string) => {
  errors++;
  console.log(`ERROR ${where}: ${text}`);
};

for (const folder of folders) {
  const dir = join(folder, tag);
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(join(folder, 'en')).filter((f) => f.endsWith('.json'))) {
    if (only.size > 0 && !only.has(file)) continue;
    const theirs = join(dir, file);
    if (!existsSync(theirs)) {
      console.log(`missing ${theirs}`);
      continue;
    }
    checked++;
    const en: Record<string, string> = JSON.parse(readFileSync(join(folder, 'en', file), 'utf8'));
    let tr: Record<string, string>;
    try {
      tr = JSON.parse(readFileSync(theirs, 'utf8'));
    } catch (e) {
      problem(theirs, `not valid JSON: ${(e as Error).message}`);
      continue;
    }
    for (const key of Object.keys(en)) if (!Object.hasOwn(tr, key)) problem(theirs, `missing key ${key}`);
    for (const key of Object.keys(tr)) if (!Object.hasOwn(en, key)) problem(theirs, `key not in English: ${key}`);
    for (const [key, source] of Object.entries(en)) {
      const text = tr[key];
      if (typeof text !== 'string') continue;
      let a: Shape;
      let b: Shape;
      try {
        a = shapeOf(parse(source));
        b = shapeOf(parse(text));
      } catch (e) {
        problem(`${theirs} ${key}`, `not valid ICU: ${(e as Error).message}`);
        continue;
      }
      const missing = [...a.args].filter((x) => !b.args.has(x));
      const extra = [...b.args].filter((x) => !a.args.has(x));
      if (missing.length) problem(`${theirs} ${key}`, `placeholders missing: ${missing.join(', ')}`);
      if (extra.length) problem(`${theirs} ${key}`, `placeholders not in English: ${extra.join(', ')}`);
      for (const [name, options] of a.selects)
        if (b.selects.has(name) && b.selects.get(name) !== options)
          problem(`${theirs} ${key}`, `select {${name}} options ${b.selects.get(name)} differ from English ${options}`);
      for (const categories of b.plurals) {
        if (!categories.includes('other')) problem(`${theirs} ${key}`, 'a plural without "other"');
        const words = categories.filter((c) => !c.startsWith('='));
        // A plural written only with exact cases (=1, =2 …) plus other is fine; otherwise every category the language uses.
        if (words.length > 1) {
          const lacking = [...neededPlurals].filter((c) => !categories.includes(c));
          if (lacking.length) problem(`${theirs} ${key}`, `plural lacks the ${tag} categories ${lacking.join(', ')}`);
        }
      }
      if (text === source && /[a-z]{4,} [a-z]{3,}/.test(source) && !key.endsWith('.sr') && !key.endsWith('.sq')) {
        warnings++;
        console.log(`warning ${theirs} ${key}: same as English`);
      }
    }
  }
}
console.log(`${checked} files checked: ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 ? 1 : 0);
