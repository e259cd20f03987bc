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
  ['golden-0', 'easy', null, null, '3BB5-741E-03FC'], // settlement t6
  ['golden-0', 'normal', null, null, '3FD6-D109-8032'], // settlement t7
  ['golden-0', 'hard', null, null, 'F0B7-54F6-01F5'], // last-turn t20
  ['golden-1', 'easy', null, null, '1E6F-2E75-07EF'], // last-turn t20
  ['golden-1', 'normal', null, null, '2A58-6D3A-0973'], // war t10
  ['golden-1', 'hard', null, null, 'E140-6155-7AFF'], // settlement t20
  ['golden-2', 'easy', null, null, '6A10-1B4A-2459'], // last-turn t20
  ['golden-2', 'normal', null, null, 'B4EC-A21F-9C59'], // last-turn t20
  ['golden-2', 'hard', null, null, '8B33-E2ED-BF49'], // last-turn t20
  ['golden-3', 'easy', null, null, '99EF-9966-6C7B'], // settlement t19
  ['golden-3', 'normal', null, null, 'C9FA-0A1C-4A91'], // settlement t20
  ['golden-3', 'hard', null, null, 'A342-D7B6-720E'], // war t6
  ['golden-role-0', 'easy', 'kfor', 'historical', 'A44D-00DE-07E7'], // settlement t9
  ['golden-role-0', 'normal', 'kfor', 'historical', 'EEF8-A1CE-5E9A'], // last-turn t20
  ['golden-role-0', 'hard', 'kfor', 'historical', 'F356-0A61-D56B'], // war t12
  ['golden-role-1', 'easy', 'serbia', 'hawk', 'F801-6353-F0D7'], // war t13
  ['golden-role-1', 'normal', 'serbia', 'hawk', 'E396-DB25-7B4F'], // war t15
  ['golden-role-1', 'hard', 'serbia', 'hawk', '033C-3A56-75FC'], // last-turn t20
  ['golden-role-2', 'easy', 'kosovo', 'dove', '71C4-E8F8-B210'], // settlement t17
  ['golden-role-2', 'normal', 'kosovo', 'dove', '460A-AEE6-F94A'], // settlement t17
  ['golden-role-2', 'hard', 'kosovo', 'dove', 'F574-71EF-5407'], // settlement t17
  ['golden-role-3', 'easy', 'serbs', 'random', '293B-80C5-C910'], // last-turn t20
  ['golden-role-3', 'normal', 'serbs', 'random', '4D59-9CAD-9B21'], // last-turn t20
  ['golden-role-3', 'hard', 'serbs', 'random', 'D702-B420-DB35'], // last-turn t20
  ['golden-role-4', 'easy', 'eu', 'dove', '22D8-01B0-001A'], // last-turn t20
  ['golden-role-4', 'normal', 'eu', 'dove', '419B-09E3-7CA6'], // last-turn t20
  ['golden-role-4', 'hard', 'eu', 'dove', '804A-B2FF-7853'], // last-turn t20
  ['golden-role-5', 'easy', 'usa', 'hawk', '4459-8326-01D3'], // settlement t15
  ['golden-role-5', 'normal', 'usa', 'hawk', 'A92D-A7C4-871B'], // settlement t18
  ['golden-role-5', 'hard', 'usa', 'hawk', '492B-6F16-50BE'], // last-turn t20
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
