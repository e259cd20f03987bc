// Copying text (links) to the clipboard, with a fallback when the browser
// refuses: the text is shown in a selectable field so it can be copied by hand.

import type * as Phaser from 'phaser';
import { announce } from './announcer';
import { openDialog } from './dialog';
import type { FocusGroup } from './widgets';

export async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies `text`; says so through the announcer (and `onCopied`), or opens a
 * dialog with the text selected when the clipboard is refused.
 */
export function copyWithFallback(
  scene: Phaser.Scene,
  group: FocusGroup | null,
  text: string,
  what: { name: string; done: string; onCopied?: () => void },
): void {
  void writeClipboard(text).then((ok) => {
    if (!scene.sys.isActive()) return;
    if (ok) {
      announce(`${what.done} ${text}`);
      what.onCopied?.();
      return;
    }
    openDialog(scene, group, {
      title: `Copy the ${what.name}`,
      lines: [
        {
          text: 'The browser did not let the game use the clipboard. The text below is selected: press Ctrl+C (or ⌘+C) to copy it, then Esc.',
        },
      ],
      width: 720,
      field: { label: what.name[0]?.toUpperCase() + what.name.slice(1), value: text },
      buttons: [{ label: 'Done', hint: '[Esc]' }],
    });
  });
}
