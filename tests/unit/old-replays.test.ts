import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayCommand, UNCHECKABLE } from '../../src/cli/replay-command';
import { scenarioLoaders } from '../../src/scenarios';
import { parseReplay, REPLAY_FORMAT, verifyReplay } from '../../src/sim/replay';
import { readClassFiles, replayTimeline } from '../../src/sim/replay-tools';
import { RULES_VERSION } from '../../src/sim/rules';
import { codeIn, runCli } from '../support/cli';
import { lookup } from './helpers';

// Three replay files written by the previous version (main at 472bb04, format
// flashpoint-replay/1, rules version 1). Today's build must still read them,
// re-play their decisions, and say plainly why their codes cannot be checked.
const dir = new URL('../fixtures/replays-main-472bb04/', import.meta.url).pathname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.replay.json'))
  .sort()
  .map((name) => ({ name, path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));

/**
 * North 2023 v3 refills one budget point a turn instead of two, so the hotseat
 * file's human decisions overspend on turn 9: it is refused with the reason.
 */
const fits = (name: string) => name !== 'hotseat-kosovo-serbia.replay.json';

/** The plain reason: made under rules version 1, played here under version 2. */
const RULES_REASON = new RegExp(`rules version 1, .*rules version ${RULES_VERSION}.*cannot be checked`);

const parsed = (text: string) => {
  const p = parseReplay(text);
  if (!p.ok) throw new Error(p.error);
  return p.value;
};

describe('replays made by the previous version (rules 1)', () => {
  it('are the three fixture files, in format 1', () => {
    expect(files.map((f) => f.name)).toEqual([
      'all-ai.replay.json',
      'hotseat-kosovo-serbia.replay.json',
      'kfor-historical-hard.replay.json',
    ]);
    for (const f of files) expect(JSON.parse(f.text).format).toBe('flashpoint-replay/1');
  });

  it.each(files)('$name parses, read as rules version 1', ({ text }) => {
    const r = parsed(text);
    expect(r.format).toBe(REPLAY_FORMAT);
    expect(r.rules).toBe(1);
    expect(r.scenario.id).toBe('north-2023');
  });

  it.each(files.filter((f) => fits(f.name)))('$name re-plays with its code unchecked, saying rules 1 vs 2', ({ text }) => {
    const v = verifyReplay(parsed(text), lookup);
    if (!v.ok) throw new Error(v.error);
    expect(v.value.checked).toBe(false);
    expect(v.value.uncheckable).toMatch(RULES_REASON);
    expect(v.value.played.game.state.phase).toBe('over');
    v.value.played.game.dispose();
  });

  it.each(files.filter((f) => !fits(f.name)))(
    '$name, whose decisions no longer fit today’s budget, is refused with the plain reason',
    ({ text }) => {
      const v = verifyReplay(parsed(text), lookup);
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.error).toMatch(/rules version 1.*its decisions no longer fit these rules/);
    },
  );

  it.each(files.filter((f) => fits(f.name)))('$name steps through the viewer as not verified, with that reason', ({ text }) => {
    const t = replayTimeline(parsed(text), lookup);
    if (!t.ok) throw new Error(t.error);
    expect(t.value.verified).toBe(false);
    expect(t.value.problem).toMatch(RULES_REASON);
    expect(t.value.states.at(-1)?.phase).toBe('over');
  });

  it('are set aside by the class debrief with that reason', () => {
    const entries = readClassFiles(
      files.map(({ name, text }) => ({ name, text })),
      lookup,
    );
    expect(entries.map((e) => e.ok)).toEqual([false, false, false]);
    for (const e of entries) expect(e.problem).toMatch(RULES_REASON);
  });

  it.each(files.filter((f) => fits(f.name)))(
    '$name: npm run replay exits with status 3 and prints the reason, not a stack trace',
    async ({ path }) => {
      const r = await runCli(replayCommand, scenarioLoaders, [path]);
      expect(r.status).toBe(UNCHECKABLE);
      expect(UNCHECKABLE).toBe(3);
      expect(r.stdout).toMatch(RULES_REASON);
      expect(r.stdout).toMatch(/replay re-played, but not verified/);
      expect(codeIn(r.stdout)).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at |Error:/);
    },
  );
});
