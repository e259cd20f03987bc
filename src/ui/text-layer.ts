import type * as Phaser from 'phaser';
import { canvasFont } from './theme';

// Several lines of text that never change, drawn once into one canvas texture
// and shown as one image. Each Phaser Text is a canvas and a texture of its own
// (about a millisecond each to make where WebGL runs in software); a block of
// fixed lines drawn together costs one. For text that changes, or that a
// control owns, use Phaser's Text.

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;

let layers = 0;

/** One text drawn into a layer, in game coordinates (for the test hook's text report). */
export interface LayerText {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const drawn = new WeakMap<Phaser.GameObjects.Image, { texts: LayerText[]; box: { x: number; y: number; width: number; height: number } }>();

/** The texts a layer's image shows and the layer's box, if `image` is one. */
export function layerTexts(
  image: Phaser.GameObjects.Image,
): { texts: LayerText[]; box: { x: number; y: number; width: number; height: number } } | undefined {
  return drawn.get(image);
}

export class TextLayer {
  private readonly texture: Phaser.Textures.CanvasTexture | null;
  private readonly ctx: CanvasRenderingContext2D | null;
  private readonly texts: LayerText[] = [];

  /** A layer covering the game-space box (x, y, width, height); texts are placed in game coordinates. */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly x: number,
    private readonly y: number,
    private readonly width: number,
    private readonly height: number,
  ) {
    // not-text: a texture key
    this.texture = scene.textures.createCanvas(`text-layer-${++layers}`, Math.ceil(width), Math.ceil(height));
    this.ctx = this.texture?.getContext() ?? null;
  }

  /**
   * One text, anchored like a Phaser Text with `setOrigin(originX, originY)`
   * (0 left/top, 0.5 centre, 1 right/bottom); single line.
   */
  text(x: number, y: number, s: string, style: TextStyle, originX = 0, originY = 0): this {
    const ctx = this.ctx;
    if (!ctx) return this;
    ctx.font = canvasFont(style);
    ctx.fillStyle = String(style.color ?? '#fff');
    ctx.textAlign = originX === 0 ? 'left' : originX === 1 ? 'right' : 'center';
    // Placed as Phaser places a Text: its box is the font's ascent and descent
    // (measured on tall and deep letters), the baseline at the ascent.
    ctx.textBaseline = 'alphabetic';
    const m = ctx.measureText('|MÉqgy');
    const height = m.actualBoundingBoxAscent + m.actualBoundingBoxDescent;
    const top = y - originY * height;
    ctx.fillText(s, x - this.x, top + m.actualBoundingBoxAscent - this.y);
    const width = ctx.measureText(s).width;
    this.texts.push({ text: s, x: x - originX * width, y: top, width, height });
    return this;
  }

  /** Uploads the drawing once and shows it; the texture goes with the scene. */
  show(): Phaser.GameObjects.Image | null {
    if (!this.texture) return null;
    this.texture.refresh();
    const key = this.texture.key;
    this.scene.events.once('shutdown', () => this.scene.textures.remove(key));
    const image = this.scene.add.image(this.x, this.y, key).setOrigin(0, 0);
    drawn.set(image, { texts: this.texts, box: { x: this.x, y: this.y, width: this.width, height: this.height } });
    return image;
  }
}
