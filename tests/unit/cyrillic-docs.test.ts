import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cyrillicDocs } from '../../scripts/cyrillic-docs-list';

// The Serbian Cyrillic documents are made from the Serbian Latin ones
// (npm run docs:cyrillic); a change to the Latin text must be carried over.
describe('the Serbian Cyrillic documents', () => {
  it.each(cyrillicDocs().map((d) => [d.cyrillic.replace(/.*\/docs\//, 'docs/'), d] as const))(
    '%s is current with its Latin original',
    (_name, doc) => {
      expect(readFileSync(doc.cyrillic, 'utf8')).toBe(doc.make(readFileSync(doc.latin, 'utf8')));
    },
  );
});
