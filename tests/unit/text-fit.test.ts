import fc from 'fast-check';
import type * as Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { clampLines, ellipsize, fitOrClip, fitTextHeight, fitTextWidth } from '../../src/ui/text-fit';

// The text-fitting helpers only read a text's size and set its font size and
// words, so a plain object that measures like a proportional font stands in
// for Phaser's Text here: a space is narrower than a letter, "…" is wider.

const CHARS_PER_LINE = 20;

function charWidth(ch: string, size: number): number {
  if (ch === ' ') return size * 0.3;
  if (ch === '…') return size * 0.9;
  return size * 0.55;
}

function fakeText(text: string, size = 16) {
  const t = {
    text,
    style: { fontSize: `${size}px` as string | number },
    lineSpacing: 0,
    get size(): number {
      return parseInt(String(t.style.fontSize), 10);
    },
    get width(): number {
      return [...t.text].reduce((w, ch) => w + charWidth(ch, t.size), 0);
    },
    get height(): number {
      return t.getWrappedText(t.text).length * t.size * 1.25;
    },
    setText(value: string) {
      t.text = value;
      return t;
    },
    setFontSize(value: number) {
      t.style.fontSize = `${value}px`;
      return t;
    },
    setLineSpacing(value: number) {
      t.lineSpacing = value;
      return t;
    },
    /** Wraps at CHARS_PER_LINE characters, breaking at spaces where it can. */
    getWrappedText(value: string): string[] {
      const out: string[] = [];
      for (const para of value.split('\n')) {
        let line = '';
        for (const word of para.split(' ')) {
          const next = line ? `${line} ${word}` : word;
          if (next.length > CHARS_PER_LINE && line) {
            out.push(line);
            line = word;
          } else line = next;
        }
        out.push(line);
      }
      return out;
    },
  };
  return t;
}

const asText = (t: ReturnType<typeof fakeText>) => t as unknown as Phaser.GameObjects.Text;

/** The cut that fit.ts made before the helpers were merged, kept to prove fitOrClip still cuts the same. */
function formerClip(text: Phaser.GameObjects.Text, maxWidth: number): void {
  if (text.width <= maxWidth) return;
  const full = text.text;
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    text.setText(`${full.slice(0, mid)}…`);
    if (text.width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  text.setText(`${full.slice(0, lo).trimEnd()}…`);
}

describe('text fitting', () => {
  it('shrinks a line to a width, but not below the minimum size', () => {
    const t = fakeText('North Mitrovica / Mitrovica e Veriut', 20);
    expect(fitTextWidth(asText(t), 300, 12)).toBeLessThan(20);
    expect(t.width).toBeLessThanOrEqual(300);
    const tight = fakeText('North Mitrovica / Mitrovica e Veriut', 20);
    expect(fitTextWidth(asText(tight), 50, 12)).toBe(12);
    expect(tight.text).toBe('North Mitrovica / Mitrovica e Veriut');
  });

  it('shrinks wrapped text to a height and keeps its line spacing in step', () => {
    const t = fakeText('one two three four five six seven eight nine ten eleven twelve', 20);
    const size = fitTextHeight(asText(t), 60, 10);
    expect(t.height).toBeLessThanOrEqual(60);
    expect(t.lineSpacing).toBe(Math.round(size * 0.25));
  });

  it('cuts one line with an ellipsis, and leaves a line that fits alone', () => {
    const fits = fakeText('Zvečan');
    ellipsize(asText(fits), 200);
    expect(fits.text).toBe('Zvečan');
    const long = fakeText('Main bridge over the Ibar');
    ellipsize(asText(long), 100);
    expect(long.text.endsWith('…')).toBe(true);
    expect(long.width).toBeLessThanOrEqual(100);
    const none = fakeText('Leposavić');
    ellipsize(asText(none), 5);
    expect(none.text).toBe('…');
  });

  it('fitOrClip shrinks first and cuts only what still does not fit, as fit.ts did', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40, unit: fc.constantFrom('a', 'b', ' ', 'é', 'W') }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 10, max: 24 }),
        (words, maxWidth, size) => {
          const merged = fakeText(words, size);
          fitOrClip(asText(merged), maxWidth, 12);
          const before = fakeText(words, size);
          fitTextWidth(asText(before), maxWidth, 12);
          formerClip(asText(before), maxWidth);
          expect(merged.text).toBe(before.text);
          expect(merged.style.fontSize).toBe(before.style.fontSize);
        },
      ),
    );
  });

  it('keeps at most a number of wrapped lines, ending the last with an ellipsis', () => {
    const t = fakeText('The police cordon holds while talks go on in Brussels over the weekend');
    expect(clampLines(asText(t), 2)).toBe(true);
    const lines = t.getWrappedText(t.text);
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(t.text.endsWith('…')).toBe(true);
    const short = fakeText('Calm');
    expect(clampLines(asText(short), 2)).toBe(false);
    expect(short.text).toBe('Calm');
  });
});
