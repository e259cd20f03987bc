import * as Phaser from 'phaser';
import type { ActionOption } from '../sim/options';
import { announce, announceScene } from '../ui/announcer';
import { type Dialog, openDialog } from '../ui/dialog';
import { needsConfirmation, riskOutcome, riskPhrase } from '../ui/effects-text';
import { NorthMap } from '../ui/map';
import { activeSession, beginSession, type PlaySession, type TurnReport, type WatchPace } from '../ui/play';
import { autosave } from '../ui/saves';
import { currentSetup } from '../ui/session';
import { clampLines, ellipsize } from '../ui/text-fit';
import { ACTOR_STYLE, COLORS, css, FONT, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import { notify } from '../ui/toast';
import { addBackdrop, Button, Chip, FocusGroup, HeaderBar, type ScrollBlock, ScrollText } from '../ui/widgets';
import { ActionCard, CARD_KEYS, type CardInfo, CardStrip } from './components/ActionCards';
import { ActionDetails, type DetailsContext, optionParagraphs } from './components/ActionDetails';
import { LadderView } from './components/LadderView';
import { ActorsView, CrisisView, StatusView } from './components/SidePanels';

// Layout at 1280×720 (see DESIGN.md §6):
//   header ............................................ y 0–52
//   map (800×450) at (16,60) | ladder (208) | you / the others (216)
//   news (300) | action cards (scrolling strip) | your order + End turn
// Watching, the bottom row is the last turn's report and the watch controls.
const TOP = 60;
const MAP_X = 16;
const LADDER_X = 832;
const LADDER_W = 204;
const SIDE_X = 1044;
const SIDE_W = GAME_WIDTH - 16 - SIDE_X;
const BOTTOM_Y = 518;
const BOTTOM_H = 720 - 8 - BOTTOM_Y;
const NEWS_W = 300;
const STRIP_X = 16 + NEWS_W + 8;
const END_X = 1120;
const END_W = GAME_WIDTH - 16 - END_X;
const CARD_GAP = 8;
/** Watching: the controls' column (wider: no cards to show). */
const WATCH_X = 1044;
const WATCH_W = GAME_WIDTH - 16 - WATCH_X;

/** Milliseconds between turns when watching on auto-play. */
export const PACE_MS: Record<WatchPace, number> = { slow: 4000, normal: 1800, fast: 250 };
const PACES: WatchPace[] = ['slow', 'normal', 'fast'];

/** The main game screen: the map, the ladder, meters, news, the other actors, and the player's action cards. */
export class Game extends Phaser.Scene {
  private session!: PlaySession;
  private group!: FocusGroup;
  private map!: NorthMap;
  private ladder!: LadderView;
  private status: StatusView | null = null;
  private crisis: CrisisView | null = null;
  private actorsView!: ActorsView;
  private news!: ScrollText;
  private headerTitle!: Phaser.GameObjects.Text;
  private headerRight!: Phaser.GameObjects.Text;
  private modal: Dialog | null = null;
  // Playing a role.
  private strip: CardStrip | null = null;
  private details: ActionDetails | null = null;
  private selected: ActionCard | null = null;
  private focusCard: ActionCard | null = null;
  private hoverCard: ActionCard | null = null;
  private orderText: Phaser.GameObjects.Text | null = null;
  private endButton: Button | null = null;
  // Watching.
  private nextButton: Button | null = null;
  private debriefButton: Button | null = null;
  private autoButton: Button | null = null;
  private speedButton: Button | null = null;
  private detailsButton: Button | null = null;
  private timer: Phaser.Time.TimerEvent | null = null;

  constructor() {
    super('Game');
  }

  create(): void {
    let session = activeSession();
    if (!session) {
      const setup = currentSetup();
      if (!setup) {
        this.scene.start('Title');
        return;
      }
      session = beginSession(setup);
    }
    this.session = session;
    this.modal = null;
    this.selected = this.focusCard = this.hoverCard = null;
    this.status = this.crisis = null;
    this.strip = null;
    this.details = null;
    this.timer = null;
    if (session.over) {
      this.scene.start('Debrief');
      return;
    }
    // Hot-seat: nobody's screen shows until its player has unlocked it on the pass-the-device screen.
    if (session.isHotseat && session.unlockedFor !== session.role) {
      this.scene.start('PassDevice');
      return;
    }

    addBackdrop(this);
    this.group = new FocusGroup(this, { onEscape: () => this.openMenu() });
    this.buildHeader();
    const s = session.state;
    this.map = new NorthMap(this, MAP_X, TOP, s.municipalities);
    this.ladder = new LadderView(this, LADDER_X, TOP, LADDER_W, 450, session.scenario.ladder);

    const role = session.role;
    if (role) {
      const statusH = 166;
      const profile = session.scenario.actors[role];
      this.status = new StatusView(this, SIDE_X, TOP, SIDE_W, statusH, role, profile.short, profile.specialMeter);
      this.actorsView = new ActorsView(
        this,
        SIDE_X,
        TOP + statusH + 8,
        SIDE_W,
        450 - statusH - 8,
        session.panels().map((p) => p.actor),
        'The others',
      );
      this.buildCards();
    } else {
      const crisisH = 128;
      this.crisis = new CrisisView(this, SIDE_X, TOP, SIDE_W, crisisH);
      this.actorsView = new ActorsView(
        this,
        SIDE_X,
        TOP + crisisH + 8,
        SIDE_W,
        450 - crisisH - 8,
        session.panels().map((p) => p.actor),
        'The actors',
      );
      this.buildWatch();
    }
    this.refresh();

    if (role) {
      this.group.focusFirst(this.news);
      announceScene('Game', this.roleAnnouncement());
    } else {
      this.group.focusFirst(session.watch.auto ? (this.autoButton ?? undefined) : (this.nextButton ?? undefined));
      announceScene('Game', this.watchAnnouncement());
      if (session.watch.auto) this.scheduleNext();
    }
  }

  // -------------------------------------------------------------------------
  // Header
  // -------------------------------------------------------------------------

  private buildHeader(): void {
    const header = new HeaderBar(this, { title: '', right: '' });
    this.headerTitle = header.titleText;
    const setup = this.session.setup;
    const bw = 108;
    const by = 8;
    const help = new Button(this, {
      x: GAME_WIDTH - 16 - bw,
      y: by,
      width: bw,
      height: 36,
      label: 'Help',
      hotkey: 'h',
      variant: 'quiet',
      fontSize: FONT.small,
      onActivate: () => this.openHelp(),
    });
    const menu = new Button(this, {
      x: GAME_WIDTH - 16 - bw * 2 - 8,
      y: by,
      width: bw,
      height: 36,
      label: 'Menu',
      hotkey: 'm',
      variant: 'quiet',
      fontSize: FONT.small,
      onActivate: () => this.openMenu(),
    });
    this.group.add(menu);
    this.group.add(help);
    const role = this.session.role;
    const rightEdge = GAME_WIDTH - 16 - bw * 2 - 8 - SPACE.md;
    const seed = setup.seed.length > 24 ? `${setup.seed.slice(0, 24)}…` : setup.seed;
    const right = !role
      ? `Watching: all AI · seed ${seed} · ${setup.difficulty}`
      : this.session.isHotseat
        ? `Hot-seat, player ${this.session.chosenCount() + 1} of ${this.session.players.length} · seed ${seed}`
        : `seed ${seed} · ${setup.difficulty}`;
    this.headerRight = this.add.text(rightEdge, 26, right, textStyle('small', { color: css(COLORS.textMuted) })).setOrigin(1, 0.5);
    if (role) {
      // "[KFOR] You play KFOR" before the seed: the chip and the words.
      const you = this.add
        .text(
          this.headerRight.x - this.headerRight.width - SPACE.md,
          26,
          `You play ${this.session.scenario.actors[role].short}`,
          textStyle('small', { fontStyle: 'bold' }),
        )
        .setOrigin(1, 0.5);
      const chip = new Chip(this, { x: 0, y: 0, text: ACTOR_STYLE[role].tag, color: ACTOR_STYLE[role].color });
      chip.setPosition(you.x - you.width - SPACE.sm - chip.chipWidth, 26 - chip.chipHeight / 2);
    }
  }

  private headerTurnText(): string {
    const sc = this.session.scenario;
    const t = this.session.displayTurn();
    if (this.session.role) return `${sc.title.split(':')[0]} · Turn ${t} of ${sc.lastTurn} · ${this.session.dates()}`;
    if (t === 0) return `${sc.title.split(':')[0]} · Before turn 1 · from ${this.session.dates(1).replace(/–\d+/, '')}`;
    return `${sc.title.split(':')[0]} · Turn ${t} of ${sc.lastTurn} played · ${this.session.dates()}`;
  }

  // -------------------------------------------------------------------------
  // Playing a role: news, action cards, End turn
  // -------------------------------------------------------------------------

  private buildCards(): void {
    const session = this.session;
    this.news = this.group.add(
      new ScrollText(this, { x: 16, y: BOTTOM_Y, width: NEWS_W, height: BOTTOM_H, blocks: [], label: 'News this turn' }),
    );
    this.details = new ActionDetails(this, MAP_X, TOP, 492, 450);

    const options = session.options();
    const stripW = END_X - 8 - STRIP_X;
    const perView = Math.max(1, Math.min(4, options.length));
    const cardW = Math.floor((stripW - CARD_GAP * (perView - 1)) / perView);
    const strip = new CardStrip(this, { x: STRIP_X, y: BOTTOM_Y, width: stripW, height: BOTTOM_H }, cardW, CARD_GAP);
    this.strip = strip;
    options.forEach((option, index) => {
      const info: CardInfo = {
        option,
        index,
        key: CARD_KEYS[index],
        fits: session.fitsPosture(option.def.id),
        spoken: '',
      };
      info.spoken = this.spokenCard(info, options.length);
      const card = new ActionCard(this, {
        x: STRIP_X,
        y: BOTTOM_Y,
        width: cardW,
        height: BOTTOM_H,
        info,
        scenario: session.scenario,
        onSelect: (c) => this.select(c),
        onConfirm: () => this.requestEndTurn(),
        onFocusChange: (c, focused) => {
          if (focused) {
            this.focusCard = c;
            strip.reveal(c);
          } else if (this.focusCard === c) this.focusCard = null;
          this.updateDetails();
        },
        onHover: (c) => {
          this.hoverCard = c;
          this.updateDetails();
        },
      });
      strip.add(this.group.add(card));
    });

    // Right: your order, the strip's scroll buttons, End turn.
    this.add.text(END_X, BOTTOM_Y - 2, 'YOUR ORDER', textStyle('label'));
    this.orderText = this.add.text(END_X, BOTTOM_Y + 20, '', textStyle('tiny', { color: css(COLORS.text), wrap: END_W, lineSpacing: 0 }));
    const endH = 56;
    if (options.length > strip.perView) {
      const count = this.add.text(END_X, BOTTOM_Y + BOTTOM_H - endH - 8 - 36 - 22, '', textStyle('tiny'));
      const half = (END_W - 8) / 2;
      const y = BOTTOM_Y + BOTTOM_H - endH - 8 - 36;
      const prev = this.group.add(
        new Button(this, {
          x: END_X,
          y,
          width: half,
          height: 36,
          label: '◀ Cards',
          hint: '',
          fontSize: FONT.tiny,
          onActivate: () => strip.page(-1),
        }),
      );
      const next = this.group.add(
        new Button(this, {
          x: END_X + half + 8,
          y,
          width: half,
          height: 36,
          label: 'Cards ▶',
          hint: '',
          fontSize: FONT.tiny,
          onActivate: () => strip.page(1),
        }),
      );
      const sync = () => {
        const first = strip.firstVisible;
        count.setText(`cards ${first + 1}–${Math.min(options.length, first + strip.perView)} of ${options.length}`);
        prev.setDisabled(strip.hiddenBefore === 0);
        next.setDisabled(strip.hiddenAfter === 0);
      };
      strip.onScroll(sync);
      sync();
    }
    this.endButton = this.group.add(
      new Button(this, {
        x: END_X,
        y: BOTTOM_Y + BOTTOM_H - endH,
        width: END_W,
        height: endH,
        label: 'End turn',
        hotkey: 'e',
        variant: 'primary',
        disabled: true,
        onActivate: () => this.requestEndTurn(),
      }),
    );
    this.updateOrder();
  }

  private spokenCard(info: CardInfo, total: number): string {
    const ctx = this.detailsContext(info.option);
    const paras = optionParagraphs(info.option, ctx)
      .map((p) => p.text)
      .join(' ');
    return `Card ${info.index + 1} of ${total}${info.key ? `, key ${info.key}` : ''}: ${info.option.def.name}. ${paras}`;
  }

  private detailsContext(option: ActionOption): DetailsContext {
    const role = this.session.role;
    return {
      scenario: this.session.scenario,
      budget: role ? this.session.state.actors[role].budget : 0,
      postureTitle: this.session.posture()?.title ?? null,
      fits: this.session.fitsPosture(option.def.id),
    };
  }

  private updateDetails(): void {
    if (!this.details) return;
    const card = this.hoverCard ?? this.focusCard;
    this.details.show(card?.option ?? null, card ? this.detailsContext(card.option) : null);
  }

  private select(card: ActionCard): void {
    if (this.selected === card) {
      announce(`${card.label} is already chosen. Press E, or Enter again, to end the turn.`);
      return;
    }
    this.selected?.setSelected(false);
    this.selected = card;
    card.setSelected(true);
    this.updateOrder();
    const warn = needsConfirmation(card.option) ? ' It carries a warning: you will be asked to confirm.' : '';
    announce(`Chosen: ${card.label}.${warn} Press E, or Enter again, to end the turn.`);
  }

  private updateOrder(): void {
    if (!this.orderText) return;
    if (this.selected) {
      this.orderText.setText(this.selected.label).setColor(css(COLORS.text)).setFontStyle('bold');
    } else {
      this.orderText.setText('Choose a card (keys 1–9)').setColor(css(COLORS.textMuted)).setFontStyle('normal');
    }
    clampLines(this.orderText, this.strip && this.session.options().length > this.strip.perView ? 2 : 5);
    this.endButton?.setDisabled(!this.selected);
  }

  private requestEndTurn(): void {
    if (this.modal?.isOpen) return;
    const card = this.selected;
    if (!card) {
      announce('Choose an action card first: number keys 1 to 9, or click a card.');
      return;
    }
    const option = card.option;
    if (!needsConfirmation(option)) {
      this.commit(option);
      return;
    }
    const sc = this.session.scenario;
    const rung = this.session.state.rung;
    const lines: { text: string; color?: number; kind?: 'body' | 'small' }[] = [];
    if (option.crossesRung) {
      lines.push({
        text: `! May cross a rung: on its own this can push the ladder up from rung ${rung} (${sc.ladder[rung]?.name}).`,
        color: COLORS.warn,
      });
    }
    if (option.risk && option.risk.chance >= 30) {
      lines.push({ text: `! ${riskPhrase(option) ?? ''}.`, color: COLORS.warn });
      const hit = riskOutcome(sc, option.def);
      if (hit) lines.push({ text: `If it happens: ${hit}.`, kind: 'small' });
    }
    lines.push({
      text: this.session.awaitingOthers()
        ? 'Your order then stays hidden while the device goes to the next player; all orders are revealed together once everyone has chosen.'
        : 'Every actor’s orders are then revealed together and resolved.',
      kind: 'small',
      color: COLORS.textMuted,
    });
    this.modal = openDialog(this, this.group, {
      title: `Order “${option.def.name}”?`,
      lines,
      warn: true,
      width: 700,
      buttons: [
        { label: 'Confirm', hotkey: 'y', hint: '[Y]', variant: 'primary', onActivate: () => this.commit(option) },
        { label: 'Cancel', hint: '[Esc]' },
      ],
    });
  }

  private commit(option: ActionOption): void {
    if (this.session.awaitingOthers()) {
      // Hot-seat: the order stays hidden; the device goes to the next player. Nothing is saved
      // until the turn has been played out.
      const next = this.session.handOff(option.def.id);
      if (!next.ok) {
        notify(this, `The order could not be given: ${next.error}`);
        return;
      }
      this.scene.start('PassDevice');
      return;
    }
    const r = this.session.endTurn(option.def.id);
    if (!r.ok) {
      notify(this, `The order could not be given: ${r.error}`);
      return;
    }
    const saved = autosave(this.session);
    this.scene.start('Resolution', { turn: r.value.turn, notice: saved.ok ? null : saved.error });
  }

  // -------------------------------------------------------------------------
  // Watching: the last turn's report and the controls
  // -------------------------------------------------------------------------

  private buildWatch(): void {
    const reportW = WATCH_X - 8 - 16;
    this.news = this.group.add(
      new ScrollText(this, { x: 16, y: BOTTOM_Y, width: reportW, height: BOTTOM_H, blocks: [], label: 'The last turn' }),
    );
    const h = 42;
    const gap = (BOTTOM_H - h * 4) / 3;
    let y = BOTTOM_Y;
    this.nextButton = this.group.add(
      new Button(this, {
        x: WATCH_X,
        y,
        width: WATCH_W,
        height: h,
        label: 'Next turn',
        hotkey: 'n',
        variant: 'primary',
        fontSize: FONT.small,
        onActivate: () => this.watchStep(),
      }),
    );
    this.debriefButton = this.group.add(
      new Button(this, {
        x: WATCH_X,
        y,
        width: WATCH_W,
        height: h,
        label: 'Debrief',
        hotkey: 'd',
        variant: 'primary',
        fontSize: FONT.small,
        onActivate: () => this.goDebrief(),
      }),
    );
    this.debriefButton.setVisible(false);
    y += h + gap;
    this.autoButton = this.group.add(
      new Button(this, {
        x: WATCH_X,
        y,
        width: WATCH_W,
        height: h,
        label: 'Auto-play',
        hotkey: 'p',
        hint: '[Space]',
        toggle: true,
        selected: this.session.watch.auto,
        fontSize: FONT.tiny,
        description: 'plays the turns one after another; Space or P starts and stops it',
        onActivate: () => this.toggleAuto(),
      }),
    );
    y += h + gap;
    this.speedButton = this.group.add(
      new Button(this, {
        x: WATCH_X,
        y,
        width: WATCH_W,
        height: h,
        label: 'Speed',
        hotkey: 's',
        fontSize: FONT.tiny,
        onActivate: () => this.cycleSpeed(),
      }),
    );
    y += h + gap;
    this.detailsButton = this.group.add(
      new Button(this, {
        x: WATCH_X,
        y,
        width: WATCH_W,
        height: h,
        label: 'Why? (details)',
        hotkey: 'r',
        fontSize: FONT.tiny,
        onActivate: () => this.openDetails(),
      }),
    );
    this.syncWatchButtons();

    // Space plays and pauses, whatever has the focus (as in a video player).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== ' ' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (this.modal?.isOpen || !this.sys.isActive()) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (!event.repeat) this.toggleAuto();
    };
    window.addEventListener('keydown', onKey, true);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.removeEventListener('keydown', onKey, true);
      this.timer?.remove(false);
      this.timer = null;
    });
  }

  private syncWatchButtons(): void {
    const over = this.session.over;
    this.nextButton?.setVisible(!over);
    this.debriefButton?.setVisible(over);
    this.autoButton?.setSelected(this.session.watch.auto);
    this.autoButton?.setLabel(this.session.watch.auto ? 'Auto-play: on' : 'Auto-play: off');
    this.speedButton?.setLabel(`Speed: ${this.session.watch.pace}`);
    this.detailsButton?.setDisabled(this.session.lastPlayedTurn() < 1);
  }

  private watchStep(): void {
    this.timer?.remove(false);
    this.timer = null;
    if (this.session.over) {
      this.goDebrief();
      return;
    }
    const { report } = this.session.watchNextTurn();
    this.refresh();
    this.syncWatchButtons();
    announce(this.turnSummary(report));
    if (this.session.over) {
      if (this.session.watch.auto)
        this.timer = this.time.delayedCall(Math.min(PACE_MS[this.session.watch.pace], 1200), () => this.goDebrief());
      else if (this.debriefButton) this.group.focus(this.debriefButton);
      return;
    }
    this.scheduleNext();
  }

  private scheduleNext(): void {
    this.timer?.remove(false);
    this.timer = null;
    if (!this.session.watch.auto) return;
    if (this.session.over) {
      this.timer = this.time.delayedCall(600, () => this.goDebrief());
      return;
    }
    this.timer = this.time.delayedCall(PACE_MS[this.session.watch.pace], () => this.watchStep());
  }

  private toggleAuto(): void {
    const w = this.session.watch;
    w.auto = !w.auto;
    this.syncWatchButtons();
    announce(w.auto ? `Auto-play on, ${w.pace} speed.` : 'Auto-play paused. Press N for the next turn, or Space to go on.');
    if (w.auto) this.scheduleNext();
    else {
      this.timer?.remove(false);
      this.timer = null;
    }
  }

  private cycleSpeed(): void {
    const w = this.session.watch;
    w.pace = PACES[(PACES.indexOf(w.pace) + 1) % PACES.length] ?? 'normal';
    this.syncWatchButtons();
    announce(`Speed: ${w.pace}.`);
    if (w.auto) this.scheduleNext();
  }

  private openDetails(): void {
    const turn = this.session.lastPlayedTurn();
    if (turn < 1) return;
    this.session.watch.auto = false;
    this.scene.start('Resolution', { turn, notice: null });
  }

  private goDebrief(): void {
    this.timer?.remove(false);
    this.timer = null;
    this.scene.start('Debrief');
  }

  // -------------------------------------------------------------------------
  // Both
  // -------------------------------------------------------------------------

  /** Redraws every view from the session's state. */
  private refresh(): void {
    const session = this.session;
    const s = session.state;
    const prev = session.previous();
    this.headerTitle.setText(this.headerTurnText());
    ellipsize(this.headerTitle, 620);
    this.map.update(s.municipalities, prev?.municipalities);
    this.ladder.update(s.rung, s.peakRung, prev ? prev.rung : null);
    this.status?.update(s, session.posture(), prev);
    this.crisis?.update(s, prev);
    this.actorsView.update(session.panels());
    this.news.setBlocks(session.role ? this.newsBlocks() : this.reportBlocks());
  }

  private newsBlocks(): ScrollBlock[] {
    const t = this.session.lastPlayedTurn();
    const blocks: ScrollBlock[] = [{ text: t < 1 ? 'THE SITUATION' : `NEWS · after turn ${t}`, kind: 'label', color: COLORS.textMuted }];
    for (const item of this.session.news()) blocks.push({ text: item, kind: 'tiny', color: COLORS.text, gapBefore: 6 });
    return blocks;
  }

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

  private roleAnnouncement(): string {
    const session = this.session;
    const role = session.role;
    if (!role) return '';
    const opts = session.options();
    const avail = opts
      .map((o, i) => ({ o, key: CARD_KEYS[i] }))
      .filter((x) => x.o.available)
      .map((x) => `${x.key ? `key ${x.key}, ` : ''}${x.o.def.name}${x.o.crossesRung ? ' (may cross a rung)' : ''}`);
    const unavailable = opts.filter((o) => !o.available).map((o) => `${o.def.name} (${o.reason})`);
    const hotseat = session.isHotseat
      ? `Hot-seat: player ${session.chosenCount() + 1} of ${session.players.length}. ${session.awaitingOthers() ? 'After your order the device goes to the next player.' : 'You are the last to choose: your order plays the turn out.'}`
      : '';
    return [
      `${this.headerTurnText()}. You play ${session.scenario.actors[role].short}.`,
      hotseat,
      this.ladder.describe(),
      this.status?.describe() ?? '',
      `News: ${session.news().join(' ')}`,
      `Your cards: ${avail.join('; ')}.`,
      unavailable.length ? `Unavailable now: ${unavailable.join('; ')}.` : '',
      'Press a number key to choose a card, E to end the turn, H for help, M for the menu.',
    ]
      .filter(Boolean)
      .join(' ');
  }

  private watchAnnouncement(): string {
    const t = this.session.lastPlayedTurn();
    const keys = 'N: next turn, Space: auto-play on or off, S: speed, R: why each actor acted, H: help.';
    if (t < 1)
      return `Watching North 2023: every actor is played by the computer. Seed ${this.session.setup.seed}. ${this.ladder.describe()} ${keys}`;
    return `Watching. ${this.turnSummary(this.session.report(t))} ${keys}`;
  }

  // -------------------------------------------------------------------------
  // Menu and help
  // -------------------------------------------------------------------------

  private pauseWatch(): void {
    if (this.session.watch.auto) {
      this.session.watch.auto = false;
      this.timer?.remove(false);
      this.timer = null;
      this.syncWatchButtons();
    }
  }

  private openMenu(): void {
    if (this.modal?.isOpen) return;
    this.pauseWatch();
    const role = this.session.role;
    this.modal = openDialog(this, this.group, {
      title: 'Menu',
      lines: [
        {
          text: !role
            ? 'A watched game is not saved; the same seed always plays the same way.'
            : this.session.isHotseat
              ? 'The game is saved after every turn, once every player has chosen. Orders given during this turn are not saved until then: continuing later starts this turn again.'
              : 'The game is saved after every turn: you can continue it later from the title screen.',
          kind: 'small',
          color: COLORS.textMuted,
        },
      ],
      buttons: [
        { label: 'Resume', hint: '[Esc]', variant: 'primary' },
        { label: 'Help', hotkey: 'h', onActivate: () => this.openHelp() },
        { label: 'Quit to title', hotkey: 'q', onActivate: () => this.scene.start('Title') },
      ],
    });
  }

  private openHelp(): void {
    if (this.modal?.isOpen) return;
    this.pauseWatch();
    const role = this.session.role;
    const lines = role
      ? [
          {
            text: 'A turn is three days. Choose one action card, then end the turn: every actor’s orders are revealed together and resolved in a fixed order (statements, deployments, action on the ground, talks). Dice decide uncertain outcomes; the odds are on the cards.',
            kind: 'small' as const,
          },
          {
            text: 'Cost comes out of your budget (+2 each turn, at most 6). “✓ fits your posture” marks what your advisers suggest now; “! may cross a rung” warns that the action alone can push the ladder up.',
            kind: 'small' as const,
          },
          {
            text: 'Keys: number keys (then 0 and -) choose a card · Tab or arrow keys move · Enter or Space choose · E ends the turn · M or Esc menu · H help',
            kind: 'small' as const,
            color: COLORS.info,
          },
        ]
      : [
          {
            text: 'Every actor is played by the computer. Each turn shows every order, why the actor chose it, the dice and the news.',
            kind: 'small' as const,
          },
          {
            text: 'Keys: N next turn · Space or P auto-play on or off · S speed (slow, normal, fast) · R why each actor acted · Tab or arrow keys move · M or Esc menu · H help',
            kind: 'small' as const,
            color: COLORS.info,
          },
        ];
    this.modal = openDialog(this, this.group, {
      title: role ? 'How to play' : 'Watching',
      lines,
      width: 760,
      buttons: [{ label: 'Close', hint: '[Esc]', variant: 'primary' }],
    });
  }
}
