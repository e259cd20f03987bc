// Text drawn into Phaser's canvas needs the web font loaded first. The fonts
// load while Phaser boots (not before it), and Boot waits for them before it
// opens the first screen with text.

let ready: Promise<void> | null = null;

/** Starts loading the bundled Noto Sans (once); resolves when it is usable or has failed. */
export function fontsReady(): Promise<void> {
  ready ??= Promise.all([
    document.fonts.load('400 24px "Noto Sans"', 'čćđšžëç'),
    document.fonts.load('700 48px "Noto Sans"', 'čćđšžëç'),
    // not-text: sample characters that make the browser load the italic face
    document.fonts.load('italic 400 16px "Noto Sans"', 'Ibër'),
  ]).then(
    () => undefined,
    () => undefined, // fall back to system fonts; the game still runs
  );
  return ready;
}
