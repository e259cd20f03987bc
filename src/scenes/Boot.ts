import * as Phaser from 'phaser';

/** Placeholder scene: draws the title. To be replaced by the real scenes. */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    const { width, height } = this.scale;
    this.add
      .text(width / 2, height / 2 - 30, 'Flashpoint: North Kosovo', {
        fontFamily: '"Noto Sans", sans-serif',
        fontSize: '56px',
        fontStyle: 'bold',
        color: '#e8eef2',
      })
      .setOrigin(0.5);
    this.add
      .text(width / 2, height / 2 + 40, 'Mitrovica / Mitrovicë · Zvečan · Leposavić · Zubin Potok', {
        fontFamily: '"Noto Sans", sans-serif',
        fontSize: '24px',
        color: '#9cc3d5',
      })
      .setOrigin(0.5);

    const announcer = document.getElementById('announcer');
    if (announcer) announcer.textContent = 'Flashpoint: North Kosovo loaded.';
  }
}
