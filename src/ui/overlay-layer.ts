// Parts of a screen drawn over the rest of it on purpose: a dialog, the
// first-turn guide's callout, a term's tip bubble. The text report
// (widgets/text-report.ts) compares the texts and controls of such a layer
// only with each other: the screen's words under a dialog do not "run into"
// its buttons, nor does a tip run into the buttons it opens over.

import type * as Phaser from 'phaser';

/** Each marked object's layer (a token shared by the objects marked together). */
const layers = new WeakMap<Phaser.GameObjects.GameObject, object>();

/** Marks objects (and everything in them) as one layer drawn over the rest of their scene on purpose. */
export function markOverlay(...objects: Phaser.GameObjects.GameObject[]): void {
  const layer = {};
  for (const o of objects) layers.set(o, layer);
}

/** The overlay layer an object was marked with itself (not through its container), if any. */
export function overlayOf(obj: Phaser.GameObjects.GameObject): object | undefined {
  return layers.get(obj);
}
