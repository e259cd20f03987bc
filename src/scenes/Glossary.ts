import * as Phaser from 'phaser';
import type { Scenario } from '../sim/types';
import { type GlossaryEntry, glossaryEntries, searchGlossary } from '../text/glossary';
import { plainList } from '../text/lists';
import type { Messages } from '../text/messages';
import { activeSession } from '../ui/active-session';
import { announce, announceScene } from '../ui/announcer';
import { messages } from '../ui/i18n';
import { defaultScenario, scenarioById } from '../ui/scenario-source';
import { returnTo } from '../ui/scene-nav';
import { currentSetup } from '../ui/session';
import { COLORS, css, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, FocusGroup, HeaderBar, type ScrollBlock, ScrollText, TextField } from '../ui/widgets';

/** Data for the glossary: the screen to go back to (default: the title). */
export interface GlossaryData {
  returnTo?: string;
}

/** Every term of the game and its scenario, defined, with its source; searchable, scrollable from the keyboard. */
export class Glossary extends Phaser.Scene {
  private backKey = 'Title';

  constructor() {
    super('Glossary');
  }

  init(data: GlossaryData): void {
    this.backKey = data?.returnTo ?? 'Title';
  }

  create(): void {
    const scenario = this.scenario();
    const m = messages(scenario);
    const entries = glossaryEntries(m, scenario);
    addBackdrop(this);
    const header = new HeaderBar(this, { title: m.t('glossary.title'), right: m.t('glossary.subtitle') });
    const back = () => returnTo(this, this.backKey);
    const group = new FocusGroup(this, { onEscape: back });

    const x = 64;
    const top = header.barHeight + SPACE.md;
    const fieldW = 520;
    const count = this.add
      .text(x + fieldW + SPACE.md, top + 24, '', textStyle('small', { color: css(COLORS.textMuted) }))
      .setOrigin(0, 0.5);
    const listY = top + 48 + SPACE.md;
    const list = new ScrollText(this, {
      x,
      y: listY,
      width: GAME_WIDTH - x * 2,
      height: 720 - listY - 96,
      blocks: [],
      label: m.t('glossary.list.label'),
    });
    let query = '';
    const show = (): GlossaryEntry[] => {
      const shown = searchGlossary(entries, query, m.locale);
      list.setBlocks(blocks(m, shown, query));
      count.setText(m.t('glossary.count', { shown: shown.length, filtered: query.trim() ? 'yes' : 'no', total: entries.length }));
      return shown;
    };
    const field = group.add(
      new TextField(this, {
        x,
        y: top,
        width: fieldW,
        label: m.t('glossary.search'),
        placeholder: m.t('glossary.search.placeholder'),
        maxLength: 60,
        onChange: (value) => {
          query = value;
          const terms = show().map((e) => e.term);
          announce(
            m.t('glossary.announce.filtered', {
              count: count.text,
              query: value.trim(),
              terms: terms.length ? m.t('glossary.announce.terms', { terms: plainList(m, terms) }) : '',
            }),
          );
        },
        onSubmit: () => group.focus(list, { announce: true }),
      }),
    );
    group.add(list);
    show();
    group.add(
      new Button(this, { x, y: 720 - 72, width: 200, height: 48, label: m.t('menu.back'), hint: m.t('common.key.esc'), onActivate: back }),
    );
    group.focusFirst(field);
    addKeyHelp(this, m.t('glossary.keys'));
    announceScene('Glossary', m.t('glossary.announce', { count: count.text, text: list.plainText() }));
  }

  /** The scenario of the game in progress, else of the setup, else the default one. */
  private scenario(): Scenario {
    const session = activeSession();
    if (session) return session.scenario;
    const id = currentSetup()?.scenarioId;
    return (id ? scenarioById(id) : undefined) ?? defaultScenario();
  }
}

/** The list: the game's terms, then the scenario's, each with its definition and source. */
function blocks(m: Messages, entries: readonly GlossaryEntry[], query: string): ScrollBlock[] {
  if (entries.length === 0) return [{ text: m.t('glossary.none', { query: query.trim() }), kind: 'small', color: COLORS.textMuted }];
  const out: ScrollBlock[] = [];
  let section: GlossaryEntry['kind'] | null = null;
  for (const e of entries) {
    if (!query.trim() && e.kind !== section) {
      section = e.kind;
      out.push({
        text: m.t(e.kind === 'game' ? 'glossary.section.game' : 'glossary.section.scenario'),
        kind: 'h3',
        gapBefore: out.length ? 20 : 0,
      });
    }
    out.push({ text: e.term, kind: 'label', color: COLORS.text, gapBefore: 12 });
    out.push({ text: e.definition, kind: 'small', color: COLORS.text, gapBefore: 2 });
    if (e.source) out.push({ text: m.t('glossary.source', { url: e.source }), kind: 'tiny', color: COLORS.textDim, gapBefore: 2 });
  }
  return out;
}
