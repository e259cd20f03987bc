import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import * as Phaser from 'phaser';
import { scenarioCards, scenarioLoaders } from './scenarios';
import { Boot } from './scenes/Boot';
import { SCENE_LOADERS } from './scenes/lazy-loaders';
import { Notice } from './scenes/Notice';
import { Title } from './scenes/Title';
import { activeSession } from './ui/active-session';
import { currentSceneKey } from './ui/announcer';
import { installCrashGuard } from './ui/crash';
import { fontsReady } from './ui/fonts';
import { setSceneLoaders } from './ui/lazy-scenes';
import { startOffline } from './ui/offline';
import { renderOnlyOnChange } from './ui/render-on-change';
import { newestSaveText } from './ui/save-store';
import { loadAllCards, provideScenarios } from './ui/scenario-source';
import { COLORS, css, GAME_HEIGHT, GAME_WIDTH } from './ui/theme';
import { createGameCanvas } from './ui/webgl-context';

export { GAME_HEIGHT, GAME_WIDTH };

function start(): Phaser.Game {
  // The one place the browser meets the scenario registry: screens get scenarios from scenario-source.
  provideScenarios(scenarioLoaders, scenarioCards);
  // The ui side opens screens on first use with the scenes side's loaders.
  setSceneLoaders(SCENE_LOADERS);
  void fontsReady(); // Boot waits for it and the scenarios' cards before the first screen with text
  void loadAllCards();
  document.body.style.background = css(COLORS.bg);
  const gl = createGameCanvas();
  // Hidden until its first frame (render-on-change.ts shows it): an undrawn canvas is black, and a
  // visible one is read back by a software-rendering browser at every change, tens of ms each.
  if (gl) gl.canvas.style.visibility = 'hidden';
  const game = new Phaser.Game({
    // Phaser takes a WebGL context here too (its typings say 2D only).
    ...(gl ? { type: Phaser.WEBGL, canvas: gl.canvas, context: gl.context as unknown as CanvasRenderingContext2D } : { type: Phaser.AUTO }),
    width: GAME_WIDTH,
    height: GAME_HEIGHT,
    parent: 'game',
    backgroundColor: css(COLORS.bg),
    // The seed field is a real <input> in Phaser's DOM container (scaled with the canvas).
    dom: { createContainer: true },
    // The game makes no sound; without this Phaser opens an AudioContext at boot.
    audio: { noAudio: true },
    // Software WebGL compiles a shader variant for each number of textures a
    // batch may bind, tens of ms each at start-up; with one texture a batch it
    // needs one. Frames are drawn only on change, so the extra batches cost little.
    ...(gl?.software ? { render: { maxTextures: 1 } } : {}),
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
    },
    // Only what the title screen needs is loaded at start; the game's screens
    // (and the engine) load on New game or a start link (src/scenes/lazy-loaders.ts).
    // Notice draws over the Title when a start link could not be used.
    scene: [Boot, Title, Notice],
  });
  // Still screens are not redrawn every frame (see render-on-change.ts).
  game.events.once(Phaser.Core.Events.READY, () => renderOnlyOnChange(game));
  return game;
}

// Any unexpected error shows a recovery screen instead of a frozen canvas.
installCrashGuard({
  describe: () => {
    const s = activeSession();
    return {
      scene: currentSceneKey(),
      scenario: s?.setup.scenarioId ?? null,
      seed: s?.setup.seed ?? null,
      role: s?.setup.role ?? null,
      turn: s?.state.turn ?? null,
      phase: s?.state.phase ?? null,
    };
  },
  lastSave: newestSaveText,
});

start();
// Offline after the first visit: the service worker registers after the page has loaded.
startOffline();
