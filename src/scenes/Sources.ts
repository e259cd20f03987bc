import * as Phaser from 'phaser';
import type { Scenario } from '../sim/types';
import { scenarioYear } from '../text/dates';
import { announceScene } from '../ui/announcer';
import { messages } from '../ui/i18n';
import { openScene } from '../ui/lazy-scenes';
import { activeSession } from '../ui/play';
import { defaultScenario } from '../ui/scenario-source';
import { aboutBlocks, historyLinks, sourceLinks } from '../ui/sources';
import { GAME_WIDTH, SPACE } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, FocusGroup, HeaderBar, ScrollText } from '../ui/widgets';
import { LinkList } from '../ui/widgets/LinkList';

/** How the screen opens: from the title (the scenario's sources), or from the debrief (its 2023 timeline's sources first). */
export interface SourcesData {
  /** The scene to go back to (default: the title). */
  returnTo?: string;
  /** List the sources of the debrief's 2023 timeline first, and focus them. */
  timeline?: boolean;
}

/** About the game and how it names things (scrollable), beside the scenario's sources as links that open in a new tab. */
export class Sources extends Phaser.Scene {
  private opened: SourcesData = {};

  constructor() {
    super('Sources');
  }

  init(data: SourcesData): void {
    this.opened = { ...(data ?? {}) };
    // Phaser keeps the last start data for a later start without data: forget it once read.
    this.sys.settings.data = {};
  }

  create(): void {
    const fromGame = this.opened.timeline ? activeSession() : null;
    const scenario: Scenario = fromGame?.scenario ?? defaultScenario();
    const m = messages(scenario);
    addBackdrop(this);
    const header = new HeaderBar(this, { title: m.t('title.sources'), right: m.t('title.game') });
    const returnTo = this.opened.returnTo ?? 'Title';
    const back = () => this.scene.start(returnTo);
    const group = new FocusGroup(this, { onEscape: back });

    const top = header.barHeight + SPACE.md;
    const height = 720 - top - 96;
    const gap = SPACE.md;
    const listW = 520;
    const textW = GAME_WIDTH - 64 - 64 - listW - gap;
    const text = new ScrollText(this, { x: 64, y: top, width: textW, height, blocks: aboutBlocks(m), label: m.t('about.label') });
    const timeline = this.opened.timeline === true;
    const links = new LinkList(this, {
      x: 64 + textW + gap,
      y: top,
      width: listW,
      height,
      title: m.t(timeline ? 'weblinks.heading.timeline' : 'weblinks.heading.sources', { year: scenarioYear(scenario) }),
      label: m.t(timeline ? 'weblinks.label.timeline' : 'weblinks.label.sources', { year: scenarioYear(scenario) }),
      links: timeline
        ? [...historyLinks(m, scenario), { group: m.t('about.heading.sources') }, ...sourceLinks(m, scenario)]
        : sourceLinks(m, scenario),
      emptyText: m.t('weblinks.none'),
    });
    if (timeline) group.add(links);
    group.add(text);
    if (!timeline) group.add(links);
    group.add(new Button(this, { x: 64, y: 720 - 72, width: 200, height: 48, label: m.t('menu.back'), hint: '[Esc]', onActivate: back }));
    group.add(
      new Button(this, {
        x: 64 + 200 + 12,
        y: 720 - 72,
        width: 200,
        height: 48,
        label: m.t('story.open'),
        hotkey: 'h',
        onActivate: () => openScene(this, 'Background', { mode: 'browse', returnTo: 'Sources' }),
      }),
    );
    group.add(
      new Button(this, {
        x: 64 + 200 + 12 + 200 + 12,
        y: 720 - 72,
        width: 280,
        height: 48,
        label: m.t('assumptions.button'),
        hotkey: 'a',
        onActivate: () => openScene(this, 'DesignAssumptions'),
      }),
    );
    group.focusFirst(timeline ? links : text);
    addKeyHelp(this, m.t('about.keys'));

    announceScene('Sources', m.t('about.announce', { label: m.t('about.label'), text: text.plainText() }));
  }
}
