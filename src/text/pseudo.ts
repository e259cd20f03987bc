import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

// A pseudo-locale for tests: every message changed (accented letters) and made
// about 40% longer, with its placeholders, plurals and selects intact. Shown
// in it, a screen that still has English in it, or that cuts long text badly,
// stands out at once; a game played in it must give the same verification codes.

export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ğ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ŧ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ď',
  E: 'É',
  F: 'Ƒ',
  G: 'Ğ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ŧ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Accents every letter and pads words so the text grows by about 40%. */
export function pseudoText(text: string): string {
  let out = '';
  for (const ch of text) out += ACCENTED[ch] ?? ch;
  // Lengthen: repeat a vowel-like filler in proportion to the letters.
  const letters = text.replace(/[^A-Za-z]/g, '').length;
  return letters ? `${out}${'·'.repeat(Math.ceil(letters * 0.4))}` : out;
}

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: pseudoText(el.value) };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, { ...o, value: transform(o.value) }]));
      return { ...el, options };
    }
    if (el.type === TYPE.tag) return { ...el, children: transform(el.children) };
    return el;
  });
}

/** One message in the pseudo-locale. */
export function pseudoMessage(source: string): string {
  return printAST(transform(parse(source)));
}

/** A whole catalogue in the pseudo-locale (messagesFor keeps the result, once per scenario). */
export function pseudoCatalogue(catalogue: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(catalogue).map(([k, v]) => [k, pseudoMessage(v)]));
}
