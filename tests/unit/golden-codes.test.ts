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
  ['golden-0', 'easy', null, null, '29D1-D4BE-F7EC'], // settlement t14
  ['golden-0', 'normal', null, null, '69E5-43AC-4E7E'], // settlement t13
  ['golden-0', 'hard', null, null, 'FA2D-48F9-B85B'], // last-turn t20
  ['golden-1', 'easy', null, null, 'F522-AB77-DC21'], // settlement t13
  ['golden-1', 'normal', null, null, '82C4-45FB-4BEC'], // settlement t16
  ['golden-1', 'hard', null, null, '1856-869D-67E1'], // last-turn t20
  ['golden-2', 'easy', null, null, '0E2F-F342-5D8A'], // settlement t16
  ['golden-2', 'normal', null, null, '7909-7F19-8048'], // last-turn t20
  ['golden-2', 'hard', null, null, '1E7B-6F4C-B8A5'], // settlement t17
  ['golden-3', 'easy', null, null, '5759-975B-3C44'], // settlement t18
  ['golden-3', 'normal', null, null, 'C39C-0298-73C6'], // settlement t13
  ['golden-3', 'hard', null, null, 'AD44-38D5-9D27'], // war t12
  ['golden-role-0', 'easy', 'kfor', 'historical', '041A-3CAA-C020'], // settlement t11
  ['golden-role-0', 'normal', 'kfor', 'historical', 'AB05-7FDB-9B62'], // settlement t18
  ['golden-role-0', 'hard', 'kfor', 'historical', '9BCC-7782-A668'], // settlement t18
  ['golden-role-1', 'easy', 'serbia', 'hawk', 'E7D0-D184-2499'], // last-turn t20
  ['golden-role-1', 'normal', 'serbia', 'hawk', '68EB-57DF-9D86'], // war t8
  ['golden-role-1', 'hard', 'serbia', 'hawk', '9174-916E-E0D6'], // last-turn t20
  ['golden-role-2', 'easy', 'kosovo', 'dove', '0709-B54E-8D1A'], // settlement t17
  ['golden-role-2', 'normal', 'kosovo', 'dove', '81CE-FEB9-4A40'], // settlement t17
  ['golden-role-2', 'hard', 'kosovo', 'dove', '44DD-A6CF-DB77'], // settlement t20
  ['golden-role-3', 'easy', 'serbs', 'random', 'D583-EDD1-C3D6'], // last-turn t20
  ['golden-role-3', 'normal', 'serbs', 'random', 'C055-82BE-DFD1'], // last-turn t20
  ['golden-role-3', 'hard', 'serbs', 'random', '557A-BCC3-7D6A'], // last-turn t20
  ['golden-role-4', 'easy', 'eu', 'dove', '0777-3DCE-383F'], // settlement t12
  ['golden-role-4', 'normal', 'eu', 'dove', 'A080-1B1F-F1C3'], // last-turn t20
  ['golden-role-4', 'hard', 'eu', 'dove', '1BAA-BAD9-047A'], // last-turn t20
  ['golden-role-5', 'easy', 'usa', 'hawk', '8FEC-5B87-77CC'], // settlement t17
  ['golden-role-5', 'normal', 'usa', 'hawk', 'B113-E7FA-990B'], // settlement t11
  ['golden-role-5', 'hard', 'usa', 'hawk', '9EE9-A633-2A59'], // settlement t13
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
