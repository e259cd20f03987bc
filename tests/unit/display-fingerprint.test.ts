import type * as Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { displayFingerprint } from '../../src/ui/display-fingerprint';

// The fingerprint decides whether a frame is drawn (src/ui/render-on-change.ts):
// anything visible that changes must change it; nothing else may.
// The game here is a plain object with the fields Phaser's game has.

type Obj = Record<string, unknown>;

function fakeGame(list: Obj[], scene: Obj = {}) {
  const camera = {
    visible: true,
    alpha: 1,
    x: 0,
    y: 0,
    width: 1280,
    height: 720,
    scrollX: 0,
    scrollY: 0,
    zoom: 1,
    rotation: 0,
    backgroundColor: { color32: 0, alphaGL: 0 },
  };
  const settings = { key: 'Title', status: 5, visible: true, ...scene };
  const game = {
    canvas: { width: 1280, height: 720 },
    scale: { displaySize: { width: 1280, height: 720 } },
    scene: { scenes: [{ sys: { settings }, cameras: { cameras: [camera] }, children: { list } }] },
  };
  return { game: game as unknown as Phaser.Game, camera, settings };
}

const text = (s: string): Obj => ({
  type: 'Text',
  visible: true,
  x: 10,
  y: 20,
  alpha: 1,
  scaleX: 1,
  scaleY: 1,
  text: s,
  style: { color: '#fff' },
  frame: { name: '__BASE', width: 80, height: 20 },
});
const graphics = (commands: number[]): Obj => ({ type: 'Graphics', visible: true, x: 0, y: 0, alpha: 1, commandBuffer: commands });

describe('display fingerprint', () => {
  it('is the same for the same picture', () => {
    const a = fakeGame([text('Turn 1'), graphics([3, 0xff0000, 1, 10, 10, 50, 20])]);
    const b = fakeGame([text('Turn 1'), graphics([3, 0xff0000, 1, 10, 10, 50, 20])]);
    expect(displayFingerprint(a.game)).toBe(displayFingerprint(b.game));
  });

  it('changes when a text changes', () => {
    const t = text('Turn 1');
    const { game } = fakeGame([t]);
    const before = displayFingerprint(game);
    t.text = 'Turn 2';
    expect(displayFingerprint(game)).not.toBe(before);
  });

  it('changes when a text changes colour', () => {
    const t = text('Run');
    const { game } = fakeGame([t]);
    const before = displayFingerprint(game);
    t.style = { color: '#ffcc00' };
    expect(displayFingerprint(game)).not.toBe(before);
  });

  it('changes when an object moves by a pixel', () => {
    const t = text('Run');
    const { game } = fakeGame([t]);
    const before = displayFingerprint(game);
    t.x = 11;
    expect(displayFingerprint(game)).not.toBe(before);
  });

  it('changes when a drawing is redrawn differently (a progress bar grows)', () => {
    const g = graphics([3, 0x00ff00, 1, 0, 0, 100, 14]);
    const { game } = fakeGame([g]);
    const before = displayFingerprint(game);
    g.commandBuffer = [3, 0x00ff00, 1, 0, 0, 101, 14];
    expect(displayFingerprint(game)).not.toBe(before);
  });

  it('changes when an object inside a container changes', () => {
    const inner = text('Leposavić');
    const { game } = fakeGame([{ type: 'Container', visible: true, x: 16, y: 60, alpha: 1, list: [inner] }]);
    const before = displayFingerprint(game);
    inner.alpha = 0.5;
    expect(displayFingerprint(game)).not.toBe(before);
  });

  it('changes when an object is shown or hidden', () => {
    const t = text('Cancel');
    const { game } = fakeGame([t]);
    const before = displayFingerprint(game);
    t.visible = false;
    expect(displayFingerprint(game)).not.toBe(before);
  });

  it('ignores changes inside a hidden container', () => {
    const inner = text('hidden');
    const { game } = fakeGame([{ type: 'Container', visible: false, list: [inner] }]);
    const before = displayFingerprint(game);
    inner.text = 'still hidden';
    expect(displayFingerprint(game)).toBe(before);
  });

  it('changes when an object is added', () => {
    const list = [text('a')];
    const { game } = fakeGame(list);
    const before = displayFingerprint(game);
    list.push(text('b'));
    expect(displayFingerprint(game)).not.toBe(before);
  });

  it('changes when a rectangle changes fill', () => {
    const r: Obj = {
      type: 'Rectangle',
      visible: true,
      x: 0,
      y: 0,
      alpha: 1,
      width: 1280,
      height: 720,
      fillColor: 0x101820,
      fillAlpha: 0.78,
    };
    const { game } = fakeGame([r]);
    const before = displayFingerprint(game);
    r.fillAlpha = 0.5;
    expect(displayFingerprint(game)).not.toBe(before);
  });

  it('changes when the scene starts, sleeps or hides', () => {
    const { game, settings } = fakeGame([text('x')]);
    const before = displayFingerprint(game);
    settings.status = 7;
    expect(displayFingerprint(game)).not.toBe(before);
  });

  it('changes when the camera scrolls or fades', () => {
    const { game, camera } = fakeGame([text('x')]);
    const before = displayFingerprint(game);
    camera.scrollY = 40;
    const scrolled = displayFingerprint(game);
    expect(scrolled).not.toBe(before);
    Object.assign(camera, { fadeEffect: { isRunning: true, progress: 0.3 } });
    expect(displayFingerprint(game)).not.toBe(scrolled);
  });

  it('changes when the canvas is resized', () => {
    const { game } = fakeGame([text('x')]);
    const before = displayFingerprint(game);
    (game.scale.displaySize as { width: number }).width = 960;
    expect(displayFingerprint(game)).not.toBe(before);
  });
});
