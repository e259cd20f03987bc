// Copying text (links) to the clipboard, with a fallback when the browser
// refuses: the text is shown in a selectable field so it can be copied by hand.

import type * as Phaser from 'phaser';
import { announce } from './announcer';
import { openDialog } from './dialog';
import { messages } from './i18n';
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

/** What is copied, in words (from the caller's messages). */
export interface CopyWhat {
  /** What the text is, e.g. "replay link" (used when `title` or `label` is not given). */
  name: string;
  /** The fallback dialog's title (default: "Copy the {name}"). */
  title?: string;
  /** The fallback field's label (default: `name`). */
  label?: string;
  /** Said before the text once it is copied. */
  done: string;
  onCopied?: () => void;
}

/**
 * Copies `text`; says so through the announcer (and `onCopied`), or opens a
 * dialog with the text selected when the clipboard is refused.
 */
export function copyWithFallback(scene: Phaser.Scene, group: FocusGroup | null, text: string, what: CopyWhat): void {
  void writeClipboard(text).then((ok) => {
    if (!scene.sys.isActive()) return;
    const m = messages();
    if (ok) {
      announce(m.t('clipboard.copied', { done: what.done, text }));
      what.onCopied?.();
      return;
    }
    openDialog(scene, group, {
      title: what.title ?? m.t('clipboard.title', { name: what.name }),
      lines: [{ text: m.t('clipboard.refused') }],
      width: 720,
      field: { label: what.label ?? what.name, value: text },
      buttons: [{ label: m.t('clipboard.done'), hint: m.t('common.key.esc') }],
    });
  });
}
