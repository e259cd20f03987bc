// Every text on screen, measured against the space it was given: read by the
// browser tests (window.flashpointUi.texts()) to find words that are cut or
// overflow their control in a long language. Read-only; holds no words of its own.

import * as Phaser from 'phaser';
import { type CutReason, fitNote, splitsWord } from '../text-fit';
import { layerTexts } from '../text-layer';
import type { Box } from './box';

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
  };
}

function walk(scene: string, list: readonly Phaser.GameObjects.GameObject[], out: UiTextInfo[]): void {
  for (const obj of list) {
    if (!shown(obj)) continue;
    if (obj instanceof Phaser.GameObjects.Container) walk(scene, obj.list, out);
    else if (obj instanceof Phaser.GameObjects.Text) {
      if (obj.text.trim() !== '') out.push(describeText(scene, obj));
    } else if (obj instanceof Phaser.GameObjects.Image) {
      const layer = layerTexts(obj);
      for (const t of layer?.texts ?? [])
        out.push({
          scene,
          ...t,
          fitWidth: null,
          fitHeight: null,
          control: layer?.box ?? null,
          splitWord: false,
          cut: false,
          cutOnPurpose: null,
        });
    }
  }
}

/** The texts of every scene on screen (running or paused under another), in drawing order. */
export function describeTexts(game: Phaser.Game): UiTextInfo[] {
  const out: UiTextInfo[] = [];
  for (const scene of game.scene.getScenes(false)) {
    const sys = scene.sys;
    if (!sys.isVisible() || !(sys.isActive() || sys.isPaused())) continue;
    walk(sys.settings.key, scene.children.list, out);
  }
  return out;
}
