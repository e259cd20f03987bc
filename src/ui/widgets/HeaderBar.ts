import * as Phaser from 'phaser';
import { COLORS, css, FONT, GAME_WIDTH, SPACE, textStyle } from '../theme';

export interface HeaderBarConfig {
  title: string;
  /** Small text on the right (e.g. "Role: KFOR"). */
  right?: string;
  height?: number;
}

/** A full-width bar with the screen title on the left and a note on the right. */
export class HeaderBar extends Phaser.GameObjects.Container {
  readonly barHeight: number;
  readonly titleText: Phaser.GameObjects.Text;
  readonly rightText: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, cfg: HeaderBarConfig) {
    super(scene, 0, 0);
    const h = cfg.height ?? 52;
    this.barHeight = h;
    const g = scene.add.graphics();
    g.fillStyle(COLORS.bgRaised, 1);
    g.fillRect(0, 0, GAME_WIDTH, h);
    g.lineStyle(1, COLORS.panelBorder, 1);
    g.lineBetween(0, h - 0.5, GAME_WIDTH, h - 0.5);
    this.titleText = scene.add.text(SPACE.lg, h / 2, cfg.title, textStyle('h3', { fontSize: `${FONT.h3 + 2}px` })).setOrigin(0, 0.5);
    this.rightText = scene.add
      .text(GAME_WIDTH - SPACE.lg, h / 2, cfg.right ?? '', textStyle('small', { color: css(COLORS.textMuted) }))
      .setOrigin(1, 0.5);
    this.add([g, this.titleText, this.rightText]);
    scene.add.existing(this);
  }
}
