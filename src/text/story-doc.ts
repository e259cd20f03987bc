// The story around a game (primer, background, epilogue) as one Markdown
// document for teachers: docs/background.md is this text for North 2023
// (written by `npm run docs:background`; a test keeps the two the same).

import type { Scenario, StoryItem } from '../sim/types';
import type { Messages } from './messages';

const links = (m: Messages, urls: readonly string[]): string => m.t('story.doc.sources', { links: urls.map((u) => `<${u}>`).join(' ; ') });

function timeline(m: Messages, part: 'background' | 'epilogue', intro: string, items: readonly StoryItem[]): string[] {
  const out = [`## ${m.t(`story.title.${part}`)}`, '', m.t(intro), ''];
  let era: string | undefined;
  for (const item of items) {
    if (item.era && item.era !== era) {
      era = item.era;
      out.push(`### ${m.t(item.era)}`, '');
    }
    out.push(`#### ${m.t('story.item.head', { date: m.t(`${part}.${item.id}.date`), title: m.t(`${part}.${item.id}.title`) })}`, '');
    out.push(m.t(`${part}.${item.id}.text`), '', links(m, item.sources), '');
  }
  return out;
}

/** The whole story of a scenario as Markdown, in the messages' language ('' when the scenario tells none). */
export function storyMarkdown(scenario: Scenario, m: Messages): string {
  const s = scenario.story;
  if (!s) return '';
  const out: string[] = [`# ${m.t('story.doc.title', { scenario: m.t('scenario.name') })}`, '', m.t('story.doc.note'), ''];
  if (s.primer) {
    out.push(`## ${m.t('story.title.primer')}`, '');
    for (const sec of s.primer.sections)
      out.push(`### ${m.t(`primer.${sec.id}.title`)}`, '', m.t(`primer.${sec.id}.text`), '', links(m, sec.sources), '');
    if (s.primer.dates.length) {
      out.push(`### ${s.primer.datesTitle ? m.t(s.primer.datesTitle) : m.t('story.primer.dates', { count: s.primer.dates.length })}`, '');
      for (const d of s.primer.dates) out.push(`- **${m.t(`primer.date.${d.id}.date`)}**: ${m.t(`primer.date.${d.id}.text`)}`);
      out.push('', links(m, [...new Set(s.primer.dates.flatMap((d) => d.sources))]), '');
    }
  }
  if (s.background) out.push(...timeline(m, 'background', s.background.intro, s.background.items));
  if (s.epilogue) out.push(...timeline(m, 'epilogue', s.epilogue.intro, s.epilogue.items));
  return `${out.join('\n').trimEnd()}\n`;
}
