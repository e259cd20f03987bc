import type * as Phaser from 'phaser';
import QRCode from 'qrcode';

// A QR code of the join link, drawn into a canvas texture (never an HTML
// element): dark modules on white, with the four-module quiet zone readers need.

const QUIET = 4;

/** The QR code's modules: size × size booleans (dark = true). */
export function qrModules(text: string): { size: number; dark: (x: number, y: number) => boolean } {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  return { size, dark: (x, y) => data[y * size + x] === 1 };
}

/** Adds an image of the QR code of `text` in a `px`-pixel square whose top-left is (x, y). */
export function addQrImage(scene: Phaser.Scene, text: string, x: number, y: number, px: number): Phaser.GameObjects.Image {
  const { size, dark } = qrModules(text);
  const cells = size + QUIET * 2;
  const scale = Math.max(1, Math.floor(px / cells));
  const side = cells * scale;
  const key = `class-qr:${text}`;
  if (!scene.textures.exists(key)) {
    const tex = scene.textures.createCanvas(key, side, side);
    const ctx = tex?.getContext();
    if (tex && ctx) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, side, side);
      ctx.fillStyle = '#000000';
      for (let r = 0; r < size; r++)
        for (let c = 0; c < size; c++) if (dark(c, r)) ctx.fillRect((c + QUIET) * scale, (r + QUIET) * scale, scale, scale);
      tex.refresh();
    }
  }
  // Whole pixels per module keep the code sharp: the image is at most `px` square, centred in it.
  const inset = Math.floor((px - side) / 2);
  return scene.add.image(x + inset, y + inset, key).setOrigin(0, 0);
}
