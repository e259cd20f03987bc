import { paragraphs } from './sources';
// The design-assumptions page (screen and docs/design-assumptions.md): what the
// model simplifies, what each actor is scored on and why, and the odds of every
// uncertain outcome with what moves them. Everything but the scenario's own
// paragraphs is read from the scenario's data when shown, so it stays true
// when the data changes. Every word is a message: the game's `assumptions.*`
// and the scenario's `assumptions.about`, `assumptions.simplifies`.

import { BUDGET_PER_TURN, MAX_BUDGET } from '../sim/effects';
import { type ActorId, type Chance, type Condition, DESIGNERS_ASSUMPTION, type Scenario } from '../sim/types';
import { actionName, actorName } from '../text/describe';
import type { Messages } from '../text/messages';
import { conditionPhrase, effectPhrase } from './effects-text';

/** One line of the page: a heading, a paragraph or a list item. */
export interface AssumptionLine {
  kind: 'h2' | 'h3' | 'p' | 'item';
  text: string;
}

const basisText = (m: Messages, basis: string | undefined): string =>
  basis === undefined || basis === DESIGNERS_ASSUMPTION
    ? m.t('assumptions.basis.assumption')
    : m.t('assumptions.basis.source', { url: basis });

function conditionText(m: Messages, c: Condition): string {
  if ('orderedLastTurn' in c) return m.t('assumptions.condition.ordered-last-turn', { action: actionName(m, c.orderedLastTurn) });
  return conditionPhrase(m, c);
}

/** How a chance is made: its base, what scales it, what adds to it, its bounds. */
function chanceLines(m: Messages, chance: Chance): AssumptionLine[] {
  const lines: AssumptionLine[] = [{ kind: 'item', text: m.t('assumptions.odds.base', { base: chance.base }) }];
  for (const s of chance.scale ?? [])
    lines.push({
      kind: 'item',
      text: m.t(s.per < 0 ? 'assumptions.odds.scale.down' : 'assumptions.odds.scale.up', {
        percent: Math.abs(s.per),
        signal: m.t(`assumptions.signal.${s.signal}`),
      }),
    });
  for (const w of chance.when ?? [])
    lines.push({ kind: 'item', text: m.t('assumptions.odds.when', { condition: conditionText(m, w.if), add: w.add }) });
  if (chance.min !== undefined || chance.max !== undefined)
    lines.push({ kind: 'item', text: m.t('assumptions.odds.bounds', { min: chance.min ?? 0, max: chance.max ?? 100 }) });
  return lines;
}

/** The whole page, in the reader's language. */
export function assumptionLines(m: Messages, scenario: Scenario): AssumptionLine[] {
  const out: AssumptionLine[] = [];
  const h2 = (key: string) => out.push({ kind: 'h2', text: m.t(key) });
  const p = (text: string) => out.push({ kind: 'p', text });

  h2('assumptions.heading.about');
  for (const x of paragraphs(m, 'assumptions.about')) p(x);

  h2('assumptions.heading.simplifies');
  for (const x of paragraphs(m, 'assumptions.simplifies')) out.push({ kind: 'item', text: x });

  h2('assumptions.heading.aims');
  p(m.t('assumptions.aims.note'));
  for (const id of scenario.actorIds) {
    const actor = scenario.actors[id]!;
    out.push({ kind: 'h3', text: actorName(m, id) });
    for (const o of actor.objectives)
      out.push({
        kind: 'item',
        text: m.t('assumptions.aim', { weight: o.weight, text: m.t(`objective.${id}.${o.id}`), basis: basisText(m, o.basis) }),
      });
    const [lo, hi] = actor.temperRange;
    out.push({ kind: 'item', text: m.t('assumptions.temper', { lo, hi, basis: basisText(m, actor.temperBasis) }) });
  }

  h2('assumptions.heading.odds');
  p(m.t('assumptions.odds.note'));
  for (const def of scenario.actions) {
    if (!def.risk) continue;
    out.push({ kind: 'h3', text: m.t('assumptions.odds.action', { actor: actorName(m, def.actor), action: actionName(m, def.id) }) });
    out.push({ kind: 'item', text: m.t('assumptions.odds.risk', { label: m.t(`action.${def.id}.risk.label`) }) });
    out.push(...chanceLines(m, def.risk.chance));
    const hit = def.risk.onHit.map((e) => effectPhrase(m, scenario, def.actor, e)).join(m.t('effect.separator'));
    out.push({ kind: 'item', text: m.t('assumptions.odds.hit', { effects: hit }) });
  }
  for (const ev of scenario.events) {
    if (ev.kind !== 'random' || !ev.chance) continue;
    out.push({ kind: 'h3', text: m.t('assumptions.odds.event', { title: m.t(`event.${ev.id}.title`) }) });
    if (ev.when) out.push({ kind: 'item', text: m.t('assumptions.odds.eligible', { condition: conditionText(m, ev.when) }) });
    out.push(...chanceLines(m, ev.chance));
  }

  h2('assumptions.heading.budget');
  const perTurn = scenario.budgetPerTurn ?? BUDGET_PER_TURN;
  const starts = scenario.actorIds
    .filter((id: ActorId) => scenario.actors[id]!.playable)
    .map((id) => m.t('assumptions.budget.start', { actor: actorName(m, id), budget: scenario.actors[id]!.start.budget }));
  p(m.t('assumptions.budget', { perTurn, max: MAX_BUDGET, starts: starts.join(m.t('effect.separator')) }));

  h2('assumptions.heading.balance');
  p(m.t('assumptions.balance'));
  return out;
}

/** The page as Markdown (docs/design-assumptions.md keeps a copy between markers). */
export function assumptionsMarkdown(lines: readonly AssumptionLine[]): string {
  return lines
    .map((l) =>
      l.kind === 'h2' ? `## ${l.text}\n` : l.kind === 'h3' ? `### ${l.text}\n` : l.kind === 'item' ? `- ${l.text}` : `${l.text}\n`,
    )
    .join('\n')
    .replace(/\n(#{2,3} )/g, '\n\n$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
