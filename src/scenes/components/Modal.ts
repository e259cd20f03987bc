// A dialog over the current screen: dims everything, shows a titled panel
// with text and buttons, and takes the keyboard (its own FocusGroup) until
// it closes. Clicks outside the panel do nothing.

import type * as Phaser from 'phaser';
import { announce } from '../../ui/announcer';
import { COLORS, css, GAME_HEIGHT, GAME_WIDTH, lineHeight, RADIUS, SPACE, STROKE, type TextKind, textStyle } from '../../ui/theme';
import { Button, type ButtonVariant, FocusGroup } from '../../ui/widgets';

export interface ModalButton {
  label: string;
  hotkey?: string;
  hint?: string;
  variant?: ButtonVariant;
  onActivate: () => void;
}

export interface ModalLine {
  text: string;
  kind?: TextKind;
  color?: number;
  /** Space above, px (default 8). */
  gap?: number;
}

export interface ModalConfig {
  title: string;
  lines: ModalLine[];
  buttons: ModalButton[];
  /** Escape key; default: close. */
  onEscape?: () => void;
  /** Panel width (default 640). */
  width?: number;
  /** Index of the button focused first (default 0). */
  focus?: number;
  /** A coloured strip and "!" beside the title (warnings). */
  warn?: boolean;
  /** Spoken when it opens (default: title and lines). */
  announceText?: string;
  /** The screen's own group, suspended while the dialog is open. */
  under?: FocusGroup;
}

export class Modal {
  readonly group: FocusGroup;
  readonly buttons: Button[] = [];
  private readonly root: Phaser.GameObjects.Container;
  private readonly under: FocusGroup | undefined;
  private closed = false;

  constructor(scene: Phaser.Scene, cfg: ModalConfig) {
    this.under = cfg.under;
    this.under?.suspend();
    const width = cfg.width ?? 640;
    const pad = SPACE.lg;
    this.root = scene.add.container(0, 0).setDepth(1000);
    const dim = scene.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, COLORS.bg, 0.78).setOrigin(0, 0).setInteractive();
    this.root.add(dim);

    const texts: Phaser.GameObjects.Text[] = [];
    const titleX = cfg.warn ? pad + 34 : pad;
    const title = scene.add.text(titleX, pad - 2, cfg.title, textStyle('h2', { wrap: width - titleX - pad }));
    let y = title.y + title.height + SPACE.sm;
    for (const line of cfg.lines) {
      y += line.gap ?? SPACE.sm;
      const kind = line.kind ?? 'body';
      const t = scene.add.text(
        pad,
        y,
        line.text,
        textStyle(kind, { wrap: width - pad * 2, ...(line.color !== undefined ? { color: css(line.color) } : {}) }),
      );
      texts.push(t);
      y += line.text ? t.height : lineHeight(kind) / 2;
    }
    const buttonH = 52;
    y += SPACE.lg;
    const height = Math.min(GAME_HEIGHT - 32, y + buttonH + pad);
    const x = Math.round((GAME_WIDTH - width) / 2);
    const top = Math.round((GAME_HEIGHT - height) / 2);
    const panel = scene.add.container(x, top);
    const g = scene.add.graphics();
    g.fillStyle(COLORS.panel, 1);
    g.fillRoundedRect(0, 0, width, height, RADIUS.lg);
    g.lineStyle(STROKE.normal, cfg.warn ? COLORS.warn : COLORS.buttonBorder, 1);
    g.strokeRoundedRect(1, 1, width - 2, height - 2, RADIUS.lg);
    panel.add(g);
    if (cfg.warn) {
      const cx = pad + 13;
      const cy = pad + 15;
      g.fillStyle(COLORS.warn, 1);
      g.fillTriangle(cx, cy - 14, cx + 15, cy + 12, cx - 15, cy + 12);
      panel.add(scene.add.text(cx, cy + 3, '!', textStyle('h3', { color: css(COLORS.bg) })).setOrigin(0.5));
    }
    panel.add([title, ...texts]);
    this.root.add(panel);

    this.group = new FocusGroup(scene, { onEscape: cfg.onEscape ?? (() => this.close()) });
    const gap = SPACE.md;
    const bw = Math.floor((width - pad * 2 - gap * (cfg.buttons.length - 1)) / cfg.buttons.length);
    cfg.buttons.forEach((b, i) => {
      const button = new Button(scene, {
        x: x + pad + i * (bw + gap),
        y: top + height - pad - buttonH,
        width: bw,
        height: buttonH,
        label: b.label,
        ...(b.hotkey !== undefined ? { hotkey: b.hotkey } : {}),
        ...(b.hint !== undefined ? { hint: b.hint } : {}),
        variant: b.variant ?? 'normal',
        onActivate: b.onActivate,
      });
      this.root.add(button);
      this.buttons.push(this.group.add(button));
    });
    this.group.focusFirst(this.buttons[cfg.focus ?? 0]);
    announce(cfg.announceText ?? [cfg.title, ...cfg.lines.map((l) => l.text)].filter(Boolean).join(' '));
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.group.destroy();
    this.root.destroy();
    this.under?.resume();
  }
}
