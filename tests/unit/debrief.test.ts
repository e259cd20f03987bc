import { describe, expect, it } from 'vitest';
import { discussionQuestions, timeline } from '../../src/sim/debrief';
import { createGame } from '../../src/sim/game';
import { simulate } from '../../src/sim/simulate';
import { historicalPolicies, historicalRoles, scenario, seeds } from './helpers';

describe('the debrief', () => {
  it('asks four to six questions in every game', () => {
    for (const seed of seeds(60, 'debrief')) {
      const g = createGame(scenario, { seed });
      g.advance();
      const q = discussionQuestions(scenario, g.state);
      expect(q.length).toBeGreaterThanOrEqual(4);
      expect(q.length).toBeLessThanOrEqual(6);
      expect(new Set(q).size).toBe(q.length);
    }
  });

  it('asks about the first violence when there was some, naming the turn', () => {
    const run = simulate(scenario, { seed: 'history-1', humans: historicalRoles, policies: historicalPolicies });
    if (!run.ok) throw new Error(run.error);
    const s = run.value.game.state;
    expect(s.firstClashTurn).not.toBeNull();
    expect(discussionQuestions(scenario, s).join(' ')).toContain(`turn ${s.firstClashTurn}`);
  });

  it('sets the real 2023 timeline beside the game’s, turn by turn', () => {
    const run = simulate(scenario, { seed: 'history-1', humans: historicalRoles, policies: historicalPolicies });
    if (!run.ok) throw new Error(run.error);
    const rows = timeline(scenario, run.value.game.state);
    expect(rows.find((r) => r.turn === 11)?.history[0]?.date).toBe('26 May 2023');
    expect(rows.find((r) => r.turn === 11)?.game.join(' ')).toMatch(/mayor inside/);
    expect(rows.flatMap((r) => r.history)).toHaveLength(scenario.history.length);
  });
});
