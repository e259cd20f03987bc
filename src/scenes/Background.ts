import * as Phaser from 'phaser';
import type { Locator } from '../sim/types';
import type { Messages } from '../text/messages';
import { announce, announceScene } from '../ui/announcer';
import { messages } from '../ui/i18n';
import { openScene } from '../ui/lazy-scenes';
import { defaultScenario, scenarioById } from '../ui/scenario-source';
import { SCENE, type SceneKey } from '../ui/scene-keys';
import { currentSetup } from '../ui/session';
import { introParts, introSkipped, primerBlocks, type StoryPart, setIntroSkipped, storyParts, timelineBlocks } from '../ui/story';
import { COLORS, css, GAME_HEIGHT, GAME_WIDTH, OKABE_ITO, RADIUS, SPACE, STROKE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, FocusGroup, HeaderBar, type ScrollBlock, ScrollText } from '../ui/widgets';

/**
 * How the screen was opened: `intro` on the way from setup to the briefing
 * (skippable, "don't show again"), `browse` from the briefing, the title, the
 * sources or the debrief (back to where it came from).
 */
export interface StoryData {
  mode?: 'intro' | 'browse';
  part?: StoryPart;
  returnTo?: SceneKey;
}

const TAB_H = 44;
const BUTTON_H = 52;
const BUTTONS_Y = GAME_HEIGHT - 30 - BUTTON_H - 4;
const LOCATOR_W = 400;
/** Timelines read best in a column about 70 characters wide. */
const COLUMN_W = 980;

/** The primer and the history before a game, and what happened after it (the scenario's `story`). */
export class Background extends Phaser.Scene {
  private opened: StoryData = {};

  constructor() {
    super('Background');
  }

  init(data: StoryData): void {
    this.opened = { ...data };
    // Phaser keeps the last start data for a later start without data: forget it once read.
    this.sys.settings.data = {};
  }

  create(): void {
    const setup = currentSetup();
    const intro = this.opened.mode === 'intro';
    const sc = (setup ? scenarioById(setup.scenarioId) : null) ?? defaultScenario();
    const parts = intro ? introParts(sc) : storyParts(sc);
    if (intro && (parts.length === 0 || introSkipped())) {
      openScene(this, SCENE.Briefing);
      return;
    }
    const m = messages(sc);
    const back = () => {
      if (intro) openScene(this, setup?.players ? SCENE.HotseatSetup : SCENE.Setup);
      else openScene(this, this.opened.returnTo ?? SCENE.Title);
    };
    if (parts.length === 0) {
      back();
      return;
    }
    addBackdrop(this);
    const header = new HeaderBar(this, {
      title: m.t(this.opened.part === 'epilogue' ? 'story.header.epilogue' : 'story.header.intro'),
      right: m.t('story.right', { scenario: m.t('scenario.name') }),
    });
    const group = new FocusGroup(this, { onEscape: back });
    const top = header.barHeight + SPACE.md;
    const bodyTop = top + TAB_H + SPACE.md;
    const bodyH = BUTTONS_Y - SPACE.md - bodyTop;

    // The parts as tabs (a single part needs none).
    let current: StoryPart = parts.includes(this.opened.part as StoryPart) ? (this.opened.part as StoryPart) : (parts[0] as StoryPart);
    const tabs = new Map<StoryPart, Button>();
    if (parts.length > 1)
      parts.forEach((p, i) => {
        tabs.set(
          p,
          group.add(
            new Button(this, {
              x: 16 + i * (260 + SPACE.sm),
              y: top,
              width: 260,
              height: TAB_H,
              label: m.t(`story.tab.${p}`),
              hotkey: String(i + 1),
              toggle: true,
              selected: p === current,
              fontSize: 16,
              onActivate: () => show(p, true),
            }),
          ),
        );
      });

    // The primer's locator map (left) beside its text; the timelines in one readable column.
    const locator = sc.story?.primer?.locator;
    const locatorView = locator ? drawLocator(this, m, locator, 16, bodyTop, LOCATOR_W, bodyH) : null;
    const besideX = 16 + LOCATOR_W + SPACE.md;
    const primerText = group.add(
      new ScrollText(this, {
        x: locatorView ? besideX : (GAME_WIDTH - COLUMN_W) / 2,
        y: bodyTop,
        width: locatorView ? GAME_WIDTH - 16 - besideX : COLUMN_W,
        height: bodyH,
        blocks: [],
        label: m.t('story.title.primer'),
      }),
    );
    const lineText = group.add(
      new ScrollText(this, {
        x: (GAME_WIDTH - COLUMN_W) / 2,
        y: bodyTop,
        width: COLUMN_W,
        height: bodyH,
        blocks: [],
        label: m.t('story.label'),
      }),
    );
    let text = primerText;

    // Buttons: back and "don't show before new games" (which can be undone here later); in the
    // new-game flow also skip and next.
    group.add(
      new Button(this, {
        x: 16,
        y: BUTTONS_Y,
        width: 160,
        height: BUTTON_H,
        label: m.t('story.back'),
        hint: m.t('common.key.esc'),
        onActivate: back,
      }),
    );
    let next: Button | null = null;
    if (introParts(sc).length > 0) {
      const dontShow = group.add(
        new Button(this, {
          x: 188,
          y: BUTTONS_Y,
          width: 380,
          height: BUTTON_H,
          label: m.t('story.dont-show'),
          toggle: true,
          indicator: 'check',
          selected: introSkipped(),
          fontSize: 16,
          hint: '',
          onActivate: () => {
            const skip = !introSkipped();
            setIntroSkipped(skip);
            dontShow.setSelected(skip);
            announce(m.t(skip ? 'story.dont-show.on' : 'story.dont-show.off'));
          },
        }),
      );
    }
    if (!intro)
      group.add(
        new Button(this, {
          x: GAME_WIDTH - 16 - 220,
          y: BUTTONS_Y,
          width: 220,
          height: BUTTON_H,
          label: m.t('story.print'),
          hotkey: 'p',
          onActivate: () => {
            // Every part on paper, for handouts (the print view loads on first use).
            const blocks = parts.flatMap((p): ScrollBlock[] => [
              { text: m.t(`story.title.${p}`), kind: 'h2' },
              ...(p === 'primer' ? primerBlocks(m, sc) : timelineBlocks(m, sc, p)),
            ]);
            void import('../ui/print').then((print) =>
              print.printDocument(m.t('story.print.title', { scenario: m.t('scenario.name') }), blocks),
            );
            announce(m.t('story.printed'));
          },
        }),
      );
    if (intro) {
      group.add(
        new Button(this, {
          x: 580,
          y: BUTTONS_Y,
          width: 300,
          height: BUTTON_H,
          label: m.t('story.skip'),
          hotkey: 's',
          onActivate: () => openScene(this, SCENE.Briefing),
        }),
      );
      next = group.add(
        new Button(this, {
          x: 892,
          y: BUTTONS_Y,
          width: GAME_WIDTH - 16 - 892,
          height: BUTTON_H,
          label: m.t('story.next'),
          hotkey: 'n',
          variant: 'primary',
          onActivate: () => {
            const i = parts.indexOf(current);
            const after = parts[i + 1];
            if (after) show(after, true);
            else openScene(this, SCENE.Briefing);
          },
        }),
      );
    }

    const show = (part: StoryPart, speak: boolean) => {
      current = part;
      for (const [p, b] of tabs) b.setSelected(p === part);
      const primer = part === 'primer';
      locatorView?.setVisible(primer);
      primerText.setVisible(primer);
      lineText.setVisible(!primer);
      text = primer ? primerText : lineText;
      const blocks: ScrollBlock[] = [
        { text: m.t(`story.title.${part}`), kind: 'h2' },
        ...(primer ? primerBlocks(m, sc) : timelineBlocks(m, sc, part)).map((b, i) => (i === 0 ? { ...b, gapBefore: 10 } : b)),
      ];
      text.setBlocks(blocks);
      if (next) next.setLabel(m.t(parts.indexOf(part) < parts.length - 1 ? 'story.next' : 'story.continue'));
      if (speak) announce(m.t('story.announce', { title: m.t(`story.title.${part}`), text: text.plainText() }));
    };
    show(current, false);
    group.focusFirst(next ?? text);
    addKeyHelp(this, m.t(intro ? 'story.keys.intro' : 'story.keys.browse'));
    announceScene('Background', m.t('story.announce', { title: m.t(`story.title.${current}`), text: text.plainText() }));
  }
}

/** A schematic locator: rough outlines projected into a box, the scenario's territory and its detail highlighted. */
function drawLocator(scene: Phaser.Scene, m: Messages, loc: Locator, x: number, y: number, w: number, h: number) {
  const box = scene.add.container(x, y);
  const g = scene.add.graphics();
  g.fillStyle(COLORS.panel, 1);
  g.fillRoundedRect(0, 0, w, h, RADIUS.md);
  g.lineStyle(STROKE.thin, COLORS.panelBorder, 1);
  g.strokeRoundedRect(0.5, 0.5, w - 1, h - 1, RADIUS.md);
  box.add(g);
  const title = scene.add.text(SPACE.md, SPACE.sm, m.t('story.locator.label'), textStyle('label'));
  box.add(title);
  const caption = scene.add.text(SPACE.md, 0, m.t(loc.caption), textStyle('tiny', { wrap: w - 2 * SPACE.md }));
  caption.setY(h - SPACE.sm - caption.height);
  box.add(caption);

  // Fit the area (longitudes shortened by the cosine of its middle latitude) into the space left.
  const [west, south, east, north] = loc.bounds;
  const mapTop = title.y + title.height + SPACE.sm;
  const mapH = caption.y - SPACE.sm - mapTop;
  const mapW = w - 2 * SPACE.md;
  const cos = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = Math.min(mapW / ((east - west) * cos), mapH / (north - south));
  const ox = SPACE.md + (mapW - (east - west) * cos * scale) / 2;
  const oy = mapTop + (mapH - (north - south) * scale) / 2;
  const at = ([lon, lat]: readonly [number, number]) => ({ x: ox + (lon - west) * cos * scale, y: oy + (north - lat) * scale });

  const shapes = scene.add.graphics();
  box.add(shapes);
  const style = {
    neighbour: { fill: COLORS.landOutside, alpha: 1, line: COLORS.textDim, width: STROKE.thin },
    focus: { fill: COLORS.land, alpha: 1, line: COLORS.boundary, width: STROKE.normal },
    detail: { fill: OKABE_ITO.orange, alpha: 0.55, line: OKABE_ITO.orange, width: STROKE.focus },
  } as const;
  for (const r of loc.regions) {
    const s = style[r.kind];
    const pts = r.outline.map((p) => new Phaser.Math.Vector2(at(p)));
    shapes.fillStyle(s.fill, s.alpha);
    shapes.fillPoints(pts, true);
    shapes.lineStyle(s.width, s.line, 1);
    shapes.strokePoints(pts, true);
  }
  for (const r of loc.regions) {
    const p = at(r.label);
    const kind = r.kind === 'neighbour' ? 'tiny' : 'label';
    const color = r.kind === 'neighbour' ? COLORS.textMuted : COLORS.text;
    const label = scene.add
      .text(
        p.x,
        p.y,
        m.t(`primer.locator.${r.id}`),
        textStyle(kind, { color: css(color), fontStyle: r.kind === 'neighbour' ? 'normal' : 'bold' }),
      )
      .setOrigin(0.5);
    label.setStroke(css(COLORS.bg), 3);
    box.add(label);
  }
  for (const pt of loc.points) {
    const p = at(pt.at);
    shapes.fillStyle(COLORS.text, 1);
    shapes.fillCircle(p.x, p.y, 4);
    shapes.lineStyle(STROKE.thin, COLORS.bg, 1);
    shapes.strokeCircle(p.x, p.y, 4);
    const label = scene.add.text(p.x + 8, p.y, m.t(`primer.locator.${pt.id}`), textStyle('tiny', { color: css(COLORS.text) }));
    label.setOrigin(0, 0.5).setStroke(css(COLORS.bg), 3);
    box.add(label);
  }
  return box;
}
