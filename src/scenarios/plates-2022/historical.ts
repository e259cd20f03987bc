import type { ActorId, HistoricalScript } from '../../sim/types';

// The real 2022 choices of the actors a student may play, turn by turn (turn
// 1 = 28 July–3 August 2022, a week a turn). Each turn lists choices in order
// of preference: the first one possible in this game is played, so the script
// stays legal whatever the dice did. Turns not listed fall back to the
// actor's default (mostly waiting: the weeks between the dated steps).
export const historicalScripts: Readonly<Record<ActorId, HistoricalScript>> = {
  kosovo: {
    default: ['kosovo.hold'],
    turns: {
      1: ['kosovo.postpone-rules'], // 31 July: the rules moved to 1 September
      3: ['kosovo.statement'],
      5: ['kosovo.no-entry-papers'], // 27 August: the ID deal
      9: ['kosovo.statement'],
      14: ['kosovo.enforce-plates'], // from 1 November: warnings, then fines, then temporary plates
      15: ['kosovo.suspend-chief'], // 3 November: Nenad Đurić suspended
      16: ['kosovo.reinforce-police'], // Kosovo police take over the posts left empty
      17: ['kosovo.halt-reregistration'], // 23 November: the plates deal
      20: ['kosovo.arrest-suspect'], // 10 December: Dejan Pantić arrested at Jarinje
      21: ['kosovo.postpone-elections'], // the 18 December elections moved to 23 April 2023
      22: ['kosovo.house-arrest'], // 28 December: Pantić moved to house arrest
    },
  },
  serbia: {
    default: ['serbia.hold'],
    turns: {
      1: ['serbia.statement'],
      5: ['serbia.drop-entry-papers'], // 27 August: the ID deal
      10: ['serbia.back-serbs'],
      15: ['serbia.back-serbs'],
      17: ['serbia.stop-kosovo-codes'], // 23 November: the plates deal
      20: ['serbia.statement'],
      21: ['serbia.request-return'], // 15–16 December: the request to KFOR under UNSCR 1244
      22: ['serbia.raise-readiness'], // 26 December: highest combat readiness
      23: ['serbia.stand-down'], // 29 December: the order cancelled
    },
  },
  serbs: {
    default: ['serbs.hold'],
    turns: {
      1: ['serbs.barricades'], // 31 July: barricades and sirens the night before the rules
      2: ['serbs.remove-barricades'], // 1 August: the barricades came down
      4: ['serbs.object'],
      12: ['serbs.object'],
      14: ['serbs.protest'],
      15: ['serbs.walk-out'], // 5 November: the walkout from Kosovo's institutions
      16: ['serbs.conditions'], // Rakić's terms: the plate decision withdrawn, the Association formed
      18: ['serbs.appeal-belgrade'],
      20: ['serbs.barricades'], // 10 December: barricades across the north
      21: ['serbs.appeal-belgrade'],
      23: ['serbs.remove-barricades'], // from 29 December: the barricades removed, the crossings reopened
    },
  },
  kfor: {
    default: ['kfor.hold'],
    turns: {
      1: ['kfor.patrol'],
      2: ['kfor.impartial'],
      8: ['kfor.patrol'],
      15: ['kfor.patrol'],
      20: ['kfor.mediate'],
      21: ['kfor.patrol'],
      22: ['kfor.refuse-return'], // KFOR said no (made public on 8 January 2023)
      23: ['kfor.mediate'],
    },
  },
  eu: {
    default: ['eu.hold'],
    turns: {
      1: ['eu.call-calm'],
      3: ['eu.convene'], // Brussels talks in August
      5: ['eu.propose-deal'], // 27 August
      15: ['eu.call-calm'],
      17: ['eu.propose-deal'], // 23 November
      20: ['eu.call-calm'],
      22: ['eu.call-calm'],
    },
  },
};
