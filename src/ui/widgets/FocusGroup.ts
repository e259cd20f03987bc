// Keyboard navigation among a scene's controls. Every control a player can
// use is a `Focusable` registered in the scene's FocusGroup, so mouse and
// keyboard reach exactly the same things.

import * as Phaser from 'phaser';
import { announce, markFocus } from '../announcer';
import { messages } from '../i18n';
import type { Focusable } from './Focusable';
import { spokenParts } from './text';
import { describeTexts, type UiTextInfo } from './text-report';

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface FocusGroupOptions {
  /** Escape key (e.g. "Back"). */
  onEscape?: () => void;
  /** Tab/arrows wrap from last to first (default true). */
  wrap?: boolean;
  /** Announce the focused item's label through the live region on keyboard moves (default true). */
  announceFocus?: boolean;
}

/** What the test hook reports for each item of the active group. */
export interface UiItemInfo {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  enabled: boolean;
  focused: boolean;
  selected: boolean;
  hotkey: string | null;
  /** The whole text of a scrolling text item (what a reader can scroll through), else absent. */
  text?: string;
}

const hasText = (i: object): i is { plainText(): string } => typeof (i as { plainText?: unknown }).plainText === 'function';

/** Groups stack: only the most recently created live group reacts to keys. */
const groupStack: FocusGroup[] = [];
let keyListenerInstalled = false;

function topGroup(): FocusGroup | null {
  for (let i = groupStack.length - 1; i >= 0; i--) {
    const g = groupStack[i];
    if (g?.isListening()) return g;
  }
  return null;
}

function installKeyListener(): void {
  if (keyListenerInstalled || typeof window === 'undefined') return;
  keyListenerInstalled = true;
  window.addEventListener('keydown', (event) => topGroup()?.handleKeyDown(event));
  // Read-only hook for the browser tests and for debugging in the console.
  (window as unknown as { flashpointUi: unknown }).flashpointUi = {
    items: (): UiItemInfo[] => topGroup()?.describeItems() ?? [],
    focused: (): string | null => topGroup()?.focused?.label ?? null,
    texts: (): UiTextInfo[] => {
      const game = (topGroup() ?? groupStack[groupStack.length - 1])?.scene.game;
      return game ? describeTexts(game) : [];
    },
  };
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable;
}

/**
 * Keyboard navigation among a scene's controls.
 *
 * - Tab / Shift+Tab: next / previous item in the order they were added.
 * - Arrow keys: the nearest item in that direction (falls back to next/previous).
 * - Home / End: first / last item.
 * - Enter or Space: activates the focused item (key repeat ignored).
 * - An item's `hotkey` (e.g. number keys): focuses and activates it.
 * - Escape: `onEscape` (usually Back).
 * While a text field has DOM focus, only Tab, Shift+Tab, Enter and Escape are
 * taken; every other key types into the field.
 *
 * One group per scene, created in `create()`; it removes itself when the
 * scene shuts down. A group created later (e.g. a dialog scene launched on
 * top) takes the keys until it is destroyed or suspended.
 */
export class FocusGroup {
  readonly scene: Phaser.Scene;
  private readonly items: Focusable[] = [];
  private current: Focusable | null = null;
  private suspended = false;
  private destroyed = false;
  private readonly options: FocusGroupOptions;

  constructor(scene: Phaser.Scene, options: FocusGroupOptions = {}) {
    this.scene = scene;
    this.options = options;
    installKeyListener();
    groupStack.push(this);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.destroy());
    scene.events.once(Phaser.Scenes.Events.DESTROY, () => this.destroy());
  }

  /** Adds an item (in Tab order) and returns it. */
  add<T extends Focusable>(item: T): T {
    this.items.push(item);
    item.focusGroup = this;
    return item;
  }

  addAll(...items: Focusable[]): void {
    for (const item of items) this.add(item);
  }

  remove(item: Focusable): void {
    const i = this.items.indexOf(item);
    if (i >= 0) this.items.splice(i, 1);
    if (this.current === item) this.focus(null);
    item.focusGroup = null;
  }

  get focused(): Focusable | null {
    return this.current;
  }

  setEscape(handler: (() => void) | undefined): void {
    this.options.onEscape = handler;
  }

  /** Moves the focus ring to `item` (null clears it). */
  focus(item: Focusable | null, opts: { announce?: boolean } = {}): void {
    if (item && !this.items.includes(item)) return;
    if (this.current === item) return;
    this.current?.setFocused(false);
    this.current = item;
    item?.setFocused(true);
    if (this.isListening()) markFocus(item ? item.label : null);
    if (item && opts.announce && this.options.announceFocus !== false) {
      announce(item.describe ? item.describe() : focusText(item));
    }
  }

  /** Focuses the first enabled item (or `preferred` if it is enabled). */
  focusFirst(preferred?: Focusable): void {
    const target = preferred && this.navigable(preferred) ? preferred : this.items.find((i) => this.navigable(i));
    this.focus(target ?? null);
  }

  next(announceIt = true): void {
    this.step(1, announceIt);
  }

  previous(announceIt = true): void {
    this.step(-1, announceIt);
  }

  /** Spatial move: the nearest enabled item whose centre lies in `dir`. */
  move(dir: Direction, announceIt = true): void {
    const from = this.current;
    if (!from) {
      this.focusFirst();
      return;
    }
    const a = from.getFocusBounds();
    const ac = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
    let best: Focusable | null = null;
    let bestScore = Infinity;
    for (const item of this.items) {
      if (item === from || !this.navigable(item)) continue;
      const b = item.getFocusBounds();
      const bc = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      const horizontal = dir === 'left' || dir === 'right';
      const along = horizontal ? bc.x - ac.x : bc.y - ac.y;
      const sign = dir === 'right' || dir === 'down' ? 1 : -1;
      if (along * sign <= 1) continue;
      // Overlap on the other axis counts as perfectly aligned.
      const overlap = horizontal
        ? Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
        : Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const across = overlap > 0 ? 0 : Math.abs(horizontal ? bc.y - ac.y : bc.x - ac.x);
      const score = Math.abs(along) + across * 3;
      if (score < bestScore) {
        bestScore = score;
        best = item;
      }
    }
    if (best) this.focus(best, { announce: announceIt });
    else this.step(dir === 'right' || dir === 'down' ? 1 : -1, announceIt);
  }

  /** Stops reacting to keys (e.g. while a dialog is open) until `resume()`. */
  suspend(): void {
    this.suspended = true;
  }

  resume(): void {
    this.suspended = false;
    markFocus(this.current?.label ?? null);
  }

  isListening(): boolean {
    if (this.destroyed || this.suspended) return false;
    const sys = this.scene.sys;
    const status = sys.settings.status;
    const live = status === Phaser.Scenes.RUNNING || status === Phaser.Scenes.CREATING;
    return live && sys.isVisible();
  }

  destroy(): void {
    if (this.destroyed) return;
    if (topGroup() === this) markFocus(null);
    this.destroyed = true;
    const i = groupStack.indexOf(this);
    if (i >= 0) groupStack.splice(i, 1);
    for (const item of this.items) item.focusGroup = null;
    this.items.length = 0;
    this.current = null;
  }

  describeItems(): UiItemInfo[] {
    return this.items
      .filter((i) => (i.isShown ? i.isShown() : true))
      .map((i) => {
        const b = i.getFocusBounds();
        return {
          label: i.label,
          x: b.x,
          y: b.y,
          width: b.width,
          height: b.height,
          enabled: i.isEnabled(),
          focused: i === this.current,
          selected: i.isSelected ? i.isSelected() : false,
          hotkey: i.hotkey ?? null,
          ...(hasText(i) ? { text: i.plainText() } : {}),
        };
      });
  }

  /** @internal Called by the window keydown listener for the top group only. */
  handleKeyDown(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const item = this.current;

    // not-text: a KeyboardEvent key id
    if (event.key === 'Tab') {
      event.preventDefault();
      if (event.shiftKey) this.previous();
      else this.next();
      return;
    }

    if (isTypingTarget(event.target)) {
      // Let typing through; a focused field may still handle Enter / Escape.
      if (item?.handleKey?.(event)) event.preventDefault();
      return;
    }

    if (item?.handleKey?.(event)) {
      event.preventDefault();
      return;
    }

    switch (event.key) {
      case 'ArrowUp':
      case 'ArrowDown':
      case 'ArrowLeft':
      case 'ArrowRight':
        event.preventDefault();
        if (!item) this.focusFirst();
        else this.move(event.key.slice(5).toLowerCase() as Direction);
        return;
      // not-text: KeyboardEvent key ids
      case 'Home':
        event.preventDefault();
        this.focus(this.items.find((i) => this.navigable(i)) ?? null, { announce: true });
        return;
      // not-text: a KeyboardEvent key id
      case 'End':
        event.preventDefault();
        this.focus([...this.items].reverse().find((i) => this.navigable(i)) ?? null, { announce: true });
        return;
      // not-text: a KeyboardEvent key id
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (!event.repeat && item && item.isEnabled()) item.activate();
        return;
      // not-text: a KeyboardEvent key id
      case 'Escape':
        if (this.options.onEscape && !event.repeat) {
          event.preventDefault();
          this.options.onEscape();
        }
        return;
      default: {
        if (event.repeat || event.key.length === 0) return;
        const key = event.key.toLowerCase();
        const target = this.items.find((i) => i.hotkey !== undefined && i.hotkey.toLowerCase() === key && this.navigable(i));
        if (target) {
          event.preventDefault();
          this.focus(target);
          target.activate();
        }
      }
    }
  }

  private navigable(item: Focusable): boolean {
    return item.isEnabled() && (item.isShown ? item.isShown() : true);
  }

  private step(delta: 1 | -1, announceIt: boolean): void {
    const list = this.items.filter((i) => this.navigable(i) || i === this.current);
    if (list.length === 0) return;
    const at = this.current ? list.indexOf(this.current) : -1;
    let next = at + delta;
    if (at === -1) next = delta === 1 ? 0 : list.length - 1;
    if (next < 0 || next >= list.length) {
      if (this.options.wrap === false) return;
      next = (next + list.length) % list.length;
    }
    this.focus(list[next] ?? null, { announce: announceIt });
  }
}

function focusText(item: Focusable): string {
  const m = messages();
  const parts = [item.label];
  if (item.isSelected?.()) parts.push(m.t('widget.selected'));
  if (!item.isEnabled()) parts.push(m.t('widget.unavailable'));
  if (item.hotkey) parts.push(m.t('widget.key', { key: item.hotkey }));
  return spokenParts(m, parts);
}
