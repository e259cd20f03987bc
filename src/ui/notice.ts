// A message to show on the next screen, e.g. why a start link could not be
// used. Boot sets it; the Notice overlay scene (src/scenes/Notice.ts) shows it
// over the Title (the menu underneath keeps working); any scene may also draw
// a banner with showNotice.

import type * as Phaser from 'phaser';
import { announce } from './announcer';
import { messages } from './i18n';
import { COLORS, css, FONT, GAME_WIDTH, RADIUS, SPACE, STROKE, textStyle } from './theme';

let pending: string | null = null;

/** Remembers a message for the next screen (replaces any earlier one). */
export function setPendingNotice(text: string): void {
  pending = text;
}

/** The waiting message, if any, without clearing it. */
export function peekPendingNotice(): string | null {
  return pending;
}

/** Returns the waiting message, if any, and clears it. */
export function takePendingNotice(): string | null {
  const text = pending;
  pending = null;
  return text;
}

export interface NoticeOptions {
  /** Top of the banner in game coordinates (default 16). */
  y?: number;
  /** Banner width (default 960). */
  width?: number;
  /** 'warn' (default) or 'info'. */
  tone?: 'warn' | 'info';
  /** A heading before the text, e.g. "This link could not be used". */
  heading?: string;
  /** Heading and text on one line, in a smaller size (a slim banner). */
  slim?: boolean;
}

/**
 * Draws a banner with a "!" icon, a heading and the message, centred at the
 * top of the scene, and says it through the live region (before what the
 * screen already said). Returns the banner's container.
 */
export function showNotice(scene: Phaser.Scene, text: string, opts: NoticeOptions = {}): Phaser.GameObjects.Container {
  const width = opts.width ?? 960;
  const x = Math.round((GAME_WIDTH - width) / 2);
  const y = opts.y ?? SPACE.md;
  const accent = opts.tone === 'info' ? COLORS.info : COLORS.warn;
  const slim = opts.slim === true;
  const pad = slim ? SPACE.sm + 2 : SPACE.md;
  const iconW = slim ? 30 : 40;
  const container = scene.add.container(x, y).setDepth(900);
  const kind = slim ? 'small' : 'body';
  const textX = pad + iconW + SPACE.sm;
  const m = messages();
  const heading = opts.heading
    ? scene.add.text(
        textX,
        pad - 2,
        slim ? m.t('notice.heading.slim', { heading: opts.heading }) : opts.heading,
        textStyle(kind, { fontStyle: 'bold', color: css(accent) }),
      )
    : null;
  const bodyX = slim && heading ? heading.x + heading.width + SPACE.sm : textX;
  const bodyY = slim || !heading ? pad - 2 : heading.y + heading.height + 2;
  const body = scene.add.text(bodyX, bodyY, text, textStyle(kind, { wrap: width - bodyX - pad }));
  const height = Math.max(iconW + pad * 2 - (slim ? 8 : 0), Math.ceil(body.y + body.height + pad - 2));
  const g = scene.add.graphics();
  g.fillStyle(COLORS.bgRaised, 0.97);
  g.fillRoundedRect(0, 0, width, height, RADIUS.md);
  g.lineStyle(STROKE.normal, accent, 1);
  g.strokeRoundedRect(1, 1, width - 2, height - 2, RADIUS.md);
  // The "!" sign: a filled triangle with the mark in it (shape + text, not colour alone).
  const cx = pad + iconW / 2;
  const cy = slim ? height / 2 : pad + iconW / 2;
  const r = slim ? 14 : 20;
  g.fillStyle(accent, 1);
  g.fillTriangle(cx, cy - r * 0.9, cx + r, cy + r * 0.8, cx - r, cy + r * 0.8);
  const mark = scene.add
    .text(cx, cy + (slim ? 3 : 4), '!', {
      fontFamily: textStyle('h3').fontFamily,
      fontSize: `${slim ? FONT.small : FONT.h3}px`,
      fontStyle: 'bold',
      color: css(COLORS.bg),
    })
    .setOrigin(0.5);
  container.add([g, mark, ...(heading ? [heading] : []), body]);
  const region = typeof document === 'undefined' ? null : document.getElementById('announcer');
  const before = region?.textContent ?? '';
  const said = opts.heading ? m.t('notice.spoken', { heading: opts.heading, text }) : text;
  announce(before ? `${said} ${before}` : said);
  return container;
}
