import * as Phaser from 'phaser';
import { css, FONT, FONT_FAMILY, RADIUS, textOn } from '../theme';

export interface ChipConfig {
  x: number;
  y: number;
  text: string;
  color: number;
  /** px, default FONT.tiny */
  fontSize?: number;
  /** Minimum width so tags line up in lists. */
  minWidth?: number;
}

/** A rounded coloured tag with readable text on it, e.g. the actor tag "KFOR". */
export class Chip extends Phaser.GameObjects.Container {
  readonly chipWidth: number;
  readonly chipHeight: number;

  constructor(scene: Phaser.Scene, cfg: ChipConfig) {
    super(scene, cfg.x, cfg.y);
    const size = cfg.fontSize ?? FONT.tiny;
    const label = scene.add.text(0, 0, cfg.text, {
      fontFamily: FONT_FAMILY,
      fontSize: `${size}px`,
      fontStyle: 'bold',
      color: css(textOn(cfg.color)),
    });
    const padX = Math.round(size * 0.5);
    const w = Math.max(cfg.minWidth ?? 0, Math.ceil(label.width) + padX * 2);
    const h = Math.ceil(label.height) + 2;
    const g = scene.add.graphics();
    g.fillStyle(cfg.color, 1);
    g.fillRoundedRect(0, 0, w, h, RADIUS.sm);
    label.setPosition(Math.round((w - label.width) / 2), 1);
    this.add([g, label]);
    this.chipWidth = w;
    this.chipHeight = h;
    this.setSize(w, h);
    scene.add.existing(this);
  }
}
