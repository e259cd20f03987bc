// Whether a text runs into a control beside it: the geometry behind the text
// report's `overlaps` (text-report.ts), apart from Phaser so it can be tested.

import type { Box } from './box';

/** A touch of this much (px) or less is not running into a control. */
const TOUCH = 1;

/** Whether two boxes overlap by more than a touch, both across and down. */
export function boxesOverlap(a: Box, b: Box): boolean {
  const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return across > TOUCH && down > TOUCH;
}

/** The box of the first control `text` runs into, leaving out the controls it belongs to (`owners`); null if none. */
export function firstControlHit<C>(text: Box, owners: readonly C[], controls: readonly { control: C; box: Box }[]): Box | null {
  return controls.find((c) => !owners.includes(c.control) && boxesOverlap(text, c.box))?.box ?? null;
}
