// Everything about one action card, in full: shown over the map's drawing
// (the municipality cards stay visible) while a card is focused or hovered.

import * as Phaser from 'phaser';
import type { ActionOption } from '../../sim/options';
import type { ResolutionPhase, Scenario } from '../../sim/types';
import { effectPhrases, riskOutcome, riskPhrase, STANCE_TEXT } from '../../ui/effects-text';
import { ACTOR_STYLE, COLORS, css, FONT, FONT_FAMILY, RADIUS, SPACE, STROKE } from '../../ui/theme';
import { Chip } from '../../ui/widgets';

export const PHASE_TEXT: Record<ResolutionPhase, string> = {
  statements: 'statements (resolve first)',
  deployments: 'deployments (second)',
  ground: 'action on the ground (third)',
  talks: 'talks (last)',
};

export interface DetailsContext {
  scenario: Scenario;
  budget: number;
  postureTitle: string | null;
  fits: boolean;
}

interface Para {
  text: string;
  color?: number;
  bold?: boolean;
  gap?: number;
  indent?: number;
  size?: 'small' | 'tiny';
}

/**
 * The paragraphs describing an option, shared by the panel and the live
 * region. `compact` runs the effects together in one paragraph (for actions
 * with many effects).
 */
export function optionParagraphs(option: ActionOption, ctx: DetailsContext, compact = false): Para[] {
  const def = option.def;
  const out: Para[] = [];
  out.push({ text: def.summary, color: COLORS.textMuted, size: 'small' });
  out.push({
    text: `Cost ${def.cost} (you have ${ctx.budget}) · ${STANCE_TEXT[def.stance]} · resolves with ${PHASE_TEXT[def.phase]}${def.once ? ' · once a game' : ''}`,
    size: 'tiny',
    gap: 6,
  });
  if (!option.available)
    out.push({ text: `Unavailable: ${option.reason ?? 'not possible now.'}`, color: COLORS.warn, bold: true, gap: 10 });
  if (option.crossesRung)
    out.push({ text: '! May cross a rung: this action alone can push the escalation ladder up.', color: COLORS.warn, bold: true, gap: 8 });
  if (ctx.postureTitle) {
    out.push(
      ctx.fits
        ? { text: `✓ Fits your posture (${ctx.postureTitle}): your advisers would suggest it.`, color: 0x4fd1a5, bold: true, gap: 8 }
        : {
            text: `Your posture (${ctx.postureTitle}) does not advise it; as the leader you may still order it.`,
            color: COLORS.textMuted,
            gap: 8,
          },
    );
  }
  const effects = effectPhrases(ctx.scenario, def);
  out.push({ text: 'EXPECTED EFFECTS', color: COLORS.textMuted, bold: true, size: 'tiny', gap: 12 });
  if (effects.length === 0) out.push({ text: '• none: nothing changes, and your budget builds up for later', gap: 2 });
  else if (compact) out.push({ text: `${effects.join(' · ')}.`, gap: 2 });
  else for (const e of effects) out.push({ text: `• ${e}`, gap: 2, indent: 0 });
  const risk = riskPhrase(option);
  if (risk && def.risk) {
    out.push({ text: 'THE DICE', color: COLORS.textMuted, bold: true, size: 'tiny', gap: 12 });
    out.push({ text: `${risk}.`, bold: true, color: option.risk && option.risk.chance >= 30 ? COLORS.warn : COLORS.text, gap: 2 });
    const hit = riskOutcome(ctx.scenario, def);
    if (hit) out.push({ text: `If it happens${option.risk?.rolls === 0 ? ' (later)' : ''}: ${hit}.`, gap: 2 });
    out.push({ text: def.risk.warning, color: COLORS.textMuted, gap: 2, size: 'tiny' });
  }
  return out;
}

export class ActionDetails {
  readonly container: Phaser.GameObjects.Container;
  private readonly scene: Phaser.Scene;
  private readonly width: number;
  private readonly height: number;
  private content: Phaser.GameObjects.GameObject[] = [];
  private shownFor: ActionOption | null = null;

  constructor(scene: Phaser.Scene, x: number, y: number, width: number, height: number) {
    this.scene = scene;
    this.width = width;
    this.height = height;
    this.container = scene.add.container(x, y).setDepth(50).setVisible(false);
    const g = scene.add.graphics();
    g.fillStyle(COLORS.bgRaised, 1);
    g.fillRoundedRect(0, 0, width, height, RADIUS.md);
    g.lineStyle(STROKE.normal, COLORS.buttonBorder, 1);
    g.strokeRoundedRect(1, 1, width - 2, height - 2, RADIUS.md);
    this.container.add(g);
  }

  /** Shows an option's details (null hides the panel and the map shows again). */
  show(option: ActionOption | null, ctx: DetailsContext | null): void {
    if (!option || !ctx) {
      this.container.setVisible(false);
      this.shownFor = null;
      return;
    }
    if (this.shownFor === option && this.container.visible) return;
    this.shownFor = option;
    for (const o of this.content) o.destroy();
    this.content = [];
    const s = this.scene;
    const pad = SPACE.md;
    const actor = option.def.actor;
    const chip = new Chip(s, { x: pad, y: pad + 3, text: ACTOR_STYLE[actor].tag, color: ACTOR_STYLE[actor].color });
    const title = s.add.text(pad + chip.chipWidth + SPACE.sm, pad - 1, option.def.name, {
      fontFamily: FONT_FAMILY,
      fontSize: `${FONT.h3}px`,
      fontStyle: 'bold',
      color: css(COLORS.text),
      wordWrap: { width: this.width - pad * 2 - chip.chipWidth - SPACE.sm, useAdvancedWrap: true },
    });
    this.content.push(chip, title);
    // Lay out at the comfortable size; then smaller; then with the effects run together.
    const layouts: [number, boolean][] = [
      [FONT.small, false],
      [FONT.tiny, false],
      [FONT.small, true],
      [FONT.tiny, true],
    ];
    for (const [base, compact] of layouts) {
      const paras = optionParagraphs(option, ctx, compact);
      for (const o of this.content.splice(2)) o.destroy();
      let y = title.y + title.height + 6;
      for (const p of paras) {
        y += p.gap ?? 6;
        const size = p.size === 'tiny' ? FONT.tiny : base;
        const t = s.add.text(pad + (p.indent ?? 0), y, p.text, {
          fontFamily: FONT_FAMILY,
          fontSize: `${size}px`,
          fontStyle: p.bold ? 'bold' : 'normal',
          color: css(p.color ?? COLORS.text),
          lineSpacing: 1,
          wordWrap: { width: this.width - pad * 2 - (p.indent ?? 0), useAdvancedWrap: true },
        });
        this.content.push(t);
        y += t.height;
      }
      if (y <= this.height - pad) break;
    }
    // Never draw past the panel: hide whatever still does not fit.
    for (const o of this.content) {
      if (o instanceof Phaser.GameObjects.Text && o.y + o.height > this.height - 6) o.setVisible(false);
    }
    this.container.add(this.content);
    this.container.setVisible(true);
  }

  get visible(): boolean {
    return this.container.visible;
  }
}
