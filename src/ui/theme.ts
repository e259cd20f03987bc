// The look of the game in one place: palette, type scale, spacing, text styles,
// and the per-actor and per-holder cues. Colour is never the only cue: every
// actor has a short tag, every building holder a shape and a label.
//
// Accent colours are the Okabe–Ito palette (safe for the common forms of
// colour blindness); the background is a dark slate/navy, text is off-white.

import type * as Phaser from 'phaser';
import type { ActorId, Holder, MarkShape, Scenario, ScenarioCard } from '../sim/types';
import type { Messages } from '../text/messages';

export const GAME_WIDTH = 1280;
export const GAME_HEIGHT = 720;

/** Okabe–Ito palette (Okabe & Ito 2008), as 0xRRGGBB numbers. */
export const OKABE_ITO = {
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
  grey: 0xbbbbbb,
} as const;

/** The interface palette, as 0xRRGGBB numbers (use `css()` for CSS strings). */
export const COLORS = {
  /** Page and canvas background. */
  bg: 0x10202b,
  /** Slightly lighter band (header bars, map land). */
  bgRaised: 0x162a38,
  panel: 0x1a3040,
  panelBorder: 0x35546a,
  /** Button faces. */
  button: 0x24435a,
  buttonHover: 0x30587a,
  buttonPressed: 0x1b3448,
  buttonSelected: 0x3b6f93,
  buttonDisabled: 0x1c2c38,
  buttonBorder: 0x4d7592,
  /** Text. */
  text: 0xe8eef2,
  textMuted: 0xa9bccb,
  textDim: 0x7890a2,
  textDisabled: 0x63788a,
  /** Keyboard focus ring: bright yellow, never used for anything else on buttons. */
  focus: OKABE_ITO.yellow,
  /** Semantic accents (always doubled by text or shape). */
  good: OKABE_ITO.bluishGreen,
  warn: OKABE_ITO.orange,
  bad: OKABE_ITO.vermillion,
  info: OKABE_ITO.skyBlue,
  /** Map. */
  land: 0x1d3646,
  landOutside: 0x132532,
  water: 0x3d86b8,
  waterDeep: 0x2a6794,
  boundary: 0xd9d2c5,
  road: 0x6d8597,
  bar: 0x0d1a23,
} as const;

/** `0x10202b` → `'#10202b'` for Phaser text styles and CSS. */
export function css(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

/** Relative luminance (WCAG) of a 0xRRGGBB colour. */
export function luminance(color: number): number {
  const ch = [(color >> 16) & 0xff, (color >> 8) & 0xff, color & 0xff].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (ch[0] ?? 0) + 0.7152 * (ch[1] ?? 0) + 0.0722 * (ch[2] ?? 0);
}

/** Dark or light text, whichever reads better on `background`. */
export function textOn(background: number): number {
  return luminance(background) > 0.22 ? COLORS.bg : COLORS.text;
}

// not-text: a CSS font stack
export const FONT_FAMILY = '"Noto Sans", "DejaVu Sans", sans-serif';

/** Type scale in px, tuned for 1280×720 and a classroom projector (nothing below 14). */
export const FONT = {
  display: 52,
  h1: 34,
  h2: 26,
  h3: 20,
  body: 18,
  small: 16,
  tiny: 14,
} as const;

/** 8-px spacing grid. */
export const SPACE = {
  xs: 4,
  sm: 8,
  md: 16,
  lg: 24,
  xl: 32,
  xxl: 48,
} as const;

export const RADIUS = { sm: 4, md: 8, lg: 12 } as const;

/** Line thicknesses. */
export const STROKE = { thin: 1, normal: 2, focus: 3 } as const;

export type TextKind = 'display' | 'h1' | 'h2' | 'h3' | 'body' | 'small' | 'tiny' | 'label' | 'muted';

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;

const KIND: Record<TextKind, { size: number; bold: boolean; color: number }> = {
  display: { size: FONT.display, bold: true, color: COLORS.text },
  h1: { size: FONT.h1, bold: true, color: COLORS.text },
  h2: { size: FONT.h2, bold: true, color: COLORS.text },
  h3: { size: FONT.h3, bold: true, color: COLORS.text },
  body: { size: FONT.body, bold: false, color: COLORS.text },
  small: { size: FONT.small, bold: false, color: COLORS.text },
  tiny: { size: FONT.tiny, bold: false, color: COLORS.textMuted },
  label: { size: FONT.small, bold: true, color: COLORS.textMuted },
  muted: { size: FONT.body, bold: false, color: COLORS.textMuted },
};

/**
 * A Phaser text style for one of the theme's kinds. `wrap` turns on word wrap
 * at that width (advanced wrap, so long words break instead of overflowing).
 */
export function textStyle(kind: TextKind, overrides: TextStyle & { wrap?: number } = {}): TextStyle {
  const k = KIND[kind];
  const { wrap, ...rest } = overrides;
  const style: TextStyle = {
    fontFamily: FONT_FAMILY,
    fontSize: `${k.size}px`,
    fontStyle: k.bold ? 'bold' : 'normal',
    color: css(k.color),
    lineSpacing: Math.round(k.size * 0.25),
    ...rest,
  };
  if (wrap !== undefined) style.wordWrap = { width: wrap, useAdvancedWrap: true };
  return style;
}

/** A Phaser text style as a 2D canvas `font` string (for text drawn outside Phaser's Text). */
export function canvasFont(style: TextStyle): string {
  const weight = style.fontStyle && style.fontStyle !== 'normal' ? `${style.fontStyle} ` : '';
  return `${weight}${String(style.fontSize)} ${String(style.fontFamily)}`;
}

/** Pixel height of one line of a kind, including its line spacing. */
export function lineHeight(kind: TextKind): number {
  const size = KIND[kind].size;
  return Math.round(size * 1.36) + Math.round(size * 0.25);
}

// ---------------------------------------------------------------------------
// Actors and building holders: their colours and shapes come from the
// scenario (its data), their tags and labels from its messages. Colour is
// never the only cue: every actor has a short tag, every holder a shape.
// ---------------------------------------------------------------------------

export type HolderShape = MarkShape;

/** An actor's colour (0xRRGGBB), from the scenario. */
export function actorColor(scenario: ScenarioCard, id: ActorId): number {
  return scenario.actors[id]?.color ?? OKABE_ITO.grey;
}

/** An actor's 2–4 letter tag, shown beside or instead of its colour. */
export function actorTag(m: Messages, id: ActorId): string {
  return m.t(`actor.${id}.tag`);
}

export interface HolderStyle {
  /** Short label, e.g. for the map card. */
  label: string;
  /** One sentence for tooltips and screen-reader text. */
  description: string;
  color: number;
  shape: HolderShape;
}

/** How a building holder is drawn and named. */
export function holderStyle(scenario: Scenario, m: Messages, holder: Holder): HolderStyle {
  const look = scenario.holderLooks[holder] ?? { color: OKABE_ITO.grey, shape: 'circle' as const };
  return { label: m.t(`holder.${holder}.label`), description: m.t(`holder.${holder}.description`), color: look.color, shape: look.shape };
}

/**
 * Draws a small filled shape centred on (x, y) with a dark outline, so the
 * shape reads on any background. Used for holder icons, legends and chips.
 */
export function drawShape(g: Phaser.GameObjects.Graphics, shape: HolderShape, x: number, y: number, size: number, color: number): void {
  const r = size / 2;
  g.fillStyle(color, 1);
  g.lineStyle(STROKE.normal, COLORS.bg, 1);
  switch (shape) {
    case 'circle':
      g.fillCircle(x, y, r);
      g.strokeCircle(x, y, r);
      return;
    case 'square':
      g.fillRect(x - r * 0.88, y - r * 0.88, r * 1.76, r * 1.76);
      g.strokeRect(x - r * 0.88, y - r * 0.88, r * 1.76, r * 1.76);
      return;
    default: {
      const pts = shapePoints(shape, x, y, r);
      g.beginPath();
      pts.forEach(([px, py], i) => (i === 0 ? g.moveTo(px, py) : g.lineTo(px, py)));
      g.closePath();
      g.fillPath();
      g.strokePath();
    }
  }
}

function shapePoints(shape: HolderShape, x: number, y: number, r: number): [number, number][] {
  switch (shape) {
    case 'diamond':
      return [
        [x, y - r * 1.1],
        [x + r * 1.1, y],
        [x, y + r * 1.1],
        [x - r * 1.1, y],
      ];
    case 'triangle':
      return [
        [x, y - r * 1.1],
        [x + r * 1.05, y + r * 0.85],
        [x - r * 1.05, y + r * 0.85],
      ];
    default: {
      const pts: [number, number][] = [];
      for (let i = 0; i < 6; i++) {
        const a = (Math.PI / 3) * i + Math.PI / 6;
        pts.push([x + Math.cos(a) * r, y + Math.sin(a) * r]);
      }
      return pts;
    }
  }
}

/** Ladder rung colour band: low rungs calm, high rungs alarming (always shown with the rung's name). */
export function rungColor(level: number, top = 9): number {
  const t = top <= 0 ? 0 : level / top;
  if (t < 0.25) return OKABE_ITO.bluishGreen;
  if (t < 0.5) return OKABE_ITO.yellow;
  if (t < 0.75) return OKABE_ITO.orange;
  return OKABE_ITO.vermillion;
}
