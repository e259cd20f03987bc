import * as Phaser from 'phaser';
import { displayFingerprint } from './display-fingerprint';

// Phaser redraws the whole canvas on every animation frame. Our screens are
// still pictures between the player's actions (no tweens, no animations), so
// the canvas is redrawn only on frames where something visible changed: after
// the update step, a fingerprint of everything on screen is compared with the
// one last drawn. A WebGL canvas that is not drawn to keeps showing its last
// picture, so a skipped frame looks the same and costs almost nothing. On a
// software-rendered browser (no usable GPU) a redraw of a busy screen costs
// tens of milliseconds of CPU, which a What if? batch needs more.

export interface RenderOnChange {
  /** Frames drawn and frames skipped since start (for the benchmark). */
  counts(): { drawn: number; skipped: number };
  /** Draws the next frame whatever the fingerprint says. */
  requestRender(): void;
}

export function renderOnlyOnChange(game: Phaser.Game): RenderOnChange {
  const renderer = game.renderer as Phaser.Renderer.WebGL.WebGLRenderer | Phaser.Renderer.Canvas.CanvasRenderer;
  let lastDrawn: number | null = null;
  let forced = 2; // the first frames are always drawn
  let skip = false;
  let drawn = 0;
  let skipped = 0;

  // An undrawn canvas shows black: the page's background shows instead until the first frame.
  game.canvas.style.visibility = 'hidden';
  game.events.on(Phaser.Core.Events.POST_STEP, () => {
    // Until a screen has something to show (Boot waits for fonts and words
    // with nothing on screen), no frame is drawn: on a software-rendered
    // browser each drawn frame is read back for the page (tens of ms), and
    // those frames would only delay the title.
    if (drawn === 0 && nothingToShow(game)) {
      skip = true;
      skipped++;
      return;
    }
    if (drawn === 0) game.canvas.style.visibility = 'visible';
    const print = displayFingerprint(game);
    // A pending canvas snapshot is taken in postRender, so that frame is drawn.
    const snapshotPending = Boolean((renderer as unknown as { snapshotState?: { callback?: unknown } }).snapshotState?.callback);
    skip = forced === 0 && !snapshotPending && print === lastDrawn;
    if (skip) {
      skipped++;
      return;
    }
    forced = Math.max(0, forced - 1);
    lastDrawn = print;
    drawn++;
  });
  const force = () => (forced = 2);
  game.scale.on(Phaser.Scale.Events.RESIZE, force);
  renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, force);

  // The three render calls of Phaser's step, each passed over on a skipped frame.
  const preRender = renderer.preRender.bind(renderer);
  renderer.preRender = () => {
    if (!skip) preRender();
  };
  const postRender = renderer.postRender.bind(renderer);
  renderer.postRender = () => {
    if (!skip) postRender();
  };
  const scenes = game.scene;
  const renderScenes = scenes.render.bind(scenes);
  scenes.render = (r: Parameters<typeof scenes.render>[0]) => {
    if (!skip) return renderScenes(r);
    // The one piece of bookkeeping SceneManager.render does besides drawing.
    (scenes as unknown as { isProcessing: boolean }).isProcessing = false;
  };

  const control: RenderOnChange = { counts: () => ({ drawn, skipped }), requestRender: force };
  // Read-only hook for the browser tests and the benchmark.
  (window as unknown as { flashpointRender: RenderOnChange }).flashpointRender = control;
  return control;
}

/** True while no running scene has anything on its display list. */
function nothingToShow(game: Phaser.Game): boolean {
  return game.scene.getScenes(true).every((scene) => scene.children.length === 0);
}
