import * as Phaser from 'phaser';
import { turnsPlayed } from '../sim/lengths';
import { scenarioYear } from '../text/dates';
import { actorName, rungName } from '../text/describe';
import { announce, announceScene } from '../ui/announcer';
import { branchOrigin, isBranchOf } from '../ui/branch';
import { downloadText } from '../ui/download';
import { openScene } from '../ui/lazy-scenes';
import { activeSession, type PlaySession } from '../ui/play';
import { storyParts } from '../ui/story';
import { ellipsize, fitTextWidth } from '../ui/text-fit';
import { actorColor, actorTag, COLORS, css, FONT, FONT_FAMILY, GAME_WIDTH, RADIUS, SPACE, STROKE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, Chip, FocusGroup, HeaderBar, type ScrollBlock, ScrollText } from '../ui/widgets';
import { ScrollColumns } from './components/ScrollColumns';

const TOP = 60;
const BAND_H = 96;
const MAIN_Y = TOP + BAND_H + 10;
const BUTTONS_Y = 720 - 30 - 52;
const MAIN_H = BUTTONS_Y - 10 - MAIN_Y;
const SCORES_W = 372;
const TIMELINE_X = 16 + SCORES_W + 10;
const QUESTIONS_W = 350;
const QUESTIONS_X = GAME_WIDTH - 16 - QUESTIONS_W;
const TIMELINE_W = QUESTIONS_X - 10 - TIMELINE_X;
/** Below the timeline: the button to its sources. */
const LINKS_H = 42;

/** After the game: outcome, every actor's score, this game beside 2023, questions, the verification code, export. */
export class Debrief extends Phaser.Scene {
  constructor() {
    super('Debrief');
  }

  create(): void {
    const session = activeSession();
    if (!session) {
      this.scene.start('Title');
      return;
    }
    const d = session.debrief();
    const sc = session.scenario;
    const m = session.messages;
    const hotseat = session.isHotseat;
    // Hot-seat: nobody is "you"; the players are listed first and marked "(player)".
    const role = hotseat ? null : session.role;
    const players = session.players;
    addBackdrop(this);
    new HeaderBar(this, {
      title: m.t('debrief.title', { scenario: m.t('scenario.name') }),
      right: m.t('debrief.right', {
        mode: hotseat ? 'hotseat' : role ? 'role' : 'watch',
        players: players.length,
        actor: role ? actorName(m, role) : '',
        seed: clip(session.setup.seed, 28),
        difficulty: session.setup.difficulty,
      }),
    });
    const group = new FocusGroup(this, { onEscape: () => this.scene.start('Title') });

    // Band: the outcome, and the verification code.
    const codeW = 380;
    const codeX = GAME_WIDTH - 16 - codeW;
    const s = session.state;
    const outcomeColor = d.outcome === 'war' ? COLORS.bad : d.outcome === 'settlement' ? COLORS.good : COLORS.warn;
    const band = this.add.graphics();
    band.fillStyle(COLORS.panel, 1);
    band.fillRoundedRect(16, TOP, codeX - 10 - 16, BAND_H, RADIUS.md);
    band.fillStyle(outcomeColor, 1);
    band.fillRoundedRect(16, TOP, 6, BAND_H, { tl: RADIUS.md, bl: RADIUS.md, tr: 0, br: 0 });
    const head = this.add.text(
      36,
      TOP + 10,
      m.t('debrief.outcome', { outcome: d.outcome ?? 'none', headline: d.headline }),
      textStyle('h3', { wrap: codeX - 10 - 16 - 40 }),
    );
    if (head.height > 56) head.setFontSize(FONT.body);
    const c = s.casualties;
    const mine = role ? d.scores.find((x) => x.actor === role) : null;
    const injured = sc.casualtyGroups
      .map((g) => m.t('debrief.casualties.group', { group: m.t(`casualties.${g}.group`), injured: c[g]?.injured ?? 0 }))
      .join(m.t('debrief.comma'));
    const facts = m.t('debrief.facts', {
      turns: turnsPlayed(sc, s),
      rung: s.rung,
      name: rungName(m, s.rung),
      peak: s.peakRung,
      injured,
      killed: sc.casualtyGroups.reduce((sum, g) => sum + (c[g]?.killed ?? 0), 0),
    });
    const factText = this.add.text(36, TOP + BAND_H - 30, facts, textStyle('tiny', { color: css(COLORS.textMuted) }));
    // Long languages shrink the line a little before anything is cut.
    fitTextWidth(factText, codeX - 10 - 16 - 40, 12);
    ellipsize(factText, codeX - 10 - 16 - 40);

    const box = this.add.graphics();
    box.fillStyle(COLORS.bgRaised, 1);
    box.fillRoundedRect(codeX, TOP, codeW, BAND_H, RADIUS.md);
    box.lineStyle(STROKE.normal, COLORS.info, 1);
    box.strokeRoundedRect(codeX + 1, TOP + 1, codeW - 2, BAND_H - 2, RADIUS.md);
    this.add.text(codeX + SPACE.md, TOP + 8, m.t('debrief.code'), textStyle('label'));
    this.add.text(codeX + SPACE.md, TOP + 28, d.verification, {
      fontFamily: FONT_FAMILY,
      fontSize: `${FONT.h1}px`,
      fontStyle: 'bold',
      color: css(COLORS.text),
    });
    this.add.text(codeX + SPACE.md, TOP + BAND_H - 24, m.t('debrief.code.note'), textStyle('tiny'));

    // Scores: a bar per actor (the player's first), then every objective (scrollable).
    // Kept to its column: in Serbian it ran under the timeline beside it.
    fitTextWidth(this.add.text(16, MAIN_Y, m.t('debrief.scores'), textStyle('label')), SCORES_W, FONT.tiny);
    const rank = (a: (typeof d.scores)[number]) => (players.includes(a.actor) ? 0 : 1);
    const order = [...d.scores].sort((a, b) => rank(a) - rank(b));
    const barsY = MAIN_Y + 26;
    const rowH = 24;
    const bars = this.add.graphics();
    order.forEach((score, i) => {
      const y = barsY + i * rowH;
      new Chip(this, { x: 16, y: y + 1, text: actorTag(m, score.actor), color: actorColor(sc, score.actor), minWidth: 50 });
      const human = players.includes(score.actor);
      const name = this.add.text(
        74,
        y,
        m.t('debrief.score.name', { name: actorName(m, score.actor), mark: human ? (hotseat ? 'player' : 'you') : 'none' }),
        textStyle('tiny', { color: css(COLORS.text), fontStyle: human ? 'bold' : 'normal' }),
      );
      ellipsize(name, 120);
      const bx = 200;
      const bw = SCORES_W - (bx - 16) - 40;
      bars.fillStyle(COLORS.bar, 1);
      bars.fillRoundedRect(bx, y + 6, bw, 10, 5);
      bars.fillStyle(actorColor(sc, score.actor), 1);
      if (score.score > 0) bars.fillRoundedRect(bx, y + 6, Math.max(10, (bw * score.score) / 100), 10, 5);
      bars.lineStyle(1, COLORS.bg, 0.8);
      for (const q of [0.25, 0.5, 0.75]) bars.lineBetween(bx + bw * q, y + 7, bx + bw * q, y + 15);
      this.add.text(16 + SCORES_W, y, String(score.score), textStyle('small', { fontStyle: 'bold' })).setOrigin(1, 0);
    });
    const objY = barsY + order.length * rowH + 8;
    const objectives = group.add(
      new ScrollText(this, {
        x: 16,
        y: objY,
        width: SCORES_W,
        height: MAIN_Y + MAIN_H - objY,
        blocks: this.objectiveBlocks(session, order),
        label: m.t('debrief.objectives.label'),
      }),
    );

    // Timeline: this game beside 2023.
    const timeline = group.add(
      new ScrollColumns(this, {
        x: TIMELINE_X,
        y: MAIN_Y,
        width: TIMELINE_W,
        height: MAIN_H - LINKS_H,
        titles: [m.t('debrief.timeline.game'), m.t('debrief.timeline.history')],
        rows: d.timeline.map((r) => ({
          heading: m.t('debrief.timeline.turn', { turn: r.turn, dates: r.dates }),
          left: [...r.decisions, ...r.game],
          right: r.history.length
            ? r.history.map((h) => m.t('debrief.timeline.item', { date: m.t(`history.${h.id}.date`), text: m.t(`history.${h.id}.text`) }))
            : ['—'],
        })),
        label: m.t('debrief.timeline.label'),
      }),
    );
    // The history column's sources ("2023 sources"), as links that open in a new tab (the Sources screen, listing them first).
    group.add(
      new Button(this, {
        x: TIMELINE_X,
        y: MAIN_Y + MAIN_H - LINKS_H + 6,
        width: TIMELINE_W,
        height: LINKS_H - 6,
        label: m.t('weblinks.button.timeline', { year: scenarioYear(sc) }),
        hotkey: 's',
        fontSize: FONT.small,
        onActivate: () => openScene(this, 'Sources', { returnTo: 'Debrief', timeline: true }),
      }),
    );

    // Questions.
    const qBlocks: ScrollBlock[] = [{ text: m.t('debrief.questions'), kind: 'h3' }];
    d.questions.forEach((q, i) =>
      qBlocks.push({ text: m.t('debrief.question', { n: i + 1, text: q }), kind: 'small', color: COLORS.text, gapBefore: 10 }),
    );
    // Under the questions: what happened after the game's period, when the scenario tells it (history helper).
    const epilogue = storyParts(sc).includes('epilogue');
    const epilogueH = epilogue ? 48 : 0;
    const questions = group.add(
      new ScrollText(this, {
        x: QUESTIONS_X,
        y: MAIN_Y,
        width: QUESTIONS_W,
        height: MAIN_H - (epilogue ? epilogueH + 8 : 0),
        blocks: qBlocks,
        label: m.t('debrief.questions'),
      }),
    );
    if (epilogue)
      group.add(
        new Button(this, {
          x: QUESTIONS_X,
          y: MAIN_Y + MAIN_H - epilogueH,
          width: QUESTIONS_W,
          height: epilogueH,
          label: m.t('story.open.epilogue'),
          hotkey: 'w',
          onActivate: () => openScene(this, 'Background', { mode: 'browse', part: 'epilogue', returnTo: 'Debrief' }),
        }),
      );

    // Buttons: five in a row (a taken-over game compares endings instead of writing a replay file).
    const bw = (GAME_WIDTH - 32 - 4 * 12) / 5;
    const at = (i: number) => 16 + i * (bw + 12);
    const origin = branchOrigin();
    const branch = session.setup.branchOf;
    const download = group.add(
      new Button(this, {
        x: at(0),
        y: BUTTONS_Y,
        width: bw,
        height: 52,
        label: m.t('debrief.button.download'),
        hotkey: 'd',
        onActivate: () => this.download(session),
        disabled: Boolean(branch),
        ...(branch ? { disabledNote: m.t('debrief.download.taken-over') } : {}),
      }),
    );
    group.add(
      new Button(this, {
        x: at(1),
        y: BUTTONS_Y,
        width: bw,
        height: 52,
        label: m.t('debrief.button.print'),
        hotkey: 'p',
        onActivate: () => this.print(session),
      }),
    );
    const compare = origin && isBranchOf(origin, session.state) ? origin : null;
    group.add(
      new Button(this, {
        x: at(2),
        y: BUTTONS_Y,
        width: bw,
        height: 52,
        label: m.t('debrief.button.compare'),
        hotkey: 'c',
        disabled: !compare,
        ...(compare ? {} : { disabledNote: m.t(branch ? 'debrief.compare.not-loaded' : 'debrief.compare.taken-over-only') }),
        onActivate: () =>
          compare &&
          openScene(this, 'BranchCompare', {
            original: compare.finalState,
            branch: session.state,
            fromTurn: compare.fromTurn,
            returnTo: 'Debrief',
          }),
      }),
    );
    group.add(
      new Button(this, {
        x: at(3),
        y: BUTTONS_Y,
        width: bw,
        height: 52,
        label: m.t('debrief.button.new'),
        hotkey: 'n',
        variant: 'primary',
        onActivate: () => this.scene.start('Setup'),
      }),
    );
    group.add(
      new Button(this, {
        x: at(4),
        y: BUTTONS_Y,
        width: bw,
        height: 52,
        label: m.t('common.title'),
        hotkey: 't',
        hint: m.t('common.key.t'),
        onActivate: () => this.scene.start('Title'),
      }),
    );
    group.focusFirst(branch ? undefined : download);
    addKeyHelp(this, m.t('debrief.key-help', { year: scenarioYear(sc) }));

    if (typeof document !== 'undefined') document.body.dataset.verification = d.verification;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      if (typeof document !== 'undefined') delete document.body.dataset.verification;
    });
    void objectives;
    void timeline;
    void questions;

    const comma = m.t('debrief.comma');
    const scoreText = order.map((x) => m.t('debrief.spoken.score', { actor: actorName(m, x.actor), score: x.score })).join(comma);
    const playersText = order
      .filter((x) => players.includes(x.actor))
      .map((x) => m.t('debrief.spoken.player-score', { actor: actorName(m, x.actor), score: x.score }))
      .join(comma);
    announceScene(
      'Debrief',
      m.t('debrief.spoken', {
        headline: d.headline,
        hasMine: mine ? 'yes' : 'no',
        mine: mine?.score ?? 0,
        hotseat: hotseat ? 'yes' : 'no',
        players: playersText,
        scores: scoreText,
        questions: d.questions.join(' '),
        code: d.verification,
      }),
    );
  }

  private objectiveBlocks(session: PlaySession, order: ReturnType<PlaySession['debrief']>['scores']): ScrollBlock[] {
    const m = session.messages;
    const blocks: ScrollBlock[] = [];
    order.forEach((score, i) => {
      const tag = actorTag(m, score.actor);
      const name = actorName(m, score.actor);
      const mark = session.players.includes(score.actor) ? (session.isHotseat ? 'player' : 'you') : 'none';
      blocks.push({
        text: m.t('debrief.objectives.head', { who: tag === name ? name : m.t('debrief.who', { tag, name }), mark, score: score.score }),
        kind: 'label',
        color: COLORS.text,
        gapBefore: i === 0 ? 0 : 10,
      });
      for (const o of score.objectives) {
        const mark = o.points >= o.weight ? '✓' : o.points > 0 ? '◐' : '✗';
        blocks.push({
          text: m.t('debrief.objective', { mark, points: o.points, weight: o.weight, text: m.t(`objective.${score.actor}.${o.id}`) }),
          kind: 'tiny',
          color: o.points >= o.weight ? COLORS.text : COLORS.textMuted,
          indent: 8,
          gapBefore: 2,
        });
      }
    });
    if (session.state.outcome === 'war') blocks.push({ text: m.t('debrief.war-penalty'), kind: 'tiny', color: COLORS.warn, gapBefore: 10 });
    return blocks;
  }

  private print(session: PlaySession): void {
    // Hot-seat: the page names every player (the state's human roles). The print view loads on first use.
    void import('../ui/print').then((p) => p.printGame({ state: session.state, role: session.isHotseat ? null : session.role }));
    announce(session.messages.t('debrief.print.spoken', { year: scenarioYear(session.scenario) }));
  }

  private download(session: PlaySession): void {
    const name = session.replayFileName();
    downloadText(name, session.replayText(), 'application/json');
    announce(session.messages.t('debrief.download.spoken', { file: name, code: session.verification() }));
  }
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
