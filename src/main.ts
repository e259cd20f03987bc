import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import * as Phaser from 'phaser';
import { Boot } from './scenes/Boot';

export const GAME_WIDTH = 1280;
export const GAME_HEIGHT = 720;

/** Text drawn into Phaser's canvas needs the web font loaded first. */
async function loadFonts(): Promise<void> {
  try {
    await Promise.all([
      document.fonts.load('400 24px "Noto Sans"', 'čćđšžëç'),
      document.fonts.load('700 48px "Noto Sans"', 'čćđšžëç'),
    ]);
  } catch {
    // Fall back to system fonts; the game still runs.
  }
}

async function start(): Promise<Phaser.Game> {
  await loadFonts();
  return new Phaser.Game({
    type: Phaser.AUTO,
    width: GAME_WIDTH,
    height: GAME_HEIGHT,
    parent: 'game',
    backgroundColor: '#10202b',
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
    },
    scene: [Boot],
  });
}

void start();
