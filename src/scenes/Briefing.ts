import * as Phaser from 'phaser';
import type { ActorId, Scenario } from '../sim/types';
import { actorFullName, actorName } from '../text/describe';
import { briefingEntries } from '../text/glossary';
import type { Messages } from '../text/messages';
import { announceScene } from '../ui/announcer';
import { messages } from '../ui/i18n';
import { openScene } from '../ui/lazy-scenes';
import { NorthMap } from '../ui/map';
import { openOver } from '../ui/open-over';
import { beginSession } from '../ui/play';
import { defaultScenario, defaultScenarioId, scenarioById } from '../ui/scenario-source';
import { briefingOf, currentSetup, type GameSetup, playerNames } from '../ui/session';
import { fitTextHeight, fitTextWidth } from '../ui/text-fit';
import { actorColor, actorTag, COLORS, css, FONT, FONT_FAMILY, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import {
  addBackdrop,
  addKeyHelp,
  addWrappedText,
  Button,
  Chip,
  FocusGroup,
  HeaderBar,
  Panel,
  type ScrollBlock,
  ScrollText,
  TermTip,
} from '../ui/widgets';

/** The setup shown when the screen is opened without one (e.g. straight from the address bar). */
const fallback = (): GameSetup => ({ scenarioId: defaultScenarioId(), role: 'watch', seed: 'RIVER-1000', difficulty: 'normal' });

/** The scenario's short name ("North 2023"), else its title. */
const scenarioName = (m: Messages): string => m.t('scenario.name');

/** An objective's words and points, as the screen reader says them. */
const spokenObjectives = (m: Messages, sc: Scenario, actor: ActorId): string =>
  (sc.actors[actor]?.objectives ?? [])
    .map((o) => m.t('briefing.spoken.objective', { text: m.t(`objective.${actor}.${o.id}`), points: o.weight }))
    .join(m.t('briefing.separator'));

/** Before the first turn: the map, your role and objectives, what the others want. */
export class Briefing extends Phaser.Scene {
  constructor() {
    super('Briefing');
  }

  create(): void {
    const setup = currentSetup() ?? fallback();
    const sc = scenarioById(setup.scenarioId) ?? defaultScenario();
    const m = messages(sc);
    if (setup.players) {
      this.createHotseat(setup, sc, m, setup.players);
      return;
    }
    const role = setup.role;
    addBackdrop(this);
    const maxSeed = 32;
    const seedShown = setup.seed.length > maxSeed ? `${setup.seed.slice(0, maxSeed)}…` : setup.seed;
    const header = new HeaderBar(this, {
      title: m.t('briefing.title', { scenario: scenarioName(m) }),
      right: m.t('briefing.right', {
        role: role === 'watch' ? 'watch' : 'actor',
        actor: role === 'watch' ? '' : actorName(m, role),
        seed: seedShown,
        difficulty: setup.difficulty,
      }),
    });

    const back = () => this.scene.start('Setup');
    const begin = () => {
      beginSession(setup);
      this.scene.start('Game');
    };
    const group = new FocusGroup(this, { onEscape: back });

    // Left: the map at its start state, and your role under it.
    const top = header.barHeight + 10;
    const map = new NorthMap(this, 16, top, sc);
    const roleY = top + 450 + 10;
    const roleH = 720 - roleY - 30;
    const rolePanel = new Panel(this, {
      x: 16,
      y: roleY,
      width: 800,
      height: roleH,
      title: role === 'watch' ? m.t('briefing.role.watch') : m.t('briefing.role', { actor: actorFullName(m, role) }),
      accent: role === 'watch' ? COLORS.textDim : actorColor(sc, role),
      tag: role === 'watch' ? m.t('briefing.role.watch.tag') : actorTag(m, role),
    });
    const viewText = role === 'watch' ? m.t('briefing.watch.text') : m.t(`actor.${role}.view`);
    const view = addWrappedText(this, rolePanel.inner.x, rolePanel.inner.y, viewText, rolePanel.inner.width, 'body');
    fitTextHeight(view, rolePanel.inner.height + 8);
    rolePanel.add(view);

    // Right: objectives, then the other actors (scrollable).
    const rx = 832;
    const rw = GAME_WIDTH - rx - 16;
    let objectivesBottom = top;
    if (role !== 'watch') {
      // Lay the list out first, then size the panel to it (at most 300 px).
      const objectives = sc.actors[role]?.objectives ?? [];
      const padX = SPACE.md;
      const titleH = 44;
      const textW = rw - padX * 2 - 42;
      const rows: { pts: Phaser.GameObjects.Text; text: Phaser.GameObjects.Text }[] = objectives.map((o) => ({
        pts: this.add.text(0, 0, String(o.weight), textStyle('small', { fontStyle: 'bold', color: css(COLORS.info) })).setOrigin(1, 0),
        text: addWrappedText(this, 0, 0, m.t(`objective.${role}.${o.id}`), textW, 'small'),
      }));
      const layout = (gap: number) => {
        let oy = titleH;
        for (const r of rows) {
          r.pts.setPosition(padX + 30, oy);
          r.text.setPosition(padX + 42, oy);
          oy += r.text.height + gap;
        }
        return oy;
      };
      let contentBottom = layout(6);
      if (contentBottom > 300 - SPACE.md) {
        for (const r of rows) {
          r.text.setFontSize(14).setLineSpacing(2);
          r.pts.setFontSize(14);
        }
        contentBottom = layout(4);
      }
      const panelH = Math.min(300, contentBottom + SPACE.sm);
      const panel = new Panel(this, { x: rx, y: top, width: rw, height: panelH, title: m.t('briefing.objectives') });
      for (const r of rows) panel.add([r.pts, r.text]);
      panel.add(this.add.text(rw - SPACE.md, 14, m.t('briefing.points'), textStyle('tiny')).setOrigin(1, 0));
      objectivesBottom = top + panelH + 10;
    }

    const others: ActorId[] = sc.actorIds.filter((id) => id !== role);
    const blocks: ScrollBlock[] = [{ text: m.t('briefing.situation'), kind: 'h3' }];
    for (const key of briefingOf(sc, setup)) blocks.push({ text: m.t(key), kind: 'tiny', color: COLORS.text, gapBefore: 8 });
    blocks.push({ text: m.t(role === 'watch' ? 'briefing.actors' : 'briefing.others'), kind: 'h3', gapBefore: 18 });
    for (const id of others) {
      blocks.push({ text: actorHead(m, id, false), kind: 'label', color: COLORS.text, gapBefore: 10 });
      blocks.push({ text: m.t(`actor.${id}.view`), kind: 'tiny', color: COLORS.textMuted, gapBefore: 2 });
    }
    const by = 720 - 30 - 56 + 4;
    const termsH = this.termHeight(sc, m, rw);
    const othersBox = group.add(
      new ScrollText(this, {
        x: rx,
        y: objectivesBottom,
        width: rw,
        height: 720 - 30 - 56 - 12 - objectivesBottom - termsH - AIDS_ROW_H,
        blocks,
        label: m.t('briefing.others.label'),
      }),
    );

    group.add(
      new Button(this, { x: rx, y: by, width: 120, height: 52, label: m.t('common.back'), hint: m.t('common.key.esc'), onActivate: back }),
    );
    const beginButton = group.add(
      new Button(this, {
        x: rx + 132,
        y: by,
        width: rw - 132,
        height: 52,
        label: m.t('briefing.begin'),
        variant: 'primary',
        hotkey: 'b',
        onActivate: begin,
      }),
    );
    this.addAids(group, m, rx, by - AIDS_ROW_H, rw);
    this.addTerms(group, sc, m, rx, by - AIDS_ROW_H - 8 - termsH, rw);
    group.focusFirst(beginButton);
    addKeyHelp(this, m.t('briefing.key-help'));

    announceScene(
      'Briefing',
      m.t('briefing.spoken', {
        scenario: scenarioName(m),
        seed: setup.seed,
        difficulty: setup.difficulty,
        watch: role === 'watch' ? 'yes' : 'no',
        actor: role === 'watch' ? '' : actorFullName(m, role),
        view: role === 'watch' ? '' : m.t(`actor.${role}.view`),
        objectives: role === 'watch' ? '' : spokenObjectives(m, sc, role),
        map: map.describe(),
        begin: m.t('briefing.begin'),
      }),
    );
    void othersBox;
  }

  /**
   * Hot-seat: who plays which role (left, under the map), every player's
   * objectives (right, scrollable), then the situation and the actors the
   * computer plays.
   */
  private createHotseat(setup: GameSetup, sc: Scenario, m: Messages, players: readonly ActorId[]): void {
    addBackdrop(this);
    const maxSeed = 32;
    const seedShown = setup.seed.length > maxSeed ? `${setup.seed.slice(0, maxSeed)}…` : setup.seed;
    const header = new HeaderBar(this, {
      title: m.t('briefing.title.hotseat', { scenario: scenarioName(m) }),
      right: m.t('briefing.right.hotseat', { players: players.length, seed: seedShown, difficulty: setup.difficulty }),
    });
    const back = () => openScene(this, 'HotseatSetup');
    const begin = () => {
      beginSession(setup);
      // The first player's screen stays hidden until they unlock it.
      this.scene.start('PassDevice');
    };
    const group = new FocusGroup(this, { onEscape: back });
    const ai = sc.actorIds.filter((id) => !players.includes(id));

    // Left: the map, and who plays which role under it.
    const top = header.barHeight + 10;
    const map = new NorthMap(this, 16, top, sc);
    const roleY = top + 450 + 10;
    const roleH = 720 - roleY - 30;
    const panel = new Panel(this, {
      x: 16,
      y: roleY,
      width: 800,
      height: roleH,
      title: m.t('briefing.hotseat.players', { count: players.length }),
    });
    const inner = panel.inner;
    // At most three rows: one column for up to three players, two for up to six, three for more (short names then).
    const cols = Math.ceil(players.length / 3);
    const rows = Math.ceil(players.length / cols);
    const colW = inner.width / cols;
    const rowH = 24;
    players.forEach((id, i) => {
      const x = inner.x + Math.floor(i / rows) * colW;
      const y = inner.y + (i % rows) * rowH;
      const chip = new Chip(this, { x, y: y + 1, text: actorTag(m, id), color: actorColor(sc, id), minWidth: 52 });
      const t = this.add.text(
        x + 62,
        y,
        m.t('briefing.hotseat.player', { n: i + 1, actor: cols > 2 ? actorName(m, id) : actorFullName(m, id) }),
        textStyle('small', { fontStyle: 'bold' }),
      );
      fitTextWidth(t, colW - 70);
      panel.add([chip, t]);
    });
    const note = addWrappedText(
      this,
      inner.x,
      inner.y + rows * rowH + 6,
      m.t('briefing.hotseat.note', {
        hasAi: ai.length ? 'yes' : 'no',
        ai: ai.map((id) => actorName(m, id)).join(m.t('briefing.comma')),
      }),
      inner.width,
      'tiny',
      { color: css(COLORS.textMuted) },
    );
    fitTextHeight(note, inner.y + inner.height + 6 - note.y);
    panel.add(note);

    // Right: every player's objectives, then the situation and the computer's actors.
    const rx = 832;
    const rw = GAME_WIDTH - rx - 16;
    const objBlocks: ScrollBlock[] = [{ text: m.t('briefing.hotseat.objectives'), kind: 'h3' }];
    for (const id of players) {
      objBlocks.push({ text: actorHead(m, id, false), kind: 'label', color: COLORS.text, gapBefore: 12 });
      for (const o of sc.actors[id]?.objectives ?? [])
        objBlocks.push({
          text: m.t('briefing.hotseat.objective', { points: o.weight, text: m.t(`objective.${id}.${o.id}`) }),
          kind: 'tiny',
          color: COLORS.text,
          indent: 8,
          gapBefore: 2,
        });
    }
    const objH = 300;
    const objectives = group.add(
      new ScrollText(this, { x: rx, y: top, width: rw, height: objH, blocks: objBlocks, label: m.t('briefing.hotseat.objectives') }),
    );

    const blocks: ScrollBlock[] = [{ text: m.t('briefing.situation'), kind: 'h3' }];
    for (const key of briefingOf(sc, setup)) blocks.push({ text: m.t(key), kind: 'tiny', color: COLORS.text, gapBefore: 8 });
    blocks.push({ text: m.t('briefing.hotseat.wants'), kind: 'h3', gapBefore: 18 });
    for (const id of players) {
      blocks.push({ text: actorHead(m, id, true), kind: 'label', color: COLORS.text, gapBefore: 10 });
      blocks.push({ text: m.t(`actor.${id}.view`), kind: 'tiny', color: COLORS.textMuted, gapBefore: 2 });
    }
    if (ai.length) {
      blocks.push({ text: m.t('briefing.hotseat.ai'), kind: 'h3', gapBefore: 18 });
      for (const id of ai) {
        blocks.push({ text: actorHead(m, id, false), kind: 'label', color: COLORS.text, gapBefore: 10 });
        blocks.push({ text: m.t(`actor.${id}.view`), kind: 'tiny', color: COLORS.textMuted, gapBefore: 2 });
      }
    }
    const situationY = top + objH + 10;
    const by = 720 - 30 - 56 + 4;
    const termsH = this.termHeight(sc, m, rw);
    const situation = group.add(
      new ScrollText(this, {
        x: rx,
        y: situationY,
        width: rw,
        height: 720 - 30 - 56 - 12 - situationY - termsH - AIDS_ROW_H,
        blocks,
        label: m.t('briefing.hotseat.label'),
      }),
    );

    group.add(
      new Button(this, { x: rx, y: by, width: 120, height: 52, label: m.t('common.back'), hint: m.t('common.key.esc'), onActivate: back }),
    );
    const beginButton = group.add(
      new Button(this, {
        x: rx + 132,
        y: by,
        width: rw - 132,
        height: 52,
        label: m.t('briefing.begin'),
        variant: 'primary',
        hotkey: 'b',
        fontSize: FONT.body,
        onActivate: begin,
      }),
    );
    this.addAids(group, m, rx, by - AIDS_ROW_H, rw);
    this.addTerms(group, sc, m, rx, by - AIDS_ROW_H - 8 - termsH, rw);
    group.focusFirst(beginButton);
    addKeyHelp(this, m.t('briefing.key-help'));

    const who = players
      .map((id, i) => m.t('briefing.spoken.player', { n: i + 1, actor: actorFullName(m, id) }))
      .join(m.t('briefing.separator'));
    const aims = players
      .map((id) => m.t('briefing.spoken.aims', { actor: actorName(m, id), objectives: spokenObjectives(m, sc, id) }))
      .join(m.t('briefing.spoken.aims.separator'));
    const first = players[0] ?? sc.actorIds[0] ?? '';
    announceScene(
      'Briefing',
      m.t('briefing.spoken.hotseat', {
        scenario: scenarioName(m),
        count: players.length,
        names: playerNames(m, players),
        seed: setup.seed,
        difficulty: setup.difficulty,
        who,
        aims,
        map: map.describe(),
        begin: m.t('briefing.begin'),
        first: actorName(m, first),
      }),
    );
    void objectives;
    void situation;
  }

  /** The reading aids above Back and Begin: the glossary and the history, side by side. */
  private addAids(group: FocusGroup, m: Messages, x: number, y: number, width: number): void {
    const half = Math.floor((width - 12) / 2);
    group.add(this.glossaryButton(x, y, half, m));
    group.add(historyButton(this, x + half + 12, y, width - half - 12));
  }

  /** The glossary, over the briefing (which wakes as it was). */
  private glossaryButton(x: number, y: number, width: number, m: Messages): Button {
    return new Button(this, {
      x,
      y,
      width,
      height: AIDS_H,
      label: m.t('glossary.open'),
      hotkey: 'g',
      fontSize: FONT.small,
      onActivate: () => openOver(this, 'Glossary', { returnTo: 'Briefing' }),
    });
  }

  /** Lays the briefing's words out as chips in rows `width` wide; returns each chip's place and the height used. */
  private termRows(sc: Scenario, m: Messages, width: number): { places: { x: number; y: number }[]; height: number } {
    const entries = briefingEntries(m, sc);
    if (entries.length === 0) return { places: [], height: 0 };
    const probe = this.add.text(0, 0, '', { fontFamily: FONT_FAMILY, fontSize: `${FONT.tiny}px` });
    const places: { x: number; y: number }[] = [];
    let x = 0;
    let y = TERMS_LABEL_H;
    for (const e of entries) {
      const w = Math.ceil(probe.setText(e.short).width) + SPACE.sm * 2;
      if (x > 0 && x + w > width) {
        x = 0;
        y += TERM_ROW_H;
      }
      places.push({ x, y });
      x += w + SPACE.sm;
    }
    probe.destroy();
    return { places, height: y + TERM_ROW_H };
  }

  private termHeight(sc: Scenario, m: Messages, width: number): number {
    const h = this.termRows(sc, m, width).height;
    return h > 0 ? h + 4 : 0;
  }

  /** "Words in the briefing:" and a chip per word, each with its definition on hover and focus. */
  private addTerms(group: FocusGroup, sc: Scenario, m: Messages, x: number, y: number, width: number): void {
    const { places } = this.termRows(sc, m, width);
    if (places.length === 0) return;
    this.add.text(x, y, m.t('tip.words'), textStyle('tiny'));
    briefingEntries(m, sc).forEach((e, i) => {
      const p = places[i];
      if (!p) return;
      group.add(TermTip.chip(this, x + p.x, y + p.y, { text: e.short, term: e.term, definition: e.definition }));
    });
  }
}

/** The glossary and history buttons' row above Back and Begin: its buttons' height and the room it takes. */
const AIDS_H = 44;
const AIDS_ROW_H = AIDS_H + 8;
const TERMS_LABEL_H = 22;
const TERM_ROW_H = 30;
/** The primer and the history before the game (history helper), back to this briefing. */
function historyButton(scene: Phaser.Scene, x: number, y: number, width: number): Button {
  return new Button(scene, {
    x,
    y,
    width,
    height: AIDS_H,
    label: messages().t('story.open'),
    hotkey: 'h',
    onActivate: () => openScene(scene, 'Background', { mode: 'browse', returnTo: 'Briefing' }),
  });
}

/** "KSR · Kosovo Serbs of the north (…)", marked "(player)" in hot-seat lists. */
function actorHead(m: Messages, id: ActorId, player: boolean): string {
  return m.t('briefing.actor.head', { tag: actorTag(m, id), name: actorFullName(m, id), player: player ? 'yes' : 'no' });
}
