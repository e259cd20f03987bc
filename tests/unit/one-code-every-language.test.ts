import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayCommand } from '../../src/cli/replay-command';
import { simCommand } from '../../src/cli/sim-command';
import { scenarioLoaders } from '../../src/scenarios';
import { codeIn as code, runCli } from '../support/cli';

// One game, one code: the same scenario, seed, difficulty and decisions give
// the same verification code and byte-identical replay files in every
// language, and a replay made in one language verifies in another. Only the
// words of the log change.

const sim = (...args: string[]) => runCli(simCommand, scenarioLoaders, args);
const replay = (...args: string[]) => runCli(replayCommand, scenarioLoaders, args);
const dir = mkdtempSync(join(tmpdir(), 'fp-lang-'));
const LANGS = ['en', 'sr-Latn', 'sr-Cyrl', 'sq'] as const;

describe.each([
  ['an all-AI game', ['--seed', 'classroom-1']],
  [
    'four roles played by the historical policy on hard',
    ['--seed', 'lang-roles', '--role', 'serbia,kosovo,serbs,kfor', '--policy', 'historical', '--difficulty', 'hard'],
  ],
  ['a lesson-length game', ['--seed', 'lang-lesson', '--length', 'lesson']],
] as const)('%s', (name, args) => {
  const runs = Promise.all(
    LANGS.map(async (lang) => {
      const out = join(dir, `${name.replace(/\W+/g, '-')}.${lang}.replay.json`);
      const ran = await sim('--scenario', 'north-2023', ...args, '--lang', lang, '--out', out);
      return { lang, ran, out, file: readFileSync(out) };
    }),
  );

  it('gives the same verification code in every language', async () => {
    const all = await runs;
    for (const r of all) expect(r.ran.status, `${r.lang}: ${r.ran.stderr}`).toBe(0);
    expect(new Set(all.map((r) => code(r.ran.stdout))).size).toBe(1);
  });

  it('writes byte-identical replay files in every language', async () => {
    const [english, ...others] = await runs;
    for (const r of others) expect(r.file.equals(english?.file ?? Buffer.alloc(0)), r.lang).toBe(true);
  });

  it('verifies a replay made in Albanian when it is replayed in Serbian Cyrillic', async () => {
    const albanian = (await runs).find((r) => r.lang === 'sq');
    const checked = await replay(albanian?.out ?? '', '--lang', 'sr-Cyrl');
    expect(checked.status, checked.stderr).toBe(0);
    expect(code(checked.stdout)).toBe(code(albanian?.ran.stdout ?? ''));
  });
});

describe('the log of a game', () => {
  it('is written in Cyrillic letters in Serbian Cyrillic, in Latin letters in Serbian Latin and Albanian', async () => {
    const cyrillic = await sim('--scenario', 'north-2023', '--seed', 'classroom-1', '--lang', 'sr-Cyrl');
    const latin = await sim('--scenario', 'north-2023', '--seed', 'classroom-1', '--lang', 'sr-Latn');
    const albanian = await sim('--scenario', 'north-2023', '--seed', 'classroom-1', '--lang', 'sq');
    const english = await sim('--scenario', 'north-2023', '--seed', 'classroom-1');
    const letters = (text: string, re: RegExp) => (text.match(re) ?? []).length;
    expect(letters(cyrillic.stdout, /[\u0400-\u04ff]/g)).toBeGreaterThan(letters(cyrillic.stdout, /[a-z]/g));
    expect(letters(latin.stdout, /[\u0400-\u04ff]/g)).toBe(0);
    expect(latin.stdout).toMatch(/[čćšžđ]/);
    expect(albanian.stdout).toMatch(/[ëç]/);
    for (const other of [cyrillic, latin, albanian]) expect(other.stdout).not.toBe(english.stdout);
  });
});
