// Going back to the scene that opened a screen: wake it if it sleeps, resume
// it if it is paused (so a game in progress keeps its state), else start it.

import type * as Phaser from 'phaser';
import { announceScene } from './announcer';
import { messages } from './i18n';
import { openScene } from './lazy-scenes';

export function returnTo(scene: Phaser.Scene, key: string, data?: object): void {
  const target = scene.scene.get(key);
  if (target && scene.scene.isSleeping(key)) {
    scene.scene.stop();
    scene.scene.wake(key, data);
    announceScene(key, messages().t('menu.back-announce'));
    return;
  }
  if (target && scene.scene.isPaused(key)) {
    scene.scene.stop();
    scene.scene.resume(key, data);
    announceScene(key, messages().t('menu.back-announce'));
    return;
  }
  openScene(scene, key, data ?? {});
}
