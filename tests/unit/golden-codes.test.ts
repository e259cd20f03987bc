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
  ['golden-0', 'easy', null, null, '03A5-26AD-B9DE'], // settlement t14
  ['golden-0', 'normal', null, null, '00DD-2086-1287'], // settlement t13
  ['golden-0', 'hard', null, null, '74A6-0457-C740'], // last-turn t20
  ['golden-1', 'easy', null, null, '472D-7C2B-8793'], // settlement t13
  ['golden-1', 'normal', null, null, 'F2AC-2878-A32C'], // settlement t16
  ['golden-1', 'hard', null, null, 'BA91-3715-8127'], // last-turn t20
  ['golden-2', 'easy', null, null, 'B328-CF4C-5BDC'], // settlement t16
  ['golden-2', 'normal', null, null, 'ABFF-890B-A706'], // last-turn t20
  ['golden-2', 'hard', null, null, 'D0A9-BDBE-BFE5'], // settlement t17
  ['golden-3', 'easy', null, null, 'F822-E798-AC19'], // settlement t18
  ['golden-3', 'normal', null, null, 'FA23-37D9-4773'], // settlement t13
  ['golden-3', 'hard', null, null, '4C22-D359-9FCB'], // war t12
  ['golden-role-0', 'easy', 'kfor', 'historical', '80CC-E117-9079'], // settlement t11
  ['golden-role-0', 'normal', 'kfor', 'historical', '914D-FB75-C409'], // settlement t18
  ['golden-role-0', 'hard', 'kfor', 'historical', 'CE1A-DEB6-2C15'], // settlement t18
  ['golden-role-1', 'easy', 'serbia', 'hawk', 'E7A6-6E9A-2B80'], // last-turn t20
  ['golden-role-1', 'normal', 'serbia', 'hawk', '48F2-750D-6CA0'], // war t8
  ['golden-role-1', 'hard', 'serbia', 'hawk', 'BB30-C0A0-62BC'], // last-turn t20
  ['golden-role-2', 'easy', 'kosovo', 'dove', '4E93-E135-0C50'], // settlement t17
  ['golden-role-2', 'normal', 'kosovo', 'dove', '3F04-8911-B2F4'], // settlement t17
  ['golden-role-2', 'hard', 'kosovo', 'dove', '9A61-F6C8-5683'], // settlement t20
  ['golden-role-3', 'easy', 'serbs', 'random', '28FD-F2B1-64DC'], // last-turn t20
  ['golden-role-3', 'normal', 'serbs', 'random', '692B-DD17-21FD'], // last-turn t20
  ['golden-role-3', 'hard', 'serbs', 'random', 'B284-320D-5A84'], // last-turn t20
  ['golden-role-4', 'easy', 'eu', 'dove', 'BF29-36EF-29D8'], // settlement t12
  ['golden-role-4', 'normal', 'eu', 'dove', '9DDD-3052-7CEB'], // last-turn t20
  ['golden-role-4', 'hard', 'eu', 'dove', '31D5-AC31-A9B4'], // last-turn t20
  ['golden-role-5', 'easy', 'usa', 'hawk', '3B94-2813-497A'], // settlement t17
  ['golden-role-5', 'normal', 'usa', 'hawk', 'AD62-4F77-F9D1'], // settlement t11
  ['golden-role-5', 'hard', 'usa', 'hawk', '8D10-BDD5-3DA0'], // settlement t13
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
