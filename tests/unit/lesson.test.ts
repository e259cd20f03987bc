import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayCommand } from '../../src/cli/replay-command';
import { simCommand } from '../../src/cli/sim-command';
import { scenarioLoaders } from '../../src/scenarios';
import { lengths } from '../../src/scenarios/north-2023/lengths';
import { createGame } from '../../src/sim/game';
import { stateHash } from '../../src/sim/hash';
import { gameLengths, turnsPlayed } from '../../src/sim/lengths';
import { type Policy, scriptPolicy } from '../../src/sim/policies';
import { humanDecisions, makeReplay, parseReplay, type Replay, replayToText, verifyReplay } from '../../src/sim/replay';
import { readClassFiles, replayTimeline } from '../../src/sim/replay-tools';
import { parseSave, saveToText } from '../../src/sim/save';
import { type GamePoint, simulate } from '../../src/sim/simulate';
import { cleanTeamName, replayFileName } from '../../src/sim/team';
import type { ActorId, GameState } from '../../src/sim/types';
import { timeline } from '../../src/text/debrief';
import { summarizeClass } from '../../src/ui/class-summary';
import { classCsv } from '../../src/ui/csv';
import { tinyScenario as tiny } from '../fixtures/tiny-scenario';
import { codeIn, runCli } from '../support/cli';
import { en, lookup, scenario, seeds } from './helpers';

// The lesson length (turns 11–20 from the state of 23 May 2023), "End now"
// (a game stopped early), unfinished games' replays, and team names.

const lesson = lengths.lesson!;
const sim = (...args: string[]) => runCli(simCommand, scenarioLoaders, args);
const replayCli = (...args: string[]) => runCli(replayCommand, scenarioLoaders, args);
const dir = mkdtempSync(join(tmpdir(), 'fp-lesson-'));
const kforHistorical: Partial<Record<ActorId, Policy>> = { kfor: scriptPolicy(scenario.historical.kfor!) };

function played(opts: Parameters<typeof simulate>[1]): GameState {
  const run = simulate(scenario, opts);
  if (!run.ok) throw new Error(run.error);
  const state = structuredClone(run.value.game.state) as GameState;
  run.value.game.dispose();
  return state;
}

const decisionTurns = (s: GameState) => [...new Set(s.log.filter((e) => e.kind === 'decision').map((e) => e.turn))];

function verified(replay: Replay): string {
  const parsed = parseReplay(replayToText(replay));
  if (!parsed.ok) throw new Error(parsed.error);
  const v = verifyReplay(parsed.value, lookup);
  if (!v.ok) throw new Error(v.error);
  expect(v.value.checked).toBe(true);
  v.value.played.game.dispose();
  return v.value.code;
}

describe('the lesson length of North 2023', () => {
  it('is declared by the scenario beside the full game: turns 11 to 20', () => {
    expect(gameLengths(scenario)).toMatchObject({ full: { firstTurn: 1, lastTurn: 20 }, lesson: { firstTurn: 11, lastTurn: 20 } });
  });

  it('starts from the authored state of 23 May 2023, just before turn 11', () => {
    const s = createGame(scenario, { seed: 'lesson-start', length: 'lesson' }).state;
    expect(s.turn).toBe(10);
    expect(s.length).toBe('lesson');
    expect(s.rung).toBe(lesson.start?.rung);
    // North Mitrovica's mayor is in (19 May); the three other buildings are still run by their Serb-staffed administrations.
    expect(s.places['north-mitrovica']?.holder).toBe('kosovo-mayor');
    for (const p of ['zvecan', 'leposavic', 'zubin-potok']) expect(s.places[p]?.holder).toBe('local-serbs');
    expect(s.flags.boycottHolds).toBe(true);
    expect(s.places.zvecan?.unrest).toBeGreaterThan(scenario.places.zvecan!.start.unrest);
    expect(s.actors.kosovo?.meters.special).toBe(36);
    expect(s.firedEvents).toEqual(['election-results', 'embassy-anniversary']);
  });

  it('plays at most 10 turns, from turn 11, in every game', () => {
    for (const seed of seeds(12, 'lesson')) {
      const s = played({ seed, length: 'lesson' });
      expect(s.phase).toBe('over');
      expect(decisionTurns(s)[0]).toBe(11);
      expect(s.turn).toBeLessThanOrEqual(20);
      expect(turnsPlayed(scenario, s)).toBeLessThanOrEqual(10);
      if (s.outcome === 'last-turn') expect(turnsPlayed(scenario, s)).toBe(10);
    }
  });

  it('gives the same code for the same seed and decisions, and another code than the full game', () => {
    const a = played({ seed: 'classroom-1', length: 'lesson', humans: ['kfor'], policies: kforHistorical });
    const b = played({ seed: 'classroom-1', length: 'lesson', humans: ['kfor'], policies: kforHistorical });
    const full = played({ seed: 'classroom-1', humans: ['kfor'], policies: kforHistorical });
    expect(stateHash(a)).toBe(stateHash(b));
    expect(stateHash(a)).not.toBe(stateHash(full));
  });

  it('leaves full games as they were: their state records no length', () => {
    const s = createGame(scenario, { seed: 'full', length: 'full' }).state;
    expect('length' in s).toBe(false);
    expect(stateHash(s)).toBe(stateHash(createGame(scenario, { seed: 'full' }).state));
  });

  it('refuses a length the scenario does not have', () => {
    expect(() => createGame(scenario, { seed: 'x', length: 'weekend' })).toThrow(/no length "weekend"/);
    expect(() => createGame(tiny, { seed: 'x', length: 'lesson' })).toThrow(/no length "lesson"/);
  });

  it('plays the debrief timeline from turn 11, with the real events before it marked as before the game', () => {
    const s = played({ seed: 'classroom-1', length: 'lesson' });
    const rows = timeline(en, scenario, s);
    expect(rows.filter((r) => r.played)[0]?.turn).toBe(11);
    expect(rows.some((r) => r.played && r.history.some((h) => h.id === 'police-enter'))).toBe(true);
    expect(rows.filter((r) => r.turn < 11).every((r) => !r.played && r.decisions.length === 0)).toBe(true);
  });
});

describe('replays of lesson games', () => {
  it('record the length and round-trip through a file, verifying', () => {
    const s = played({ seed: 'classroom-1', length: 'lesson', humans: ['kfor'], policies: kforHistorical });
    const r = makeReplay(s, humanDecisions(s));
    expect(r.length).toBe('lesson');
    expect(r.decisions[0]?.turn).toBe(11);
    expect(verified(r)).toBe(stateHash(s));
  });

  it('refuse a length the scenario does not have, naming it', () => {
    const s = played({ seed: 'classroom-1', length: 'lesson' });
    const bad = parseReplay(replayToText({ ...makeReplay(s, []), length: 'weekend' }));
    if (!bad.ok) throw new Error(bad.error);
    const v = verifyReplay(bad.value, lookup);
    expect(v.ok ? '' : v.error).toMatch(/no length "weekend" \(it has: full, lesson\)/);
  });

  it('step through the viewer from the lesson start', () => {
    const s = played({ seed: 'classroom-1', length: 'lesson' });
    const t = replayTimeline(makeReplay(s, []), lookup);
    if (!t.ok) throw new Error(t.error);
    expect(t.value.verified).toBe(true);
    expect(t.value.states[10]?.turn).toBe(10);
    expect(t.value.states.at(-1)?.turn).toBe(s.turn);
  });
});

describe('End now: a game stopped early', () => {
  const stopAt = (point: GamePoint, length?: string) =>
    played({ seed: 'stop-1', humans: ['kfor'], policies: kforHistorical, stopAt: point, ...(length ? { length } : {}) });

  it('ends with the outcome "stopped", its orders for the unplayed turn withdrawn', () => {
    const s = stopAt({ turn: 4, phase: 'decisions' });
    expect(s.phase).toBe('over');
    expect(s.outcome).toBe('stopped');
    expect(s.orders).toEqual([]);
    expect(s.log.at(-1)).toEqual({ turn: 4, kind: 'end', outcome: 'stopped', stoppedDuring: 'decisions' });
    expect(turnsPlayed(scenario, s)).toBe(3);
  });

  it('is refused once the game is over', () => {
    const game = createGame(scenario, { seed: 'over' });
    game.advance();
    expect(game.stop()).toEqual({ ok: false, error: 'the game is already over' });
  });

  it('records where it stopped in its replay, which verifies (during a turn and between turns)', () => {
    for (const point of [
      { turn: 4, phase: 'decisions' },
      { turn: 7, phase: 'news' },
    ] as GamePoint[]) {
      const s = stopAt(point);
      const r = makeReplay(s, humanDecisions(s));
      expect(r.stopped).toEqual(point);
      expect(verified(r)).toBe(stateHash(s));
    }
  });

  it('verifies in a lesson too, and the viewer ends on the stopped state', () => {
    const s = stopAt({ turn: 13, phase: 'decisions' }, 'lesson');
    const r = makeReplay(s, humanDecisions(s));
    expect(r).toMatchObject({ length: 'lesson', stopped: { turn: 13, phase: 'decisions' } });
    expect(verified(r)).toBe(stateHash(s));
    const t = replayTimeline(r, lookup);
    if (!t.ok) throw new Error(t.error);
    expect(t.value.states.at(-1)?.outcome).toBe('stopped');
  });

  it('works for the tiny scenario, which has only its full length', () => {
    const game = createGame(tiny, { seed: 'tiny-stop' });
    game.step();
    expect(game.stop().ok).toBe(true);
    expect(game.state.outcome).toBe('stopped');
  });

  it('a replay that says it stopped later than the game could go is refused', () => {
    const s = played({ seed: 'stop-all-ai', stopAt: { turn: 4, phase: 'news' } });
    const r = { ...makeReplay(s, []), stopped: { turn: 60, phase: 'news' as const } };
    const v = verifyReplay(r, lookup);
    expect(v.ok ? '' : v.error).toMatch(/before the point it was stopped at/);
  });

  it('is kept by a save and read back', () => {
    const s = stopAt({ turn: 4, phase: 'decisions' });
    const file = parseSave(saveToText(s, 'kfor', '2023-05-26T10:00:00Z', undefined, undefined, 'Team 3'), lookup);
    if (!file.ok) throw new Error(file.error);
    expect(file.value.state.outcome).toBe('stopped');
    expect(file.value.team).toBe('Team 3');
  });
});

describe('the replay of a game still going (downloaded from the menu at any turn)', () => {
  it('runs to where the game stands and verifies, even with a hot-seat order already given', () => {
    const game = createGame(scenario, { seed: 'going', humans: ['serbia', 'kosovo'] });
    game.advance();
    for (let t = 1; t <= 3; t++) {
      expect(game.submit('serbia', 'serbia.hold').ok).toBe(true);
      expect(game.submit('kosovo', 'kosovo.hold').ok).toBe(true);
      game.advance();
    }
    // Serbia has given turn 4's order; Kosovo has not yet.
    expect(game.submit('serbia', 'serbia.hold').ok).toBe(true);
    const r = makeReplay(game.state, humanDecisions(game.state));
    expect(r.unfinished).toEqual({ turn: 4, phase: 'decisions' });
    expect(r.decisions).toHaveLength(6);
    verified(r);
    // Going on from there still plays the same game.
    expect(game.submit('kosovo', 'kosovo.hold').ok).toBe(true);
    game.advance();
    expect(game.state.turn).toBe(5);
  });
});

describe('team names', () => {
  it('are cleaned: harmful characters dropped, spaces tidied, at most 40 characters', () => {
    expect(cleanTeamName('  Team 3/B  <script>  ')).toBe('Team 3 B script');
    expect(cleanTeamName('Ekipa Zvečan – Zveçan')).toBe('Ekipa Zvečan Zveçan');
    expect(cleanTeamName('\u0000\u202e../..')).toBe('.. ..');
    expect(cleanTeamName('x'.repeat(100))).toHaveLength(40);
    expect(cleanTeamName('///')).toBe('');
  });

  it('name the replay file: flashpoint-<seed>-<role>-<team>.replay.json', () => {
    expect(replayFileName('ZVECAN-4821', ['kfor'], 'Team 3/B')).toBe('flashpoint-ZVECAN-4821-kfor-Team-3-B.replay.json');
    expect(replayFileName('ZVECAN-4821', ['kfor'])).toBe('flashpoint-ZVECAN-4821-kfor.replay.json');
    expect(replayFileName('ZVECAN-4821', [], '')).toBe('flashpoint-ZVECAN-4821-watch.replay.json');
    expect(replayFileName('x', ['serbia', 'kosovo'], 'Ana & Luka')).toBe('flashpoint-x-hotseat-serbia-kosovo-Ana-Luka.replay.json');
    expect(replayFileName('Zvečan 7', ['kfor'], 'Ekipa Đurđa')).toBe('flashpoint-Zvecan-7-kfor-Ekipa-Đurđa.replay.json');
    expect(replayFileName('<>', ['kfor'], '///')).toBe('flashpoint-game-kfor.replay.json');
  });

  it('are kept in the replay file, never in the game: the code does not depend on them', () => {
    const s = played({ seed: 'team', humans: ['kfor'], policies: kforHistorical });
    const a = makeReplay(s, humanDecisions(s), 'Team A');
    const b = makeReplay(s, humanDecisions(s), 'Team B');
    expect(a.team).toBe('Team A');
    expect(a.verification).toBe(b.verification);
    expect('team' in makeReplay(s, humanDecisions(s), ' // ')).toBe(false);
    expect(verified(a)).toBe(a.verification);
  });

  it('refuse an over-long team name in a file with a plain reason', () => {
    const s = played({ seed: 'team', length: 'lesson' });
    const p = parseReplay(JSON.stringify({ ...makeReplay(s, []), team: 'x'.repeat(41) }));
    expect(p.ok ? '' : p.error).toMatch(/team: the team name is longer than 40 characters/);
  });

  it('show in the class debrief and its CSV, with the length', () => {
    const s = played({ seed: 'class', length: 'lesson', humans: ['kfor'], policies: kforHistorical });
    const file = { name: 'a.replay.json', text: replayToText(makeReplay(s, humanDecisions(s), 'Team 7')) };
    const summary = summarizeClass(readClassFiles([file], lookup), scenario, lookup);
    expect(summary.rows[0]).toMatchObject({ team: 'Team 7', length: 'lesson', verified: true });
    const csv = classCsv(en, scenario, summary).split('\r\n');
    expect(csv[0]).toMatch(/^file,team,length,verified,/);
    expect(csv[1]).toMatch(/^a\.replay\.json,Team 7,lesson,yes,/);
  });
});

describe('replay files made before format 3 (main at 082afc0, format 2)', () => {
  const fixtures = new URL('../fixtures/replays-format2-082afc0/', import.meta.url).pathname;
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.replay.json'));

  it.each(files)('%s reads as a full, finished game and re-plays to its own code', (name) => {
    const text = readFileSync(join(fixtures, name), 'utf8');
    expect(JSON.parse(text).format).toBe('flashpoint-replay/2');
    const p = parseReplay(text);
    if (!p.ok) throw new Error(p.error);
    expect(p.value.length).toBeUndefined();
    expect(p.value.stopped).toBeUndefined();
    const v = verifyReplay(p.value, lookup);
    if (!v.ok) throw new Error(v.error);
    // Checked when this build has the scenario version that made it (a later content change only makes it uncheckable).
    if (p.value.scenario.version === scenario.version) expect(v.value).toMatchObject({ checked: true, code: p.value.verification });
    else expect(v.value.uncheckable).toMatch(/version/);
    v.value.played.game.dispose();
  });
});

describe('npm run sim -- --length lesson', () => {
  it('plays at most 10 turns, from turn 11, and its replay verifies through npm run replay', async () => {
    const out = join(dir, 'lesson.replay.json');
    const r = await sim('--scenario', 'north-2023', '--seed', 'classroom-1', '--length', 'lesson', '--team', 'Team 3', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const turns = [...r.stdout.matchAll(/^== Turn (\d+)/gm)].map((m) => Number(m[1]));
    expect(turns[0]).toBe(11);
    expect(turns.length).toBeLessThanOrEqual(10);
    expect(r.stdout).toMatch(/length: Lesson \(10 turns\), from turn 11/);
    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(file).toMatchObject({ format: 'flashpoint-replay/3', length: 'lesson', team: 'Team 3' });
    const checked = await replayCli(out);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(/replay verified/);
    expect(codeIn(checked.stdout)).toBe(codeIn(r.stdout));
  });

  it('refuses an unknown length as a usage error, listing the lengths', async () => {
    const r = await sim('--seed', 'x', '--length', 'weekend');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown length "weekend" \(north-2023 has: full, lesson\)/);
  });

  it('verifies a stopped game through npm run replay', async () => {
    const s = played({
      seed: 'cli-stop',
      length: 'lesson',
      humans: ['kfor'],
      policies: kforHistorical,
      stopAt: { turn: 12, phase: 'news' },
    });
    const path = join(dir, 'stopped.replay.json');
    writeFileSync(path, replayToText(makeReplay(s, humanDecisions(s))));
    const r = await replayCli(path);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/The game was stopped early/);
    expect(r.stdout).toMatch(/turns played: 2/);
    expect(codeIn(r.stdout)).toBe(stateHash(s));
  });
});
