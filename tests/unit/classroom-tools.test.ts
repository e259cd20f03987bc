// The browser-side helpers of the classroom screens that need no browser:
// replay links, the class summary, CSV cells, the Markdown reader.
import { describe, expect, it } from 'vitest';
import { policyFor } from '../../src/sim/policies';
import { humanDecisions, makeReplay, replayToText } from '../../src/sim/replay';
import { simulate } from '../../src/sim/simulate';
import { messagesFor } from '../../src/text/messages';
import { mean1, outcomeLabel, readLoadedFiles, splitGroupTitle, summarizeClass } from '../../src/ui/class-summary';
import { classCsv, csvCell } from '../../src/ui/csv';
import { markdownBlocks } from '../../src/ui/markdown';
import { decodeReplayParam, encodeReplayParam, pendingReplayFromLink, replayLinkFor, takeReplayLink } from '../../src/ui/replay-link';
import { scenario } from './helpers';

function replayText(seed: string, policy: 'dove' | 'hawk' | 'historical'): string {
  const run = simulate(scenario, { seed, humans: ['kfor'], policies: { kfor: policyFor(scenario, policy, 'kfor', seed) } });
  if (!run.ok) throw new Error(run.error);
  const text = replayToText(makeReplay(run.value.game.state, humanDecisions(run.value.game.state)));
  run.value.game.dispose();
  return text;
}

describe('replay links', () => {
  it('round-trip a replay (compacted) through base64url, with any characters in the seed', () => {
    const text = replayText('Zvečan · Zveçan <b>&"', 'dove');
    const param = encodeReplayParam(text);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(decodeReplayParam(param) ?? '')).toEqual(JSON.parse(text));
    const link = replayLinkFor(text, 'https://example.org/game/');
    expect(link.startsWith('https://example.org/game/?replay=')).toBe(true);
    expect(pendingReplayFromLink(new URL(link).search)).toBe(decodeReplayParam(param));
  });

  it('give "" for a damaged link and null when there is none; the page link is taken once', () => {
    expect(pendingReplayFromLink('?replay=***')).toBe('');
    expect(pendingReplayFromLink('?replay=%FF%FE')).toBe('');
    expect(pendingReplayFromLink('?seed=X')).toBeNull();
    expect(takeReplayLink('?seed=X')).toBeNull();
    expect(takeReplayLink(`?replay=${encodeReplayParam('{"a":1}')}`)).toBe('{"a":1}');
    expect(takeReplayLink(`?replay=${encodeReplayParam('{"a":1}')}`)).toBeNull();
  });
});

describe('the class summary', () => {
  const files = [
    { name: 'a.json', text: replayText('CLASS-1', 'dove') },
    { name: 'b.json', text: replayText('CLASS-1', 'hawk') },
    { name: 'c.json', text: replayText('CLASS-2', 'historical') },
    { name: 'broken.json', text: '{"format":' },
    { name: 'big.json', text: '', problem: 'the file is too large' },
  ];
  const lookup = (id: string) => (id === scenario.id ? scenario : undefined);
  const m = messagesFor(scenario, 'en');
  const summary = summarizeClass(readLoadedFiles(files, lookup), scenario, lookup);

  it('counts verified games only and keeps every rejected file with its reason', () => {
    expect(summary.files).toBe(5);
    expect(summary.games).toBe(3);
    expect(summary.rejected.map((r) => r.name)).toEqual(['broken.json', 'big.json']);
    expect(summary.rejected[0]?.problem).toMatch(/not a valid JSON file/);
    expect(summary.rejected[1]?.problem).toBe('the file is too large');
    expect(Object.values(summary.outcomes).reduce((a, b) => a + b, 0)).toBe(3);
    expect(summary.peakRung.reduce((a, b) => a + b, 0)).toBe(3);
    expect(summary.firstClash.reduce((a, b) => a + b, 0)).toBe(3);
    for (const h of Object.values(summary.scoreHist)) expect(h.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('compares only games with the same seed, difficulty and roles', () => {
    expect(summary.splits).toHaveLength(1);
    const g = summary.splits[0];
    expect(g?.seed).toBe('CLASS-1');
    expect(g?.games).toBe(2);
    expect(g && splitGroupTitle(m, g)).toBe('Seed CLASS-1 · normal · KFOR played by the students · 2 games');
    for (const p of g?.points ?? []) expect(Object.keys(p.choices).length).toBeGreaterThanOrEqual(2);
  });

  it('says means with one decimal and outcomes in words', () => {
    expect(mean1(m, 7, 2)).toBe('3.5');
    expect(mean1(m, 1, 3)).toBe('0.3');
    expect(mean1(m, 5, 0)).toBe('–');
    expect(outcomeLabel(m, 'last-turn')).toBe('Unresolved at the end');
  });

  it('writes one CSV row per file, header first', () => {
    const lines = classCsv(m, scenario, summary).trim().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(
      /^file,team,length,verified,seed,difficulty,roles,outcome,turns,peak_rung,final_rung,first_clash_turn,kfor_injured,police_injured,civilians_injured,killed,score_serbia,.*,score_china,problem$/,
    );
    expect(lines.filter((l) => l.includes(',yes,'))).toHaveLength(3);
  });
});

describe('CSV cells', () => {
  it('quote commas, quotes and line breaks, and defuse spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });
});

describe('the Markdown reader', () => {
  it('turns headings, lists and paragraphs into blocks, links into text', () => {
    const { blocks, headings } = markdownBlocks(
      '# Title\n\nSome **bold** text\non two lines.\n\n## Part\n\n- one [link](https://x.org)\n- two\n\n1. first',
    );
    expect(headings.map((h) => [h.level, h.text])).toEqual([
      [1, 'Title'],
      [2, 'Part'],
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Title',
      'Some bold text on two lines.',
      'Part',
      '• one link (https://x.org)',
      '• two',
      '1. first',
    ]);
  });
});
