// The contract every keyboard-reachable control keeps, so FocusGroup can move
// between buttons, text fields and scrolling lists alike.

import type { Box } from './box';
import type { FocusGroup } from './FocusGroup';

/** Anything the keyboard can reach. */
export interface Focusable {
  /** Short accessible name ("New game"). */
  readonly label: string;
  /** `KeyboardEvent.key` that activates it from anywhere in its group ('1', 'r'); case-insensitive. */
  readonly hotkey?: string;
  isEnabled(): boolean;
  setFocused(focused: boolean): void;
  /** What Enter/Space (or a click) does. */
  activate(): void;
  /** Where it is, in scene coordinates (spatial arrow navigation, tests). */
  getFocusBounds(): Box;
  /** Keys it handles itself while focused (e.g. scrolling). Return true to consume. */
  handleKey?(event: KeyboardEvent): boolean;
  /** Announced when it receives keyboard focus (defaults to `label`). */
  describe?(): string;
  /** Whether it is currently shown (hidden items are skipped). */
  isShown?(): boolean;
  /** Set by FocusGroup.add, so a click can move the focus to the item. */
  focusGroup?: FocusGroup | null;
  /** Extra state for tests and debugging. */
  isSelected?(): boolean;
}
