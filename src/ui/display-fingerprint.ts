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
  style?: {
    color?: string;
    backgroundColor?: string | null;
    fontSize?: string | number;
    fontStyle?: string;
    stroke?: string;
    strokeThickness?: number;
  };
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
    this.h = Math.imul((this.h ^ ((n ?? -1) * 1024)) | 0, FNV_PRIME);
  }

  bool(b: boolean | undefined): void {
    this.num(b === undefined ? -2 : b ? 1 : 0);
  }

  str(s: string | number | boolean | null | undefined): void {
    const t = s === null || s === undefined ? '\u0000' : String(s);
    this.num(t.length);
    for (let i = 0; i < t.length; i++) this.h = Math.imul(this.h ^ t.charCodeAt(i), FNV_PRIME);
  }
}

/** What places and shapes any object: read from every visible object. */
const COMMON = [
  'x',
  'y',
  'scaleX',
  'scaleY',
  'rotation',
  'alpha',
  'depth',
  'originX',
  'originY',
  'scrollFactorX',
  'scrollFactorY',
  'width',
  'height',
  'tint',
] as const;
/** What a text looks like besides its words. */
const TEXT_STYLE = ['color', 'backgroundColor', 'fontSize', 'fontStyle', 'stroke', 'strokeThickness'] as const;
/** How a shape (Rectangle) is filled and outlined. */
const SHAPE = ['fillColor', 'fillAlpha', 'strokeColor', 'strokeAlpha', 'lineWidth', 'isFilled', 'isStroked'] as const;

function object(hash: Hasher, o: Drawn): void {
  hash.bool(o.visible);
  if (o.visible === false || o.alpha === 0) return; // nothing inside it is drawn
  hash.str(o.type);
  for (const k of COMMON) hash.num(o[k]);
  hash.str(o.blendMode);
  hash.str(o.texture?.key);
  if (o.frame) {
    hash.str(o.frame.name);
    hash.num(o.frame.width);
    hash.num(o.frame.height);
  }
  if (o.text !== undefined) {
    hash.str(o.text);
    for (const k of TEXT_STYLE) hash.str(o.style?.[k]);
  }
  if (o.commandBuffer) {
    hash.num(o.commandBuffer.length);
    for (const c of o.commandBuffer) {
      if (typeof c === 'number') hash.num(c);
      else if (typeof c === 'boolean') hash.bool(c);
    }
  }
  if (o.fillColor !== undefined) for (const k of SHAPE) hash.str(o[k]);
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
  for (const n of [
    c.alpha,
    c.x,
    c.y,
    c.width,
    c.height,
    c.scrollX,
    c.scrollY,
    c.zoom,
    c.rotation,
    c.backgroundColor.color32,
    c.backgroundColor.alphaGL,
  ])
    hash.num(n);
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
