// A rectangle in scene coordinates, and where a laid-out game object really
// is on screen (after its containers' offsets and scales): focus navigation
// and the browser tests both need the on-screen box.

import type * as Phaser from 'phaser';

/** A rectangle in scene coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** World-space box of a game object laid out from its top-left (x, y) with a given size. */
export function worldBox(obj: Phaser.GameObjects.Container | Phaser.GameObjects.Components.Transform, width: number, height: number): Box {
  const m = (obj as Phaser.GameObjects.Container).getWorldTransformMatrix();
  return { x: m.tx, y: m.ty, width: width * m.scaleX, height: height * m.scaleY };
}
