// The reference page for the title-screen timing: Phaser with one scene that
// draws one line of text, built and served the same way as the game.
import * as Phaser from 'phaser';

class Blank extends Phaser.Scene {
  create(): void {
    this.add.text(40, 40, 'Blank Phaser page', { color: '#e8eef2', fontSize: '32px' });
    this.game.events.once(
      Phaser.Core.Events.POST_RENDER,
      () => ((window as unknown as { benchReady: number }).benchReady = performance.now()),
    );
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 1280, height: 720, parent: 'game', scale: { mode: Phaser.Scale.FIT }, scene: [Blank] });
