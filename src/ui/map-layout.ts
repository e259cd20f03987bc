// Where things sit in the map widget (800×450 at scale 1): the map frame on
// the left, four municipality cards on the right, north to south, and the
// key under the cards.

import type { MunicipalityId } from '../sim/types';
import { SPACE } from './theme';

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 450;

/** Width of the map frame (the cards start right of it). */
export const FRAME_W = 492;

export const CARD_X = FRAME_W + SPACE.sm;
export const CARD_W = MAP_WIDTH - CARD_X;
export const CARD_H = 94;
export const CARD_GAP = 6;
/** Top of the key under the cards. */
export const LEGEND_Y = CARD_H * 4 + CARD_GAP * 3 + 10;
/** The cards top to bottom: north to south. */
export const CARD_ORDER: MunicipalityId[] = ['leposavic', 'zubin-potok', 'zvecan', 'north-mitrovica'];
