import * as Phaser from 'phaser';
import { messages } from '../i18n';
import { COLORS, css, FONT, FONT_FAMILY, RADIUS, SPACE } from '../theme';
import type { Box } from './box';
import type { Focusable } from './Focusable';
import type { FocusGroup } from './FocusGroup';
import { drawFocusRing } from './focus-ring';

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
    // not-text: a KeyboardEvent key id
    if (event.key === 'Enter' && !event.repeat) {
      this.cfg.onSubmit?.(this.element.value);
      return true;
    }
    // not-text: a KeyboardEvent key id
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
    const m = messages();
    const value = this.element.value ? m.t('widget.text-field.value', { value: this.element.value }) : m.t('widget.text-field.empty');
    return m.t('widget.text-field.spoken', { label: this.label, value });
  }

  private drawRing(on: boolean): void {
    this.ring.clear();
    if (on) drawFocusRing(this.ring, 0, 0, this.w, this.h, RADIUS.md);
  }
}
