import type { WorldEvent, WorldView } from '../../sim/types';

// What the North 2023 machines read of the world, in the scenario's own
// terms: its flags by name (so a misspelt flag is a type error) and readings
// several machines share (the engine only counts holders).

export const NORTH_2023_FLAGS = [
  'mayorsInBuildings',
  'armyHighReadiness',
  'troopsAtLine',
  'reinforcementsDeployed',
  'reinforcementsRequested',
  'talksConvened',
  'electionsCalled',
  'electionsAgreedKosovo',
  'electionsAgreedSerbia',
  'serbsWillRun',
  'euMeasuresOnKosovo',
  'euMeasuresOnSerbia',
  'exerciseCancelled',
  'crossingsClosed',
  'leaderArrested',
  'officersDetained',
  'barricadesUp',
  'boycottHolds',
  'associationTalks',
  // balance: Serbia's own Ohrid step (not blocking Kosovo's memberships).
  'ohridSerbiaSteps',
  'unscSession',
  'settlement',
] as const;
export type North2023Flag = (typeof NORTH_2023_FLAGS)[number];

/** The world as the North 2023 machines see it. */
export type North2023World = WorldView<North2023Flag>;
export type North2023Event = WorldEvent<North2023Flag>;

/** Buildings with the elected mayor inside. */
export const mayorsIn = (world: North2023World): number => world.holders['kosovo-mayor'] ?? 0;
