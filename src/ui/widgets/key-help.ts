import type * as Phaser from 'phaser';
import { messages } from '../i18n';
import { COLORS, css, GAME_WIDTH, SPACE, textStyle } from '../theme';

/** The common footer line with keyboard help. */
export function addKeyHelp(scene: Phaser.Scene, text: string = messages().t('widget.key-help')): Phaser.GameObjects.Text {
  return scene.add
    .text(GAME_WIDTH / 2, scene.scale.height - SPACE.sm, text, textStyle('tiny', { color: css(COLORS.textDim) }))
    .setOrigin(0.5, 1);
}
