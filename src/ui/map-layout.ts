// Where things sit in the map widget (800×450 at scale 1): the map frame on
// the left, the place cards on the right (in the scenario's card order), and
// the key under the cards.

import { SPACE } from './theme';

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 450;

/** Width of the map frame (the cards start right of it). */
export const FRAME_W = 492;

export const CARD_X = FRAME_W + SPACE.sm;
export const CARD_W = MAP_WIDTH - CARD_X;
export const CARD_H = 94;
export const CARD_GAP = 6;
/** Top of the key under `cards` cards. */
export const legendY = (cards: number): number => CARD_H * cards + CARD_GAP * (cards - 1) + 10;
