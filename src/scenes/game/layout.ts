// Where things sit on the game screen, shared by the scene and its two modes.
// Layout at 1280×720 (see DESIGN.md §6):
//   header ............................................ y 0–52
//   map (800×450) at (16,60) | ladder (208) | you / the others (216)
//   news (300) | action cards (scrolling strip) | your order + End turn
// Watching, the bottom row is the last turn's report and the watch controls.
import { GAME_WIDTH } from '../../ui/theme';

export const TOP = 60;
export const MAP_X = 16;
export const LADDER_X = 832;
export const LADDER_W = 204;
export const SIDE_X = 1044;
export const SIDE_W = GAME_WIDTH - 16 - SIDE_X;
/** The side column's height: its top panel (you, or the crisis) and the actors below it. */
export const SIDE_H = 450;
export const BOTTOM_Y = 518;
export const BOTTOM_H = 720 - 8 - BOTTOM_Y;
export const NEWS_W = 300;
export const STRIP_X = 16 + NEWS_W + 8;
export const END_X = 1120;
export const END_W = GAME_WIDTH - 16 - END_X;
export const CARD_GAP = 8;
/** Watching: the controls' column (wider: no cards to show). */
export const WATCH_X = 1044;
export const WATCH_W = GAME_WIDTH - 16 - WATCH_X;
