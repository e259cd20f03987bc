import type * as Phaser from 'phaser';

// A 32-bit fingerprint of everything Phaser would draw this frame: which
// scenes are shown, their cameras, and every visible object's place, size,
// look, texture, text and drawing commands. Two frames with the same
// fingerprint look the same (render-on-change.ts skips the second). Reading
// a few hundred objects costs a few microseconds, far less than a redraw.
//
// It covers the kinds of object the game's screens use (text, graphics,
// containers, rectangles, zones, DOM elements); anything else is still
// fingerprinted by its common properties (place, scale, alpha, texture frame).

/** The properties read from any game object; all optional because kinds differ. */
interface Drawn {
  visible?: boolean;
  type?: string;
  x?: number;
  y?: number;
  scaleX?: number;
  scaleY?: number;
  rotation?: number;
  alpha?: number;
  depth?: number;
  originX?: number;
  originY?: number;
  scrollFactorX?: number;
  scrollFactorY?: number;
  width?: number;
  height?: number;
  blendMode?: number | string;
  tint?: number;
  texture?: { key?: string };
  frame?: { name?: string | number; width?: number; height?: number };
  /** Text */
  text?: string;
  style?: { color?: string; backgroundColor?: string | null; fontSize?: string | number; fontStyle?: string; stroke?: string; strokeThickness?: number };
  /** Graphics */
  commandBuffer?: unknown[];
  /** Container */
  list?: Drawn[];
  /** Shapes (Rectangle) */
  fillColor?: number;
  fillAlpha?: number;
  strokeColor?: number;
  strokeAlpha?: number;
  lineWidth?: number;
  isFilled?: boolean;
  isStroked?: boolean;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

class Hasher {
  h = FNV_OFFSET;

  num(n: number | undefined): void {
    // Three decimals are enough to see any visible change (alpha, scale, pixels).
    this.h = Math.imul(this.h ^ ((n ?? -1) * 1024) | 0, FNV_PRIME);
  }

  bool(b: boolean | undefined): void {
    this.num(b === undefined ? -2 : b ? 1 : 0);
  }

  str(s: string | number | null | undefined): void {
    const t = s === null || s === undefined ? '\u0000' : String(s);
    this.num(t.length);
    for (let i = 0; i < t.length; i++) this.h = Math.imul(this.h ^ t.charCodeAt(i), FNV_PRIME);
  }
}

function object(hash: Hasher, o: Drawn): void {
  hash.bool(o.visible);
  if (o.visible === false || o.alpha === 0) return; // nothing inside it is drawn
  hash.str(o.type);
  hash.num(o.x);
  hash.num(o.y);
  hash.num(o.scaleX);
  hash.num(o.scaleY);
  hash.num(o.rotation);
  hash.num(o.alpha);
  hash.num(o.depth);
  hash.num(o.originX);
  hash.num(o.originY);
  hash.num(o.scrollFactorX);
  hash.num(o.scrollFactorY);
  hash.num(o.width);
  hash.num(o.height);
  hash.str(o.blendMode);
  hash.num(o.tint);
  hash.str(o.texture?.key);
  if (o.frame) {
    hash.str(o.frame.name);
    hash.num(o.frame.width);
    hash.num(o.frame.height);
  }
  if (o.text !== undefined) {
    hash.str(o.text);
    const s = o.style;
    if (s) {
      hash.str(s.color);
      hash.str(s.backgroundColor);
      hash.str(s.fontSize);
      hash.str(s.fontStyle);
      hash.str(s.stroke);
      hash.num(s.strokeThickness);
    }
  }
  if (o.commandBuffer) {
    hash.num(o.commandBuffer.length);
    for (const c of o.commandBuffer) {
      if (typeof c === 'number') hash.num(c);
      else if (typeof c === 'boolean') hash.bool(c);
    }
  }
  if (o.fillColor !== undefined) {
    hash.num(o.fillColor);
    hash.num(o.fillAlpha);
    hash.num(o.strokeColor);
    hash.num(o.strokeAlpha);
    hash.num(o.lineWidth);
    hash.bool(o.isFilled);
    hash.bool(o.isStroked);
  }
  if (o.list) {
    hash.num(o.list.length);
    for (const child of o.list) object(hash, child);
  }
}

interface CameraLike {
  visible: boolean;
  alpha: number;
  x: number;
  y: number;
  width: number;
  height: number;
  scrollX: number;
  scrollY: number;
  zoom: number;
  rotation: number;
  backgroundColor: { color32?: number; alphaGL?: number };
  fadeEffect?: { isRunning: boolean; progress: number };
  flashEffect?: { isRunning: boolean; progress: number };
  shakeEffect?: { isRunning: boolean; progress: number };
}

function camera(hash: Hasher, c: CameraLike): void {
  hash.bool(c.visible);
  for (const n of [c.alpha, c.x, c.y, c.width, c.height, c.scrollX, c.scrollY, c.zoom, c.rotation, c.backgroundColor.color32, c.backgroundColor.alphaGL]) hash.num(n);
  for (const effect of [c.fadeEffect, c.flashEffect, c.shakeEffect]) {
    hash.bool(effect?.isRunning);
    if (effect?.isRunning) hash.num(effect.progress);
  }
}

export function displayFingerprint(game: Phaser.Game): number {
  const hash = new Hasher();
  hash.num(game.canvas?.width);
  hash.num(game.canvas?.height);
  hash.num(game.scale.displaySize.width);
  hash.num(game.scale.displaySize.height);
  for (const scene of game.scene.scenes) {
    const { settings } = scene.sys;
    hash.str(settings.key);
    hash.num(settings.status);
    hash.bool(settings.visible);
    if (!settings.visible) continue;
    for (const c of scene.cameras.cameras as unknown as CameraLike[]) camera(hash, c);
    const list = scene.children.list as unknown as Drawn[];
    hash.num(list.length);
    for (const o of list) object(hash, o);
  }
  return hash.h >>> 0;
}
