// The game's WebGL context, made before Phaser boots so that multisample
// antialiasing can depend on the machine. With a GPU, smoothing edges costs
// little. Without one (an old or blocklisted GPU, a virtual machine, headless
// Chromium) the browser renders WebGL in software, where 4× multisampling
// roughly halves the frame rate of a busy screen; there the edges of shapes
// go unsmoothed (text is unaffected: it is drawn by the 2D canvas).

export interface GameCanvas {
  canvas: HTMLCanvasElement;
  context: WebGLRenderingContext;
  /** True when the browser renders WebGL without a GPU. */
  software: boolean;
}

// The attributes Phaser asks for by default, apart from antialias.
const BASE: WebGLContextAttributes = {
  alpha: false,
  depth: true,
  stencil: true,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'default',
  desynchronized: false,
};

/** Renderer names of software WebGL: SwiftShader (Chromium), llvmpipe/softpipe (Mesa), Microsoft's Basic Render Driver. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

function rendersInSoftware(gl: WebGLRenderingContext): boolean {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  return SOFTWARE.test(name);
}

/** A canvas with a WebGL context, or null where WebGL is not available (Phaser then makes its own, or uses its 2D canvas renderer). */
export function createGameCanvas(): GameCanvas | null {
  try {
    const canvas = document.createElement('canvas');
    const plain = canvas.getContext('webgl', { ...BASE, antialias: false });
    if (!plain) return null;
    if (rendersInSoftware(plain)) return { canvas, context: plain, software: true };
    // A GPU: start again with multisampling (a canvas keeps its first context's attributes).
    plain.getExtension('WEBGL_lose_context')?.loseContext();
    const smoothCanvas = document.createElement('canvas');
    const smooth = smoothCanvas.getContext('webgl', { ...BASE, antialias: true });
    return smooth ? { canvas: smoothCanvas, context: smooth, software: false } : null;
  } catch {
    return null;
  }
}
