// Watching: the computer plays every actor. The bottom row reports the last
// turn; the controls step one turn, or play the turns on their own at a pace.
import * as Phaser from 'phaser';
import { describeEntry, rungName } from '../../text/describe';
import { announce, announceScene } from '../../ui/announcer';
import type { PlaySession, TurnReport, WatchPace } from '../../ui/play';
import { SCENE } from '../../ui/scene-keys';
import { actorTag, COLORS, FONT } from '../../ui/theme';
import { Button, type ButtonConfig, type ScrollBlock, ScrollText } from '../../ui/widgets';
import { ActorsView, CrisisView } from '../components/SidePanels';
import type { GameMode, GameScreen } from './GameMode';
import { BOTTOM_H, BOTTOM_Y, SIDE_H, SIDE_W, SIDE_X, TOP, WATCH_W, WATCH_X } from './layout';
import { addScreenTips } from './screen-tips';

/** Milliseconds between turns when watching on auto-play. */
export const PACE_MS: Record<WatchPace, number> = { slow: 4000, normal: 1800, fast: 250 };
const PACES: WatchPace[] = ['slow', 'normal', 'fast'];
const CRISIS_H = 128;

export class WatchMode implements GameMode {
  private readonly scene: Phaser.Scene;
  private readonly session: PlaySession;
  private readonly crisis: CrisisView;
  private readonly actorsView: ActorsView;
  private readonly report: ScrollText;
  private readonly nextButton: Button;
  private readonly debriefButton: Button;
  private readonly autoButton: Button;
  private readonly speedButton: Button;
  private readonly detailsButton: Button;
  /** The next turn (or the debrief) on auto-play; null when nothing is due. */
  private timer: Phaser.Time.TimerEvent | null = null;

  constructor(private readonly screen: GameScreen) {
    const { scene, session, group } = screen;
    this.scene = scene;
    this.session = session;
    const m = session.messages;
    this.crisis = new CrisisView(scene, SIDE_X, TOP, SIDE_W, CRISIS_H, session.scenario);
    this.actorsView = new ActorsView(
      scene,
      SIDE_X,
      TOP + CRISIS_H + 8,
      SIDE_W,
      SIDE_H - CRISIS_H - 8,
      session.scenario,
      session.panels().map((p) => p.actor),
      m.t('game.watch.actors'),
    );

    const reportW = WATCH_X - 8 - 16;
    this.report = group.add(
      new ScrollText(scene, { x: 16, y: BOTTOM_Y, width: reportW, height: BOTTOM_H, blocks: [], label: m.t('game.watch.report.label') }),
    );
    const h = 42;
    const gap = (BOTTOM_H - h * 4) / 3;
    // A button in the controls' column, rows 0–3; Next turn and Debrief share row 0 (one shows at a time).
    const control = (row: number, label: string, hotkey: string, onActivate: () => void, more: Partial<ButtonConfig> = {}) =>
      group.add(
        new Button(scene, {
          x: WATCH_X,
          y: BOTTOM_Y + row * (h + gap),
          width: WATCH_W,
          height: h,
          label,
          hotkey,
          fontSize: FONT.tiny,
          onActivate,
          ...more,
        }),
      );
    this.nextButton = control(0, m.t('game.watch.next'), 'n', () => this.step(), { variant: 'primary', fontSize: FONT.small });
    this.debriefButton = control(0, m.t('game.watch.debrief'), 'd', () => this.goDebrief(), { variant: 'primary', fontSize: FONT.small });
    this.debriefButton.setVisible(false);
    this.autoButton = control(1, m.t('game.watch.auto.label'), 'p', () => this.toggleAuto(), {
      hint: m.t('game.watch.auto.hint'),
      toggle: true,
      selected: session.watch.auto,
      description: m.t('game.watch.auto.description'),
    });
    this.speedButton = control(2, m.t('game.watch.speed.label'), 's', () => this.cycleSpeed());
    this.detailsButton = control(3, m.t('game.watch.details'), 'r', () => this.openDetails());
    this.syncButtons();
    this.listenForSpace();
    addScreenTips(screen, null, this.actorsView); // newcomer: definitions on hover and focus, after the controls
  }

  /** Space plays and pauses, whatever has the focus (as in a video player). */
  private listenForSpace(): void {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== ' ' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (this.screen.dialogOpen() || !this.scene.sys.isActive()) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (!event.repeat) this.toggleAuto();
    };
    window.addEventListener('keydown', onKey, true);
    this.scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.removeEventListener('keydown', onKey, true);
      this.stopTimer();
    });
  }

  refresh(): void {
    this.crisis.update(this.session.state, this.session.previous());
    this.actorsView.update(this.session.panels());
    this.report.setBlocks(this.reportBlocks());
  }

  start(): void {
    this.screen.group.focusFirst(this.session.watch.auto ? this.autoButton : this.nextButton);
    this.screen.danger.setHome(this.nextButton);
    announceScene(SCENE.Game, [this.screen.danger.spoken(), this.announcement()].filter(Boolean).join(' '));
    if (this.session.watch.auto) this.scheduleNext();
  }

  pause(): void {
    if (this.session.watch.auto) {
      this.session.watch.auto = false;
      this.stopTimer();
      this.syncButtons();
    }
  }

  private stopTimer(): void {
    this.timer?.remove(false);
    this.timer = null;
  }

  private syncButtons(): void {
    const over = this.session.over;
    const watch = this.session.watch;
    const m = this.session.messages;
    this.nextButton.setVisible(!over);
    this.debriefButton.setVisible(over);
    this.autoButton.setSelected(watch.auto);
    this.autoButton.setLabel(m.t('game.watch.auto', { on: watch.auto ? 'yes' : 'no' }));
    this.speedButton.setLabel(m.t('game.watch.speed', { pace: watch.pace }));
    this.detailsButton.setDisabled(this.session.lastPlayedTurn() < 1);
  }

  /** Plays the next turn and shows it. */
  private step(): void {
    this.stopTimer();
    if (this.session.over) {
      this.goDebrief();
      return;
    }
    const { report } = this.session.watchNextTurn();
    this.screen.refresh();
    this.syncButtons();
    announce([this.turnSummary(report), this.screen.danger.spoken()].join(' '));
    if (this.session.over) {
      if (this.session.watch.auto)
        this.timer = this.scene.time.delayedCall(Math.min(PACE_MS[this.session.watch.pace], 1200), () => this.goDebrief());
      else this.screen.group.focus(this.debriefButton);
      return;
    }
    this.scheduleNext();
  }

  private scheduleNext(): void {
    this.stopTimer();
    if (!this.session.watch.auto) return;
    if (this.session.over) {
      this.timer = this.scene.time.delayedCall(600, () => this.goDebrief());
      return;
    }
    this.timer = this.scene.time.delayedCall(PACE_MS[this.session.watch.pace], () => this.step());
  }

  private toggleAuto(): void {
    const w = this.session.watch;
    w.auto = !w.auto;
    this.syncButtons();
    const m = this.session.messages;
    announce(w.auto ? m.t('game.watch.spoken.auto-on', { pace: w.pace }) : m.t('game.watch.spoken.auto-off'));
    if (w.auto) this.scheduleNext();
    else this.stopTimer();
  }

  private cycleSpeed(): void {
    const w = this.session.watch;
    w.pace = PACES[(PACES.indexOf(w.pace) + 1) % PACES.length] ?? 'normal';
    this.syncButtons();
    announce(this.session.messages.t('game.watch.spoken.speed', { pace: w.pace }));
    if (w.auto) this.scheduleNext();
  }

  private openDetails(): void {
    const turn = this.session.lastPlayedTurn();
    if (turn < 1) return;
    this.session.watch.auto = false;
    this.scene.scene.start(SCENE.Resolution, { turn, notice: null });
  }

  private goDebrief(): void {
    this.stopTimer();
    this.scene.scene.start(SCENE.Debrief);
  }

  /** The last turn: every order and why, what happened, the news; before turn 1, the briefing. */
  private reportBlocks(): ScrollBlock[] {
    const session = this.session;
    const m = session.messages;
    const t = session.lastPlayedTurn();
    if (t < 1) {
      const blocks: ScrollBlock[] = [{ text: m.t('game.watch.before.title'), kind: 'h3' }];
      for (const key of session.scenario.briefing) blocks.push({ text: m.t(key), kind: 'small', gapBefore: 6 });
      blocks.push({ text: m.t('game.watch.before.keys'), kind: 'small', color: COLORS.textMuted, gapBefore: 8 });
      return blocks;
    }
    const r = session.report(t);
    const rung = session.state.rung;
    const blocks: ScrollBlock[] = [
      { text: m.t('game.watch.report.title', { turn: t, dates: r.dates, ending: r.ending ? 'yes' : 'no' }), kind: 'h3' },
    ];
    if (r.ending) blocks.push({ text: r.ending, kind: 'small', color: COLORS.warn, gapBefore: 4 });
    blocks.push({
      text: r.ladder ?? m.t('game.watch.report.ladder-stays', { rung, name: rungName(m, rung) }),
      kind: 'small',
      gapBefore: 4,
    });
    blocks.push({ text: m.t('game.watch.report.orders'), kind: 'label', color: COLORS.textMuted, gapBefore: 10 });
    for (const d of r.decisions) {
      const tag = actorTag(m, d.actor);
      const text = m.t('game.watch.report.order', {
        same: tag === d.actorName ? 'yes' : 'no',
        tag,
        name: d.actorName,
        action: d.actionName,
      });
      blocks.push({ text, kind: 'small', color: COLORS.text, gapBefore: 6 });
      blocks.push({ text: d.why, kind: 'tiny', indent: 16, gapBefore: 0 });
    }
    const happened = r.happened;
    if (happened.length) {
      blocks.push({ text: m.t('game.watch.report.happened'), kind: 'label', color: COLORS.textMuted, gapBefore: 10 });
      for (const h of happened) blocks.push({ text: h, kind: 'tiny', color: COLORS.text, gapBefore: 2 });
    }
    if (r.news.length) {
      blocks.push({ text: m.t('game.watch.report.news'), kind: 'label', color: COLORS.textMuted, gapBefore: 10 });
      for (const n of r.news) blocks.push({ text: n, kind: 'tiny', color: COLORS.text, gapBefore: 2 });
    }
    return blocks;
  }

  private turnSummary(r: TurnReport): string {
    const m = this.session.messages;
    const parts = [m.t('game.watch.summary.turn', { turn: r.turn, dates: r.dates })];
    parts.push(r.ladder ?? m.t('game.watch.summary.ladder-stays', { rung: this.session.state.rung }));
    const human = r.decisions.find((d) => d.by === 'human');
    if (human) parts.push(m.t('game.watch.summary.you-ordered', { action: human.actionName }));
    // Violence and casualties are read out in full; the news by its headlines (the events' titles).
    const entries = this.session.state.log.filter((e) => e.turn === r.turn);
    const violent = entries
      .filter((e) => e.kind === 'incident' || e.kind === 'casualties')
      .map((e) => describeEntry(m, this.session.scenario, e));
    if (violent.length) parts.push(violent.join(' '));
    const titles = entries.flatMap((e) => (e.kind === 'event' ? [m.t(`event.${e.event}.title`)] : []));
    if (titles.length)
      parts.push(
        m.t('game.watch.summary.news', { titles: titles.reduce((first, rest) => m.t('game.watch.summary.list', { first, rest })) }),
      );
    if (r.ending) parts.push(r.ending);
    return parts.join(' ');
  }

  private announcement(): string {
    const m = this.session.messages;
    const t = this.session.lastPlayedTurn();
    const keys = m.t('game.watch.spoken.keys');
    if (t < 1)
      return m.t('game.watch.spoken.start', {
        scenario: m.t('scenario.name'),
        seed: this.session.setup.seed,
        ladder: this.screen.ladder.describe(),
        keys,
      });
    return m.t('game.watch.spoken.turn', { summary: this.turnSummary(this.session.report(t)), keys });
  }
}
