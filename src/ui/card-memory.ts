// What each player's cards were when a turn was dealt, kept beside the
// running game (not in its state: it is presentation only), so the next
// turn can tell which cards unlocked. A game loaded from a save starts with
// no memory: its first turn marks nothing new.

import type { ActorId } from '../sim/types';
import type { PreviousCards } from './danger';

const memory = new WeakMap<object, Map<string, PreviousCards>>();

const key = (actor: ActorId, turn: number) => `${actor}@${turn}`;

/** Remembers the cards `actor` was dealt in `turn` of the game `game` (any object that lives as long as the game). */
export function rememberCards(game: object, actor: ActorId, turn: number, cards: PreviousCards): void {
  let m = memory.get(game);
  if (!m) {
    m = new Map();
    memory.set(game, m);
  }
  m.set(key(actor, turn), cards);
}

/** The cards `actor` was dealt in `turn`, if this page saw them. */
export function cardsOf(game: object, actor: ActorId, turn: number): PreviousCards | null {
  return memory.get(game)?.get(key(actor, turn)) ?? null;
}
