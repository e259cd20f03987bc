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
  ['golden-0', 'easy', null, null, '03A5-26AD-B9DE'], // undefined t14
  ['golden-0', 'normal', null, null, '00DD-2086-1287'], // undefined t13
  ['golden-0', 'hard', null, null, '74A6-0457-C740'], // undefined t20
  ['golden-1', 'easy', null, null, '01B6-A15D-7879'], // undefined t16
  ['golden-1', 'normal', null, null, '47BF-6C8A-18EC'], // undefined t20
  ['golden-1', 'hard', null, null, 'D688-4D8B-4122'], // undefined t15
  ['golden-2', 'easy', null, null, '9121-5700-5BD9'], // undefined t20
  ['golden-2', 'normal', null, null, '26D9-8466-7031'], // undefined t18
  ['golden-2', 'hard', null, null, 'D0A9-BDBE-BFE5'], // undefined t17
  ['golden-3', 'easy', null, null, 'F40E-3D42-F1E2'], // undefined t13
  ['golden-3', 'normal', null, null, 'FA23-37D9-4773'], // undefined t13
  ['golden-3', 'hard', null, null, '4C22-D359-9FCB'], // undefined t12
  ['golden-role-0', 'easy', 'kfor', 'historical', 'DD80-683F-AC39'], // undefined t12
  ['golden-role-0', 'normal', 'kfor', 'historical', '7040-6AE0-CBFA'], // undefined t14
  ['golden-role-0', 'hard', 'kfor', 'historical', '86B3-2F80-8A31'], // undefined t14
  ['golden-role-1', 'easy', 'serbia', 'hawk', 'E7A6-6E9A-2B80'], // undefined t20
  ['golden-role-1', 'normal', 'serbia', 'hawk', '48F2-750D-6CA0'], // undefined t8
  ['golden-role-1', 'hard', 'serbia', 'hawk', 'BB30-C0A0-62BC'], // undefined t20
  ['golden-role-2', 'easy', 'kosovo', 'dove', 'A17B-4F1D-1FCF'], // undefined t15
  ['golden-role-2', 'normal', 'kosovo', 'dove', '0448-5944-6DC1'], // undefined t16
  ['golden-role-2', 'hard', 'kosovo', 'dove', 'E896-360C-2FF3'], // undefined t16
  ['golden-role-3', 'easy', 'serbs', 'random', '28FD-F2B1-64DC'], // undefined t20
  ['golden-role-3', 'normal', 'serbs', 'random', '692B-DD17-21FD'], // undefined t20
  ['golden-role-3', 'hard', 'serbs', 'random', 'B284-320D-5A84'], // undefined t20
  ['golden-role-4', 'easy', 'eu', 'dove', 'BF29-36EF-29D8'], // undefined t12
  ['golden-role-4', 'normal', 'eu', 'dove', '9DDD-3052-7CEB'], // undefined t20
  ['golden-role-4', 'hard', 'eu', 'dove', '31D5-AC31-A9B4'], // undefined t20
  ['golden-role-5', 'easy', 'usa', 'hawk', '3B94-2813-497A'], // undefined t17
  ['golden-role-5', 'normal', 'usa', 'hawk', 'CA0E-C74F-1A19'], // undefined t17
  ['golden-role-5', 'hard', 'usa', 'hawk', '8D10-BDD5-3DA0'], // undefined t13
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
