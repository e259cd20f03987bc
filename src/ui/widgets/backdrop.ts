import * as Phaser from 'phaser';
import { COLORS, GAME_WIDTH } from '../theme';

/** Fills the whole scene with the theme background (call first in create()). */
export function addBackdrop(scene: Phaser.Scene): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.fillStyle(COLORS.bg, 1);
  g.fillRect(0, 0, GAME_WIDTH, scene.scale.height);
  // The canvas is cleared to the same colour each frame, so the fill is only
  // needed over another screen; a full-screen fill costs ~10 ms a frame
  // where WebGL is rendered in software.
  const showOnlyOverAnother = () => g.setVisible(sceneVisibleBelow(scene));
  showOnlyOverAnother();
  scene.events.on(Phaser.Scenes.Events.UPDATE, showOnlyOverAnother);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.events.off(Phaser.Scenes.Events.UPDATE, showOnlyOverAnother));
  return g;
}

/** Whether a scene drawn before this one (below it) is on screen. */
function sceneVisibleBelow(scene: Phaser.Scene): boolean {
  const manager = scene.scene.manager;
  for (const other of manager.scenes as Phaser.Scene[]) {
    if (other === scene) return false;
    if (other.sys.settings.visible && (other.sys.isActive() || other.sys.isPaused())) return true;
  }
  return false;
}
