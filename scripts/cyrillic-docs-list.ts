import { fileURLToPath } from 'node:url';
import { markdownToCyrillic } from '../src/text/cyrillic';

/** The Serbian documents that have a Cyrillic twin, and how it is made. */
export function cyrillicDocs(): { latin: string; cyrillic: string; make: (text: string) => string }[] {
  const doc = (name: string) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));
  return [{ latin: doc('teacher-guide.sr-Latn.md'), cyrillic: doc('teacher-guide.sr-Cyrl.md'), make: markdownToCyrillic }];
}
