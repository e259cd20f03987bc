import * as Phaser from 'phaser';
import { findScenario } from '../scenarios';
import { actors } from '../scenarios/north-2023/actors';
import { ACTOR_IDS, type ActorId } from '../sim/types';
import { announceScene } from '../ui/announcer';
import { openScene } from '../ui/lazy-scenes';
import { NorthMap, startMapState } from '../ui/map';
import { beginSession } from '../ui/play';
import { currentSetup, type GameSetup, playerNames } from '../ui/session';
import { fitTextHeight, fitTextWidth } from '../ui/text-fit';
import { ACTOR_STYLE, COLORS, css, FONT, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
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

const FALLBACK: GameSetup = { scenarioId: 'north-2023', role: 'watch', seed: 'RIVER-1000', difficulty: 'normal' };

/** Before the first turn: the map, your role and objectives, what the others want. */
export class Briefing extends Phaser.Scene {
  constructor() {
    super('Briefing');
  }

  create(): void {
    const setup = currentSetup() ?? FALLBACK;
    if (setup.players) {
      this.createHotseat(setup, setup.players);
      return;
    }
    const role = setup.role;
    addBackdrop(this);
    const maxSeed = 32;
    const seedShown = setup.seed.length > maxSeed ? `${setup.seed.slice(0, maxSeed)}…` : setup.seed;
    const difficulty = setup.difficulty[0]?.toUpperCase() + setup.difficulty.slice(1);
    const header = new HeaderBar(this, {
      title: 'Briefing · North 2023',
      right: `${role === 'watch' ? 'Watching (all AI)' : `You play: ${actors[role].short}`}   |   Seed: ${seedShown}   |   ${difficulty}`,
    });

    const back = () => this.scene.start('Setup');
    const begin = () => {
      beginSession(setup);
      this.scene.start('Game');
    };
    const group = new FocusGroup(this, { onEscape: back });

    // Left: the map at its start state, and your role under it.
    const top = header.barHeight + 10;
    const map = new NorthMap(this, 16, top, startMapState());
    const roleY = top + 450 + 10;
    const roleH = 720 - roleY - 30;
    const rolePanel = new Panel(this, {
      x: 16,
      y: roleY,
      width: 800,
      height: roleH,
      title: role === 'watch' ? 'You are watching: every actor is played by the computer' : `Your role: ${actors[role].name}`,
      accent: role === 'watch' ? COLORS.textDim : ACTOR_STYLE[role].color,
      tag: role === 'watch' ? 'ALL' : ACTOR_STYLE[role].tag,
    });
    const viewText =
      role === 'watch'
        ? 'Eight actors, each with its own aims, face the crisis that began with the boycotted local elections of April 2023. Watch their choices turn by turn and ask any of them why it acted.'
        : actors[role].view;
    const view = addWrappedText(this, rolePanel.inner.x, rolePanel.inner.y, viewText, rolePanel.inner.width, 'body');
    fitTextHeight(view, rolePanel.inner.height + 8);
    rolePanel.add(view);

    // Right: objectives, then the other actors (scrollable).
    const rx = 832;
    const rw = GAME_WIDTH - rx - 16;
    let objectivesBottom = top;
    if (role !== 'watch') {
      // Lay the list out first, then size the panel to it (at most 300 px).
      const objectives = actors[role].objectives;
      const padX = SPACE.md;
      const titleH = 44;
      const textW = rw - padX * 2 - 42;
      const rows: { pts: Phaser.GameObjects.Text; text: Phaser.GameObjects.Text }[] = objectives.map((o) => ({
        pts: this.add.text(0, 0, String(o.weight), textStyle('small', { fontStyle: 'bold', color: css(COLORS.info) })).setOrigin(1, 0),
        text: addWrappedText(this, 0, 0, o.text, textW, 'small'),
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
      const panel = new Panel(this, { x: rx, y: top, width: rw, height: panelH, title: 'Your objectives' });
      for (const r of rows) panel.add([r.pts, r.text]);
      panel.add(this.add.text(rw - SPACE.md, 14, 'points', textStyle('tiny')).setOrigin(1, 0));
      objectivesBottom = top + panelH + 10;
    }

    const others: ActorId[] = ACTOR_IDS.filter((id) => id !== role);
    const scenario = findScenario(setup.scenarioId);
    const blocks: ScrollBlock[] = [{ text: 'The situation', kind: 'h3' }];
    for (const p of scenario?.briefing ?? []) blocks.push({ text: p, kind: 'tiny', color: COLORS.text, gapBefore: 8 });
    blocks.push({ text: role === 'watch' ? 'The actors' : 'What the others want', kind: 'h3', gapBefore: 18 });
    for (const id of others) {
      blocks.push({ text: `${ACTOR_STYLE[id].tag} · ${actors[id].name}`, kind: 'label', color: COLORS.text, gapBefore: 10 });
      blocks.push({ text: actors[id].view, kind: 'tiny', color: COLORS.textMuted, gapBefore: 2 });
    }
    const othersBox = group.add(
      new ScrollText(this, {
        x: rx,
        y: objectivesBottom,
        width: rw,
        height: 720 - 30 - 56 - 12 - objectivesBottom,
        blocks,
        label: 'The situation and the other actors',
      }),
    );

    const by = 720 - 30 - 56 + 4;
    group.add(new Button(this, { x: rx, y: by, width: 160, height: 52, label: 'Back', hint: '[Esc]', onActivate: back }));
    const beginButton = group.add(
      new Button(this, {
        x: rx + 172,
        y: by,
        width: rw - 172,
        height: 52,
        label: 'Begin',
        variant: 'primary',
        hotkey: 'b',
        onActivate: begin,
      }),
    );
    group.focusFirst(beginButton);
    addKeyHelp(this, 'Tab or arrow keys: move · arrows scroll the list when it is focused · Enter: choose · Esc: back');

    const roleText =
      role === 'watch'
        ? 'You are watching; every actor is played by the computer.'
        : `Your role: ${actors[role].name}. ${actors[role].view}`;
    const objectivesText =
      role === 'watch' ? '' : ` Your objectives: ${actors[role].objectives.map((o) => `${o.text} (${o.weight} points)`).join('; ')}.`;
    announceScene(
      'Briefing',
      `Briefing, North 2023. Seed code: ${setup.seed}, difficulty ${setup.difficulty}. ${roleText}${objectivesText} The map: ${map.describe()} Press Begin to start, or B.`,
    );
    void othersBox;
  }

  /**
   * Hot-seat: who plays which role (left, under the map), every player's
   * objectives (right, scrollable), then the situation and the actors the
   * computer plays.
   */
  private createHotseat(setup: GameSetup, players: readonly ActorId[]): void {
    addBackdrop(this);
    const maxSeed = 32;
    const seedShown = setup.seed.length > maxSeed ? `${setup.seed.slice(0, maxSeed)}…` : setup.seed;
    const difficulty = setup.difficulty[0]?.toUpperCase() + setup.difficulty.slice(1);
    const header = new HeaderBar(this, {
      title: 'Briefing · North 2023 · hot-seat',
      right: `${players.length} players   |   Seed: ${seedShown}   |   ${difficulty}`,
    });
    const back = () => openScene(this, 'HotseatSetup');
    const begin = () => {
      beginSession(setup);
      // The first player's screen stays hidden until they unlock it.
      this.scene.start('PassDevice');
    };
    const group = new FocusGroup(this, { onEscape: back });
    const ai = ACTOR_IDS.filter((id) => !players.includes(id));

    // Left: the map, and who plays which role under it.
    const top = header.barHeight + 10;
    const map = new NorthMap(this, 16, top, startMapState());
    const roleY = top + 450 + 10;
    const roleH = 720 - roleY - 30;
    const panel = new Panel(this, {
      x: 16,
      y: roleY,
      width: 800,
      height: roleH,
      title: `Who plays which role · ${players.length} players at this screen`,
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
      const chip = new Chip(this, { x, y: y + 1, text: ACTOR_STYLE[id].tag, color: ACTOR_STYLE[id].color, minWidth: 52 });
      const t = this.add.text(
        x + 62,
        y,
        `Player ${i + 1}: ${cols > 2 ? actors[id].short : actors[id].name}`,
        textStyle('small', { fontStyle: 'bold' }),
      );
      fitTextWidth(t, colW - 70);
      panel.add([chip, t]);
    });
    const note = addWrappedText(
      this,
      inner.x,
      inner.y + rows * rowH + 6,
      `Each turn the device goes round in this order; each player chooses in private. The orders are revealed together once everyone has chosen. The computer plays ${ai.length ? ai.map((id) => actors[id].short).join(', ') : 'nobody else'}.`,
      inner.width,
      'tiny',
      { color: css(COLORS.textMuted) },
    );
    fitTextHeight(note, inner.y + inner.height + 6 - note.y);
    panel.add(note);

    // Right: every player's objectives, then the situation and the computer's actors.
    const rx = 832;
    const rw = GAME_WIDTH - rx - 16;
    const objBlocks: ScrollBlock[] = [{ text: 'Each player’s objectives', kind: 'h3' }];
    for (const id of players) {
      objBlocks.push({ text: `${ACTOR_STYLE[id].tag} · ${actors[id].name}`, kind: 'label', color: COLORS.text, gapBefore: 12 });
      for (const o of actors[id].objectives)
        objBlocks.push({ text: `${o.weight} pts · ${o.text}`, kind: 'tiny', color: COLORS.text, indent: 8, gapBefore: 2 });
    }
    const objH = 300;
    const objectives = group.add(
      new ScrollText(this, { x: rx, y: top, width: rw, height: objH, blocks: objBlocks, label: 'Each player’s objectives' }),
    );

    const scenario = findScenario(setup.scenarioId);
    const blocks: ScrollBlock[] = [{ text: 'The situation', kind: 'h3' }];
    for (const p of scenario?.briefing ?? []) blocks.push({ text: p, kind: 'tiny', color: COLORS.text, gapBefore: 8 });
    blocks.push({ text: 'What each player wants', kind: 'h3', gapBefore: 18 });
    for (const id of players) {
      blocks.push({ text: `${ACTOR_STYLE[id].tag} · ${actors[id].name} (player)`, kind: 'label', color: COLORS.text, gapBefore: 10 });
      blocks.push({ text: actors[id].view, kind: 'tiny', color: COLORS.textMuted, gapBefore: 2 });
    }
    if (ai.length) {
      blocks.push({ text: 'Played by the computer', kind: 'h3', gapBefore: 18 });
      for (const id of ai) {
        blocks.push({ text: `${ACTOR_STYLE[id].tag} · ${actors[id].name}`, kind: 'label', color: COLORS.text, gapBefore: 10 });
        blocks.push({ text: actors[id].view, kind: 'tiny', color: COLORS.textMuted, gapBefore: 2 });
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
        label: 'The situation and the actors',
      }),
    );

    const by = 720 - 30 - 56 + 4;
    group.add(new Button(this, { x: rx, y: by, width: 160, height: 52, label: 'Back', hint: '[Esc]', onActivate: back }));
    const beginButton = group.add(
      new Button(this, {
        x: rx + 172,
        y: by,
        width: rw - 172,
        height: 52,
        label: 'Begin',
        variant: 'primary',
        hotkey: 'b',
        fontSize: FONT.body,
        onActivate: begin,
      }),
    );
    group.focusFirst(beginButton);
    addKeyHelp(this, 'Tab or arrow keys: move · arrows scroll the list when it is focused · Enter: choose · Esc: back');

    const who = players.map((id, i) => `player ${i + 1}, ${actors[id].name}`).join('; ');
    const aims = players
      .map((id) => `${actors[id].short}: ${actors[id].objectives.map((o) => `${o.text} (${o.weight} points)`).join('; ')}`)
      .join('. ');
    announceScene(
      'Briefing',
      `Briefing, North 2023, hot-seat for ${players.length} players: ${playerNames(players)}. Seed code: ${setup.seed}, difficulty ${setup.difficulty}. Who plays which role: ${who}. The computer plays the others. Objectives. ${aims}. The map: ${map.describe()} Press Begin to start, or B: the device then goes to ${actors[players[0] ?? 'serbia'].short} first.`,
    );
    void objectives;
    void situation;
  }
}
