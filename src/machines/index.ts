import type { ActorId } from '../sim/types';
import { chinaMachine } from './actors/china';
import { euMachine } from './actors/eu';
import { kforMachine } from './actors/kfor';
import { kosovoMachine } from './actors/kosovo';
import { russiaMachine } from './actors/russia';
import { serbiaMachine } from './actors/serbia';
import { serbsMachine } from './actors/serbs';
import { usaMachine } from './actors/usa';

export { phaseMachine } from './phase';
export type { PostureMeta } from './posture';

/** The posture machine of every actor. */
export const actorMachines = {
  serbia: serbiaMachine,
  kosovo: kosovoMachine,
  serbs: serbsMachine,
  kfor: kforMachine,
  eu: euMachine,
  usa: usaMachine,
  russia: russiaMachine,
  china: chinaMachine,
} satisfies Record<ActorId, unknown>;

export type ActorMachine = (typeof actorMachines)[ActorId];
