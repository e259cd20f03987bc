import { relationKey } from '../../sim/relations';
import type { GameLength, LengthId } from '../../sim/types';

// The lengths of a North 2023 game beside the full one (turns 1–20, 24 April
// to 22 June 2023, three days a turn). The lesson length fits a 45-minute
// class: 10 turns, from 24–26 May (turn 11) to 20–22 June (turn 20), so a
// class reaches the flashpoints of 26 May (turn 11) and 29 May (turn 12) and
// the debrief in the time it has.
//
// It starts from the state history had reached by 23 May 2023, written here
// by hand from docs/facts.md (§2 timeline and §3 the places):
// - 23 April: the local elections, boycotted by Srpska Lista with Belgrade's
//   backing (turnout 3.47%); four mayors of Albanian-majority parties (Erden
//   Atiq in North Mitrovica is a Bosniak of Vetëvendosje) were elected.
//   The boycott holds.
// - 19 May: Erden Atiq entered the North Mitrovica municipal building
//   peacefully (docs/facts.md, added with the issue 11 corrections), so North
//   Mitrovica's building is held by its Kosovo mayor, with the police
//   presence that guards it. The buildings of Zvečan/Zveçan,
//   Leposavić/Leposaviq and Zubin Potok are still run by their Serb-staffed
//   administrations: their new mayors are not yet in (they enter on 26 May).
// - 7 May: the anniversary of the 1999 embassy bombing has passed.
// The numbers are the designers' estimate of what a month of this crisis does
// in the game's own terms (the full game's first ten turns move them about
// as much): each line says why.
export const lengths: Readonly<Record<LengthId, GameLength>> = {
  lesson: {
    firstTurn: 11,
    lastTurn: 20,
    start: {
      // Boycotts and walk-outs: no street clashes yet before 26 May.
      rung: 2,
      flags: ['boycottHolds'],
      places: {
        // The mayor is in, under police guard (the game keeps at least 40 police where a Kosovo mayor holds the building);
        // a mayor under guard stirs the streets (the holder drift), so unrest is the highest of the four.
        'north-mitrovica': { holder: 'kosovo-mayor', unrest: 42, police: 40, troops: 25 },
        // A month of the boycott and of waiting for the mayors: unrest up from 30/25 at the start (the election results alone add 8).
        zvecan: { unrest: 40 },
        leposavic: { unrest: 35 },
        'zubin-potok': { unrest: 35 },
      },
      meters: {
        // One building of four under its elected mayor: Pristina's authority in the north a little higher (30 at the start).
        kosovo: { special: 36 },
        // The Serbs of the north feel less safe with a guarded mayor in North Mitrovica (45 at the start).
        serbs: { special: 40 },
        // A month without a step towards new elections: the EU's dialogue a little further off track (55 at the start).
        eu: { special: 50 },
      },
      relations: {
        // The boycott and the mayor's entry harden Pristina and the Serbs of the north against each other (-30 at the start),
        [relationKey('kosovo', 'serbs')]: -38,
        // and Belgrade and Pristina (-50 at the start).
        [relationKey('serbia', 'kosovo')]: -54,
        // The embassy anniversary of 7 May (the event of turn 5): China closer to Serbia, cooler to the US.
        [relationKey('china', 'serbia')]: 63,
        [relationKey('china', 'usa')]: -32,
      },
      // The election results (turn 1) and the embassy anniversary (turn 5) have already happened.
      firedEvents: ['election-results', 'embassy-anniversary'],
    },
  },
};
