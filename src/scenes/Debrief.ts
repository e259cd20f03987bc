import * as Phaser from 'phaser';
import { announce, announceScene } from '../ui/announcer';
import { branchOrigin, isBranchOf } from '../ui/branch';
import { downloadText } from '../ui/download';
import { openScene } from '../ui/lazy-scenes';
import { activeSession, type PlaySession } from '../ui/play';
import { ellipsize } from '../ui/text-fit';
import { ACTOR_STYLE, COLORS, css, FONT, FONT_FAMILY, GAME_WIDTH, RADIUS, SPACE, STROKE, textStyle } from '../ui/theme';
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

/** A file name made from the seed: letters, digits, dot, dash and underscore only. */
export function replayFileName(seed: string): string {
  const safe =
    seed
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'game';
  return `flashpoint-${safe}.replay.json`;
}

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
    const hotseat = session.isHotseat;
    // Hot-seat: nobody is "you"; the players are listed first and marked "(player)".
    const role = hotseat ? null : session.role;
    const players = session.players;
    addBackdrop(this);
    new HeaderBar(this, {
      title: `Debrief · ${sc.title.split(':')[0]}`,
      right: `${hotseat ? `Hot-seat · ${players.length} players` : role ? `You played ${sc.actors[role].short}` : 'Watched (all AI)'} · seed ${clip(session.setup.seed, 28)} · ${session.setup.difficulty}`,
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
    const outcomeWord = d.outcome === 'war' ? 'WAR' : d.outcome === 'settlement' ? 'SETTLEMENT' : 'UNRESOLVED';
    const head = this.add.text(36, TOP + 10, `${outcomeWord} · ${d.headline}`, textStyle('h3', { wrap: codeX - 10 - 16 - 40 }));
    if (head.height > 56) head.setFontSize(FONT.body);
    const c = s.casualties;
    const mine = role ? d.scores.find((x) => x.actor === role) : null;
    const facts = [
      `${s.turn} turns`,
      `final rung ${s.rung} (${sc.ladder[s.rung]?.name})`,
      `peak ${s.peakRung}`,
      `injured: KFOR ${c.kfor.injured}, police ${c.police.injured}, civilians ${c.civilians.injured}; killed ${c.kfor.killed + c.police.killed + c.civilians.killed}`,
    ].join(' · ');
    const factText = this.add.text(36, TOP + BAND_H - 30, facts, textStyle('tiny', { color: css(COLORS.textMuted) }));
    ellipsize(factText, codeX - 10 - 16 - 40);

    const box = this.add.graphics();
    box.fillStyle(COLORS.bgRaised, 1);
    box.fillRoundedRect(codeX, TOP, codeW, BAND_H, RADIUS.md);
    box.lineStyle(STROKE.normal, COLORS.info, 1);
    box.strokeRoundedRect(codeX + 1, TOP + 1, codeW - 2, BAND_H - 2, RADIUS.md);
    this.add.text(codeX + SPACE.md, TOP + 8, 'VERIFICATION CODE', textStyle('label'));
    this.add.text(codeX + SPACE.md, TOP + 28, d.verification, {
      fontFamily: FONT_FAMILY,
      fontSize: `${FONT.h1}px`,
      fontStyle: 'bold',
      color: css(COLORS.text),
    });
    this.add.text(codeX + SPACE.md, TOP + BAND_H - 24, 'Same seed + same choices = same code', textStyle('tiny'));

    // Scores: a bar per actor (the player's first), then every objective (scrollable).
    this.add.text(16, MAIN_Y, 'SCORES · each against its own aims (0–100)', textStyle('label'));
    const rank = (a: (typeof d.scores)[number]) => (players.includes(a.actor) ? 0 : 1);
    const order = [...d.scores].sort((a, b) => rank(a) - rank(b));
    const barsY = MAIN_Y + 26;
    const rowH = 24;
    const bars = this.add.graphics();
    order.forEach((score, i) => {
      const y = barsY + i * rowH;
      new Chip(this, { x: 16, y: y + 1, text: ACTOR_STYLE[score.actor].tag, color: ACTOR_STYLE[score.actor].color, minWidth: 50 });
      const human = players.includes(score.actor);
      const name = this.add.text(
        74,
        y,
        `${sc.actors[score.actor].short}${human ? (hotseat ? ' (player)' : ' (you)') : ''}`,
        textStyle('tiny', { color: css(COLORS.text), fontStyle: human ? 'bold' : 'normal' }),
      );
      ellipsize(name, 120);
      const bx = 200;
      const bw = SCORES_W - (bx - 16) - 40;
      bars.fillStyle(COLORS.bar, 1);
      bars.fillRoundedRect(bx, y + 6, bw, 10, 5);
      bars.fillStyle(ACTOR_STYLE[score.actor].color, 1);
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
        label: 'Objectives of every actor',
      }),
    );

    // Timeline: this game beside 2023.
    const timeline = group.add(
      new ScrollColumns(this, {
        x: TIMELINE_X,
        y: MAIN_Y,
        width: TIMELINE_W,
        height: MAIN_H,
        titles: ['THIS GAME', 'WHAT HAPPENED IN 2023'],
        rows: d.timeline.map((r) => ({
          heading: `Turn ${r.turn} · ${r.dates}`,
          left: r.game.length ? r.game : ['(nothing notable)'],
          right: r.history.length ? r.history.map((h) => `${h.date}: ${h.text}`) : ['—'],
        })),
        label: 'Timeline: this game beside 2023',
      }),
    );

    // Questions.
    const qBlocks: ScrollBlock[] = [{ text: 'Questions to discuss', kind: 'h3' }];
    d.questions.forEach((q, i) => qBlocks.push({ text: `${i + 1}. ${q}`, kind: 'small', color: COLORS.text, gapBefore: 10 }));
    const questions = group.add(
      new ScrollText(this, {
        x: QUESTIONS_X,
        y: MAIN_Y,
        width: QUESTIONS_W,
        height: MAIN_H,
        blocks: qBlocks,
        label: 'Questions to discuss',
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
        label: 'Download replay',
        hotkey: 'd',
        onActivate: () => this.download(session),
        disabled: Boolean(branch),
        ...(branch ? { disabledNote: 'not for a taken-over game' } : {}),
      }),
    );
    group.add(
      new Button(this, {
        x: at(1),
        y: BUTTONS_Y,
        width: bw,
        height: 52,
        label: 'Print',
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
        label: 'Compare endings',
        hotkey: 'c',
        disabled: !compare,
        ...(compare ? {} : { disabledNote: branch ? 'original not loaded' : 'for a taken-over game' }),
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
        label: 'New game',
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
        label: 'Title',
        hotkey: 't',
        hint: '[T]',
        onActivate: () => this.scene.start('Title'),
      }),
    );
    group.focusFirst(branch ? undefined : download);
    addKeyHelp(
      this,
      'Tab: move · arrows or Page Up/Down: scroll the focused list · D: replay · P: print · C: compare · N: new game · T or Esc: title',
    );

    if (typeof document !== 'undefined') document.body.dataset.verification = d.verification;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      if (typeof document !== 'undefined') delete document.body.dataset.verification;
    });
    void objectives;
    void timeline;
    void questions;

    const scoreText = order.map((x) => `${sc.actors[x.actor].short} ${x.score}`).join(', ');
    const playersText = hotseat
      ? `Hot-seat players: ${order
          .filter((x) => players.includes(x.actor))
          .map((x) => `${sc.actors[x.actor].short} ${x.score} of 100`)
          .join(', ')}. `
      : '';
    announceScene(
      'Debrief',
      `Debrief. ${d.headline} ${mine ? `Your score: ${mine.score} of 100. ` : ''}${playersText}Scores: ${scoreText}. Questions to discuss: ${d.questions.join(' ')} verification: ${d.verification}`,
    );
  }

  private objectiveBlocks(session: PlaySession, order: ReturnType<PlaySession['debrief']>['scores']): ScrollBlock[] {
    const sc = session.scenario;
    const blocks: ScrollBlock[] = [];
    order.forEach((score, i) => {
      const tag = ACTOR_STYLE[score.actor].tag;
      const name = sc.actors[score.actor].short;
      const mark = session.players.includes(score.actor) ? (session.isHotseat ? ' (player)' : ' (you)') : '';
      blocks.push({
        text: `${tag === name ? name : `${tag} · ${name}`}${mark}: ${score.score} of 100`,
        kind: 'label',
        color: COLORS.text,
        gapBefore: i === 0 ? 0 : 10,
      });
      for (const o of score.objectives) {
        const mark = o.points >= o.weight ? '✓' : o.points > 0 ? '◐' : '✗';
        blocks.push({
          text: `${mark} ${o.points}/${o.weight} ${o.text}`,
          kind: 'tiny',
          color: o.points >= o.weight ? COLORS.text : COLORS.textMuted,
          indent: 8,
          gapBefore: 2,
        });
      }
    });
    if (session.state.outcome === 'war')
      blocks.push({ text: 'After a war every actor keeps only a quarter of its points.', kind: 'tiny', color: COLORS.warn, gapBefore: 10 });
    return blocks;
  }

  private print(session: PlaySession): void {
    // Hot-seat: the page names every player (the state's human roles). The print view loads on first use.
    void import('../ui/print').then((m) => m.printGame({ state: session.state, role: session.isHotseat ? null : session.role }));
    announce(
      'The printable debrief is open: one page with the role, every decision and its reasons, the outcome, the scores and the questions.',
    );
  }

  private download(session: PlaySession): void {
    const name = replayFileName(session.setup.seed);
    downloadText(name, session.replayText(), 'application/json');
    announce(`The replay was saved as ${name}. Anyone can load it to step through this game and check the code ${session.verification()}.`);
  }
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
