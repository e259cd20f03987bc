import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim/hash';
import { type PolicyName, policyFor } from '../../src/sim/policies';
import { RULES_VERSION } from '../../src/sim/rules';
import { simulate } from '../../src/sim/simulate';
import type { ActorId, Difficulty } from '../../src/sim/types';
import { scenario } from './helpers';

// Golden codes: the verification codes of 30 North 2023 games, pinned. Any
// change to the rules, the scenario's content or its machines changes them, so
// a change that was meant to be neutral (a refactor, a speed-up) and is not
// fails here, loudly. A deliberate change must say so: bump RULES_VERSION or
// the scenario's version, note it in docs/replay-format.md, and re-pin.
//
// Columns: seed, difficulty, human role and the policy it follows (null: every
// actor AI), the code. The comment says how the game ended and on which turn.
type Golden = [seed: string, difficulty: Difficulty, role: ActorId | null, policy: PolicyName | null, code: string];

const GOLDEN: Golden[] = [
  ['golden-0', 'easy', null, null, '447F-A2FE-7290'], // settlement t14
  ['golden-0', 'normal', null, null, '65FD-099A-69A9'], // settlement t13
  ['golden-0', 'hard', null, null, '98D4-0E43-BC81'], // last-turn t20
  ['golden-1', 'easy', null, null, '7E4A-53FB-D9AC'], // settlement t16
  ['golden-1', 'normal', null, null, '9F34-4CAF-58D6'], // last-turn t20
  ['golden-1', 'hard', null, null, '2FA0-4634-BEB0'], // settlement t15
  ['golden-2', 'easy', null, null, 'B544-0D3C-39A7'], // last-turn t20
  ['golden-2', 'normal', null, null, '8D00-3A2A-4C38'], // settlement t18
  ['golden-2', 'hard', null, null, '6A8C-6A6A-EB61'], // settlement t17
  ['golden-3', 'easy', null, null, 'C3AD-875D-D1D4'], // settlement t13
  ['golden-3', 'normal', null, null, '2BC0-7CDD-4177'], // settlement t13
  ['golden-3', 'hard', null, null, '89FC-A506-FBC8'], // war t12
  ['golden-role-0', 'easy', 'kfor', 'historical', 'B39F-E1A3-EE18'], // settlement t12
  ['golden-role-0', 'normal', 'kfor', 'historical', '9BF2-F0E6-4A4A'], // settlement t14
  ['golden-role-0', 'hard', 'kfor', 'historical', 'A0A1-23CE-F5BD'], // settlement t14
  ['golden-role-1', 'easy', 'serbia', 'hawk', '2FE8-E28B-67AC'], // last-turn t20
  ['golden-role-1', 'normal', 'serbia', 'hawk', '5870-0F0E-6E3D'], // war t8
  ['golden-role-1', 'hard', 'serbia', 'hawk', 'CB9B-C9F1-BAB1'], // last-turn t20
  ['golden-role-2', 'easy', 'kosovo', 'dove', '1184-4350-8BE9'], // settlement t15
  ['golden-role-2', 'normal', 'kosovo', 'dove', '5042-6A79-11AE'], // settlement t16
  ['golden-role-2', 'hard', 'kosovo', 'dove', '3D63-B53A-AD0A'], // settlement t16
  ['golden-role-3', 'easy', 'serbs', 'random', 'C910-705D-5F9D'], // last-turn t20
  ['golden-role-3', 'normal', 'serbs', 'random', 'BDA0-E005-825D'], // last-turn t20
  ['golden-role-3', 'hard', 'serbs', 'random', '13BA-0A54-2E56'], // last-turn t20
  ['golden-role-4', 'easy', 'eu', 'dove', '666E-56A7-D88C'], // settlement t12
  ['golden-role-4', 'normal', 'eu', 'dove', '0FF4-84E5-90B9'], // last-turn t20
  ['golden-role-4', 'hard', 'eu', 'dove', 'D9EA-2930-2D9B'], // last-turn t20
  ['golden-role-5', 'easy', 'usa', 'hawk', 'C3B4-CDE8-FA43'], // settlement t17
  ['golden-role-5', 'normal', 'usa', 'hawk', '3A84-159B-F0CF'], // settlement t17
  ['golden-role-5', 'hard', 'usa', 'hawk', '73E5-0B07-8B14'], // settlement t13
];

const PINNED_FOR = { rules: 2, scenario: 3 };

const WHY = (seed: string) =>
  `the game "${seed}" no longer gives its pinned code. If the rules or the scenario changed on purpose, bump RULES_VERSION ` +
  '(src/sim/rules.ts) or the scenario version (src/scenarios/north-2023/index.ts), note the change in docs/replay-format.md, ' +
  'and re-pin these codes; if not, this change altered what games do by accident.';

function codeOf([seed, difficulty, role, policy]: Golden): string {
  const humans = role ? [role] : [];
  const policies = role && policy ? { [role]: policyFor(scenario, policy, role, seed) } : {};
  const run = simulate(scenario, { seed, difficulty, humans, policies });
  if (!run.ok) throw new Error(`${seed}: ${run.error}`);
  const code = stateHash(run.value.game.state);
  run.value.game.dispose();
  return code;
}

describe('golden verification codes of North 2023', () => {
  it('were pinned for this rules version and scenario version', () => {
    const why =
      'the rules or scenario version changed: re-pin the golden codes below for the new version (and note the change in docs/replay-format.md)';
    expect({ rules: RULES_VERSION, scenario: scenario.version }, why).toEqual(PINNED_FOR);
  });

  it('cover every difficulty, all-AI games and human roles following a policy', () => {
    expect(new Set(GOLDEN.map((g) => g[1]))).toEqual(new Set(['easy', 'normal', 'hard']));
    expect(GOLDEN.filter((g) => g[2] === null).length).toBeGreaterThanOrEqual(10);
    expect(GOLDEN.filter((g) => g[2] !== null).length).toBeGreaterThanOrEqual(10);
  });

  it.each(GOLDEN)('%s (%s, role %s by %s) gives %s', (...golden) => {
    expect(codeOf(golden), WHY(golden[0])).toBe(golden[4]);
  });
});
