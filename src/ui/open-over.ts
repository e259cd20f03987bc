// Opening a screen over one that must keep its state (the game in progress):
// the opener sleeps, the new screen runs on top, and going back
// (scene-nav.returnTo) wakes the opener as it was.

import type * as Phaser from 'phaser';
import { loadScene } from './lazy-scenes';

/** Loads `key` when needed, then runs it over `from`, which sleeps until it is woken. */
export function openOver(from: Phaser.Scene, key: string, data: object = {}): void {
  void loadScene(from.scene.manager, key).then(() => {
    from.scene.launch(key, data);
    from.scene.sleep();
  });
}
