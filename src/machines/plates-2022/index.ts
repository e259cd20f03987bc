import type { ActorId, PostureMachine } from '../../sim/types';
import { chinaMachine } from './china';
import { euMachine } from './eu';
import { kforMachine } from './kfor';
import { kosovoMachine } from './kosovo';
import { russiaMachine } from './russia';
import { serbiaMachine } from './serbia';
import { serbsMachine } from './serbs';
import { usaMachine } from './usa';

/** The posture machine of every Plates 2022 actor. */
export const plates2022Machines: Readonly<Record<ActorId, PostureMachine>> = {
  serbia: serbiaMachine,
  kosovo: kosovoMachine,
  serbs: serbsMachine,
  kfor: kforMachine,
  eu: euMachine,
  usa: usaMachine,
  russia: russiaMachine,
  china: chinaMachine,
};
