import * as Phaser from 'phaser';
import { fitTextWidth } from '../text-fit';
import { COLORS, lineHeight, RADIUS, SPACE, STROKE, textStyle } from '../theme';
import type { Box } from './box';
import { Chip } from './Chip';

export interface PanelConfig {
  x: number;
  y: number;
  width: number;
  height: number;
  title?: string;
  /** A thin colour strip on the left edge (e.g. the actor colour). */
  accent?: number;
  /** A chip beside the title (e.g. the actor tag), drawn in `accent`. */
  tag?: string;
}

/**
 * A titled box. Add content with `panel.add(obj)` using coordinates relative
 * to the panel's top-left; `panel.inner` is the content area below the title.
 */
export class Panel extends Phaser.GameObjects.Container {
  readonly panelWidth: number;
  readonly panelHeight: number;
  /** Content area in panel coordinates. */
  readonly inner: Box;
  readonly titleText: Phaser.GameObjects.Text | null;

  constructor(scene: Phaser.Scene, cfg: PanelConfig) {
    super(scene, cfg.x, cfg.y);
    this.panelWidth = cfg.width;
    this.panelHeight = cfg.height;
    const g = scene.add.graphics();
    g.fillStyle(COLORS.panel, 1);
    g.fillRoundedRect(0, 0, cfg.width, cfg.height, RADIUS.md);
    g.lineStyle(STROKE.thin, COLORS.panelBorder, 1);
    g.strokeRoundedRect(0.5, 0.5, cfg.width - 1, cfg.height - 1, RADIUS.md);
    if (cfg.accent !== undefined) {
      g.fillStyle(cfg.accent, 1);
      g.fillRoundedRect(0, 0, 6, cfg.height, { tl: RADIUS.md, bl: RADIUS.md, tr: 0, br: 0 });
    }
    this.add(g);

    const padX = SPACE.md + (cfg.accent !== undefined ? 4 : 0);
    let top = SPACE.sm + 4;
    this.titleText = null;
    if (cfg.title) {
      let x = padX;
      if (cfg.tag && cfg.accent !== undefined) {
        const chip = new Chip(scene, { x, y: top + 2, text: cfg.tag, color: cfg.accent });
        this.add(chip);
        x += chip.chipWidth + SPACE.sm;
      }
      this.titleText = scene.add.text(x, top, cfg.title, textStyle('h3'));
      fitTextWidth(this.titleText, cfg.width - x - SPACE.md, 12);
      this.add(this.titleText);
      top += lineHeight('h3') + 2;
    }
    this.inner = { x: padX, y: top, width: cfg.width - padX - SPACE.md, height: cfg.height - top - SPACE.md };
    this.setSize(cfg.width, cfg.height);
    scene.add.existing(this);
  }
}
