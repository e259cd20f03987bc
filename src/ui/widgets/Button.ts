import * as Phaser from 'phaser';
import { messages } from '../i18n';
import { fitLabel } from '../text-fit';
import { COLORS, css, FONT, FONT_FAMILY, RADIUS, SPACE, STROKE } from '../theme';
import { type Box, worldBox } from './box';
import { Chip } from './Chip';
import type { Focusable } from './Focusable';
import type { FocusGroup } from './FocusGroup';
import { drawFocusRing } from './focus-ring';
import { recolor, spokenParts } from './text';

/** The room a toggle's ring or check box takes before its label. */
export const TOGGLE_W = 26;

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
  /** The accessible name; setLabel() changes it with the visible text. */
  label: string;
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
    let hintText = hint
      ? scene.add.text(0, 0, hint, { fontFamily: FONT_FAMILY, fontSize: `${FONT.tiny}px`, color: css(COLORS.textMuted) })
      : null;
    this.noteText = cfg.disabledNote
      ? scene.add.text(0, 0, cfg.disabledNote, { fontFamily: FONT_FAMILY, fontSize: `${FONT.tiny}px`, color: css(COLORS.textDisabled) })
      : null;

    const children: Phaser.GameObjects.GameObject[] = [this.ring, this.bg];
    // Narrow buttons (a turn number) keep less padding.
    const pad = cfg.toggle ? SPACE.md : Math.min(SPACE.md, Math.max(SPACE.xs, Math.floor(this.bw / 8)));
    let left = pad;
    if (cfg.toggle) left += TOGGLE_W;
    if (cfg.chipColor !== undefined) {
      const chip = new Chip(scene, { x: left, y: 0, text: cfg.chipText ?? '', color: cfg.chipColor, minWidth: 50 });
      chip.setY(Math.round((this.bh - chip.chipHeight) / 2));
      children.push(chip);
      left += chip.chipWidth + SPACE.sm + 2;
    }
    const center = (cfg.align ?? (cfg.toggle || cfg.chipColor !== undefined ? 'left' : 'center')) === 'center';
    let right = hintText ? hintText.width + SPACE.md + SPACE.sm : pad;
    fitLabel(this.text, this.bw - left - right, this.noteText ? null : this.bh - SPACE.xs, center);
    if (hintText && this.text.width > this.bw - left - right) {
      // The label needs the key hint's room: the key stays in the screen's key line and the spoken description.
      hintText.destroy();
      hintText = null;
      right = pad;
      this.text.setWordWrapWidth(null).setLineSpacing(0).setFontSize(size);
      fitLabel(this.text, this.bw - left - right, this.noteText ? null : this.bh - SPACE.xs, center);
    }
    this.hintText = hintText;
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
    this.label = text;
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
    const m = messages();
    const parts = [this.label];
    if (this.cfg.toggle) parts.push(m.t(this.selected ? 'widget.selected' : 'widget.not-selected'));
    if (this.disabled)
      parts.push(this.cfg.disabledNote ? m.t('widget.unavailable-because', { note: this.cfg.disabledNote }) : m.t('widget.unavailable'));
    if (this.cfg.description) parts.push(this.cfg.description);
    if (this.hotkey) parts.push(m.t('widget.key', { key: this.hotkey.toUpperCase() }));
    return spokenParts(m, parts);
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
