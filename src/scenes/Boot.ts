import * as Phaser from 'phaser';
import { announceScene } from '../ui/announcer';
import { COLORS } from '../ui/theme';

/** First scene: nothing to load yet; hands over to the Preloader at once. */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLORS.bg);
    announceScene('Boot', 'Flashpoint: North Kosovo is loading.');
    this.scene.start('Preloader');
  }
}
