// Everything about one action card, in full: shown over the map's drawing
// (the municipality cards stay visible) while a card is focused or hovered.

import * as Phaser from 'phaser';
import type { ActionOption } from '../../sim/options';
import type { ResolutionPhase, Scenario } from '../../sim/types';
import { actionName } from '../../text/describe';
import type { Messages } from '../../text/messages';
import { effectPhrases, riskOutcome, riskPhrase, riskWarning, stanceText, unavailableText } from '../../ui/effects-text';
import { messages } from '../../ui/i18n';
import { actorColor, actorTag, COLORS, css, FONT, FONT_FAMILY, RADIUS, SPACE, STROKE } from '../../ui/theme';
import { Chip } from '../../ui/widgets';

/** A resolution phase's name: "statements", "action on the ground". */
export const phaseName = (m: Messages, phase: ResolutionPhase): string => m.t(`phase.${phase}`);

/** A resolution phase with its place in the order: "statements (resolve first)". */
export const phaseWithOrder = (m: Messages, phase: ResolutionPhase): string => m.t(`phase.${phase}.order`);

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
  const m = messages(ctx.scenario);
  const out: Para[] = [];
  out.push({ text: m.t(`action.${def.id}.summary`), color: COLORS.textMuted, size: 'small' });
  out.push({
    text: m.t('details.meta', {
      cost: def.cost,
      budget: ctx.budget,
      stance: stanceText(m, def.stance),
      phase: phaseWithOrder(m, def.phase),
      once: def.once ? 'yes' : 'no',
    }),
    size: 'tiny',
    gap: 6,
  });
  if (!option.available)
    out.push({ text: m.t('card.unavailable', { reason: unavailableText(m, option) }), color: COLORS.warn, bold: true, gap: 10 });
  if (option.crossesRung) out.push({ text: m.t('details.crosses-rung'), color: COLORS.warn, bold: true, gap: 8 });
  if (ctx.postureTitle) {
    out.push(
      ctx.fits
        ? { text: m.t('details.fits', { posture: ctx.postureTitle }), color: 0x4fd1a5, bold: true, gap: 8 }
        : {
            text: m.t('details.not-advised', { posture: ctx.postureTitle }),
            color: COLORS.textMuted,
            gap: 8,
          },
    );
  }
  const effects = effectPhrases(m, ctx.scenario, def);
  out.push({ text: m.t('details.effects'), color: COLORS.textMuted, bold: true, size: 'tiny', gap: 12 });
  if (effects.length === 0) out.push({ text: m.t('details.no-effect'), gap: 2 });
  else if (compact) out.push({ text: m.t('details.effects.compact', { effects: effects.join(m.t('card.effects.separator')) }), gap: 2 });
  else for (const e of effects) out.push({ text: m.t('details.effect', { effect: e }), gap: 2, indent: 0 });
  const risk = riskPhrase(m, option);
  if (risk && def.risk) {
    out.push({ text: m.t('details.dice'), color: COLORS.textMuted, bold: true, size: 'tiny', gap: 12 });
    out.push({
      text: m.t('details.risk', { risk }),
      bold: true,
      color: option.risk && option.risk.chance >= 30 ? COLORS.warn : COLORS.text,
      gap: 2,
    });
    const hit = riskOutcome(m, ctx.scenario, def);
    if (hit) out.push({ text: m.t('details.if-it-happens', { later: option.risk?.rolls === 0 ? 'yes' : 'no', outcome: hit }), gap: 2 });
    out.push({ text: riskWarning(m, def) ?? '', color: COLORS.textMuted, gap: 2, size: 'tiny' });
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
    const m = messages(ctx.scenario);
    const chip = new Chip(s, { x: pad, y: pad + 3, text: actorTag(m, actor), color: actorColor(ctx.scenario, actor) });
    const title = s.add.text(pad + chip.chipWidth + SPACE.sm, pad - 1, actionName(m, option.def.id), {
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
