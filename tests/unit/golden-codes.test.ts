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
  ['golden-0', 'easy', null, null, '5092-81E1-558B'], // undefined t6
  ['golden-0', 'normal', null, null, '1789-C168-9416'], // undefined t7
  ['golden-0', 'hard', null, null, 'EE73-FDC9-F68E'], // undefined t20
  ['golden-1', 'easy', null, null, '8D79-6F52-17C7'], // undefined t16
  ['golden-1', 'normal', null, null, 'D4B1-3FEB-529B'], // undefined t10
  ['golden-1', 'hard', null, null, '24C8-6BDF-9098'], // undefined t20
  ['golden-2', 'easy', null, null, 'A600-8A89-B4D3'], // undefined t16
  ['golden-2', 'normal', null, null, '1437-39C1-7664'], // undefined t20
  ['golden-2', 'hard', null, null, '6D60-028C-DD80'], // undefined t20
  ['golden-3', 'easy', null, null, '2DCB-0193-DD45'], // undefined t19
  ['golden-3', 'normal', null, null, 'A94B-FEFB-E50A'], // undefined t20
  ['golden-3', 'hard', null, null, '8D75-D9CF-DD6A'], // undefined t6
  ['golden-role-0', 'easy', 'kfor', 'historical', 'ECDD-390A-37BD'], // undefined t9
  ['golden-role-0', 'normal', 'kfor', 'historical', '6F81-8F26-27CC'], // undefined t20
  ['golden-role-0', 'hard', 'kfor', 'historical', '136F-4790-D8DC'], // undefined t12
  ['golden-role-1', 'easy', 'serbia', 'hawk', '270F-BB11-2AA9'], // undefined t13
  ['golden-role-1', 'normal', 'serbia', 'hawk', 'BE13-A223-AE8F'], // undefined t15
  ['golden-role-1', 'hard', 'serbia', 'hawk', 'FD96-9C11-4535'], // undefined t20
  ['golden-role-2', 'easy', 'kosovo', 'dove', '3256-68A8-7CAE'], // undefined t15
  ['golden-role-2', 'normal', 'kosovo', 'dove', '0FF2-CC88-D8FC'], // undefined t16
  ['golden-role-2', 'hard', 'kosovo', 'dove', 'F1DF-3C11-437F'], // undefined t16
  ['golden-role-3', 'easy', 'serbs', 'random', '0940-B221-A1B9'], // undefined t20
  ['golden-role-3', 'normal', 'serbs', 'random', 'FCC4-6A73-FDD4'], // undefined t20
  ['golden-role-3', 'hard', 'serbs', 'random', '2252-D831-40F7'], // undefined t20
  ['golden-role-4', 'easy', 'eu', 'dove', '80EC-2AA1-3086'], // undefined t20
  ['golden-role-4', 'normal', 'eu', 'dove', '57C7-D1BF-D60F'], // undefined t20
  ['golden-role-4', 'hard', 'eu', 'dove', '4AD5-502D-1A0F'], // undefined t20
  ['golden-role-5', 'easy', 'usa', 'hawk', '7ED5-590E-C5AB'], // undefined t13
  ['golden-role-5', 'normal', 'usa', 'hawk', '7C79-19D6-E88D'], // undefined t19
  ['golden-role-5', 'hard', 'usa', 'hawk', 'C620-E092-F839'], // undefined t16
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
