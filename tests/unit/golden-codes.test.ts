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
  ['golden-0', 'easy', null, null, '392F-3229-933E'], // settlement t14
  ['golden-0', 'normal', null, null, '353D-55C5-C10A'], // settlement t13
  ['golden-0', 'hard', null, null, '5F02-4E76-A896'], // last-turn t20
  ['golden-1', 'easy', null, null, 'D689-D04F-28A7'], // settlement t13
  ['golden-1', 'normal', null, null, '6A03-C85B-78FD'], // settlement t16
  ['golden-1', 'hard', null, null, 'D188-9293-AFFA'], // last-turn t20
  ['golden-2', 'easy', null, null, 'F93B-CD47-70BA'], // settlement t16
  ['golden-2', 'normal', null, null, '4269-7CAF-B291'], // last-turn t20
  ['golden-2', 'hard', null, null, '6AAF-5D0D-BDC1'], // settlement t17
  ['golden-3', 'easy', null, null, '76B2-0685-A765'], // settlement t18
  ['golden-3', 'normal', null, null, '0AA1-DDAC-BCD5'], // settlement t13
  ['golden-3', 'hard', null, null, '4BD4-B88F-12CC'], // war t12
  ['golden-role-0', 'easy', 'kfor', 'historical', 'C766-D0D0-6EB1'], // settlement t11
  ['golden-role-0', 'normal', 'kfor', 'historical', 'D695-E934-A48A'], // settlement t18
  ['golden-role-0', 'hard', 'kfor', 'historical', 'C36F-787E-82AC'], // settlement t18
  ['golden-role-1', 'easy', 'serbia', 'hawk', '6F0D-3A0C-5531'], // last-turn t20
  ['golden-role-1', 'normal', 'serbia', 'hawk', 'AFD7-1FBF-C211'], // war t8
  ['golden-role-1', 'hard', 'serbia', 'hawk', '3A7C-F35A-F818'], // last-turn t20
  ['golden-role-2', 'easy', 'kosovo', 'dove', '2D61-D0AF-1CC4'], // settlement t17
  ['golden-role-2', 'normal', 'kosovo', 'dove', '4364-4445-4BD1'], // settlement t17
  ['golden-role-2', 'hard', 'kosovo', 'dove', '6DE9-EC13-D05C'], // settlement t20
  ['golden-role-3', 'easy', 'serbs', 'random', 'DE56-83E4-46A6'], // last-turn t20
  ['golden-role-3', 'normal', 'serbs', 'random', '9F54-C7EC-81C7'], // last-turn t20
  ['golden-role-3', 'hard', 'serbs', 'random', '9DFD-E0D7-C8D9'], // last-turn t20
  ['golden-role-4', 'easy', 'eu', 'dove', '15C3-0ED0-B7CE'], // settlement t12
  ['golden-role-4', 'normal', 'eu', 'dove', '16B1-1DEC-6A3D'], // last-turn t20
  ['golden-role-4', 'hard', 'eu', 'dove', 'A50D-0A33-471B'], // last-turn t20
  ['golden-role-5', 'easy', 'usa', 'hawk', '800C-D267-1B0E'], // settlement t17
  ['golden-role-5', 'normal', 'usa', 'hawk', '530F-C730-4DE5'], // settlement t11
  ['golden-role-5', 'hard', 'usa', 'hawk', '3A04-3DEA-7EF9'], // settlement t13
];

const PINNED_FOR = { rules: 2, scenario: 2 };

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
