// Text drawn into Phaser's canvas needs the web font loaded first. The fonts
// load while Phaser boots (not before it), and Boot waits for them before it
// opens the first screen with text.
//
// The family "Noto Sans" is made of faces, each for its own characters
// (unicode-range): Latin and Latin Extended (src/main.ts imports them), the
// symbols the game draws that Noto Sans lacks (cut from Noto Sans Math and
// Noto Sans Symbols 2, src/ui/fonts-symbols.ts), and Cyrillic, added only
// when Serbian Cyrillic is chosen (ensureFontsFor).
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import cyrillicLanguageName from '../../assets/fonts/noto-sans-cyrillic-language-name.woff2?url&no-inline';
import mathSymbols from '../../assets/fonts/noto-sans-math-game.woff2?url&no-inline';
import moreSymbols from '../../assets/fonts/noto-sans-symbols-2-game.woff2?url&no-inline';
import { SYMBOL_FONTS, unicodeRange } from './fonts-symbols';

const FAMILY = 'Noto Sans';

/** The Cyrillic subset's range, as @fontsource/noto-sans declares it. */
const CYRILLIC_RANGE = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';

/** Each symbol font's URL (bundled by Vite as a file of its own, not inlined into the code), by file name. */
const SYMBOL_URLS: Readonly<Record<string, string>> = {
  'noto-sans-math-game.woff2': mathSymbols,
  'noto-sans-symbols-2-game.woff2': moreSymbols,
  'noto-sans-cyrillic-language-name.woff2': cyrillicLanguageName,
};

/** Adds one face to the "Noto Sans" family and loads it; never rejects (the system font stands in). */
function addFace(url: string, descriptors: FontFaceDescriptors): Promise<void> {
  if (typeof document === 'undefined' || typeof FontFace === 'undefined') return Promise.resolve();
  const face = new FontFace(FAMILY, `url(${url}) format('woff2')`, { display: 'swap', ...descriptors });
  document.fonts.add(face);
  return face.load().then(
    () => undefined,
    () => undefined,
  );
}

let ready: Promise<void> | null = null;

/** Starts loading the bundled Noto Sans and the game's symbols (once); resolves when usable or failed. */
export function fontsReady(): Promise<void> {
  ready ??= Promise.all([
    document.fonts.load('400 24px "Noto Sans"', 'čćđšžëç'),
    document.fonts.load('700 48px "Noto Sans"', 'čćđšžëç'),
    // not-text: sample characters that make the browser load the italic face
    document.fonts.load('italic 400 16px "Noto Sans"', 'Ibër'),
    // One weight of each symbol font serves both weights the game uses (bold is synthesised).
    ...SYMBOL_FONTS.flatMap((f) =>
      ['400', '700'].map((weight) => addFace(SYMBOL_URLS[f.file] ?? '', { weight, unicodeRange: unicodeRange(f.glyphs) })),
    ),
  ]).then(
    () => undefined,
    () => undefined, // fall back to system fonts; the game still runs
  );
  return ready;
}

let cyrillic: Promise<void> | null = null;

/**
 * The fonts a language needs, loaded once: every language gets the Latin
 * faces and the symbols (fontsReady); Serbian Cyrillic also the Cyrillic
 * faces of Noto Sans (regular and bold, ~7 kB each), which no other language loads.
 */
export function ensureFontsFor(locale: string): Promise<void> {
  const base = fontsReady();
  if (locale !== 'sr-Cyrl') return base;
  cyrillic ??= Promise.all([
    addFace(cyrillic400, { weight: '400', style: 'normal', unicodeRange: CYRILLIC_RANGE }),
    addFace(cyrillic700, { weight: '700', style: 'normal', unicodeRange: CYRILLIC_RANGE }),
  ]).then(() => undefined);
  return Promise.all([base, cyrillic]).then(() => undefined);
}

// For the browser tests (tests/e2e/fonts.test.ts), which call it directly; the game
// calls it through prepareLanguage (Boot and the title's language choice).
if (typeof window !== 'undefined') {
  (window as unknown as { flashpointFonts: unknown }).flashpointFonts = { ensureFontsFor };
}
