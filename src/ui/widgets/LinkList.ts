import * as Phaser from 'phaser';
import { announce } from '../announcer';
import { messages } from '../i18n';
import { openInNewTab } from '../open-link';
import { shortAddress } from '../sources';
import { clipUserText, ellipsize, fitTextWidth, markCutOnPurpose } from '../text-fit';
import { COLORS, css, RADIUS, SPACE, STROKE, textStyle } from '../theme';
import { type Box, worldBox } from './box';
import type { Focusable } from './Focusable';
import type { FocusGroup } from './FocusGroup';
import { drawFocusRing } from './focus-ring';

/** A link (its words and its address), or a group heading above the links that follow it. */
export type LinkEntry = { label: string; url: string } | { group: string };

export interface LinkListConfig {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Heading drawn above the list, e.g. "SOURCES · Enter or click opens a new tab". */
  title: string;
  /** Accessible name of the list. */
  label: string;
  links: LinkEntry[];
  /** Shown when there is no link. */
  emptyText: string;
}

const TITLE_H = 22;
const ROW_H = 40;
const GROUP_H = 26;

type Row = { kind: 'link'; label: string; url: string } | { kind: 'group'; text: string };

/**
 * Web links a keyboard and a mouse can follow: one focusable list; ↑/↓ choose
 * a link, Enter, Space or a click opens it in a new tab (`noopener`). Each row
 * shows the link's words and its short address ("kossev.info/…"), so the
 * address can also be read and typed.
 */
export class LinkList extends Phaser.GameObjects.Container implements Focusable {
  readonly label: string;
  focusGroup: FocusGroup | null = null;
  private readonly cfg: LinkListConfig;
  private rows: Row[] = [];
  /** Index in `rows` of the chosen link (-1: none). */
  private chosen = -1;
  private top = 0;
  private focused = false;
  private readonly ring: Phaser.GameObjects.Graphics;
  private readonly chrome: Phaser.GameObjects.Graphics;
  private readonly zone: Phaser.GameObjects.Zone;
  private readonly texts: Phaser.GameObjects.Text[] = [];
  private readonly empty: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, cfg: LinkListConfig) {
    super(scene, cfg.x, cfg.y);
    this.cfg = cfg;
    this.label = cfg.label;
    this.ring = scene.add.graphics();
    const bg = scene.add.graphics();
    bg.fillStyle(COLORS.panel, 1);
    bg.fillRoundedRect(0, 0, cfg.width, cfg.height, RADIUS.md);
    bg.lineStyle(STROKE.thin, COLORS.panelBorder, 1);
    bg.strokeRoundedRect(0.5, 0.5, cfg.width - 1, cfg.height - 1, RADIUS.md);
    const title = scene.add.text(SPACE.md, SPACE.sm, cfg.title, textStyle('label'));
    ellipsize(title, cfg.width - SPACE.md * 2);
    this.chrome = scene.add.graphics();
    this.empty = scene.add.text(SPACE.md, SPACE.sm + TITLE_H + 4, '', textStyle('tiny', { color: css(COLORS.textMuted) }));
    this.zone = scene.add.zone(0, 0, cfg.width, cfg.height).setOrigin(0, 0).setInteractive({ useHandCursor: true });
    this.add([this.ring, bg, title, this.chrome, this.empty, this.zone]);
    this.setSize(cfg.width, cfg.height);
    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_WHEEL, (_p: Phaser.Input.Pointer, _dx: number, dy: number) => {
      this.scrollTo(this.top + (dy > 0 ? 2 : -2));
    });
    this.zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, (p: Phaser.Input.Pointer) => {
      const i = this.rowAt(p.worldY - this.y);
      if (i === null) return;
      this.focusGroup?.focus(this);
      this.choose(i, false);
      this.activate();
    });
    this.setLinks(cfg.links);
    scene.add.existing(this);
  }

  /** Replaces the links (e.g. another section's), choosing the first. */
  setLinks(links: LinkEntry[]): this {
    this.rows = links.map((l) => ('group' in l ? { kind: 'group', text: l.group } : { kind: 'link', label: l.label, url: l.url }));
    this.chosen = this.rows.findIndex((r) => r.kind === 'link');
    this.top = 0;
    this.empty.setText(this.chosen < 0 ? this.cfg.emptyText : '');
    this.render();
    return this;
  }

  /** The chosen link, if any (for tests and the announcement). */
  get current(): { label: string; url: string } | null {
    const r = this.rows[this.chosen];
    return r?.kind === 'link' ? { label: r.label, url: r.url } : null;
  }

  /** How many links the list holds. */
  get linkCount(): number {
    return this.rows.filter((r) => r.kind === 'link').length;
  }

  isEnabled(): boolean {
    return this.visible && this.chosen >= 0;
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.ring.clear();
    if (focused) drawFocusRing(this.ring, 0, 0, this.cfg.width, this.cfg.height, RADIUS.md);
    this.render();
  }

  /** Opens the chosen link in a new tab and says so. */
  activate(): void {
    const link = this.current;
    if (!link) return;
    const m = messages();
    if (openInNewTab(link.url)) announce(m.t('weblink.open.spoken', { label: link.label, address: link.url }));
  }

  handleKey(event: KeyboardEvent): boolean {
    const links = this.rows.flatMap((r, i) => (r.kind === 'link' ? [i] : []));
    const at = links.indexOf(this.chosen);
    const page = Math.max(1, Math.floor(this.listHeight() / ROW_H) - 1);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = links[at + 1];
        if (next === undefined) return false;
        break;
      case 'ArrowUp':
        next = links[at - 1];
        if (next === undefined) return false;
        break;
      case 'PageDown':
        next = links[Math.min(links.length - 1, at + page)];
        break;
      case 'PageUp':
        next = links[Math.max(0, at - page)];
        break;
      // not-text: a KeyboardEvent key id
      case 'Home':
        next = links[0];
        break;
      // not-text: a KeyboardEvent key id
      case 'End':
        next = links[links.length - 1];
        break;
      default:
        return false;
    }
    if (next !== undefined) this.choose(next, true);
    return true;
  }

  getFocusBounds(): Box {
    return worldBox(this, this.cfg.width, this.cfg.height);
  }

  describe(): string {
    const link = this.current;
    return link ? messages().t('weblink.spoken', { list: this.label, label: link.label, address: link.url }) : this.label;
  }

  isSelected(): boolean {
    return this.chosen >= 0;
  }

  private choose(i: number, speak: boolean): void {
    this.chosen = i;
    // Keep the chosen row (and the heading just above it) in view.
    const first = this.rows[i - 1]?.kind === 'group' ? i - 1 : i;
    if (first < this.top) this.top = first;
    while (this.top < i && this.heightOf(this.top, i + 1) > this.listHeight()) this.top++;
    this.render();
    if (speak) announce(this.describe());
  }

  private scrollTo(top: number): void {
    this.top = Phaser.Math.Clamp(top, 0, Math.max(0, this.rows.length - 1));
    this.render();
  }

  private listHeight(): number {
    return this.cfg.height - SPACE.sm - TITLE_H - SPACE.sm;
  }

  private heightOf(from: number, to: number): number {
    let h = 0;
    for (let i = from; i < to; i++) h += this.rows[i]?.kind === 'group' ? GROUP_H : ROW_H;
    return h;
  }

  /** The row under a y offset within the list, if it is a link. */
  private rowAt(y: number): number | null {
    let at = SPACE.sm + TITLE_H;
    for (let i = this.top; i < this.rows.length; i++) {
      const h = this.rows[i]?.kind === 'group' ? GROUP_H : ROW_H;
      if (at + h > this.cfg.height) break;
      if (y >= at && y < at + h) return this.rows[i]?.kind === 'link' ? i : null;
      at += h;
    }
    return null;
  }

  private text(n: number): Phaser.GameObjects.Text {
    while (this.texts.length <= n) {
      const t = this.scene.add.text(0, 0, '', textStyle('small'));
      this.texts.push(t);
      this.add(t); // above the chosen row's highlight (drawn by `chrome`)
    }
    return this.texts[n] as Phaser.GameObjects.Text;
  }

  private render(): void {
    const g = this.chrome;
    g.clear();
    const w = this.cfg.width;
    let y = SPACE.sm + TITLE_H;
    let n = 0;
    for (let i = this.top; i < this.rows.length; i++) {
      const row = this.rows[i];
      if (!row) break;
      const h = row.kind === 'group' ? GROUP_H : ROW_H;
      if (y + h > this.cfg.height - 2) break;
      if (row.kind === 'group') {
        const t = this.text(n++).setStyle(textStyle('tiny', { color: css(COLORS.textMuted), fontStyle: 'bold' }));
        t.setText(row.text)
          .setPosition(SPACE.md, y + 6)
          .setVisible(true);
        ellipsize(t, w - SPACE.md * 2);
      } else {
        const chosen = i === this.chosen;
        if (chosen) {
          g.fillStyle(this.focused ? COLORS.buttonSelected : COLORS.button, 1);
          g.fillRoundedRect(4, y + 1, w - 8, h - 2, RADIUS.sm);
        }
        const t = this.text(n++).setStyle(textStyle('small', { color: css(COLORS.text) }));
        t.setText(row.label)
          .setPosition(SPACE.md, y + 3)
          .setVisible(true);
        fitTextWidth(t, w - SPACE.md * 2, 12);
        // A title longer still is a preview: read out whole when chosen, and its page opens.
        markCutOnPurpose(ellipsize(t, w - SPACE.md * 2), 'preview');
        const a = this.text(n++).setStyle(textStyle('tiny', { color: css(chosen ? COLORS.text : COLORS.info) }));
        a.setText(messages().t('weblink.address', { address: shortAddress(row.url) }))
          .setPosition(SPACE.md, y + 22)
          .setVisible(true);
        // An address is data, not words: a long one is cut on purpose (it is read out in full and opened whole).
        clipUserText(a, w - SPACE.md * 2);
        // Underlined like a link (shape, not colour alone).
        g.lineStyle(1, chosen ? COLORS.text : COLORS.info, 1);
        g.lineBetween(SPACE.md, y + 22 + a.height - 2, SPACE.md + a.width, y + 22 + a.height - 2);
      }
      y += h;
    }
    for (let k = n; k < this.texts.length; k++) this.texts[k]?.setVisible(false);
    // "More" cue when rows are hidden below.
    if (this.heightOf(this.top, this.rows.length) > this.listHeight()) {
      g.fillStyle(COLORS.textMuted, 1);
      g.fillTriangle(w - 16, this.cfg.height - 12, w - 6, this.cfg.height - 12, w - 11, this.cfg.height - 6);
    }
    this.bringToTop(this.zone);
  }
}
