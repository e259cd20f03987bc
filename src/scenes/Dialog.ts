import * as Phaser from 'phaser';
import { announce, announceScene } from '../ui/announcer';
import { COLORS, GAME_HEIGHT, GAME_WIDTH, RADIUS, SPACE, STROKE, textStyle } from '../ui/theme';
import { addWrappedText, Button, type ButtonVariant, FocusGroup, TextField } from '../ui/widgets';

// A small modal dialog drawn over the scene that opened it: a title, a text,
// optional read-only text to copy, and a few choices. It takes the keyboard
// (its FocusGroup is the newest) and the mouse (the opener's input is off)
// until it closes; Escape cancels.

export const DIALOG_KEY = 'Dialog';

export interface DialogChoice {
  label: string;
  hotkey?: string;
  hint?: string;
  variant?: ButtonVariant;
  chipColor?: number;
  chipText?: string;
  description?: string;
  /** Runs after the dialog has closed. */
  onChoose: () => void;
}

export interface DialogOptions {
  title: string;
  text: string;
  /** Read-only text shown in a selectable field (e.g. a link to copy). */
  field?: { label: string; value: string };
  choices: DialogChoice[];
  /** Label of the cancel button (default "Cancel"); Escape does the same. */
  cancelLabel?: string;
  onCancel?: () => void;
  /** Start with the focus on the cancel button (for destructive choices). */
  focusCancel?: boolean;
  /** Choices laid out in a column (default: a row). */
  column?: boolean;
  /** Button height (default 52). */
  buttonHeight?: number;
  width?: number;
}

interface DialogData extends DialogOptions {
  parentKey: string;
  parentGroup: FocusGroup | null;
  /** The opener's DOM elements (text fields), hidden while the dialog is open: they would sit above it. */
  hiddenDom: Phaser.GameObjects.DOMElement[];
}

/**
 * Opens a dialog over `parent`. The parent's focus group (if given) is
 * suspended and resumed afterwards, and its scene is announced again.
 */
export function openDialog(parent: Phaser.Scene, parentGroup: FocusGroup | null, options: DialogOptions): void {
  if (parent.scene.isActive(DIALOG_KEY)) return;
  parentGroup?.suspend();
  parent.input.enabled = false;
  const hiddenDom = parent.children.list.filter(
    (o): o is Phaser.GameObjects.DOMElement => o instanceof Phaser.GameObjects.DOMElement && o.visible,
  );
  for (const d of hiddenDom) d.setVisible(false);
  const data: DialogData = { ...options, parentKey: parent.scene.key, parentGroup, hiddenDom };
  parent.scene.launch(DIALOG_KEY, data);
}

export class Dialog extends Phaser.Scene {
  private opts: DialogData | null = null;
  private closed = false;

  constructor() {
    super(DIALOG_KEY);
  }

  init(data: DialogData): void {
    this.opts = data;
    this.closed = false;
  }

  create(): void {
    const o = this.opts;
    if (!o) {
      this.scene.stop();
      return;
    }
    this.scene.bringToTop();
    // Dim the screen and swallow clicks outside the box.
    this.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, COLORS.bg, 0.78).setOrigin(0, 0).setInteractive();

    const w = o.width ?? 720;
    const pad = SPACE.lg;
    const x = Math.round((GAME_WIDTH - w) / 2);
    const inner = w - pad * 2;
    const title = this.add.text(0, 0, o.title, textStyle('h2', { wrap: inner }));
    const body = addWrappedText(this, 0, 0, o.text, inner, 'body');
    const btnH = o.buttonHeight ?? 52;
    const gap = btnH < 52 ? SPACE.sm : SPACE.sm + 4;
    const cancelLabel = o.cancelLabel ?? 'Cancel';
    const all = o.choices.length + 1;
    const fieldH = o.field ? 48 + SPACE.md : 0;
    const buttonsH = o.column ? all * btnH + (all - 1) * gap : btnH;
    const h = pad + title.height + SPACE.md + body.height + SPACE.lg + fieldH + buttonsH + pad;
    const y = Math.max(16, Math.round((GAME_HEIGHT - h) / 2));

    const g = this.add.graphics();
    g.fillStyle(COLORS.panel, 1);
    g.fillRoundedRect(x, y, w, h, RADIUS.lg);
    g.lineStyle(STROKE.normal, COLORS.buttonBorder, 1);
    g.strokeRoundedRect(x, y, w, h, RADIUS.lg);
    g.setDepth(-1);
    title.setPosition(x + pad, y + pad);
    body.setPosition(x + pad, y + pad + title.height + SPACE.md);

    const group = new FocusGroup(this, { onEscape: () => this.close(null) });
    let cy = body.y + body.height + SPACE.lg;
    let field: TextField | null = null;
    if (o.field) {
      field = group.add(
        new TextField(this, {
          x: x + pad,
          y: cy,
          width: inner,
          height: 48,
          label: o.field.label,
          value: o.field.value,
          maxLength: 100_000,
        }),
      );
      field.element.readOnly = true;
      cy += 48 + SPACE.md;
    }
    const buttons: Button[] = [];
    const choices: DialogChoice[] = [...o.choices, { label: cancelLabel, hint: '[Esc]', onChoose: () => o.onCancel?.() }];
    const rowW = o.column ? inner : Math.floor((inner - (all - 1) * gap) / all);
    choices.forEach((c, i) => {
      const isCancel = i === choices.length - 1;
      const bx = o.column ? x + pad : x + pad + i * (rowW + gap);
      const by = o.column ? cy + i * (btnH + gap) : cy;
      const b = new Button(this, {
        x: bx,
        y: by,
        width: rowW,
        height: btnH,
        label: c.label,
        ...(c.hotkey ? { hotkey: c.hotkey } : {}),
        ...(c.hint !== undefined ? { hint: c.hint } : {}),
        ...(c.variant ? { variant: c.variant } : {}),
        ...(c.chipColor !== undefined ? { chipColor: c.chipColor, chipText: c.chipText ?? '' } : {}),
        ...(c.description ? { description: c.description } : {}),
        onActivate: () => this.close(isCancel ? null : c),
      });
      buttons.push(group.add(b));
    });
    group.focusFirst(field ?? (o.focusCancel ? buttons[buttons.length - 1] : buttons[0]));
    const fieldText = o.field ? ` ${o.field.label}: ${o.field.value}` : '';
    announceScene(DIALOG_KEY, `${o.title}. ${o.text}${fieldText} Choices: ${choices.map((c) => c.label).join(', ')}.`);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.restoreParent());
  }

  private close(choice: DialogChoice | null): void {
    if (this.closed) return;
    this.closed = true;
    this.restoreParent();
    this.scene.stop();
    if (choice) choice.onChoose();
    else {
      this.opts?.onCancel?.();
      announce('Closed.');
    }
  }

  private restoreParent(): void {
    const o = this.opts;
    if (!o) return;
    this.opts = null;
    const parent = this.scene.get(o.parentKey);
    if (parent?.sys.isActive()) {
      for (const d of o.hiddenDom) if (d.active) d.setVisible(true);
      parent.input.enabled = true;
      o.parentGroup?.resume();
      announceScene(o.parentKey, '');
    }
  }
}
