// Small text helpers the widgets and scenes share: wrapped text of a theme
// kind, cheap recolouring, and where Phaser would wrap a text.

import type * as Phaser from 'phaser';
import type { Messages } from '../../text/messages';
import { type TextKind, textStyle } from '../theme';

/** Adds a word-wrapped text of a theme kind at (x, y), `width` wide. */
export function addWrappedText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  width: number,
  kind: TextKind = 'body',
  overrides: Phaser.Types.GameObjects.Text.TextStyle = {},
): Phaser.GameObjects.Text {
  return scene.add.text(x, y, text, textStyle(kind, { ...overrides, wrap: width }));
}

/** Sets a text's colour only if it changes: Phaser redraws and re-uploads a text's texture on every setColor. */
export function recolor(text: Phaser.GameObjects.Text, color: string): Phaser.GameObjects.Text {
  return text.style.color === color ? text : text.setColor(color);
}

/** Splits `text` into the lines Phaser would wrap it into at `width` with `style`. */
export function wrapLines(scene: Phaser.Scene, text: string, width: number, style: Phaser.Types.GameObjects.Text.TextStyle): string[] {
  const probe = scene.make.text({ x: 0, y: 0, text: '', style: { ...style, wordWrap: { width, useAdvancedWrap: true } } }, false);
  const lines = probe.getWrappedText(text);
  probe.destroy();
  return lines;
}

/** A control's spoken description from its parts ("End turn, unavailable, key E"), joined as the language joins them. */
export function spokenParts(m: Messages, parts: readonly string[]): string {
  return parts.reduce((first, rest) => m.t('widget.spoken-parts', { first, rest }));
}
