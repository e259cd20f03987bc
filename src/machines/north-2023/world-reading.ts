import type { WorldView } from '../../sim/types';

// Readings of the world that several North 2023 machines share, named in the
// scenario's own terms (the engine only counts holders).

/** Buildings with the elected mayor inside. */
export const mayorsIn = (world: WorldView): number => world.holders['kosovo-mayor'] ?? 0;
