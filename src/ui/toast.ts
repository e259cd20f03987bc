// A non-blocking notice on the current screen (e.g. "this turn was not
// saved"): a banner near the top that goes away by itself; the game goes on.

import type * as Phaser from 'phaser';
import { showNotice } from './notice';

/** Shows `text` for `ms` milliseconds (default 9 s) without taking the keyboard. */
export function notify(scene: Phaser.Scene, text: string, ms = 9000): void {
  const banner = showNotice(scene, text, { y: 60, width: 820 });
  scene.time.delayedCall(ms, () => banner.destroy());
}
