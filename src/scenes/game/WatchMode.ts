// Watching: the computer plays every actor. The bottom row reports the last
// turn; the controls step one turn, or play the turns on their own at a pace.
import * as Phaser from 'phaser';
import { announce, announceScene } from '../../ui/announcer';
import type { PlaySession, TurnReport, WatchPace } from '../../ui/play';
import { ACTOR_STYLE, COLORS, FONT } from '../../ui/theme';
import { Button, type ButtonConfig, type ScrollBlock, ScrollText } from '../../ui/widgets';
import { ActorsView, CrisisView } from '../components/SidePanels';
import type { GameMode, GameScreen } from './GameMode';
import { BOTTOM_H, BOTTOM_Y, SIDE_H, SIDE_W, SIDE_X, TOP, WATCH_W, WATCH_X } from './layout';

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
    this.crisis = new CrisisView(scene, SIDE_X, TOP, SIDE_W, CRISIS_H);
    this.actorsView = new ActorsView(
      scene,
      SIDE_X,
      TOP + CRISIS_H + 8,
      SIDE_W,
      SIDE_H - CRISIS_H - 8,
      session.panels().map((p) => p.actor),
      'The actors',
    );

    const reportW = WATCH_X - 8 - 16;
    this.report = group.add(
      new ScrollText(scene, { x: 16, y: BOTTOM_Y, width: reportW, height: BOTTOM_H, blocks: [], label: 'The last turn' }),
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
    this.nextButton = control(0, 'Next turn', 'n', () => this.step(), { variant: 'primary', fontSize: FONT.small });
    this.debriefButton = control(0, 'Debrief', 'd', () => this.goDebrief(), { variant: 'primary', fontSize: FONT.small });
    this.debriefButton.setVisible(false);
    this.autoButton = control(1, 'Auto-play', 'p', () => this.toggleAuto(), {
      hint: '[Space]',
      toggle: true,
      selected: session.watch.auto,
      description: 'plays the turns one after another; Space or P starts and stops it',
    });
    this.speedButton = control(2, 'Speed', 's', () => this.cycleSpeed());
    this.detailsButton = control(3, 'Why? (details)', 'r', () => this.openDetails());
    this.syncButtons();
    this.listenForSpace();
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
    announceScene('Game', this.announcement());
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
    this.nextButton.setVisible(!over);
    this.debriefButton.setVisible(over);
    this.autoButton.setSelected(watch.auto);
    this.autoButton.setLabel(watch.auto ? 'Auto-play: on' : 'Auto-play: off');
    this.speedButton.setLabel(`Speed: ${watch.pace}`);
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
    announce(this.turnSummary(report));
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
    announce(w.auto ? `Auto-play on, ${w.pace} speed.` : 'Auto-play paused. Press N for the next turn, or Space to go on.');
    if (w.auto) this.scheduleNext();
    else this.stopTimer();
  }

  private cycleSpeed(): void {
    const w = this.session.watch;
    w.pace = PACES[(PACES.indexOf(w.pace) + 1) % PACES.length] ?? 'normal';
    this.syncButtons();
    announce(`Speed: ${w.pace}.`);
    if (w.auto) this.scheduleNext();
  }

  private openDetails(): void {
    const turn = this.session.lastPlayedTurn();
    if (turn < 1) return;
    this.session.watch.auto = false;
    this.scene.scene.start('Resolution', { turn, notice: null });
  }

  private goDebrief(): void {
    this.stopTimer();
    this.scene.scene.start('Debrief');
  }

  /** The last turn: every order and why, what happened, the news; before turn 1, the briefing. */
  private reportBlocks(): ScrollBlock[] {
    const session = this.session;
    const t = session.lastPlayedTurn();
    if (t < 1) {
      const blocks: ScrollBlock[] = [{ text: 'Before the first turn', kind: 'h3' }];
      for (const p of session.scenario.briefing) blocks.push({ text: p, kind: 'small', gapBefore: 6 });
      blocks.push({
        text: 'Press N for one turn at a time, or Space to let the turns play on their own.',
        kind: 'small',
        color: COLORS.textMuted,
        gapBefore: 8,
      });
      return blocks;
    }
    const r = session.report(t);
    const blocks: ScrollBlock[] = [{ text: `Turn ${t} · ${r.dates}${r.ending ? ' · the game ends' : ''}`, kind: 'h3' }];
    if (r.ending) blocks.push({ text: r.ending, kind: 'small', color: COLORS.warn, gapBefore: 4 });
    blocks.push({
      text: r.ladder ?? `The ladder stays at rung ${session.state.rung}: ${session.scenario.ladder[session.state.rung]?.name}.`,
      kind: 'small',
      gapBefore: 4,
    });
    blocks.push({ text: 'ORDERS, IN THE ORDER THEY RESOLVED', kind: 'label', color: COLORS.textMuted, gapBefore: 10 });
    for (const d of r.decisions) {
      const who = ACTOR_STYLE[d.actor].tag === d.actorName ? d.actorName : `${ACTOR_STYLE[d.actor].tag} · ${d.actorName}`;
      blocks.push({ text: `${who}: ${d.actionName}`, kind: 'small', color: COLORS.text, gapBefore: 6 });
      blocks.push({ text: d.why, kind: 'tiny', indent: 16, gapBefore: 0 });
    }
    const happened = r.happened;
    if (happened.length) {
      blocks.push({ text: 'WHAT HAPPENED', kind: 'label', color: COLORS.textMuted, gapBefore: 10 });
      for (const h of happened) blocks.push({ text: h, kind: 'tiny', color: COLORS.text, gapBefore: 2 });
    }
    if (r.news.length) {
      blocks.push({ text: 'NEWS', kind: 'label', color: COLORS.textMuted, gapBefore: 10 });
      for (const n of r.news) blocks.push({ text: n, kind: 'tiny', color: COLORS.text, gapBefore: 2 });
    }
    return blocks;
  }

  private turnSummary(r: TurnReport): string {
    const parts = [`Turn ${r.turn}, ${r.dates}.`];
    parts.push(r.ladder ?? `The ladder stays at rung ${this.session.state.rung}.`);
    const human = r.decisions.find((d) => d.by === 'human');
    if (human) parts.push(`You ordered: ${human.actionName}.`);
    const violent = r.happened.filter((h) => /injured|killed|incident/i.test(h));
    if (violent.length) parts.push(violent.join(' '));
    if (r.news.length) parts.push(`News: ${r.news.map((n) => n.split('. ')[0]).join('; ')}.`);
    if (r.ending) parts.push(r.ending);
    return parts.join(' ');
  }

  private announcement(): string {
    const t = this.session.lastPlayedTurn();
    const keys = 'N: next turn, Space: auto-play on or off, S: speed, R: why each actor acted, H: help.';
    if (t < 1)
      return `Watching North 2023: every actor is played by the computer. Seed ${this.session.setup.seed}. ${this.screen.ladder.describe()} ${keys}`;
    return `Watching. ${this.turnSummary(this.session.report(t))} ${keys}`;
  }
}
