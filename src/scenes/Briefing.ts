import * as Phaser from 'phaser';
import type { ActorId, Scenario } from '../sim/types';
import { actorFullName, actorName } from '../text/describe';
import type { Messages } from '../text/messages';
import { announceScene } from '../ui/announcer';
import { messages } from '../ui/i18n';
import { openScene } from '../ui/lazy-scenes';
import { NorthMap } from '../ui/map';
import { beginSession } from '../ui/play';
import { defaultScenario, defaultScenarioId, scenarioById } from '../ui/scenario-source';
import { briefingOf, currentSetup, type GameSetup, playerNames } from '../ui/session';
import { fitTextHeight, fitTextWidth } from '../ui/text-fit';
import { actorColor, actorTag, COLORS, css, FONT, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
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
    const othersBox = group.add(
      new ScrollText(this, {
        x: rx,
        y: objectivesBottom,
        width: rw,
        height: 720 - 30 - 56 - 12 - objectivesBottom,
        blocks,
        label: m.t('briefing.others.label'),
      }),
    );

    const by = 720 - 30 - 56 + 4;
    group.add(
      new Button(this, { x: rx, y: by, width: 160, height: 52, label: m.t('common.back'), hint: m.t('common.key.esc'), onActivate: back }),
    );
    const beginButton = group.add(
      new Button(this, {
        x: rx + 172,
        y: by,
        width: rw - 172,
        height: 52,
        label: m.t('briefing.begin'),
        variant: 'primary',
        hotkey: 'b',
        onActivate: begin,
      }),
    );
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
    const situation = group.add(
      new ScrollText(this, {
        x: rx,
        y: situationY,
        width: rw,
        height: 720 - 30 - 56 - 12 - situationY,
        blocks,
        label: m.t('briefing.hotseat.label'),
      }),
    );

    const by = 720 - 30 - 56 + 4;
    group.add(
      new Button(this, { x: rx, y: by, width: 160, height: 52, label: m.t('common.back'), hint: m.t('common.key.esc'), onActivate: back }),
    );
    const beginButton = group.add(
      new Button(this, {
        x: rx + 172,
        y: by,
        width: rw - 172,
        height: 52,
        label: m.t('briefing.begin'),
        variant: 'primary',
        hotkey: 'b',
        fontSize: FONT.body,
        onActivate: begin,
      }),
    );
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
}

/** "KSR · Kosovo Serbs of the north (…)", marked "(player)" in hot-seat lists. */
function actorHead(m: Messages, id: ActorId, player: boolean): string {
  return m.t('briefing.actor.head', { tag: actorTag(m, id), name: actorFullName(m, id), player: player ? 'yes' : 'no' });
}
