import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/sim/game';
import { simulate } from '../../src/sim/simulate';
import { discussionQuestions, timeline } from '../../src/text/debrief';
import { en, historicalPolicies, historicalRoles, scenario, seeds } from './helpers';

describe('the debrief', () => {
  it('asks four to six questions in every game', () => {
    for (const seed of seeds(60, 'debrief')) {
      const g = createGame(scenario, { seed });
      g.advance();
      const q = discussionQuestions(en, scenario, g.state);
      expect(q.length).toBeGreaterThanOrEqual(4);
      expect(q.length).toBeLessThanOrEqual(6);
      expect(new Set(q).size).toBe(q.length);
    }
  });

  it('asks about the first violence when there was some, naming the turn', () => {
    // The first historical playthrough with violence (most have some).
    const s = ['history-1', 'history-2', 'history-3', 'history-4', 'history-5']
      .map((seed) => simulate(scenario, { seed, humans: historicalRoles, policies: historicalPolicies }))
      .map((run) => {
        if (!run.ok) throw new Error(run.error);
        return run.value.game.state;
      })
      .find((state) => state.firstClashTurn !== null);
    if (!s) throw new Error('no historical playthrough of history-1..5 had violence');
    const asked = scenario.debriefQuestions(s).find((q) => q.key === 'question.first-violence');
    expect(asked?.params?.turn).toBe(s.firstClashTurn);
    expect(discussionQuestions(en, scenario, s).join(' ')).toContain(`turn ${s.firstClashTurn}`);
  });

  it('sets the real 2023 timeline beside the game’s, turn by turn', () => {
    const run = simulate(scenario, { seed: 'history-1', humans: historicalRoles, policies: historicalPolicies });
    if (!run.ok) throw new Error(run.error);
    const rows = timeline(en, scenario, run.value.game.state);
    const may26 = rows.find((r) => r.turn === 11)?.history[0];
    expect(may26 && en.t(`history.${may26.id}.date`)).toBe('26 May 2023');
    expect(rows.find((r) => r.turn === 11)?.game).toContain(
      en.t('log.holder', { place: en.t('place.zvecan.name'), change: en.t('holder.kosovo-mayor.to') }),
    );
    expect(rows.flatMap((r) => r.history)).toHaveLength(scenario.history.length);
  });
});
