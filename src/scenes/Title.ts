import * as Phaser from 'phaser';
import { ACTOR_IDS } from '../sim/types';
import { announceScene } from '../ui/announcer';
import { openScene } from '../ui/lazy-scenes';
import { REPLAY_LINK_NAME, takeReplayLink } from '../ui/replay-link';
import { savedGameCount } from '../ui/save-store';
import { TextLayer } from '../ui/text-layer';
import { ACTOR_STYLE, COLORS, css, FONT, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, type ButtonConfig, FocusGroup } from '../ui/widgets';

export const GAME_TITLE = 'Flashpoint: North Kosovo';
/** The performance mark set when the title screen has been drawn. */
export const TITLE_DRAWN_MARK = 'flashpoint:title-drawn';
export const GAME_SUBTITLE = 'A classroom simulation of the 2023 crisis in northern Kosovo';

/**
 * Title screen, in two columns: play (New game, Continue, Load replay) and
 * learn and teach (Class debrief, How the actors think, For teachers, Sources & about).
 */
export class Title extends Phaser.Scene {
  constructor() {
    super('Title');
  }

  create(): void {
    // A replay link (?replay=…) opens the viewer straight away, once per page load.
    const link = takeReplayLink();
    if (link !== null) {
      openScene(this, 'ReplayViewer', { text: link, name: REPLAY_LINK_NAME });
      return;
    }

    addBackdrop(this);
    const cx = GAME_WIDTH / 2;

    // The title, a quiet band of the eight actors' colours with each one's tag
    // below, and the subtitle: fixed lines, drawn together as one image.
    const head = new TextLayer(this, 140, 80, GAME_WIDTH - 280, 170);
    head.text(cx, 118, GAME_TITLE, textStyle('display'), 0.5, 0.5);
    const bandW = 8 * 72;
    const band = this.add.graphics();
    ACTOR_IDS.forEach((id, i) => {
      const x = cx - bandW / 2 + i * 72;
      band.fillStyle(ACTOR_STYLE[id].color, 1);
      band.fillRect(x + 4, 164, 64, 4);
      head.text(
        x + 36,
        174,
        ACTOR_STYLE[id].tag,
        textStyle('tiny', { color: css(COLORS.textDim), fontSize: `${FONT.tiny - 2}px` }),
        0.5,
        0,
      );
    });
    head.text(cx, 226, GAME_SUBTITLE, textStyle('h3', { fontStyle: 'normal', color: css(COLORS.textMuted) }), 0.5, 0.5);
    head.show();

    const group = new FocusGroup(this);
    const w = 400;
    const h = 56;
    const gap = 14;
    const colGap = 40;
    const leftX = cx - colGap / 2 - w;
    const rightX = cx + colGap / 2;
    const top = 300;
    const headY = top - 30;
    this.add.text(leftX, headY, 'PLAY', textStyle('label'));
    this.add.text(rightX, headY, 'LEARN AND TEACH', textStyle('label'));
    const savedCount = savedGameCount();
    const saved = savedCount > 0;
    const button = (col: 0 | 1, row: number, cfg: Omit<ButtonConfig, 'x' | 'y' | 'width' | 'height'>) =>
      group.add(new Button(this, { x: col === 0 ? leftX : rightX, y: top + row * (h + gap), width: w, height: h, ...cfg }));

    const newGame = button(0, 0, { label: 'New game', hotkey: '1', variant: 'primary', onActivate: () => openScene(this, 'Setup') });
    button(0, 1, {
      label: 'Continue',
      hotkey: '2',
      disabled: !saved,
      ...(saved ? { description: `${savedCount} saved game${savedCount === 1 ? '' : 's'}` } : { disabledNote: 'no saved game yet' }),
      onActivate: () => openScene(this, 'SavedGames'),
    });
    button(0, 2, {
      label: 'Load replay',
      hotkey: '3',
      description: 'step through a replay file, check it, take over from any turn',
      onActivate: () => openScene(this, 'ReplayViewer'),
    });
    button(1, 0, {
      label: 'Class debrief',
      hotkey: '4',
      description: 'compare the replay files of a whole class',
      onActivate: () => openScene(this, 'ClassDebrief'),
    });
    button(1, 1, {
      label: 'How the actors think',
      hotkey: '5',
      description: 'each actor’s postures and what makes it change',
      onActivate: () => openScene(this, 'ActorMind'),
    });
    button(1, 2, {
      label: 'For teachers',
      hotkey: '6',
      description: 'lesson plans and how to run the game with a class',
      onActivate: () => openScene(this, 'TeacherGuide'),
    });
    button(1, 3, { label: 'Sources & about', hotkey: '7', onActivate: () => openScene(this, 'Sources') });
    button(0, 3, {
      label: 'What if? (thousands of games)',
      hotkey: '8',
      description: 'play many games at once and see how they end',
      onActivate: () => openScene(this, 'WhatIf'),
    });
    group.focusFirst(newGame);

    // A line under the play column about what a game is.
    this.add.text(
      leftX,
      top + 4 * (h + gap) + 6,
      'Five roles to play alone, up to eight at one screen ·\n20 turns of three days · seeded, verifiable replays',
      textStyle('tiny', { color: css(COLORS.textDim) }),
    );

    addKeyHelp(this, 'Tab or arrow keys: move · Enter or Space: choose · 1–8: shortcuts');
    this.add
      .text(
        SPACE.lg,
        this.scale.height - SPACE.sm,
        'Scenario: North 2023 · April–June 2023',
        textStyle('tiny', { color: css(COLORS.textDim) }),
      )
      .setOrigin(0, 1);

    // A standard performance mark when the title is first on screen (the start-up benchmark reads it).
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark(TITLE_DRAWN_MARK));
    announceScene(
      'Title',
      `${GAME_TITLE}. ${GAME_SUBTITLE}. Play: New game, key 1; ${saved ? `Continue (${savedCount} saved), key 2; ` : ''}Load replay, key 3. Learn and teach: Class debrief, key 4; How the actors think, key 5; For teachers, key 6; Sources and about, key 7. What if, many games at once, key 8.`,
    );
  }
}
