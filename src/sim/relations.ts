import { ACTOR_IDS, type ActorId } from './types';

const order = new Map<ActorId, number>(ACTOR_IDS.map((id, i) => [id, i]));

/** Relations are symmetric; the key names the pair in the fixed actor order. */
export function relationKey(a: ActorId, b: ActorId): string {
  return (order.get(a) ?? 0) <= (order.get(b) ?? 0) ? `${a}|${b}` : `${b}|${a}`;
}

/** Every pair of distinct actors, in a fixed order. */
export const RELATION_KEYS: readonly string[] = ACTOR_IDS.flatMap((a, i) => ACTOR_IDS.slice(i + 1).map((b) => relationKey(a, b)));
