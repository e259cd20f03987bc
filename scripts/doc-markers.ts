// Replaces the text between `<!-- BEGIN name -->` and `<!-- END name -->` in a Markdown file.
import { readFileSync, writeFileSync } from 'node:fs';

export const markers = (name: string) => ({ begin: `<!-- BEGIN ${name} -->`, end: `<!-- END ${name} -->` });

/** The text between the markers, or null when they are missing. */
export function between(doc: string, name: string): string | null {
  const { begin, end } = markers(name);
  const a = doc.indexOf(begin);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) return null;
  return doc.slice(a + begin.length, b).trim();
}

export function replaceBetween(file: URL, name: string, text: string): void {
  const doc = readFileSync(file, 'utf8');
  const { begin, end } = markers(name);
  const a = doc.indexOf(begin);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${file.pathname} has no ${begin} … ${end} markers`);
  writeFileSync(file, `${doc.slice(0, a + begin.length)}\n\n${text}\n\n${doc.slice(b)}`);
}
