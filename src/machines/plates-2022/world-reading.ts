import type { WorldEvent, WorldView } from '../../sim/types';

// What the Plates 2022 machines read of the world, in the scenario's own
// terms: its flags by name (so a misspelt flag is a type error) and readings
// several machines share.

export const PLATES_2022_FLAGS = [
  // Kosovo's plate and entry-document rules are due (31 July), postponed, or being enforced in phases (November).
  'rulesDue',
  'rulesPostponed',
  'platesEnforced',
  'chiefSuspended',
  // The Serbs have left Kosovo's institutions (5 November).
  'walkout',
  'talksConvened',
  // Each side's part of the 27 August ID deal and of the 23 November plates deal.
  'idDealSerbia',
  'idDealKosovo',
  'platesDealSerbia',
  'platesDealKosovo',
  'leaderArrested',
  'leaderReleased',
  'barricadesUp',
  'crossingsClosed',
  'electionsPostponed',
  'returnRequested',
  'returnRefused',
  'armyHighReadiness',
  'troopsAtLine',
  'unscSession',
  'settlement',
] as const;
export type Plates2022Flag = (typeof PLATES_2022_FLAGS)[number];

/** The world as the Plates 2022 machines see it. */
export type Plates2022World = WorldView<Plates2022Flag>;
export type Plates2022Event = WorldEvent<Plates2022Flag>;

/** Places whose Serb staff have left Kosovo's institutions, or where Kosovo police have taken over. */
export const postsLeft = (world: Plates2022World): number => (world.holders['walked-out'] ?? 0) + (world.holders['kosovo-police'] ?? 0);
