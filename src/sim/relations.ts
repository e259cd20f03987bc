import type { ActorId } from './types';

/** Relations are symmetric; the key names the pair in alphabetical order, so it needs no actor list. */
export function relationKey(a: ActorId, b: ActorId): string {
  return a <= b ? `${a}|${b}` : `${b}|${a}`;
}

/** Every pair of distinct actors of a scenario, in its actor order. */
export function relationKeys(actorIds: readonly ActorId[]): string[] {
  return actorIds.flatMap((a, i) => actorIds.slice(i + 1).map((b) => relationKey(a, b)));
}
