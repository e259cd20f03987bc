import * as Phaser from 'phaser';
import { announceScene } from '../ui/announcer';
import { addClassJoinEntry } from '../ui/class-student';
import { messages } from '../ui/i18n';
import { openScene } from '../ui/lazy-scenes';
import { addUpdatePrompt } from '../ui/offline-prompt';
import { REPLAY_LINK_NAME, takeReplayLink } from '../ui/replay-link';
import { savedGameCount } from '../ui/save-store';
import { defaultCard, loadAllScenarios } from '../ui/scenario-source';
import { maxPlayers, playableActors, scenarioSpan } from '../ui/session';
import { setTextBox } from '../ui/text-fit';
import { TextLayer } from '../ui/text-layer';
import { actorColor, actorTag, COLORS, css, FONT, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, type ButtonConfig, FocusGroup } from '../ui/widgets';
import { addClassGameEntry } from './components/ClassGameEntry';
import { addLanguageChoice } from './components/LanguageChoice';

/** The performance mark set when the title screen has been drawn. */
export const TITLE_DRAWN_MARK = 'flashpoint:title-drawn';

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
    // The scenario a new game starts with: its actors make the band, its span the footer.
    const scenario = defaultCard();
    const m = messages(scenario);
    const title = m.t('title.game');
    const subtitle = m.t('title.subtitle');

    // The title, a quiet band of the actors' colours with each one's tag
    // below, and the subtitle: fixed lines, drawn together as one image.
    const head = new TextLayer(this, 140, 80, GAME_WIDTH - 280, 170);
    head.text(cx, 118, title, textStyle('display'), 0.5, 0.5);
    const bandW = scenario.actorIds.length * 72;
    const band = this.add.graphics();
    scenario.actorIds.forEach((id, i) => {
      const x = cx - bandW / 2 + i * 72;
      band.fillStyle(actorColor(scenario, id), 1);
      band.fillRect(x + 4, 164, 64, 4);
      head.text(x + 36, 174, actorTag(m, id), textStyle('tiny', { color: css(COLORS.textDim), fontSize: `${FONT.tiny - 2}px` }), 0.5, 0);
    });
    head.text(cx, 226, subtitle, textStyle('h3', { fontStyle: 'normal', color: css(COLORS.textMuted) }), 0.5, 0.5);
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
    this.add.text(leftX, headY, m.t('title.column.play'), textStyle('label'));
    this.add.text(rightX, headY, m.t('title.column.learn'), textStyle('label'));
    const savedCount = savedGameCount();
    const saved = savedCount > 0;
    const button = (col: 0 | 1, row: number, cfg: Omit<ButtonConfig, 'x' | 'y' | 'width' | 'height'>) =>
      group.add(new Button(this, { x: col === 0 ? leftX : rightX, y: top + row * (h + gap), width: w, height: h, ...cfg }));

    const newGame = button(0, 0, {
      label: m.t('title.new-game'),
      hotkey: '1',
      variant: 'primary',
      onActivate: () => openScene(this, 'Setup'),
    });
    button(0, 1, {
      label: m.t('title.continue'),
      hotkey: '2',
      disabled: !saved,
      ...(saved ? { description: m.t('title.continue.saved', { count: savedCount }) } : { disabledNote: m.t('title.continue.none') }),
      onActivate: () => openScene(this, 'SavedGames'),
    });
    button(0, 2, {
      label: m.t('title.load-replay'),
      hotkey: '3',
      description: m.t('title.load-replay.description'),
      onActivate: () => openScene(this, 'ReplayViewer'),
    });
    button(1, 0, {
      label: m.t('title.class-debrief'),
      hotkey: '4',
      description: m.t('title.class-debrief.description'),
      onActivate: () => openScene(this, 'ClassDebrief'),
    });
    button(1, 1, {
      label: m.t('title.actors'),
      hotkey: '5',
      description: m.t('title.actors.description'),
      onActivate: () => openScene(this, 'ActorMind'),
    });
    button(1, 2, {
      label: m.t('title.teachers'),
      hotkey: '6',
      description: m.t('title.teachers.description'),
      onActivate: () => openScene(this, 'TeacherGuide'),
    });
    button(1, 3, { label: m.t('title.sources'), hotkey: '7', onActivate: () => openScene(this, 'Sources') });
    button(0, 3, {
      label: m.t('title.whatif'),
      hotkey: '8',
      description: m.t('title.whatif.description'),
      onActivate: () => openScene(this, 'WhatIf'),
    });
    button(1, 4, {
      label: m.t('story.open'),
      hotkey: '9',
      onActivate: () => openScene(this, 'Background', { mode: 'browse', returnTo: 'Title' }),
    });
    // The language, top right, named in itself; choosing one draws the title again in it.
    addLanguageChoice(this, group, () => this.scene.restart());
    // A page from a class server offers joining a class game (src/ui/class-student.ts).
    addClassJoinEntry(this, group);
    group.focusFirst(newGame);
    // A new version of the game, if one waits, is offered here and only here (src/ui/offline-prompt.ts).
    addUpdatePrompt(this, group);
    // Loaded from a class server: a class game, top left (nothing new on a static host).
    addClassGameEntry(this, group);

    // A line under the play column about what a game is.
    // Wrapped to the column, so a longer language takes another line rather than running under the buttons beside it.
    const aboutLine = this.add.text(
      leftX,
      top + 4 * (h + gap) + 6,
      m.t('title.about-line', {
        roles: playableActors(scenario).length,
        players: maxPlayers(scenario),
        turns: scenario.lastTurn,
        days: scenario.daysPerTurn,
      }),
      textStyle('tiny', { color: css(COLORS.textDim), wrap: w }),
    );
    setTextBox(aboutLine, w);

    addKeyHelp(this, m.t('title.keys'));
    this.add
      .text(
        SPACE.lg,
        this.scale.height - SPACE.sm,
        m.t('title.scenario-line', { scenario: m.t('scenario.name'), span: scenarioSpan(m, scenario) }),
        textStyle('tiny', { color: css(COLORS.textDim) }),
      )
      .setOrigin(0, 1);

    // A standard performance mark when the title is first on screen (the start-up benchmark reads it).
    // Once it is, the whole scenarios load, so New game finds them ready.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      performance.mark(TITLE_DRAWN_MARK);
      void loadAllScenarios();
    });
    announceScene(
      'Title',
      m.t('title.announce', {
        title,
        subtitle,
        newGame: m.t('title.new-game'),
        continue: m.t('title.continue'),
        saved: savedCount,
        loadReplay: m.t('title.load-replay'),
        classDebrief: m.t('title.class-debrief'),
        actors: m.t('title.actors'),
        teachers: m.t('title.teachers'),
      }),
    );
  }
}
