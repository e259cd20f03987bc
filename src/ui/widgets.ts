// Reusable, typed Phaser components for every scene: Button, FocusGroup
// (keyboard navigation), TextField (a real DOM <input> over the canvas),
// Panel, Meter, ScrollText, Chip, HeaderBar and text helpers (fitting text
// to a width or height is in text-fit.ts).
//
// Positions are top-left corners in scene (game) coordinates, 1280×720.
// Every control a player can use is a `Focusable` registered in the scene's
// FocusGroup, so mouse and keyboard reach exactly the same things.

import * as Phaser from 'phaser';
import { announce, markFocus } from './announcer';
import { fitTextWidth } from './text-fit';
import { COLORS, css, FONT, FONT_FAMILY, GAME_WIDTH, lineHeight, RADIUS, SPACE, STROKE, type TextKind, textOn, textStyle } from './theme';

// ---------------------------------------------------------------------------
// Focus
// ---------------------------------------------------------------------------

/** A rectangle in scene coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

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
}

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
        };
      });
  }

  /** @internal Called by the window keydown listener for the top group only. */
  handleKeyDown(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const item = this.current;

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
      case 'Home':
        event.preventDefault();
        this.focus(this.items.find((i) => this.navigable(i)) ?? null, { announce: true });
        return;
      case 'End':
        event.preventDefault();
        this.focus([...this.items].reverse().find((i) => this.navigable(i)) ?? null, { announce: true });
        return;
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (!event.repeat && item && item.isEnabled()) item.activate();
        return;
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
  const parts = [item.label];
  if (item.isSelected?.()) parts.push('selected');
  if (!item.isEnabled()) parts.push('unavailable');
  if (item.hotkey) parts.push(`key ${item.hotkey}`);
  return parts.join(', ');
}

/** World-space box of a game object laid out from its top-left (x, y) with a given size. */
function worldBox(obj: Phaser.GameObjects.Container | Phaser.GameObjects.Components.Transform, width: number, height: number): Box {
  const m = (obj as Phaser.GameObjects.Container).getWorldTransformMatrix();
  return { x: m.tx, y: m.ty, width: width * m.scaleX, height: height * m.scaleY };
}

/** Draws the keyboard focus ring (yellow, 3 px, 4 px outside the box). */
export function drawFocusRing(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  width: number,
  height: number,
  radius: number = RADIUS.md,
): void {
  const o = SPACE.xs;
  g.lineStyle(STROKE.focus + 2, COLORS.bg, 1);
  g.strokeRoundedRect(x - o, y - o, width + o * 2, height + o * 2, radius + o);
  g.lineStyle(STROKE.focus, COLORS.focus, 1);
  g.strokeRoundedRect(x - o, y - o, width + o * 2, height + o * 2, radius + o);
}

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Chip: a small coloured tag with text (actor tags, labels).
// ---------------------------------------------------------------------------

export interface ChipConfig {
  x: number;
  y: number;
  text: string;
  color: number;
  /** px, default FONT.tiny */
  fontSize?: number;
  /** Minimum width so tags line up in lists. */
  minWidth?: number;
}

/** A rounded coloured tag with readable text on it, e.g. the actor tag "KFOR". */
export class Chip extends Phaser.GameObjects.Container {
  readonly chipWidth: number;
  readonly chipHeight: number;

  constructor(scene: Phaser.Scene, cfg: ChipConfig) {
    super(scene, cfg.x, cfg.y);
    const size = cfg.fontSize ?? FONT.tiny;
    const label = scene.add.text(0, 0, cfg.text, {
      fontFamily: FONT_FAMILY,
      fontSize: `${size}px`,
      fontStyle: 'bold',
      color: css(textOn(cfg.color)),
    });
    const padX = Math.round(size * 0.5);
    const w = Math.max(cfg.minWidth ?? 0, Math.ceil(label.width) + padX * 2);
    const h = Math.ceil(label.height) + 2;
    const g = scene.add.graphics();
    g.fillStyle(cfg.color, 1);
    g.fillRoundedRect(0, 0, w, h, RADIUS.sm);
    label.setPosition(Math.round((w - label.width) / 2), 1);
    this.add([g, label]);
    this.chipWidth = w;
    this.chipHeight = h;
    this.setSize(w, h);
    scene.add.existing(this);
  }
}

// ---------------------------------------------------------------------------
// Button
// ---------------------------------------------------------------------------

export type ButtonVariant = 'primary' | 'normal' | 'quiet';

export interface ButtonConfig {
  x: number;
  y: number;
  width: number;
  /** default 48 */
  height?: number;
  label: string;
  /** Key that activates it ('1', 'r', 'Escape' is better as FocusGroup onEscape). */
  hotkey?: string;
  /** Shown at the right edge; defaults to `[hotkey]`. Pass '' to hide. */
  hint?: string;
  onActivate: () => void;
  disabled?: boolean;
  variant?: ButtonVariant;
  /** A radio-style option: shows a ring/dot indicator and a selected state. */
  toggle?: boolean;
  /** With `toggle`: 'check' draws a check box (one of several may be chosen) instead of the radio ring. */
  indicator?: 'radio' | 'check';
  selected?: boolean;
  /** Colour chip before the label (e.g. the actor colour), with `chipText`. */
  chipColor?: number;
  chipText?: string;
  /** default FONT.body */
  fontSize?: number;
  align?: 'left' | 'center';
  /** Extra words for the screen-reader announcement. */
  description?: string;
  /** Disabled reason, appended to the label in small text, e.g. "no saved game". */
  disabledNote?: string;
}

/**
 * A rounded button: label, optional key hint like "[1]", hover, pressed,
 * focus ring, selected (radio) and disabled looks. Activates on click/tap,
 * Enter/Space when focused, or its hotkey.
 */
export class Button extends Phaser.GameObjects.Container implements Focusable {
  readonly label: string;
  readonly hotkey?: string;
  focusGroup: FocusGroup | null = null;

  private readonly cfg: ButtonConfig;
  private readonly bw: number;
  private readonly bh: number;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly text: Phaser.GameObjects.Text;
  private readonly hintText: Phaser.GameObjects.Text | null;
  private readonly noteText: Phaser.GameObjects.Text | null;
  private readonly zone: Phaser.GameObjects.Zone;
  private hovered = false;
  private pressed = false;
  private focused = false;
  private disabled: boolean;
  private selected: boolean;

  constructor(scene: Phaser.Scene, cfg: ButtonConfig) {
    super(scene, cfg.x, cfg.y);
    this.cfg = cfg;
    this.label = cfg.label;
    if (cfg.hotkey !== undefined) this.hotkey = cfg.hotkey;
    this.bw = cfg.width;
    this.bh = cfg.height ?? 48;
    this.disabled = cfg.disabled ?? false;
    this.selected = cfg.selected ?? false;

    this.ring = scene.add.graphics();
    this.bg = scene.add.graphics();
    const size = cfg.fontSize ?? FONT.body;
    const bold = cfg.variant === 'primary' || cfg.toggle === true;
    this.text = scene.add.text(0, 0, cfg.label, {
      fontFamily: FONT_FAMILY,
      fontSize: `${size}px`,
      fontStyle: bold ? 'bold' : 'normal',
      color: css(COLORS.text),
    });

    const hint = cfg.hint ?? (cfg.hotkey ? `[${cfg.hotkey.length === 1 ? cfg.hotkey.toUpperCase() : cfg.hotkey}]` : '');
    this.hintText = hint
      ? scene.add.text(0, 0, hint, { fontFamily: FONT_FAMILY, fontSize: `${FONT.tiny}px`, color: css(COLORS.textMuted) })
      : null;
    this.noteText = cfg.disabledNote
      ? scene.add.text(0, 0, cfg.disabledNote, { fontFamily: FONT_FAMILY, fontSize: `${FONT.tiny}px`, color: css(COLORS.textDisabled) })
      : null;

    const children: Phaser.GameObjects.GameObject[] = [this.ring, this.bg];
    let left = SPACE.md;
    if (cfg.toggle) left += 26;
    if (cfg.chipColor !== undefined) {
      const chip = new Chip(scene, { x: left, y: 0, text: cfg.chipText ?? '', color: cfg.chipColor, minWidth: 50 });
      chip.setY(Math.round((this.bh - chip.chipHeight) / 2));
      children.push(chip);
      left += chip.chipWidth + SPACE.sm + 2;
    }
    const right = this.hintText ? this.hintText.width + SPACE.md + SPACE.sm : SPACE.md;
    fitTextWidth(this.text, this.bw - left - right);
    const center = (cfg.align ?? (cfg.toggle || cfg.chipColor !== undefined ? 'left' : 'center')) === 'center';
    const textY = this.noteText ? Math.round(this.bh / 2 - this.text.height + 4) : Math.round((this.bh - this.text.height) / 2);
    // Centred labels are centred in the space the key hint leaves free.
    const free = this.bw - (this.hintText ? right : 0);
    this.text.setPosition(center ? Math.round((free - this.text.width) / 2) : left, textY);
    children.push(this.text);
    if (this.noteText) {
      this.noteText.setPosition(center ? Math.round((free - this.noteText.width) / 2) : left, Math.round(this.bh / 2 + 2));
      children.push(this.noteText);
    }
    if (this.hintText) {
      this.hintText.setPosition(this.bw - SPACE.md - this.hintText.width, Math.round((this.bh - this.hintText.height) / 2));
      children.push(this.hintText);
    }

    this.zone = scene.add.zone(0, 0, this.bw, this.bh).setOrigin(0, 0);
    this.zone.setInteractive({ useHandCursor: true });
    children.push(this.zone);
    this.add(children);
    this.setSize(this.bw, this.bh);

    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => {
      this.hovered = true;
      this.redraw();
    });
    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => {
      this.hovered = false;
      this.pressed = false;
      this.redraw();
    });
    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, (pointer: Phaser.Input.Pointer) => {
      if (pointer.button !== 0 || this.disabled) return;
      this.pressed = true;
      this.redraw();
    });
    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => {
      const wasPressed = this.pressed;
      this.pressed = false;
      this.redraw();
      if (!wasPressed || this.disabled) return;
      this.focusGroup?.focus(this);
      this.activate();
    });

    this.redraw();
    scene.add.existing(this);
  }

  isEnabled(): boolean {
    return !this.disabled && this.visible;
  }

  isShown(): boolean {
    let obj: Phaser.GameObjects.Container | null = this;
    while (obj) {
      if (!obj.visible) return false;
      obj = obj.parentContainer;
    }
    return true;
  }

  isSelected(): boolean {
    return this.selected;
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.redraw();
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    if (disabled) this.pressed = false;
    if (this.zone.input) this.zone.input.cursor = disabled ? 'not-allowed' : 'pointer';
    this.redraw();
    return this;
  }

  setSelected(selected: boolean): this {
    this.selected = selected;
    this.redraw();
    return this;
  }

  setLabel(text: string): this {
    this.text.setText(text);
    return this;
  }

  override setVisible(value: boolean): this {
    super.setVisible(value);
    if (this.zone) {
      if (value) this.zone.setInteractive({ useHandCursor: !this.disabled });
      else this.zone.disableInteractive();
    }
    return this;
  }

  activate(): void {
    if (this.disabled || !this.visible) return;
    this.cfg.onActivate();
  }

  getFocusBounds(): Box {
    return worldBox(this, this.bw, this.bh);
  }

  describe(): string {
    const parts = [this.label];
    if (this.cfg.toggle) parts.push(this.selected ? 'selected' : 'not selected');
    if (this.disabled) parts.push(this.cfg.disabledNote ? `unavailable: ${this.cfg.disabledNote}` : 'unavailable');
    if (this.cfg.description) parts.push(this.cfg.description);
    if (this.hotkey) parts.push(`key ${this.hotkey.toUpperCase()}`);
    return parts.join(', ');
  }

  private redraw(): void {
    const w = this.bw;
    const h = this.bh;
    const primary = this.cfg.variant === 'primary';
    const quiet = this.cfg.variant === 'quiet';
    let fill: number = primary ? 0x2d6a8e : COLORS.button;
    let border: number = primary ? 0x8cc4e6 : COLORS.buttonBorder;
    let borderWidth = primary ? STROKE.normal : STROKE.thin + 0.5;
    let textColor: number = COLORS.text;
    if (quiet) fill = COLORS.panel;
    if (this.selected) {
      fill = COLORS.buttonSelected;
      border = COLORS.text;
      borderWidth = STROKE.normal + 0.5;
    }
    if (this.hovered && !this.disabled) fill = this.selected ? 0x4a80a6 : primary ? 0x3a7ea6 : COLORS.buttonHover;
    if (this.pressed && !this.disabled) fill = COLORS.buttonPressed;
    if (this.disabled) {
      fill = COLORS.buttonDisabled;
      border = 0x2c4152;
      borderWidth = STROKE.thin;
      textColor = COLORS.textDisabled;
    }

    const g = this.bg;
    g.clear();
    g.fillStyle(fill, 1);
    g.fillRoundedRect(0, 0, w, h, RADIUS.md);
    g.lineStyle(borderWidth, border, 1);
    g.strokeRoundedRect(0, 0, w, h, RADIUS.md);
    if (this.cfg.toggle && this.cfg.indicator === 'check') {
      // Check box: a square, with a tick when selected (shape, not just colour).
      const x0 = SPACE.md;
      const y0 = h / 2 - 9;
      g.lineStyle(STROKE.normal, this.disabled ? COLORS.textDisabled : COLORS.text, 1);
      g.strokeRoundedRect(x0, y0, 18, 18, 3);
      if (this.selected) {
        g.fillStyle(COLORS.text, 1);
        g.fillRoundedRect(x0, y0, 18, 18, 3);
        g.lineStyle(STROKE.focus, fill, 1);
        g.beginPath();
        g.moveTo(x0 + 4, y0 + 9.5);
        g.lineTo(x0 + 7.5, y0 + 13);
        g.lineTo(x0 + 14, y0 + 5);
        g.strokePath();
      }
    } else if (this.cfg.toggle) {
      // Radio indicator: a ring, filled with a dot when selected (shape, not just colour).
      const cx = SPACE.md + 9;
      const cy = h / 2;
      g.lineStyle(STROKE.normal, this.disabled ? COLORS.textDisabled : COLORS.text, 1);
      g.strokeCircle(cx, cy, 9);
      if (this.selected) {
        g.fillStyle(COLORS.text, 1);
        g.fillCircle(cx, cy, 5);
      }
    }
    recolor(this.text, css(textColor));
    if (this.hintText) recolor(this.hintText, css(this.disabled ? COLORS.textDisabled : COLORS.textMuted));

    this.ring.clear();
    if (this.focused) drawFocusRing(this.ring, 0, 0, w, h, RADIUS.md);
  }
}

// ---------------------------------------------------------------------------
// TextField: a real DOM <input> positioned over the canvas.
// ---------------------------------------------------------------------------

export interface TextFieldConfig {
  x: number;
  y: number;
  width: number;
  /** default 48 */
  height?: number;
  /** Accessible name (aria-label) and focus label. */
  label: string;
  value?: string;
  /** default 200 */
  maxLength?: number;
  placeholder?: string;
  onChange?: (value: string) => void;
  /** Enter pressed inside the field. */
  onSubmit?: (value: string) => void;
}

/**
 * A single-line text input: a real `<input>` in Phaser's DOM container (so
 * it scales with the canvas), keyboard accessible, value set with `.value`
 * only. Requires `dom: { createContainer: true }` in the game config.
 */
export class TextField implements Focusable {
  readonly label: string;
  focusGroup: FocusGroup | null = null;
  readonly element: HTMLInputElement;
  readonly dom: Phaser.GameObjects.DOMElement;
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly cfg: TextFieldConfig;
  private readonly w: number;
  private readonly h: number;
  private disabled = false;

  constructor(scene: Phaser.Scene, cfg: TextFieldConfig) {
    this.cfg = cfg;
    this.label = cfg.label;
    this.w = cfg.width;
    this.h = cfg.height ?? 48;

    const input = document.createElement('input');
    input.type = 'text';
    input.maxLength = cfg.maxLength ?? 200;
    input.value = cfg.value ?? '';
    input.placeholder = cfg.placeholder ?? '';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.setAttribute('aria-label', cfg.label);
    const s = input.style;
    s.boxSizing = 'border-box';
    s.width = `${this.w}px`;
    s.height = `${this.h}px`;
    s.margin = '0';
    s.padding = `0 ${SPACE.md}px`;
    s.border = `2px solid ${css(COLORS.buttonBorder)}`;
    s.borderRadius = `${RADIUS.md}px`;
    s.background = css(COLORS.bar);
    s.color = css(COLORS.text);
    s.caretColor = css(COLORS.focus);
    s.font = `${FONT.body}px ${FONT_FAMILY}`;
    s.letterSpacing = '0.04em';
    s.outline = 'none';
    this.element = input;

    this.ring = scene.add.graphics();
    this.ring.setPosition(cfg.x, cfg.y);
    this.dom = scene.add.dom(cfg.x, cfg.y, input).setOrigin(0, 0);

    input.addEventListener('focus', () => {
      s.borderColor = css(COLORS.focus);
      this.focusGroup?.focus(this);
      this.drawRing(true);
    });
    input.addEventListener('blur', () => {
      s.borderColor = css(COLORS.buttonBorder);
    });
    input.addEventListener('input', () => cfg.onChange?.(input.value));
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => input.blur());
  }

  get value(): string {
    return this.element.value;
  }

  setValue(value: string): this {
    this.element.value = value.slice(0, this.element.maxLength);
    this.cfg.onChange?.(this.element.value);
    return this;
  }

  isEnabled(): boolean {
    return !this.disabled;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    this.element.disabled = disabled;
    return this;
  }

  setFocused(focused: boolean): void {
    this.drawRing(focused);
    if (focused && document.activeElement !== this.element) {
      this.element.focus({ preventScroll: true });
      this.element.select();
    }
    if (!focused && document.activeElement === this.element) this.element.blur();
  }

  activate(): void {
    this.element.focus({ preventScroll: true });
  }

  handleKey(event: KeyboardEvent): boolean {
    if (document.activeElement !== this.element) return false;
    if (event.key === 'Enter' && !event.repeat) {
      this.cfg.onSubmit?.(this.element.value);
      return true;
    }
    if (event.key === 'Escape') {
      this.element.blur();
      return true;
    }
    return false;
  }

  getFocusBounds(): Box {
    return { x: this.cfg.x, y: this.cfg.y, width: this.w, height: this.h };
  }

  describe(): string {
    return `${this.label}, text field, ${this.element.value ? `current value ${this.element.value}` : 'empty'}`;
  }

  private drawRing(on: boolean): void {
    this.ring.clear();
    if (on) drawFocusRing(this.ring, 0, 0, this.w, this.h, RADIUS.md);
  }
}

// ---------------------------------------------------------------------------
// Panel
// ---------------------------------------------------------------------------

export interface PanelConfig {
  x: number;
  y: number;
  width: number;
  height: number;
  title?: string;
  /** A thin colour strip on the left edge (e.g. the actor colour). */
  accent?: number;
  /** A chip beside the title (e.g. the actor tag), drawn in `accent`. */
  tag?: string;
}

/**
 * A titled box. Add content with `panel.add(obj)` using coordinates relative
 * to the panel's top-left; `panel.inner` is the content area below the title.
 */
export class Panel extends Phaser.GameObjects.Container {
  readonly panelWidth: number;
  readonly panelHeight: number;
  /** Content area in panel coordinates. */
  readonly inner: Box;
  readonly titleText: Phaser.GameObjects.Text | null;

  constructor(scene: Phaser.Scene, cfg: PanelConfig) {
    super(scene, cfg.x, cfg.y);
    this.panelWidth = cfg.width;
    this.panelHeight = cfg.height;
    const g = scene.add.graphics();
    g.fillStyle(COLORS.panel, 1);
    g.fillRoundedRect(0, 0, cfg.width, cfg.height, RADIUS.md);
    g.lineStyle(STROKE.thin, COLORS.panelBorder, 1);
    g.strokeRoundedRect(0.5, 0.5, cfg.width - 1, cfg.height - 1, RADIUS.md);
    if (cfg.accent !== undefined) {
      g.fillStyle(cfg.accent, 1);
      g.fillRoundedRect(0, 0, 6, cfg.height, { tl: RADIUS.md, bl: RADIUS.md, tr: 0, br: 0 });
    }
    this.add(g);

    const padX = SPACE.md + (cfg.accent !== undefined ? 4 : 0);
    let top = SPACE.sm + 4;
    this.titleText = null;
    if (cfg.title) {
      let x = padX;
      if (cfg.tag && cfg.accent !== undefined) {
        const chip = new Chip(scene, { x, y: top + 2, text: cfg.tag, color: cfg.accent });
        this.add(chip);
        x += chip.chipWidth + SPACE.sm;
      }
      this.titleText = scene.add.text(x, top, cfg.title, textStyle('h3'));
      fitTextWidth(this.titleText, cfg.width - x - SPACE.md);
      this.add(this.titleText);
      top += lineHeight('h3') + 2;
    }
    this.inner = { x: padX, y: top, width: cfg.width - padX - SPACE.md, height: cfg.height - top - SPACE.md };
    this.setSize(cfg.width, cfg.height);
    scene.add.existing(this);
  }
}

// ---------------------------------------------------------------------------
// Meter
// ---------------------------------------------------------------------------

export interface MeterConfig {
  x: number;
  y: number;
  width: number;
  label: string;
  value: number;
  /** default 0..100 */
  min?: number;
  max?: number;
  /** Bar colour (default info blue). The number is always printed too. */
  color?: number;
  /** Bar height in px (default 10). */
  barHeight?: number;
  /** Label font kind (default 'small'). */
  kind?: TextKind;
}

/**
 * A labelled bar with its number: "Support at home ........ 55 (+5)".
 * Height: one text line + 4 + barHeight.
 */
export class Meter extends Phaser.GameObjects.Container {
  private readonly cfg: MeterConfig;
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly valueText: Phaser.GameObjects.Text;
  private readonly labelText: Phaser.GameObjects.Text;
  private value: number;
  readonly meterHeight: number;

  constructor(scene: Phaser.Scene, cfg: MeterConfig) {
    super(scene, cfg.x, cfg.y);
    this.cfg = cfg;
    this.value = cfg.value;
    const kind = cfg.kind ?? 'small';
    this.labelText = scene.add.text(0, 0, cfg.label, textStyle(kind));
    this.valueText = scene.add.text(cfg.width, 0, '', textStyle(kind, { fontStyle: 'bold' })).setOrigin(1, 0);
    const barY = Math.ceil(this.labelText.height) + 2;
    this.bar = scene.add.graphics().setPosition(0, barY);
    this.meterHeight = barY + (cfg.barHeight ?? 10);
    this.add([this.labelText, this.valueText, this.bar]);
    this.setSize(cfg.width, this.meterHeight);
    this.setValue(cfg.value);
    scene.add.existing(this);
  }

  getValue(): number {
    return this.value;
  }

  /** Sets the value; `delta` (change this turn) is printed as "+5" / "−3". */
  setValue(value: number, delta?: number): this {
    this.value = value;
    const min = this.cfg.min ?? 0;
    const max = this.cfg.max ?? 100;
    const t = Phaser.Math.Clamp((value - min) / (max - min || 1), 0, 1);
    const w = this.cfg.width;
    const h = this.cfg.barHeight ?? 10;
    const g = this.bar;
    g.clear();
    g.fillStyle(COLORS.bar, 1);
    g.fillRoundedRect(0, 0, w, h, h / 2);
    if (t > 0) {
      g.fillStyle(this.cfg.color ?? COLORS.info, 1);
      g.fillRoundedRect(0, 0, Math.max(h, w * t), h, h / 2);
    }
    g.lineStyle(1, COLORS.panelBorder, 1);
    g.strokeRoundedRect(0, 0, w, h, h / 2);
    // Tick marks at quarters, so the length reads without colour.
    g.lineStyle(1, COLORS.bg, 0.8);
    for (const q of [0.25, 0.5, 0.75]) g.lineBetween(w * q, 1, w * q, h - 1);
    const d = delta === undefined || delta === 0 ? '' : delta > 0 ? ` (+${delta})` : ` (\u2212${Math.abs(delta)})`;
    this.valueText.setText(`${Math.round(value)}${d}`);
    return this;
  }
}

// ---------------------------------------------------------------------------
// ScrollText: long, styled, word-wrapped text in a fixed box.
// ---------------------------------------------------------------------------

export interface ScrollBlock {
  text: string;
  kind?: TextKind;
  color?: number;
  /** Extra space above this block in px (default: half a line between blocks). */
  gapBefore?: number;
  /** Left indent in px (e.g. list items). */
  indent?: number;
}

export interface ScrollTextConfig {
  x: number;
  y: number;
  width: number;
  height: number;
  blocks: ScrollBlock[];
  /** Accessible name, e.g. "Sources". */
  label: string;
  /** Draw a panel-like background and border (default true). */
  background?: boolean;
}

interface ScrollLine {
  text: string;
  kind: TextKind;
  color: number | undefined;
  height: number;
  indent: number;
}

/**
 * Word-wrapped text blocks (headings, paragraphs, list items) in a fixed box,
 * scrolled by whole lines: mouse wheel over it, or ↑/↓, Page Up/Down,
 * Home/End while it has keyboard focus. No masks: only the lines that fit
 * are drawn, from a small pool of Text objects.
 */
export class ScrollText extends Phaser.GameObjects.Container implements Focusable {
  readonly label: string;
  focusGroup: FocusGroup | null = null;
  private readonly cfg: ScrollTextConfig;
  private readonly pad = SPACE.md;
  private lines: ScrollLine[] = [];
  private top = 0;
  private readonly pool: Phaser.GameObjects.Text[] = [];
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly chrome: Phaser.GameObjects.Graphics;
  private readonly zone: Phaser.GameObjects.Zone;
  private readonly moreText: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, cfg: ScrollTextConfig) {
    super(scene, cfg.x, cfg.y);
    this.cfg = cfg;
    this.label = cfg.label;
    this.ring = scene.add.graphics();
    const bg = scene.add.graphics();
    if (cfg.background !== false) {
      bg.fillStyle(COLORS.panel, 1);
      bg.fillRoundedRect(0, 0, cfg.width, cfg.height, RADIUS.md);
      bg.lineStyle(STROKE.thin, COLORS.panelBorder, 1);
      bg.strokeRoundedRect(0.5, 0.5, cfg.width - 1, cfg.height - 1, RADIUS.md);
    }
    this.chrome = scene.add.graphics();
    this.moreText = scene.add.text(0, 0, '', textStyle('tiny', { color: css(COLORS.textMuted) })).setOrigin(1, 1);
    this.zone = scene.add.zone(0, 0, cfg.width, cfg.height).setOrigin(0, 0).setInteractive();
    this.add([this.ring, bg, this.chrome, this.moreText, this.zone]);
    this.setSize(cfg.width, cfg.height);

    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_WHEEL, (_p: Phaser.Input.Pointer, _dx: number, dy: number) => {
      this.scrollBy(dy > 0 ? 3 : -3);
    });
    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, () => this.focusGroup?.focus(this));
    this.setBlocks(cfg.blocks);
    scene.add.existing(this);
  }

  /** Replaces the content and scrolls to the top. */
  setBlocks(blocks: ScrollBlock[]): this {
    const width = this.cfg.width - this.pad * 2 - 12;
    const lines: ScrollLine[] = [];
    blocks.forEach((b, i) => {
      const kind = b.kind ?? 'body';
      const gap = b.gapBefore ?? (i === 0 ? 0 : Math.round(lineHeight(kind) / 2));
      if (gap > 0 && lines.length > 0) lines.push({ text: '', kind, color: undefined, height: gap, indent: 0 });
      const indent = b.indent ?? 0;
      for (const text of wrapLines(this.scene, b.text, width - indent, textStyle(kind))) {
        lines.push({ text, kind, color: b.color, height: lineHeight(kind), indent });
      }
    });
    this.lines = lines;
    this.top = 0;
    this.render();
    return this;
  }

  /** The largest `top` line index that still fills the box. */
  get maxTop(): number {
    const avail = this.cfg.height - this.pad * 2;
    let h = 0;
    for (let i = this.lines.length - 1; i >= 0; i--) {
      h += this.lines[i]?.height ?? 0;
      if (h > avail) return i + 1;
    }
    return 0;
  }

  canScroll(): boolean {
    return this.maxTop > 0;
  }

  scrollBy(lines: number): this {
    return this.scrollTo(this.top + lines);
  }

  scrollTo(line: number): this {
    const next = Phaser.Math.Clamp(Math.round(line), 0, this.maxTop);
    if (next !== this.top) {
      this.top = next;
      this.render();
    }
    return this;
  }

  /** First visible line index (for tests). */
  get scrollTop(): number {
    return this.top;
  }

  isEnabled(): boolean {
    return this.visible;
  }

  setFocused(focused: boolean): void {
    this.ring.clear();
    if (focused) drawFocusRing(this.ring, 0, 0, this.cfg.width, this.cfg.height, RADIUS.md);
  }

  activate(): void {
    // Nothing to do: the keys scroll it while it is focused.
  }

  handleKey(event: KeyboardEvent): boolean {
    const self = {
      top: this.top,
      maxTop: this.maxTop,
      scrollBy: (n: number) => this.scrollBy(n),
      scrollTo: (n: number) => this.scrollTo(n),
    };
    return scrollByKey(event, self, Math.max(1, this.visibleCount() - 1));
  }

  getFocusBounds(): Box {
    return worldBox(this, this.cfg.width, this.cfg.height);
  }

  describe(): string {
    return `${this.label}, scrollable text: arrow keys or Page Up and Page Down to scroll`;
  }

  /** All the text, for screen-reader announcements. */
  plainText(): string {
    return this.lines.map((l) => l.text).join(' ');
  }

  private visibleCount(): number {
    const avail = this.cfg.height - this.pad * 2;
    let h = 0;
    let n = 0;
    for (let i = this.top; i < this.lines.length; i++) {
      h += this.lines[i]?.height ?? 0;
      if (h > avail) break;
      n++;
    }
    return n;
  }

  private render(): void {
    const n = this.visibleCount();
    while (this.pool.length < n) {
      const t = this.scene.add.text(0, 0, '', textStyle('body'));
      this.pool.push(t);
      this.addAt(t, 3);
    }
    let y = this.pad;
    for (let i = 0; i < this.pool.length; i++) {
      const t = this.pool[i] as Phaser.GameObjects.Text;
      const line = i < n ? this.lines[this.top + i] : undefined;
      if (!line) {
        t.setVisible(false);
        continue;
      }
      t.setStyle(textStyle(line.kind, line.color !== undefined ? { color: css(line.color) } : {}));
      t.setText(line.text);
      t.setPosition(this.pad + line.indent, y);
      t.setVisible(true);
      y += line.height;
    }
    this.bringToTop(this.zone);

    // Scrollbar and "more" cues (shape + words, not colour alone).
    const g = this.chrome;
    g.clear();
    const max = this.maxTop;
    const w = this.cfg.width;
    const h = this.cfg.height;
    if (max > 0) {
      const trackX = w - 10;
      const trackY = this.pad;
      const trackH = h - this.pad * 2 - 18;
      g.fillStyle(COLORS.bar, 1);
      g.fillRoundedRect(trackX, trackY, 5, trackH, 2);
      const total = this.lines.length;
      const thumbH = Math.max(24, (trackH * n) / total);
      const thumbY = trackY + ((trackH - thumbH) * this.top) / max;
      g.fillStyle(COLORS.textMuted, 1);
      g.fillRoundedRect(trackX, thumbY, 5, thumbH, 2);
      const above = this.top > 0;
      const below = this.top < max;
      this.moreText.setText(below ? 'more below' : above ? 'end' : '');
      this.moreText.setPosition(w - 18, h - 4);
      if (below) {
        const cx = w - 10;
        const cy = h - 10;
        g.fillStyle(COLORS.textMuted, 1);
        g.fillTriangle(cx - 5, cy - 3, cx + 5, cy - 3, cx, cy + 3);
      }
    } else {
      this.moreText.setText('');
    }
  }
}

// ---------------------------------------------------------------------------
// HeaderBar: the strip at the top of every screen.
// ---------------------------------------------------------------------------

export interface HeaderBarConfig {
  title: string;
  /** Small text on the right (e.g. "Role: KFOR"). */
  right?: string;
  height?: number;
}

/** A full-width bar with the screen title on the left and a note on the right. */
export class HeaderBar extends Phaser.GameObjects.Container {
  readonly barHeight: number;
  readonly titleText: Phaser.GameObjects.Text;
  readonly rightText: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, cfg: HeaderBarConfig) {
    super(scene, 0, 0);
    const h = cfg.height ?? 52;
    this.barHeight = h;
    const g = scene.add.graphics();
    g.fillStyle(COLORS.bgRaised, 1);
    g.fillRect(0, 0, GAME_WIDTH, h);
    g.lineStyle(1, COLORS.panelBorder, 1);
    g.lineBetween(0, h - 0.5, GAME_WIDTH, h - 0.5);
    this.titleText = scene.add.text(SPACE.lg, h / 2, cfg.title, textStyle('h3', { fontSize: `${FONT.h3 + 2}px` })).setOrigin(0, 0.5);
    this.rightText = scene.add
      .text(GAME_WIDTH - SPACE.lg, h / 2, cfg.right ?? '', textStyle('small', { color: css(COLORS.textMuted) }))
      .setOrigin(1, 0.5);
    this.add([g, this.titleText, this.rightText]);
    scene.add.existing(this);
  }
}

/** Fills the whole scene with the theme background (call first in create()). */
export function addBackdrop(scene: Phaser.Scene): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.fillStyle(COLORS.bg, 1);
  g.fillRect(0, 0, GAME_WIDTH, scene.scale.height);
  // The canvas is cleared to the same colour each frame, so the fill is only
  // needed over another screen; a full-screen fill costs ~10 ms a frame
  // where WebGL is rendered in software.
  const showOnlyOverAnother = () => g.setVisible(sceneVisibleBelow(scene));
  showOnlyOverAnother();
  scene.events.on(Phaser.Scenes.Events.UPDATE, showOnlyOverAnother);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.events.off(Phaser.Scenes.Events.UPDATE, showOnlyOverAnother));
  return g;
}

/** Whether a scene drawn before this one (below it) is on screen. */
function sceneVisibleBelow(scene: Phaser.Scene): boolean {
  const manager = scene.scene.manager;
  for (const other of manager.scenes as Phaser.Scene[]) {
    if (other === scene) return false;
    if (other.sys.settings.visible && (other.sys.isActive() || other.sys.isPaused())) return true;
  }
  return false;
}

/** The common footer line with keyboard help. */
export function addKeyHelp(
  scene: Phaser.Scene,
  text = 'Tab or arrow keys: move · Enter or Space: choose · Esc: back',
): Phaser.GameObjects.Text {
  return scene.add
    .text(GAME_WIDTH / 2, scene.scale.height - SPACE.sm, text, textStyle('tiny', { color: css(COLORS.textDim) }))
    .setOrigin(0.5, 1);
}

/** Where a list stands and how to move it, by whole lines (ScrollText, the debrief's columns). */
export interface LineScroller {
  readonly top: number;
  readonly maxTop: number;
  scrollBy(lines: number): void;
  scrollTo(line: number): void;
}

/**
 * The scrolling keys of a focused list: arrows by a line (and let focus move
 * on at either end), Page Up/Down and Space by a page, Home/End. Returns
 * whether the key was used.
 */
export function scrollByKey(event: KeyboardEvent, s: LineScroller, page: number): boolean {
  switch (event.key) {
    case 'ArrowDown':
      if (s.top >= s.maxTop) return false;
      s.scrollBy(1);
      return true;
    case 'ArrowUp':
      if (s.top <= 0) return false;
      s.scrollBy(-1);
      return true;
    case 'PageDown':
    case ' ':
      s.scrollBy(page);
      return true;
    case 'PageUp':
      s.scrollBy(-page);
      return true;
    case 'Home':
      s.scrollTo(0);
      return true;
    case 'End':
      s.scrollTo(s.maxTop);
      return true;
    default:
      return false;
  }
}
