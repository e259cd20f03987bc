// A class game without the network: teams share a role, only the captain
// orders, orders stay sealed until every team has sent one, and the game is
// exactly the engine game with the same decisions (so its replay verifies and
// its code equals the command line's).
import { describe, expect, it } from 'vitest';
import { ClassGame, type ClassSetup, playedGame, TEAM_MAX } from '../../src/class/class-game';
import { holdAction } from '../../src/sim/catalog';
import { stateHash } from '../../src/sim/hash';
import { policyFor } from '../../src/sim/policies';
import { verifyReplay } from '../../src/sim/replay';
import { simulate } from '../../src/sim/simulate';
import { lookup, scenario } from './helpers';

const setup = (over: Partial<ClassSetup> = {}): ClassSetup => ({
  scenario: scenario.id,
  seed: 'class-1',
  difficulty: 'normal',
  students: ['serbia', 'kfor'],
  timerSeconds: 0,
  ...over,
});
const T0 = 1_000_000;
const newClass = (over: Partial<ClassSetup> = {}) => ClassGame.create(scenario, 'ABCDEF', 'teacher-secret-0001', setup(over), T0);
const firstPossible = (g: ClassGame, role: string) => g.game.options(role).find((o) => o.available)?.def.id ?? holdAction(role);

describe('a class game', () => {
  it('seats students in the roles students play, up to a team of four per role', () => {
    const g = newClass();
    for (let i = 0; i < TEAM_MAX; i++) expect(g.join(`m${i}`, `token-${i}`, `S${i}`, 'kfor').ok).toBe(true);
    expect(g.join('m9', 'token-9', 'S9', 'kfor')).toEqual({ ok: false, error: 'role-full' });
    expect(g.join('m8', 'token-8', 'S8', 'russia')).toEqual({ ok: false, error: 'not-a-student-role' });
    expect(g.join('m7', 'token-7', 'S7', 'atlantis')).toEqual({ ok: false, error: 'not-a-role' });
  });

  it('makes the first student of a role its captain, and only the captain orders', () => {
    const g = newClass();
    g.join('a', 'token-a', 'A', 'kfor');
    g.join('b', 'token-b', 'B', 'kfor');
    const action = firstPossible(g, 'kfor');
    expect(g.order('b', action)).toEqual({ ok: false, error: 'not-captain' });
    expect(g.propose('b', action).ok).toBe(true);
    expect(g.teamProposals('kfor')).toEqual({ b: action });
    expect(g.setCaptain('a', 'b').ok).toBe(true);
    expect(g.order('b', action).ok).toBe(true);
  });

  it('keeps an order sealed: the public view says who ordered, never what', () => {
    const g = newClass();
    g.join('a', 'token-a', 'A', 'kfor');
    g.join('s', 'token-s', 'S', 'serbia');
    const action = firstPossible(g, 'kfor');
    g.order('a', action, T0);
    const view = g.publicView(T0);
    expect(view.ordered).toEqual(['kfor']);
    expect(JSON.stringify(view)).not.toContain(action);
    expect(view.decisions).toEqual([]);
  });

  it('resolves the turn when the last team orders, with the same decisions the engine records', () => {
    const g = newClass();
    g.join('a', 'token-a', 'A', 'kfor');
    g.join('s', 'token-s', 'S', 'serbia');
    const k = firstPossible(g, 'kfor');
    const s = firstPossible(g, 'serbia');
    expect(g.order('a', k, T0)).toEqual({ ok: true, value: { resolved: false } });
    expect(g.order('s', s, T0)).toEqual({ ok: true, value: { resolved: true } });
    expect(g.publicView(T0).turn).toBe(2);
    expect(g.state.decisions.map((d) => d.actor).sort()).toEqual(['kfor', 'serbia']);
    expect(playedGame(scenario, g.state.setup, g.state.decisions).state.turn).toBe(2);
  });

  it('holds for a team that sent nothing when the teacher ends the turn', () => {
    const g = newClass();
    g.join('a', 'token-a', 'A', 'kfor');
    g.resolve(T0);
    expect(g.state.decisions).toEqual([
      { turn: 1, actor: 'serbia', action: holdAction('serbia') },
      { turn: 1, actor: 'kfor', action: holdAction('kfor') },
    ]);
  });

  it('lets the computer play a role the teacher hands to it, and plays on alone when no student role is left', () => {
    const g = newClass();
    g.setComputer('serbia', true, T0);
    expect(g.waitingFor()).toEqual(['kfor']);
    g.setComputer('kfor', true, T0);
    expect(g.over).toBe(true);
    const replay = g.replay();
    const checked = verifyReplay(replay, lookup);
    expect(checked.ok).toBe(true);
  });

  it('gives the command line’s code when every team plays the historical policy', () => {
    const students = ['serbia', 'kosovo', 'serbs', 'kfor'];
    const g = ClassGame.create(scenario, 'HISTRY', 'teacher-secret-0001', setup({ students, seed: 'classroom-1' }), T0);
    students.forEach((r, i) => g.join(`m${i}`, `token-${i}`, r, r));
    const policies = Object.fromEntries(students.map((r) => [r, policyFor(scenario, 'historical', r, 'classroom-1')]));
    while (!g.over)
      for (const r of g.waitingFor()) expect(g.order(`m${students.indexOf(r)}`, policies[r]?.(g.game, r) ?? '', T0).ok).toBe(true);
    const cli = simulate(scenario, { seed: 'classroom-1', humans: students, policies });
    expect(cli.ok && stateHash(cli.value.game.state)).toBe(g.replay().verification);
  });

  it('runs the turn timer, pauses it with the time left, and resolves when it runs out', () => {
    const g = newClass({ timerSeconds: 60 });
    expect(g.publicView(T0 + 10_000).timeLeft).toBe(50_000);
    g.pause(T0 + 10_000);
    expect(g.publicView(T0 + 40_000).timeLeft).toBe(50_000);
    expect(g.order('nobody', 'x')).toEqual({ ok: false, error: 'no-member' });
    g.resume(T0 + 40_000);
    expect(g.state.deadline).toBe(T0 + 90_000);
  });

  it('refuses orders while paused and after the game is over', () => {
    const g = newClass();
    g.join('a', 'token-a', 'A', 'kfor');
    g.pause(T0);
    expect(g.order('a', firstPossible(g, 'kfor'))).toEqual({ ok: false, error: 'paused' });
    g.resume(T0);
    expect(g.end().ok).toBe(true);
    expect(g.order('a', firstPossible(g, 'kfor'))).toEqual({ ok: false, error: 'game-over' });
    expect(g.replay().stopped).toBeDefined();
  });

  it('continues a saved class exactly where it stood, with the open turn’s orders to give again', () => {
    const g = newClass();
    g.join('a', 'token-a', 'A', 'kfor');
    g.resolve(T0);
    g.order('a', firstPossible(g, 'kfor'), T0);
    const saved = JSON.parse(JSON.stringify(g.state));
    const back = ClassGame.restore(scenario, saved, T0);
    expect(back.publicView(T0).turn).toBe(2);
    expect(back.publicView(T0).ordered).toEqual([]);
    expect(back.memberByToken('token-a')?.role).toBe('kfor');
    expect(stateHash(back.game.state)).toBe(stateHash(playedGame(scenario, g.state.setup, g.state.decisions).state));
  });

  it('moves the captaincy to a teammate when the captain is removed', () => {
    const g = newClass();
    g.join('a', 'token-a', 'A', 'kfor');
    g.join('b', 'token-b', 'B', 'kfor');
    g.remove('a');
    expect(g.state.captains.kfor).toBe('b');
    expect(g.memberByToken('token-a')).toBeUndefined();
  });
});
