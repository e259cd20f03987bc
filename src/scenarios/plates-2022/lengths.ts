import type { GameLength, LengthId } from '../../sim/types';

// The lengths of a Plates 2022 game beside the full one (turns 1–23, 28 July
// 2022 to 4 January 2023, a week a turn). The lesson length fits a 45-minute
// class: 10 turns, from 27 October–2 November (turn 14) to the end, so a class
// reaches the walkout (turn 15), the barricades (turn 20) and their removal
// (turn 23). It starts from the state history had reached in late October
// 2022 (docs/facts.md §1, 2022): the rules of 31 July postponed, the ID deal
// of 27 August made by both sides, the Serbs still in Kosovo's institutions.
// Every other number is the scenario's own start (a calm autumn: the model's
// own quiet weeks between the August deal and November).
export const lengths: Readonly<Record<LengthId, GameLength>> = {
  lesson: {
    firstTurn: 14,
    lastTurn: 23,
    briefing: ['lesson.briefing.1', 'lesson.briefing.2', 'briefing.4'],
    start: {
      rung: 2,
      flags: ['rulesPostponed', 'talksConvened', 'idDealSerbia', 'idDealKosovo'],
      firedEvents: ['rules-due', 'deadline-again'],
    },
  },
};
