import * as Phaser from 'phaser';
import { fitOrClip } from '../text-fit';
import { COLORS, FONT, type TextKind, textStyle } from '../theme';

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
  /** The label's own font size, restored before each fit. */
  private readonly labelSize: number;

  constructor(scene: Phaser.Scene, cfg: MeterConfig) {
    super(scene, cfg.x, cfg.y);
    this.cfg = cfg;
    this.value = cfg.value;
    const kind = cfg.kind ?? 'small';
    this.labelText = scene.add.text(0, 0, cfg.label, textStyle(kind));
    this.labelSize = parseInt(String(this.labelText.style.fontSize), 10) || FONT.small;
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
    this.fitLabel();
    return this;
  }

  /** The label never runs into the number: it shrinks, then is cut with "…", to the room the number leaves. */
  private fitLabel(): void {
    this.labelText.setText(this.cfg.label).setFontSize(this.labelSize);
    fitOrClip(this.labelText, Math.max(0, this.cfg.width - this.valueText.width - 8), Math.min(this.labelSize, FONT.tiny - 2));
  }
}
