import type * as Phaser from 'phaser';
import { canvasFont, css, type TextKind, textStyle } from './theme';

// A 2D canvas laid over the game's canvas (a Phaser DOM element, so it moves
// and scales with it), for a picture that changes many times a second: the
// What if? charts while a batch runs. Redrawing it is a few milliseconds of
// 2D drawing on its own area; redrawing the game's WebGL canvas instead means
// a whole-screen render, which costs tens of milliseconds where WebGL runs in
// software, while the batch's workers want the same CPU.

/** Drawn at twice the game's resolution, so it stays sharp when the game is scaled up. */
const PIXELS_PER_UNIT = 2;

export class ChartCanvas {
  readonly element: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D | null;

  /** Covers the game-space box (x, y, width, height); drawing calls take game coordinates. */
  constructor(
    scene: Phaser.Scene,
    private readonly x: number,
    private readonly y: number,
    readonly width: number,
    readonly height: number,
  ) {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * PIXELS_PER_UNIT);
    canvas.height = Math.round(height * PIXELS_PER_UNIT);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    canvas.style.pointerEvents = 'none'; // clicks go to the game underneath
    canvas.setAttribute('aria-hidden', 'true'); // the results are announced as text
    this.element = canvas;
    this.ctx = canvas.getContext('2d');
    this.ctx?.scale(PIXELS_PER_UNIT, PIXELS_PER_UNIT);
    this.ctx?.translate(-x, -y);
    scene.add.dom(x, y, canvas).setOrigin(0, 0);
  }

  clear(): void {
    this.ctx?.clearRect(this.x, this.y, this.width, this.height);
  }

  rect(x: number, y: number, w: number, h: number, color: number): void {
    if (!this.ctx || w <= 0 || h <= 0) return;
    this.ctx.fillStyle = css(color);
    this.ctx.fillRect(x, y, w, h);
  }

  /** One line of text in a theme kind; `originX` 0 left-aligns at x, 0.5 centres, 1 right-aligns. */
  text(x: number, y: number, s: string, kind: TextKind, originX = 0): void {
    const ctx = this.useFont(kind);
    if (!ctx || !s) return;
    ctx.textAlign = originX === 0 ? 'left' : originX === 1 ? 'right' : 'center';
    ctx.fillText(s, x, y);
  }

  /** The context set up to write in a theme kind (font, colour, top baseline). */
  private useFont(kind: TextKind): CanvasRenderingContext2D | null {
    const ctx = this.ctx;
    if (!ctx) return null;
    const style = textStyle(kind);
    ctx.font = canvasFont(style);
    ctx.fillStyle = String(style.color);
    ctx.textBaseline = 'top';
    return ctx;
  }

  /** Text wrapped at `maxWidth`, line by line; returns the height used. */
  paragraph(x: number, y: number, s: string, kind: TextKind, maxWidth: number, lineHeight: number): number {
    const ctx = this.useFont(kind);
    if (!ctx) return 0;
    let top = y;
    for (const given of s.split('\n')) {
      let line = '';
      for (const word of given.split(' ')) {
        const next = line ? `${line} ${word}` : word;
        if (line && ctx.measureText(next).width > maxWidth) {
          this.text(x, top, line, kind);
          top += lineHeight;
          line = word;
        } else {
          line = next;
        }
      }
      this.text(x, top, line, kind);
      top += lineHeight;
    }
    return top - y;
  }
}
