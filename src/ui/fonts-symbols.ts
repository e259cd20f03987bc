// The symbols the game draws that Noto Sans lacks (arrows, triangles, check
// marks), and the bundled fonts they come from: scripts/make-symbol-font.ts
// cuts exactly these glyphs out of the pinned Noto fonts into
// assets/fonts/*-game.woff2 (a few kB each), and src/ui/fonts.ts adds them to
// the "Noto Sans" family for these code points only, so every text style that
// names Noto Sans draws them the same on every machine. A symbol added to a
// message or a screen belongs here (then `npm run symbol-font`):
// tests/unit/fonts-symbols.test.ts checks the English messages.
// (− • … – — ’ “ ” are in Noto Sans itself.)

export interface SymbolFont {
  /** The file in assets/fonts/. */
  file: string;
  /** The font it is cut from, in node_modules (a pinned devDependency). */
  from: string;
  glyphs: string;
}

export const SYMBOL_FONTS: readonly SymbolFont[] = [
  {
    file: 'noto-sans-math-game.woff2',
    from: '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff2',
    glyphs: '←↑→↓↗',
  },
  {
    file: 'noto-sans-symbols-2-game.woff2',
    from: '@fontsource/noto-sans-symbols-2/files/noto-sans-symbols-2-symbols-400-normal.woff2',
    glyphs: '⌘▲▶▼◀●◐★✓✔✗✘',
  },
  {
    // The title's language row names Serbian Cyrillic in itself ("Српски (ћирилица)") in every
    // language: these ten letters come with the title; the whole Cyrillic faces only with sr-Cyrl.
    file: 'noto-sans-cyrillic-language-name.woff2',
    from: '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2',
    glyphs: 'Саиклпрсћц', // not-text: glyphs to cut out of a font
  },
];

/** Every symbol the game's fonts add. */
export const SYMBOL_GLYPHS = SYMBOL_FONTS.map((f) => f.glyphs).join('');

/** Code points as a CSS unicode-range ("U+2190,U+2192"). */
export const unicodeRange = (glyphs: string): string =>
  [...glyphs].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}`).join(',');
