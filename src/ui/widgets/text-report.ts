// Every text on screen, measured against the space it was given: read by the
// browser tests (window.flashpointUi.texts()) to find words that are cut or
// overflow their control in a long language, or that run into a control
// beside them. Read-only; holds no words of its own.

import * as Phaser from 'phaser';
import { overlayOf } from '../overlay-layer';
import { type CutReason, fitNote, splitsWord } from '../text-fit';
import { layerTexts } from '../text-layer';
import type { Box } from './box';
import { firstControlHit } from './control-overlap';

/** One visible text, in game coordinates. */
export interface UiTextInfo {
  /** The key of the scene that shows it. */
  scene: string;
  text: string;
  /** Where it is drawn (its measured size). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The width it was given: by a text-fit helper, by its word wrap, or null. */
  fitWidth: number | null;
  /** The height it was given by a text-fit helper, or null. */
  fitHeight: number | null;
  /** The box of the control (or fixed text layer) it belongs to, or null. */
  control: Box | null;
  /** Word-wrapped with a word broken inside (a word longer than the line). */
  splitWord: boolean;
  /** Shortened with "…" (or lines dropped) by a text-fit helper. */
  cut: boolean;
  /** Why its cut is expected: text from players or files ('user': seeds, names), or a preview of a text shown whole elsewhere. */
  cutOnPurpose: CutReason | null;
  /** For a text of no control: the box of the first control it runs into (over or under), else null; only controls of its own scene and layer count (a dialog or a tip drawn over the screen is a layer of its own, see overlay-layer.ts). */
  overlaps: Box | null;
}

interface Control {
  getFocusBounds(): Box;
}

const isControl = (o: object): o is Control => typeof (o as { getFocusBounds?: unknown }).getFocusBounds === 'function';

function shown(obj: Phaser.GameObjects.GameObject): boolean {
  let o: Phaser.GameObjects.GameObject | null = obj;
  while (o) {
    const v = o as unknown as { visible?: boolean; alpha?: number };
    if (v.visible === false || v.alpha === 0) return false;
    o = o.parentContainer;
  }
  return true;
}

function controlOf(obj: Phaser.GameObjects.GameObject): Box | null {
  for (let o = obj.parentContainer; o; o = o.parentContainer) if (isControl(o)) return o.getFocusBounds();
  return null;
}

function controlsAround(obj: Phaser.GameObjects.GameObject): Control[] {
  const out: Control[] = [];
  for (let o = obj.parentContainer; o; o = o.parentContainer) if (isControl(o)) out.push(o);
  return out;
}

/** One layer of a scene (the screen itself, or an overlay drawn over it): its free texts and its controls, to find texts that run into a control. */
interface Layer {
  texts: { info: UiTextInfo; owners: readonly Control[] }[];
  controls: { control: Control; box: Box }[];
}

/** The layers of one scene being walked: the screen's own, and one per overlay (see overlay-layer.ts). */
class SceneLayers {
  readonly screen: Layer = { texts: [], controls: [] };
  private readonly overlays = new Map<object, Layer>();

  /** The layer `obj` draws in: its own overlay's if it is marked, else its container's. */
  of(obj: Phaser.GameObjects.GameObject, around: Layer): Layer {
    const token = overlayOf(obj);
    if (!token) return around;
    let layer = this.overlays.get(token);
    if (!layer) {
      layer = { texts: [], controls: [] };
      this.overlays.set(token, layer);
    }
    return layer;
  }

  /** Notes, for each free text, the first control of its layer (not one it belongs to) that it runs into. */
  findOverlaps(): void {
    for (const layer of [this.screen, ...this.overlays.values()])
      for (const t of layer.texts) t.info.overlaps = firstControlHit(t.info, t.owners, layer.controls);
  }
}

function describeText(scene: string, t: Phaser.GameObjects.Text): UiTextInfo {
  const b = t.getBounds();
  const scale = t.getWorldTransformMatrix();
  const note = fitNote(t);
  const wrap = t.style.wordWrapWidth;
  const fitWidth = note?.width ?? (wrap ? wrap : null);
  return {
    scene,
    text: t.text,
    x: b.x,
    y: b.y,
    width: b.width,
    height: b.height,
    fitWidth: fitWidth === null ? null : fitWidth * scale.scaleX,
    fitHeight: note?.height == null ? null : note.height * scale.scaleY,
    control: note?.overEdge ? null : controlOf(t),
    splitWord: splitsWord(t),
    cut: note?.cutTo != null && note.cutTo === t.text,
    cutOnPurpose: note?.cutOnPurpose ?? null,
    overlaps: null,
  };
}

function walk(scene: string, list: readonly Phaser.GameObjects.GameObject[], out: UiTextInfo[], layers: SceneLayers, around: Layer): void {
  for (const obj of list) {
    if (!shown(obj)) continue;
    const layer = layers.of(obj, around);
    if (isControl(obj)) layer.controls.push({ control: obj, box: obj.getFocusBounds() });
    if (obj instanceof Phaser.GameObjects.Container) walk(scene, obj.list, out, layers, layer);
    else if (obj instanceof Phaser.GameObjects.Text) {
      if (obj.text.trim() === '') continue;
      const info = describeText(scene, obj);
      out.push(info);
      // A text of no control (or drawn across its control's edge) must keep clear of the other controls.
      if (info.control === null) layer.texts.push({ info, owners: controlsAround(obj) });
    } else if (obj instanceof Phaser.GameObjects.Image) {
      const drawn = layerTexts(obj);
      for (const t of drawn?.texts ?? []) {
        const info: UiTextInfo = {
          scene,
          ...t,
          fitWidth: null,
          fitHeight: null,
          control: drawn?.box ?? null,
          splitWord: false,
          cut: false,
          cutOnPurpose: null,
          overlaps: null,
        };
        out.push(info);
        // A fixed text layer is no control: its texts, too, must keep clear of the controls.
        layer.texts.push({ info, owners: controlsAround(obj) });
      }
    }
  }
}

/** The texts of every scene on screen (running or paused under another), in drawing order. */
export function describeTexts(game: Phaser.Game): UiTextInfo[] {
  const out: UiTextInfo[] = [];
  for (const scene of game.scene.getScenes(false)) {
    const sys = scene.sys;
    if (!sys.isVisible() || !(sys.isActive() || sys.isPaused())) continue;
    const layers = new SceneLayers();
    walk(sys.settings.key, scene.children.list, out, layers, layers.screen);
    layers.findOverlaps();
  }
  return out;
}
