import * as Phaser from 'phaser';
import { announceScene } from '../ui/announcer';
import { COLORS, GAME_HEIGHT, GAME_WIDTH, RADIUS, css, textStyle } from '../ui/theme';

/**
 * Shows a progress bar while assets load, then opens the title screen.
 * The game draws everything with Graphics and the bundled web font, so the
 * queue is empty for now; queue future assets in `preload()`.
 */
export class Preloader extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  init(): void {
    const w = 480;
    const h = 16;
    const x = (GAME_WIDTH - w) / 2;
    const y = GAME_HEIGHT / 2;
    this.add.text(GAME_WIDTH / 2, y - 36, 'Loading…', textStyle('body', { color: css(COLORS.textMuted) })).setOrigin(0.5);
    const frame = this.add.graphics();
    frame.lineStyle(2, COLORS.buttonBorder, 1);
    frame.strokeRoundedRect(x - 4, y - 4, w + 8, h + 8, RADIUS.md);
    const bar = this.add.graphics();
    const percent = this.add.text(GAME_WIDTH / 2, y + 40, '0%', textStyle('small', { color: css(COLORS.textMuted) })).setOrigin(0.5);
    this.load.on(Phaser.Loader.Events.PROGRESS, (progress: number) => {
      bar.clear();
      bar.fillStyle(COLORS.info, 1);
      bar.fillRoundedRect(x, y, Math.max(h, w * progress), h, h / 2);
      percent.setText(`${Math.round(progress * 100)}%`);
    });
  }

  preload(): void {
    // No external assets yet (fonts are bundled by Vite and loaded before the game starts).
  }

  create(): void {
    announceScene('Preloader', 'Flashpoint: North Kosovo has loaded.');
    this.scene.start('Title');
  }
}
