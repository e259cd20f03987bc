import type { ActorId, HistoricalScript } from '../../sim/types';

// The real 2023 choices of the four actors on the ground, turn by turn
// (turn 1 = 24–26 April 2023, three days a turn). Each turn lists choices in
// order of preference: the first one possible in this game is played, so the
// script stays legal whatever the dice did (e.g. no arrests if nobody clashed).
// Turns not listed fall back to the actor's default.
export const historicalScripts: Readonly<Record<ActorId, HistoricalScript>> = {
  kosovo: {
    default: ['kosovo.statement', 'kosovo.hold'],
    turns: {
      2: ['kosovo.hold'],
      4: ['kosovo.hold'],
      6: ['kosovo.hold'],
      8: ['kosovo.hold'],
      10: ['kosovo.hold'],
      11: ['kosovo.escort-mayors'], // 26 May: special police take the mayors in
      12: ['kosovo.reinforce-police', 'kosovo.statement'],
      14: ['kosovo.hold'],
      16: ['kosovo.hold'],
      17: ['kosovo.arrest-suspects', 'kosovo.statement'], // 13 June: an arrest for the Zvečan violence
      18: ['kosovo.ban-goods', 'kosovo.statement'], // 14–15 June: Serbian goods and plates barred
      20: ['kosovo.accept-elections', 'kosovo.statement'], // 22 June: new elections accepted
    },
  },
  serbia: {
    default: ['serbia.back-boycott', 'serbia.statement', 'serbia.hold'],
    turns: {
      2: ['serbia.hold'],
      4: ['serbia.statement'],
      7: ['serbia.hold'],
      9: ['serbia.hold'],
      11: ['serbia.raise-readiness'], // 26 May: highest readiness, units toward the line
      12: ['serbia.statement'],
      13: ['serbia.meet-ambassadors'], // 30 May: the Russian and Chinese ambassadors
      14: ['serbia.hold'],
      16: ['serbia.hold'],
      17: ['serbia.statement'],
      18: ['serbia.detain-officers', 'serbia.statement'], // 14 June (turn 18): three Kosovo officers detained
      19: ['serbia.hold'],
      20: ['serbia.accept-elections', 'serbia.statement'], // 22 June
    },
  },
  serbs: {
    default: ['serbs.keep-boycott', 'serbs.hold'],
    turns: {
      2: ['serbs.hold'],
      5: ['serbs.hold'],
      8: ['serbs.hold'],
      11: ['serbs.protest'], // 26 May: crowds at the buildings
      12: ['serbs.gather'], // 29 May: the Zvečan clash with KFOR
      13: ['serbs.protest'],
      14: ['serbs.protest'],
      15: ['serbs.appeal-belgrade'],
      17: ['serbs.appeal-belgrade'],
      18: ['serbs.conditions', 'serbs.keep-boycott'], // June: conditions for taking part in elections
      19: ['serbs.conditions', 'serbs.keep-boycott'],
    },
  },
  kfor: {
    default: ['kfor.hold'],
    turns: {
      3: ['kfor.patrol'],
      7: ['kfor.patrol'],
      10: ['kfor.bridge'],
      11: ['kfor.patrol'],
      12: ['kfor.cordon', 'kfor.patrol'], // 29 May: KFOR deploys around the buildings
      13: ['kfor.reinforce'], // 30 May: 700 more troops
      14: ['kfor.impartial'],
      15: ['kfor.patrol'],
      17: ['kfor.mediate'],
      19: ['kfor.patrol'],
    },
  },
};
