// Making text fit a tight layout, in one place: shrink the font to a width or
// a height (never below a readable minimum), cut one line with "…", keep a
// number of wrapped lines, or both shrink and cut (fitOrClip) for text that
// comes from files or players (seeds, file names). Each helper notes the
// space it was given and whether it cut, for the test hook's text report
// (src/ui/widgets/text-report.ts).

import type * as Phaser from 'phaser';
import { FONT } from './theme';

/** What the helpers below were asked of a text: the space it must fit, and the text they cut it to. */
/** Why a text may be cut: it comes from players or files ('user'), or it is a preview of a text shown whole elsewhere ('preview'). */
export type CutReason = 'user' | 'preview';

export interface FitNote {
  /** The width it was given (px, in the text's own coordinates), if any. */
  width: number | null;
  /** The height it was given, if any. */
  height: number | null;
  /** The text as it was cut with "…" (it counts as cut while it still shows this). */
  cutTo: string | null;
  /** Why cutting it is expected, not a layout fault: text from players or files (seeds, team and file names), or a preview of a text shown whole elsewhere. */
  cutOnPurpose: CutReason | null;
  /** Drawn across its control's edge on purpose (a tab on a card's top edge). */
  overEdge: boolean;
}

const notes = new WeakMap<Phaser.GameObjects.Text, FitNote>();

/** What the fitting helpers noted about `text`, if any of them saw it. */
export function fitNote(text: Phaser.GameObjects.Text): FitNote | undefined {
  return notes.get(text);
}

function note(text: Phaser.GameObjects.Text, change: Partial<FitNote>): void {
  const old = notes.get(text) ?? { width: null, height: null, cutTo: null, cutOnPurpose: null, overEdge: false };
  notes.set(text, { ...old, ...change });
}

/** Records the box a text must fit without changing it (for texts laid out by hand). */
export function setTextBox(text: Phaser.GameObjects.Text, width: number | null, height: number | null = null): Phaser.GameObjects.Text {
  note(text, { width, height });
  return text;
}

/** Marks a text drawn across its control's edge on purpose (a tab), so only the screen bounds it. */
export function markOverEdge(text: Phaser.GameObjects.Text): Phaser.GameObjects.Text {
  note(text, { overEdge: true });
  return text;
}

/**
 * Shrinks a word-wrapped text's font until it wraps into at most `maxLines`
 * lines, down to `minSize` px; then cuts what is still over with clampLines.
 * Returns whether it cut.
 */
export function fitLines(text: Phaser.GameObjects.Text, maxLines: number, minSize: number = FONT.tiny): boolean {
  let size = parseInt(String(text.style.fontSize), 10) || FONT.body;
  while (text.getWrappedText(text.text).length > maxLines && size > minSize) {
    size -= 1;
    text.setFontSize(size);
  }
  return clampLines(text, maxLines);
}

/** Shrinks a one-line text's font until it is at most `maxWidth` wide, down to `minSize` px. Returns the size used. */
export function fitTextWidth(text: Phaser.GameObjects.Text, maxWidth: number, minSize: number = FONT.tiny): number {
  note(text, { width: maxWidth });
  let size = parseInt(String(text.style.fontSize), 10) || FONT.body;
  while (text.width > maxWidth && size > minSize) {
    size -= 1;
    text.setFontSize(size);
  }
  return size;
}

/**
 * Shrinks a (wrapped) text's font size until it fits `maxHeight`, down to
 * `minSize` px. Returns the size used.
 */
export function fitTextHeight(text: Phaser.GameObjects.Text, maxHeight: number, minSize: number = FONT.tiny): number {
  note(text, { height: maxHeight });
  let size = parseInt(String(text.style.fontSize), 10) || FONT.body;
  while (text.height > maxHeight && size > minSize) {
    size -= 1;
    text.setFontSize(size);
    text.setLineSpacing(Math.round(size * 0.25));
  }
  return size;
}

/**
 * Fits a control's label into `maxWidth`: shrinks it down to `minSize` px and,
 * if it is still too wide and `maxHeight` leaves room, wraps it into lines
 * (centred if `center`) and shrinks those until they fit `maxHeight`.
 */
export function fitLabel(
  text: Phaser.GameObjects.Text,
  maxWidth: number,
  maxHeight: number | null,
  center = false,
  minSize: number = FONT.tiny,
): void {
  const size = parseInt(String(text.style.fontSize), 10) || FONT.body;
  const oneLine = fitTextWidth(text, maxWidth, minSize);
  if (text.width <= maxWidth || maxHeight === null) return;
  text.setFontSize(size);
  text.setWordWrapWidth(maxWidth, true).setAlign(center ? 'center' : 'left');
  fitTextHeight(text, maxHeight, LABEL_MIN);
  // A single word longer than the line would be broken inside: keep it whole, on one line (it overflows, and the test hook says so).
  if (splitsWord(text)) text.setWordWrapWidth(null).setLineSpacing(0).setFontSize(oneLine);
}

/** Whether Phaser's wrapping of a text breaks a word inside (it does when a word is longer than the line). */
export function splitsWord(text: Phaser.GameObjects.Text): boolean {
  if (!text.style.wordWrapWidth) return false;
  const words = new Set(text.text.split(/\s+/));
  return text.getWrappedText(text.text).some((line) => line.split(/\s+/).some((w) => w !== '' && !words.has(w)));
}

/** The smallest size a wrapped control label shrinks to. */
const LABEL_MIN = 12;

/** Shortens a one-line text (adding "…") until it is at most `maxWidth` wide. */
export function ellipsize(text: Phaser.GameObjects.Text, maxWidth: number): Phaser.GameObjects.Text {
  note(text, { width: maxWidth, cutTo: null, cutOnPurpose: null });
  if (text.width <= maxWidth) return text;
  const full = text.text;
  let lo = 0;
  let hi = full.length;
  // Binary search on the number of characters kept.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    text.setText(`${full.slice(0, mid).trimEnd()}…`);
    if (text.width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  text.setText(lo > 0 ? `${full.slice(0, lo).trimEnd()}…` : '…');
  note(text, { cutTo: text.text });
  return text;
}

/** Shrinks a one-line text down to `minSize` px and, if it is still too wide, cuts it with "…". */
export function fitOrClip(text: Phaser.GameObjects.Text, maxWidth: number, minSize: number = FONT.tiny): Phaser.GameObjects.Text {
  fitTextWidth(text, maxWidth, minSize);
  return ellipsize(text, maxWidth);
}

/** fitOrClip for text from players or files (seeds, team and file names): cutting it is expected, not a layout fault. */
export function clipUserText(text: Phaser.GameObjects.Text, maxWidth: number, minSize: number = FONT.tiny): Phaser.GameObjects.Text {
  fitOrClip(text, maxWidth, minSize);
  return markCutOnPurpose(text, 'user');
}

/** Marks a text just fitted by ellipsize, fitOrClip or clampLines as one whose cut is expected (see CutReason). */
export function markCutOnPurpose(text: Phaser.GameObjects.Text, why: CutReason): Phaser.GameObjects.Text {
  note(text, { cutOnPurpose: why });
  return text;
}

/**
 * Keeps at most `maxLines` wrapped lines of a word-wrapped text, ending the
 * last kept line with "…" when something was cut. Returns whether it cut.
 */
export function clampLines(text: Phaser.GameObjects.Text, maxLines: number): boolean {
  const lines = text.getWrappedText(text.text);
  note(text, { cutTo: null, cutOnPurpose: null });
  if (lines.length <= maxLines) return false;
  if (maxLines <= 0) {
    text.setText('');
    return true;
  }
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  // Make room for the ellipsis on the last line.
  for (;;) {
    const candidate = [...kept.slice(0, -1), `${last.trimEnd()}…`].join('\n');
    text.setText(candidate);
    if (text.getWrappedText(candidate).length <= maxLines || last.length === 0) break;
    last = last.slice(0, -2);
  }
  note(text, { cutTo: text.text });
  return true;
}
