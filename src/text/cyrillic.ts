import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

// Serbian Cyrillic from Serbian Latin: the standard one-to-one transliteration
// (lj, nj, dž are single letters: љ, њ, џ). What is not Serbian stays in Latin
// script, as Serbian Cyrillic print keeps it: words with letters Serbian does
// not have (Zveçan, Leposaviq, Vetëvendosje), the Albanian forms of place
// names, the names of outlets and tools, keys on the keyboard and addresses.
// In ICU messages only the text is changed, never a placeholder or a keyword.

const LOWER: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  dž: 'џ',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  lj: 'љ',
  m: 'м',
  n: 'н',
  nj: 'њ',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
};

/** Letters of the Serbian Latin alphabet; a word with any other letter is not Serbian and stays as it is. */
const SERBIAN_LETTER = /^[a-pr-vzčćđšž]$/i;

/** Words where the two letters of a digraph belong to two parts (nad-živeti, kon-jugacija): letter by letter. */
const SPLIT_DIGRAPHS: readonly RegExp[] = [/^(na|po|o)dž/i, /^konju/i, /^injek/i, /^injun/i, /^tanjug/i, /^vanjez/i];

/**
 * Names and words kept in Latin script inside Serbian Cyrillic text: the
 * Albanian forms of place names (written with no letter Serbian lacks), the
 * outlets the sources name, the game's own name and keyboard keys. Whole
 * words only, longest first.
 */
const KEEP_LATIN: readonly string[] = [
  // Albanian place forms and names that look Serbian to a machine
  'Mitrovica e Veriut',
  'Zubin Potoku',
  'Ura e Ibrit',
  'Lista Serbe',
  'Prishtina',
  'Ujman',
  // outlets, sources and the game's name
  'Flashpoint',
  'Defender Europe',
  'North Kosovo',
  'Prishtina Insight',
  'European Western Balkans',
  'Eurasia Review',
  'Human Rights Watch',
  'Defence Brief',
  'NATO Watch',
  'WikiMili',
  'Kosovo Online',
  'Balkan Insight',
  'Radio Free Europe',
  'Radio Liberty',
  'Gazeta Express',
  'Euronews',
  'Reuters',
  'KoSSev',
  'Info-ks',
  'RFE/RL',
  'RFE',
  'Koha',
  'Politico',
  'Bloomberg',
  'Euractiv',
  'CNA',
  'MIA',
  'N1',
  'BBC',
  'AFP',
  'BIRN',
  // file formats and keys
  'CSV',
  'PDF',
  'JSON',
  'URL',
  'QR',
  'HTML',
  'ICU',
  'Esc',
  'Enter',
  'Tab',
  'Space',
  'Shift',
  'Ctrl',
  'Alt',
  'Home',
  'End',
  'PgUp',
  'PgDn',
];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A file name or path (docs/teacher-guide.md, replay.json): left as it is. */
const PATH = '(?<![\\p{L}\\p{N}])[\\w-]+(?:[/.][\\w-]+)*\\.(?:md|json|csv|ts|html|txt)(?![\\p{L}\\p{N}])';
/** One pass over a text: a code span, an address, a file name, a kept name, or a word. */
const PIECES = new RegExp(
  `(\`[^\`]*\`|https?://\\S+|[\\w.+-]+@[\\w.-]+|${PATH}|(?<![\\p{L}\\p{N}])(?:${[...KEEP_LATIN]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])|\\p{L}+)`,
  'gu',
);
/** One Serbian word in Cyrillic letters, keeping its capitals (LJ → Љ, Lj → Љ, lj → љ). */
function wordToCyrillic(word: string): string {
  const split = SPLIT_DIGRAPHS.some((r) => r.test(word));
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const pair = word.slice(i, i + 2);
    const lowerPair = pair.toLowerCase();
    if (!split && pair.length === 2 && (lowerPair === 'lj' || lowerPair === 'nj' || lowerPair === 'dž')) {
      const letter = LOWER[lowerPair] ?? pair;
      out += pair[0] === pair[0]?.toLowerCase() ? letter : letter.toUpperCase();
      i++;
      continue;
    }
    const ch = word.charAt(i);
    const lower = ch.toLowerCase();
    const letter = LOWER[lower];
    out += letter === undefined ? ch : ch === lower ? letter : letter.toUpperCase();
  }
  return out;
}

/** Whether a word is written in Serbian Latin letters only (so it can be transliterated). */
const isSerbianWord = (word: string): boolean => [...word].every((ch) => SERBIAN_LETTER.test(ch));

/**
 * A key of the keyboard named by its letter: "[L]", "L: kopiraj", "M ili Esc",
 * "pritisni R", "Ctrl+C". It stays a Latin letter (Л is not the key L); a
 * capital letter in prose ("U četiri opštine") is a word and changes.
 */
const KEY_LETTER =
  /((?<=\[)[A-Z](?=\])|(?<![\p{L}\p{N}])[A-Z](?=:|\+| ili )|(?<=\+)[A-Z](?![\p{L}\p{N}])|(?<=(?:[Pp]ritisni|ili|ponovo|tasteri?) )[A-Z](?![\p{L}\p{N}]))/u;

/** Serbian Latin text in Cyrillic script (plain text, no ICU syntax). */
export function latinToCyrillic(text: string): string {
  return text
    .split(KEY_LETTER)
    .map((part, i) => (i % 2 === 1 ? part : wordsToCyrillic(part)))
    .join('');
}

function wordsToCyrillic(text: string): string {
  return text.replace(PIECES, (piece: string) => {
    if (/^(`|https?:\/\/)/.test(piece) || /[@/.]/.test(piece) || KEEP_LATIN.includes(piece)) return piece;
    return isSerbianWord(piece) ? wordToCyrillic(piece) : piece;
  });
}

function convert(elements: MessageFormatElement[]): void {
  for (const el of elements) {
    if (el.type === TYPE.literal) el.value = latinToCyrillic(el.value);
    else if (el.type === TYPE.select || el.type === TYPE.plural) for (const o of Object.values(el.options)) convert(o.value);
    else if (el.type === TYPE.tag) convert(el.children);
  }
}

/** One ICU message from Serbian Latin to Serbian Cyrillic: its text only, never a placeholder or keyword. */
export function messageToCyrillic(message: string): string {
  if (!message.includes('{') && !message.includes("'") && !message.includes('<')) return latinToCyrillic(message);
  const ast = parse(message);
  convert(ast);
  return printAST(ast);
}

/** A whole Serbian Latin catalogue in Cyrillic script. */
export function catalogueToCyrillic(catalogue: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(catalogue)) out[key] = messageToCyrillic(message);
  return out;
}

/** Markdown (the teacher guide) in Cyrillic: code spans, link targets and addresses are left as they are. */
export function markdownToCyrillic(markdown: string): string {
  return markdown
    .split(/(`[^`]*`|\]\([^)]*\)|<[^>]+>)/)
    .map((part, i) => (i % 2 === 1 ? part : latinToCyrillic(part)))
    .join('');
}
