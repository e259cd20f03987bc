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
  ['golden-0', 'easy', null, null, '4C0E-7D16-7D67'], // undefined t6
  ['golden-0', 'normal', null, null, '1F3E-03AE-3B6D'], // undefined t7
  ['golden-0', 'hard', null, null, '2062-5638-7F13'], // undefined t20
  ['golden-1', 'easy', null, null, 'EE75-1889-4BB4'], // undefined t16
  ['golden-1', 'normal', null, null, '7B23-88C6-CBCA'], // undefined t10
  ['golden-1', 'hard', null, null, 'F634-F909-D0B8'], // undefined t20
  ['golden-2', 'easy', null, null, 'D82D-7AFD-B88D'], // undefined t16
  ['golden-2', 'normal', null, null, 'A98B-37F1-2BF4'], // undefined t20
  ['golden-2', 'hard', null, null, '186F-70E7-D25E'], // undefined t20
  ['golden-3', 'easy', null, null, '6616-D4C4-0689'], // undefined t19
  ['golden-3', 'normal', null, null, '2A83-051E-8685'], // undefined t20
  ['golden-3', 'hard', null, null, 'E89A-E4E6-4099'], // undefined t6
  ['golden-role-0', 'easy', 'kfor', 'historical', '251B-F269-1533'], // undefined t9
  ['golden-role-0', 'normal', 'kfor', 'historical', 'A645-61EB-E8E3'], // undefined t20
  ['golden-role-0', 'hard', 'kfor', 'historical', '6870-BA13-446E'], // undefined t12
  ['golden-role-1', 'easy', 'serbia', 'hawk', '32B1-C224-FBC8'], // undefined t13
  ['golden-role-1', 'normal', 'serbia', 'hawk', '4763-CA68-5EC2'], // undefined t15
  ['golden-role-1', 'hard', 'serbia', 'hawk', 'AC0C-53EF-1369'], // undefined t20
  ['golden-role-2', 'easy', 'kosovo', 'dove', '34F4-7945-A1C9'], // undefined t15
  ['golden-role-2', 'normal', 'kosovo', 'dove', 'C535-FAEE-65A7'], // undefined t16
  ['golden-role-2', 'hard', 'kosovo', 'dove', '5650-6D19-7842'], // undefined t16
  ['golden-role-3', 'easy', 'serbs', 'random', '68FF-E5DF-E6FC'], // undefined t20
  ['golden-role-3', 'normal', 'serbs', 'random', 'F420-D36F-9588'], // undefined t20
  ['golden-role-3', 'hard', 'serbs', 'random', '6C7C-1E82-B512'], // undefined t20
  ['golden-role-4', 'easy', 'eu', 'dove', '832A-41CC-3343'], // undefined t20
  ['golden-role-4', 'normal', 'eu', 'dove', '72A1-35FB-9468'], // undefined t20
  ['golden-role-4', 'hard', 'eu', 'dove', '6F59-BCEC-E757'], // undefined t20
  ['golden-role-5', 'easy', 'usa', 'hawk', 'ACAC-7F60-2A53'], // undefined t13
  ['golden-role-5', 'normal', 'usa', 'hawk', '27EE-5DEF-BDFA'], // undefined t19
  ['golden-role-5', 'hard', 'usa', 'hawk', 'E3C7-EFBA-829B'], // undefined t16
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
