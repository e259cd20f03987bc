// The game's one dialog: it dims the screen that opened it and shows a titled
// panel with text, optionally a read-only field to copy from, and buttons.
// It takes the keyboard (its FocusGroup is the newest) and the mouse (the dim
// layer catches clicks) until it closes; Escape closes it.
//
// It is drawn inside the opener's scene, above everything there, rather than
// as a scene of its own: it is there the moment it is opened (a scene starts
// a frame later), so a key pressed right after the one that opened it
// reaches it.

import * as Phaser from 'phaser';
import { plainList } from '../text/lists';
import { announce, announceScene } from './announcer';
import { messages } from './i18n';
import { markOverlay } from './overlay-layer';
import { COLORS, css, GAME_HEIGHT, GAME_WIDTH, lineHeight, RADIUS, SPACE, STROKE, type TextKind, textStyle } from './theme';
import { Button, type ButtonVariant, FocusGroup, TextField } from './widgets';

/** The live region's scene name while a dialog is open (the browser tests wait for it). */
const ANNOUNCED_AS = 'Dialog'; // not-text: the live region's scene name, not shown
/** Above every object a screen draws (drop overlays excepted). */
const DEPTH = 1000;
const FIELD_HEIGHT = 48;

export interface DialogButton {
  label: string;
  hotkey?: string;
  hint?: string;
  variant?: ButtonVariant;
  /** Colour chip before the label (e.g. the actor colour), with `chipText`. */
  chipColor?: number;
  chipText?: string;
  description?: string;
  /** Runs once the dialog has closed. Without it the button only closes the dialog, as Escape does. */
  onActivate?: () => void;
}

export interface DialogLine {
  text: string;
  kind?: TextKind;
  color?: number;
  /** Space above, px (default 8). */
  gap?: number;
}

export interface DialogOptions {
  title: string;
  lines: DialogLine[];
  /** Read-only text shown in a selectable field (e.g. a link to copy); it has the focus first. */
  field?: { label: string; value: string };
  buttons: DialogButton[];
  /** Index of the button focused first when there is no field (default 0). */
  focus?: number;
  /** Buttons in a column (default: a row). */
  column?: boolean;
  /** Button height (default 52). */
  buttonHeight?: number;
  /** Panel width (default 640). */
  width?: number;
  /** A coloured border and a "!" beside the title (warnings). */
  warn?: boolean;
}

/** The open dialog of each scene: one at a time. */
const openDialogs = new WeakMap<Phaser.Scene, Dialog>();

/**
 * Opens a dialog over `scene`. The opener's focus group (if given) stops
 * taking keys until the dialog closes. Returns null if the scene already
 * shows a dialog.
 */
export function openDialog(scene: Phaser.Scene, under: FocusGroup | null, options: DialogOptions): Dialog | null {
  if (isDialogOpen(scene)) return null;
  const dialog = new Dialog(scene, under, options);
  openDialogs.set(scene, dialog);
  return dialog;
}

export function isDialogOpen(scene: Phaser.Scene): boolean {
  return openDialogs.get(scene)?.isOpen ?? false;
}

export class Dialog {
  private readonly scene: Phaser.Scene;
  private readonly under: FocusGroup | null;
  private readonly group: FocusGroup;
  private readonly root: Phaser.GameObjects.Container;
  /** The field's own objects, which cannot go in the container. */
  private readonly fieldParts: Phaser.GameObjects.GameObject[];
  /** The opener's DOM elements (text fields), hidden while the dialog is open: they would sit above it. */
  private readonly hiddenDom: Phaser.GameObjects.DOMElement[];
  private closed = false;
  private readonly onShutdown = () => {
    this.closed = true;
  };

  constructor(scene: Phaser.Scene, under: FocusGroup | null, o: DialogOptions) {
    this.scene = scene;
    this.under = under;
    under?.suspend();
    this.hiddenDom = hideDomElements(scene);
    const width = o.width ?? 640;
    const pad = SPACE.lg;
    const inner = width - pad * 2;
    this.root = scene.add.container(0, 0).setDepth(DEPTH);
    // Over the whole screen, which stays drawn (dimmed) under it.
    markOverlay(this.root);
    // Dims the screen and swallows clicks outside the panel.
    this.root.add(scene.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, COLORS.bg, 0.78).setOrigin(0, 0).setInteractive());

    // The text, laid out from the panel's top-left corner.
    const titleX = o.warn ? pad + 34 : pad;
    const title = scene.add.text(titleX, pad - 2, o.title, textStyle('h2', { wrap: width - titleX - pad }));
    const texts: Phaser.GameObjects.Text[] = [title];
    let y = title.y + title.height + SPACE.sm;
    for (const line of o.lines) {
      y += line.gap ?? SPACE.sm;
      const kind = line.kind ?? 'body';
      const color = line.color !== undefined ? { color: css(line.color) } : {};
      const t = scene.add.text(pad, y, line.text, textStyle(kind, { wrap: inner, ...color }));
      texts.push(t);
      y += line.text ? t.height : lineHeight(kind) / 2;
    }
    y += SPACE.lg;
    const fieldTop = y;
    if (o.field) y += FIELD_HEIGHT + SPACE.md;
    const buttonH = o.buttonHeight ?? 52;
    const count = o.buttons.length;
    const gap = o.column ? (buttonH < 52 ? SPACE.sm : SPACE.sm + 4) : SPACE.md;
    const buttonsTop = y;
    y += o.column ? count * buttonH + (count - 1) * gap : buttonH;
    const height = Math.min(GAME_HEIGHT - 32, y + pad);
    const x = Math.round((GAME_WIDTH - width) / 2);
    const top = Math.max(16, Math.round((GAME_HEIGHT - height) / 2));

    const panel = scene.add.container(x, top);
    panel.add(drawPanel(scene, width, height, o.warn === true));
    if (o.warn) panel.add(warnMark(scene, pad + 13, pad + 15));
    panel.add(texts);
    this.root.add(panel);

    this.group = new FocusGroup(scene, { onEscape: () => this.close(null) });
    let field: TextField | null = null;
    const before = new Set(scene.children.list);
    if (o.field) {
      field = this.group.add(
        new TextField(scene, {
          x: x + pad,
          y: top + fieldTop,
          width: inner,
          height: FIELD_HEIGHT,
          label: o.field.label,
          value: o.field.value,
          maxLength: 100_000,
        }),
      );
      field.element.readOnly = true;
    }
    this.fieldParts = scene.children.list.filter((obj) => !before.has(obj));
    for (const part of this.fieldParts) (part as unknown as Phaser.GameObjects.Components.Depth).setDepth(DEPTH + 1);

    const rowWidth = o.column ? inner : Math.floor((inner - gap * (count - 1)) / count);
    const buttons = o.buttons.map((b, i) => {
      const button = new Button(scene, {
        x: o.column ? x + pad : x + pad + i * (rowWidth + gap),
        y: top + buttonsTop + (o.column ? i * (buttonH + gap) : 0),
        width: rowWidth,
        height: buttonH,
        label: b.label,
        ...(b.hotkey !== undefined ? { hotkey: b.hotkey } : {}),
        ...(b.hint !== undefined ? { hint: b.hint } : {}),
        variant: b.variant ?? 'normal',
        ...(b.chipColor !== undefined ? { chipColor: b.chipColor, chipText: b.chipText ?? '' } : {}),
        ...(b.description !== undefined ? { description: b.description } : {}),
        onActivate: () => this.close(b),
      });
      this.root.add(button);
      return this.group.add(button);
    });
    this.group.focusFirst(field ?? buttons[o.focus ?? 0]);
    announceScene(ANNOUNCED_AS, spokenText(o));
    // A screen that ends with its dialog open takes the dialog's objects with it.
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, this.onShutdown);
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Closes the dialog; then runs the button's action, or says it closed with no choice made. */
  private close(chosen: DialogButton | null): void {
    if (this.closed) return;
    this.closed = true;
    this.scene.events.off(Phaser.Scenes.Events.SHUTDOWN, this.onShutdown);
    this.group.destroy();
    this.root.destroy();
    for (const part of this.fieldParts) part.destroy();
    for (const d of this.hiddenDom) if (d.active) d.setVisible(true);
    this.under?.resume();
    announceScene(this.scene.scene.key, '');
    if (chosen?.onActivate) chosen.onActivate();
    else announce(messages().t('dialog.closed'));
  }
}

function hideDomElements(scene: Phaser.Scene): Phaser.GameObjects.DOMElement[] {
  const shown = scene.children.list.filter(
    (o): o is Phaser.GameObjects.DOMElement => o instanceof Phaser.GameObjects.DOMElement && o.visible,
  );
  for (const d of shown) d.setVisible(false);
  return shown;
}

function drawPanel(scene: Phaser.Scene, width: number, height: number, warn: boolean): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.fillStyle(COLORS.panel, 1);
  g.fillRoundedRect(0, 0, width, height, RADIUS.lg);
  g.lineStyle(STROKE.normal, warn ? COLORS.warn : COLORS.buttonBorder, 1);
  g.strokeRoundedRect(1, 1, width - 2, height - 2, RADIUS.lg);
  return g;
}

/** A "!" in a triangle: the warning is shown by shape and text, not by colour alone. */
function warnMark(scene: Phaser.Scene, cx: number, cy: number): Phaser.GameObjects.GameObject[] {
  const g = scene.add.graphics();
  g.fillStyle(COLORS.warn, 1);
  g.fillTriangle(cx, cy - 14, cx + 15, cy + 12, cx - 15, cy + 12);
  const mark = scene.add.text(cx, cy + 3, '!', textStyle('h3', { color: css(COLORS.bg) })).setOrigin(0.5);
  return [g, mark];
}

/** What a screen reader hears: the title, the text, the field and the choices. */
function spokenText(o: DialogOptions): string {
  const m = messages();
  const title = /[.?!:]$/.test(o.title) ? o.title : m.t('dialog.spoken.title', { title: o.title });
  const text = o.lines.map((l) => l.text).filter(Boolean);
  const field = o.field ? [m.t('dialog.spoken.field', { label: o.field.label, value: o.field.value })] : [];
  const choices = m.t('dialog.spoken.choices', {
    choices: plainList(
      m,
      o.buttons.map((b) => b.label),
    ),
  });
  return [title, ...text, ...field, choices].join(' ');
}
