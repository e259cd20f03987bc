import * as Phaser from 'phaser';
import type { PublicView, RosterEntry } from '../class/class-game';
import { playedGame } from '../class/class-game';
import type { ServerMessages } from '../class/protocol';
import type { ClassConnection } from '../net/class-client';
import type { ActorId, Scenario } from '../sim/types';
import { actorName, outcomeHeadline } from '../text/describe';
import type { Messages } from '../text/messages';
import { announce, announceScene } from '../ui/announcer';
import {
  failureCode,
  forgetClassGame,
  handToClassDebrief,
  joinLink,
  liveClass,
  rejoinClassGame,
  replayFileName,
  spacedCode,
} from '../ui/class-teacher';
import { addQrImage } from '../ui/class-teacher-qr';
import { downloadText } from '../ui/download';
import { messages } from '../ui/i18n';
import { openScene } from '../ui/lazy-scenes';
import { MAP_HEIGHT, MAP_WIDTH, NorthMap } from '../ui/map';
import { PlaySession } from '../ui/play';
import { scenarioById } from '../ui/scenario-source';
import { fitTextWidth } from '../ui/text-fit';
import { actorColor, actorTag, COLORS, css, FONT, GAME_WIDTH, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, addWrappedText, Button, FocusGroup, HeaderBar, Panel } from '../ui/widgets';
import { LadderView } from './components/LadderView';

// The teacher's dashboard for the projector (1280×720): the join code, link
// and QR code; who has joined which role and who has ordered (never what);
// the timer and the teacher's controls; and the game as everyone sees it (the
// ladder and the latest news), rebuilt here from the decisions the server
// sends. Names are the students' own text: drawn as canvas text, clipped,
// never HTML. The screen is drawn again after every message from the server.

/** A student's name on the dashboard: at most this many characters. */
const NAME_CHARS = 18;
/** How long a refusal stays on screen (ms). */
const NOTICE_MS = 8000;
/** How long a "Really …?" button waits for its second press (ms). */
const CONFIRM_MS = 6000;
/** After a reconnection ends, how long to wait for the server's view before saying the connection is lost (ms). */
const LOST_AFTER_MS = 4000;
/** The timer's room on the left, beside the count of orders. */
const TIMER_W = 164;

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function clock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export class ClassDashboard extends Phaser.Scene {
  /** The class to rejoin when this screen has no open connection (from the title). */
  private wantCode: string | null = null;
  private selected: string | null = null;
  private confirmRemoveUntil = 0;
  private confirmEndUntil = 0;
  private seenRefusal: ServerMessages['refused'] | null = null;
  private notice = '';
  private noticeUntil = 0;
  private seenView: PublicView | null = null;
  private viewAt = 0;
  private wasReconnecting = false;
  /** The connection dropped and could not be restored (the teacher rejoins from the title). */
  private lost = false;
  private announced = false;
  private rebuildQueued = false;
  private focusAfter: string | null = null;
  private group!: FocusGroup;
  private timerText: Phaser.GameObjects.Text | null = null;
  private noticeText: Phaser.GameObjects.Text | null = null;
  private endButton: Button | null = null;
  private removeButton: Button | null = null;
  private shownSecond = -1;
  /** The projector shows the map as everyone sees it, in place of the roles, the ladder and the news. */
  private showMap = false;

  constructor() {
    super('ClassDashboard');
  }

  init(data?: { code?: string }): void {
    if (data?.code) this.wantCode = data.code;
  }

  create(): void {
    this.timerText = null;
    this.noticeText = null;
    this.buttons = [];
    this.endButton = null;
    this.removeButton = null;
    this.shownSecond = -1;
    this.rebuildQueued = false;
    addBackdrop(this);
    const leave = () => this.scene.start('Title');
    this.group = new FocusGroup(this, { onEscape: leave });
    const live = liveClass();
    const conn = live && (this.wantCode === null || live.code === this.wantCode) ? live : null;
    if (!conn?.view) {
      this.buildWaiting(leave);
      return;
    }

    this.wantCode = conn.code;
    const stop = conn.subscribe(() => this.changed());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
    this.build(conn, conn.view);
  }

  update(): void {
    const view = this.seenView;
    const now = performance.now();
    if (this.timerText && view) {
      const left = view.timeLeft === null ? null : view.paused ? view.timeLeft : Math.max(0, view.timeLeft - (now - this.viewAt));
      const second = left === null ? -2 : Math.ceil(left / 1000);
      if (second !== this.shownSecond) {
        this.shownSecond = second;
        const m = messages();
        this.timerText.setText(
          view.over
            ? ''
            : left === null
              ? view.paused
                ? m.t('teacher.dash.paused')
                : m.t('teacher.dash.timer.off')
              : m.t(view.paused ? 'teacher.dash.timer.paused' : 'teacher.dash.timer.left', { time: clock(left) }),
        );
        this.timerText.setFontSize(FONT.h2);
        fitTextWidth(this.timerText, TIMER_W, FONT.small);
      }
    }
    if (this.noticeText && this.notice && now > this.noticeUntil) {
      this.notice = '';
      this.noticeText.setText('').setVisible(false);
    }
    const m = messages();
    if (this.endButton && this.confirmEndUntil && now > this.confirmEndUntil) {
      this.confirmEndUntil = 0;
      this.endButton.setLabel(m.t('teacher.dash.end-game'));
    }
    if (this.removeButton && this.confirmRemoveUntil && now > this.confirmRemoveUntil) {
      this.confirmRemoveUntil = 0;
      this.removeButton.setLabel(m.t('teacher.dash.remove'));
    }
  }

  /** Something came from the server: draw the screen again (once per burst of messages), keeping the focus. */
  private changed(): void {
    if (this.rebuildQueued || !this.sys.isActive()) return;
    this.rebuildQueued = true;
    this.time.delayedCall(0, () => {
      this.focusAfter = this.group.focused?.label ?? null;
      this.scene.restart();
    });
  }

  // -------------------------------------------------------------------------
  // No connection yet: rejoin the class from the title, or say there is none.
  // -------------------------------------------------------------------------

  private buildWaiting(leave: () => void): void {
    const m = messages();
    const header = new HeaderBar(this, { title: m.t('teacher.dash.title') });
    const code = this.wantCode;
    const text = addWrappedText(
      this,
      160,
      header.barHeight + 120,
      code ? m.t('teacher.dash.connecting', { code }) : m.t('teacher.dash.no-game'),
      GAME_WIDTH - 320,
      'h3',
    );
    const back = this.group.add(
      new Button(this, {
        x: 160,
        y: header.barHeight + 260,
        width: 220,
        height: 52,
        label: m.t('teacher.dash.leave'),
        hint: '[Esc]',
        onActivate: leave,
      }),
    );
    this.group.focusFirst(back);
    announceScene('ClassDashboard', text.text);
    if (!code) return;
    rejoinClassGame(code).then(
      (c) => {
        if (!this.sys.isActive()) return;
        if (c.view) this.scene.restart();
        else void c.until(() => c.view !== null).then(() => this.sys.isActive() && this.scene.restart());
      },
      (e: unknown) => {
        if (!this.sys.isActive()) return;
        const said = m.t('teacher.failed', { problem: m.t(`teacher.problem.${failureCode(e)}`) });
        text.setText(said).setColor(css(COLORS.warn));
        announce(said);
      },
    );
  }

  // -------------------------------------------------------------------------
  // The dashboard.
  // -------------------------------------------------------------------------

  private build(conn: ClassConnection, view: PublicView): void {
    const scenario = scenarioById(view.setup.scenario);
    const m = messages(scenario ?? null);
    const now = performance.now();
    if (view !== this.seenView) {
      this.seenView = view;
      this.viewAt = now;
    }
    const refusal = conn.lastRefusal;
    if (refusal && refusal !== this.seenRefusal) {
      this.seenRefusal = refusal;
      this.notice = m.t('teacher.refused', { problem: m.t(`teacher.problem.${refusal.code}`) });
      this.noticeUntil = now + NOTICE_MS;
      announce(this.notice);
    }
    if (conn.reconnecting !== this.wasReconnecting) {
      this.wasReconnecting = conn.reconnecting;
      announce(m.t(conn.reconnecting ? 'teacher.dash.reconnecting' : 'teacher.dash.reconnected'));
      if (conn.reconnecting) this.lost = false;
      else {
        // Back in the room, the server sends the view at once; no view soon after means the client gave up.
        const before = conn.view;
        setTimeout(() => {
          if (conn.view !== before || conn.reconnecting || liveClass() !== conn) return;
          this.lost = true;
          announce(messages().t('teacher.dash.lost'));
          this.changed();
        }, LOST_AFTER_MS);
      }
    }
    const results = conn.results;
    document.body.dataset.classCode = view.code;
    if (results) {
      document.body.dataset.verification = results.verification;
      forgetClassGame(view.code);
    } else delete document.body.dataset.verification;

    // The game as everyone sees it, rebuilt from the decisions.
    const session = scenario ? this.sessionOf(scenario, view) : null;
    const last = session?.turns.last ?? view.turn;
    const header = new HeaderBar(this, {
      title: m.t('teacher.dash.title'),
      right: m.t('teacher.dash.header', {
        scenario: scenario ? m.t('scenario.name') : view.setup.scenario,
        over: view.over ? 'yes' : 'no',
        turn: Math.min(view.turn, last),
        last,
      }),
    });
    const top = header.barHeight + SPACE.sm;
    const bottom = 720 - 34;
    const offline = conn.reconnecting || this.lost;

    // Left: joining, then the timer and the teacher's controls.
    const lx = 24;
    const lw = 364;
    const joinH = 392;
    new Panel(this, { x: lx, y: top, width: lw, height: joinH, title: m.t('teacher.dash.join.title') });
    const codeText = this.add
      .text(lx + lw / 2, top + 44, spacedCode(view.code), textStyle('display', { fontSize: `${FONT.display - 8}px` }))
      .setOrigin(0.5, 0);
    fitTextWidth(codeText, lw - 24, 24);
    const link = joinLink(view.code);
    const qrSize = 200;
    addQrImage(this, link, lx + (lw - qrSize) / 2, top + 108, qrSize);
    const linkText = this.add
      .text(lx + lw / 2, top + 108 + qrSize + 8, link, textStyle('small', { color: css(COLORS.text) }))
      .setOrigin(0.5, 0);
    fitTextWidth(linkText, lw - 24, 11);
    addWrappedText(this, lx + 16, top + 108 + qrSize + 32, m.t('teacher.dash.join.link'), lw - 32, 'tiny');

    let y = top + joinH + SPACE.sm;
    this.timerText = this.add.text(lx, y, '', textStyle('h2', { color: css(view.paused ? COLORS.warn : COLORS.text) }));
    const waiting = view.setup.students.filter((r) => !view.aiRoles.includes(r));
    this.add
      .text(
        lx + lw,
        y + 4,
        view.over ? '' : m.t('teacher.dash.ordered', { ordered: view.ordered.length, total: waiting.length }),
        textStyle('tiny', { wrap: lw - TIMER_W - SPACE.sm, align: 'right' }),
      )
      .setOrigin(1, 0);
    y += 40;
    const half = (lw - SPACE.sm) / 2;
    if (!view.over) {
      this.addButton({
        x: lx,
        y,
        width: half,
        height: 46,
        label: m.t(view.paused ? 'teacher.dash.resume' : 'teacher.dash.pause'),
        hotkey: 'p',
        variant: view.paused ? 'primary' : undefined,
        disabled: offline,
        onActivate: () => conn.send(view.paused ? 'resume' : 'pause', {}),
      });
      this.addButton({
        x: lx + half + SPACE.sm,
        y,
        width: half,
        height: 46,
        label: m.t('teacher.dash.end-turn'),
        description: m.t('teacher.dash.end-turn.description'),
        fontSize: 15,
        hint: '',
        disabled: offline,
        onActivate: () => conn.send('end-turn', {}),
      });
      y += 46 + SPACE.sm;
      const confirming = now < this.confirmEndUntil;
      this.endButton = this.addButton({
        x: lx,
        y,
        width: half,
        height: 46,
        label: m.t(confirming ? 'teacher.dash.end-game.confirm' : 'teacher.dash.end-game'),
        fontSize: 15,
        disabled: offline,
        onActivate: () => {
          if (performance.now() < this.confirmEndUntil) {
            this.confirmEndUntil = 0;
            conn.send('end-game', {});
            return;
          }
          this.confirmEndUntil = performance.now() + CONFIRM_MS;
          this.endButton?.setLabel(m.t('teacher.dash.end-game.confirm'));
          announce(m.t('teacher.dash.end-game.confirm'));
        },
      });
    } else {
      this.buildOver(m, lx, y, lw, view, results);
      y += 26 + 46 + SPACE.sm;
    }
    this.addButton({
      x: lx + half + SPACE.sm,
      y,
      width: half,
      height: 46,
      label: m.t('teacher.dash.leave'),
      hint: '[Esc]',
      onActivate: () => this.scene.start('Title'),
    });
    y += 46 + SPACE.sm;
    this.addButton({
      x: lx,
      y,
      width: lw,
      height: 40,
      label: m.t(this.showMap ? 'teacher.dash.map.hide' : 'teacher.dash.map.show'),
      description: m.t('teacher.dash.map.description'),
      hotkey: 'm',
      fontSize: 15,
      onActivate: () => {
        this.showMap = !this.showMap;
        this.changed();
      },
    });

    // Middle: the roles, who is in them and who has ordered; the chosen student's controls.
    const mx = lx + lw + SPACE.md;
    if (this.showMap && scenario && session) {
      // The map as everyone sees it, as large as the room beside the join code allows.
      const map = new NorthMap(this, mx, top, scenario, session.state.places);
      map.container.setScale(Math.min(1, (GAME_WIDTH - 24 - mx) / MAP_WIDTH, (bottom - top) / MAP_HEIGHT));
    } else this.buildRolesAndNews(m, scenario, view, session, conn, offline, { mx, top, bottom });
    // A line for refusals and the connection, over the key help.
    this.noticeText = this.add
      .text(
        GAME_WIDTH / 2,
        header.barHeight / 2,
        '',
        textStyle('small', { color: css(COLORS.bg), backgroundColor: css(COLORS.warn), padding: { x: 10, y: 4 } }),
      )
      .setOrigin(0.5, 0.5)
      .setDepth(50);
    const banner = this.lost
      ? m.t('teacher.dash.lost')
      : conn.reconnecting
        ? m.t('teacher.dash.reconnecting')
        : now < this.noticeUntil
          ? this.notice
          : '';
    this.noticeText.setText(banner).setVisible(banner !== '');
    addKeyHelp(this, m.t('teacher.dash.keys'));

    // Focus where it was before the screen was drawn again.
    const again = this.focusAfter;
    this.focusAfter = null;
    const keep = again ? this.buttons.find((b) => b.label === again) : undefined;
    if (keep) this.group.focus(keep, { announce: false });
    else this.group.focusFirst();
    if (!this.announced) {
      this.announced = true;
      announceScene(
        'ClassDashboard',
        view.over && results
          ? m.t('teacher.dash.announce.over', { code: results.verification })
          : m.t('teacher.dash.announce', {
              code: spacedCode(view.code),
              joined: view.roster.length,
              ordered: m.t('teacher.dash.ordered', { ordered: view.ordered.length, total: waiting.length }),
            }),
      );
    } else if (view.over && results && this.announcedOver !== results.verification) {
      this.announcedOver = results.verification;
      announce(m.t('teacher.dash.announce.over', { code: results.verification }));
    }
  }

  /** The middle (roles, who has ordered, the chosen student's controls) and the right (ladder, news). */
  private buildRolesAndNews(
    m: Messages,
    scenario: Scenario | undefined,
    view: PublicView,
    session: PlaySession | null,
    conn: ClassConnection,
    offline: boolean,
    at: { mx: number; top: number; bottom: number },
  ): void {
    const { mx, top, bottom } = at;
    const mw = 500;
    const actionsH = view.over ? 0 : 112;
    const rolesH = bottom - top - actionsH;
    this.buildRoles(m, scenario, view, { x: mx, y: top, w: mw, h: rolesH }, conn, offline);
    if (!view.over) this.buildSelected(m, view, { x: mx, y: top + rolesH + SPACE.sm, w: mw }, conn, offline);

    // Right: the ladder and the latest news, as everyone sees them.
    const rx = mx + mw + SPACE.md;
    const rw = GAME_WIDTH - rx - 24;
    const ladderPanel = new Panel(this, { x: rx, y: top, width: rw, height: 150, title: m.t('teacher.dash.ladder.title') });
    if (scenario && session) {
      const ladder = new LadderView(this, scenario, {
        size: 'compact',
        into: ladderPanel,
        x: ladderPanel.inner.x,
        y: ladderPanel.inner.y,
        width: ladderPanel.inner.width,
      });
      ladder.update(session.state.rung, session.state.peakRung);
    }
    const newsY = top + 150 + SPACE.sm;
    const newsH = bottom - newsY;
    const newsPanel = new Panel(this, { x: rx, y: newsY, width: rw, height: newsH, title: m.t('teacher.dash.news.title') });
    if (session) {
      const lines = view.over && scenario ? [outcomeHeadline(m, scenario, session.state), ...session.news()] : session.news();
      const news = addWrappedText(
        this,
        rx + newsPanel.inner.x,
        newsY + newsPanel.inner.y,
        lines.map((l) => `• ${l}`).join('\n'),
        newsPanel.inner.width,
        'tiny',
        {
          color: css(COLORS.text),
        },
      );
      // What does not fit is cut at the panel's foot (the newest lines come first).
      const mask = this.make.graphics({}, false).fillRect(rx, newsY + newsPanel.inner.y, rw, newsPanel.inner.height);
      news.setMask(mask.createGeometryMask());
    }
  }

  private announcedOver = '';
  private buttons: Button[] = [];

  private addButton(cfg: ConstructorParameters<typeof Button>[1]): Button {
    const b = this.group.add(new Button(this, cfg));
    this.buttons.push(b);
    return b;
  }

  /** The game as the class sees it: the engine played from the setup through the decisions. */
  private sessionOf(scenario: Scenario, view: PublicView): PlaySession | null {
    try {
      const game = playedGame(scenario, view.setup, view.decisions);
      // The teacher ended it early: the decisions say nothing of that, the view does.
      if (view.over && !game.isOver()) game.stop();
      const [first] = view.setup.students;
      return new PlaySession(
        {
          scenarioId: scenario.id,
          role: first ?? 'watch',
          seed: view.setup.seed,
          difficulty: view.setup.difficulty,
          ...(view.setup.students.length > 1 ? { players: [...view.setup.students] } : {}),
          ...(view.setup.length !== undefined ? { length: view.setup.length } : {}),
        },
        game.state,
      );
    } catch {
      // Decisions that do not fit the game (a server of another version): the roster and controls still work.
      return null;
    }
  }

  private buildOver(m: Messages, x: number, y: number, w: number, view: PublicView, results: ServerMessages['over'] | null): void {
    this.timerText?.setText(m.t('teacher.dash.over.title'));
    this.timerText = null;
    const half = (w - SPACE.sm) / 2;
    if (!results) {
      addWrappedText(this, x, y, m.t('teacher.dash.waiting-results'), w, 'small');
      return;
    }
    const code = this.add.text(
      x,
      y - 2,
      m.t('teacher.dash.verification', { code: results.verification }),
      textStyle('small', { color: css(COLORS.text) }),
    );
    fitTextWidth(code, w, 11);
    const name = replayFileName(view.code);
    this.addButton({
      x,
      y: y + 26,
      width: half,
      height: 46,
      label: m.t('teacher.dash.download'),
      hotkey: 'd',
      hint: '',
      fontSize: 15,
      onActivate: () => {
        downloadText(name, results.replay, 'application/json');
        announce(m.t('teacher.dash.downloaded', { name }));
      },
    });
    this.addButton({
      x: x + half + SPACE.sm,
      y: y + 26,
      width: half,
      height: 46,
      label: m.t('teacher.dash.open-debrief'),
      hotkey: 'o',
      hint: '',
      variant: 'primary',
      fontSize: 14,
      onActivate: () => {
        handToClassDebrief([{ name, text: results.replay }]);
        openScene(this, 'ClassDebrief');
      },
    });
  }

  private buildRoles(
    m: Messages,
    scenario: Scenario | undefined,
    view: PublicView,
    at: { x: number; y: number; w: number; h: number },
    conn: ClassConnection,
    offline: boolean,
  ): void {
    new Panel(this, { x: at.x, y: at.y, width: at.w, height: at.h, title: m.t('teacher.dash.roles.title') });
    const inner = at.w - 32;
    const x0 = at.x + 16;
    let y = at.y + 44;
    const rowH = 30;
    const memberW = (inner - SPACE.sm) / 2;
    const members = (role: ActorId | null) => view.roster.filter((r) => r.role === role);
    const blockH = (n: number) => 32 + Math.ceil(Math.max(1, n) / 2) * (rowH + 4);
    const unseated = members(null);
    const total = view.setup.students.reduce((s, r) => s + blockH(members(r).length), 0) + (unseated.length ? blockH(unseated.length) : 0);
    // Many roles and students: the rows are drawn tighter to fit the panel.
    const squeeze = Math.min(1, (at.h - 52) / Math.max(1, total));
    const memberButton = (r: RosterEntry, bx: number, by: number, n: number) => {
      const name = clip(r.name || m.t('teacher.dash.member.unnamed', { n }), NAME_CHARS);
      const role = r.role ? actorName(m, r.role) : m.t('teacher.dash.member.no-role');
      this.addButton({
        x: bx,
        y: by,
        width: memberW,
        height: Math.round(rowH * squeeze),
        label: m.t('teacher.dash.member', { name, captain: r.captain ? 'yes' : 'no', connected: r.connected ? 'yes' : 'no' }),
        description: m.t('teacher.dash.member.label', {
          name,
          role,
          captain: r.captain ? 'yes' : 'no',
          connected: r.connected ? 'yes' : 'no',
        }),
        toggle: true,
        selected: this.selected === r.id,
        fontSize: 14,
        hint: '',
        align: 'left',
        onActivate: () => {
          this.selected = this.selected === r.id ? null : r.id;
          this.confirmRemoveUntil = 0;
          this.focusAfter = this.group.focused?.label ?? null;
          this.scene.restart();
        },
      });
    };
    let n = 0;
    const numberOf = new Map(view.roster.map((r) => [r.id, ++n]));
    for (const role of view.setup.students) {
      const computer = view.aiRoles.includes(role);
      const status = view.over ? 'done' : computer ? 'computer' : view.ordered.includes(role) ? 'ordered' : 'waiting';
      const g = this.add.graphics();
      g.fillStyle(scenario ? actorColor(scenario, role) : COLORS.textDim, 1);
      g.fillRect(x0, y + 4, 6, 20);
      const tag = this.add.text(x0 + 12, y + 2, actorTag(m, role), textStyle('label', { color: css(COLORS.textDim) }));
      const line = this.add.text(
        x0 + 12 + tag.width + 8,
        y + 2,
        m.t('teacher.dash.role.line', { role: actorName(m, role), status }),
        textStyle('small', {
          color: css(status === 'ordered' ? COLORS.good : status === 'waiting' ? COLORS.text : COLORS.textMuted),
          fontStyle: 'bold',
        }),
      );
      fitTextWidth(line, inner - 12 - tag.width - 8 - 232, 11);
      if (!view.over)
        this.addButton({
          x: x0 + inner - 224,
          y: y - 2,
          width: 224,
          height: 28,
          label: m.t(computer ? 'teacher.dash.computer.off.label' : 'teacher.dash.computer.on.label', { role: actorName(m, role) }),
          fontSize: 13,
          hint: '',
          disabled: offline,
          onActivate: () => conn.send('computer', { role, on: !computer }),
        });
      y += 32 * squeeze;
      const team = members(role);
      if (!team.length) this.add.text(x0 + 12, y, m.t('teacher.dash.role.empty'), textStyle('tiny', { color: css(COLORS.textDim) }));
      team.forEach((r, i) =>
        memberButton(r, x0 + (i % 2) * (memberW + SPACE.sm), y + Math.floor(i / 2) * (rowH + 4) * squeeze, numberOf.get(r.id) ?? 0),
      );
      y += Math.ceil(Math.max(1, team.length) / 2) * (rowH + 4) * squeeze;
    }
    if (unseated.length) {
      this.add.text(x0, y + 2, m.t('teacher.dash.unseated'), textStyle('small', { fontStyle: 'bold' }));
      y += 32 * squeeze;
      unseated.forEach((r, i) =>
        memberButton(r, x0 + (i % 2) * (memberW + SPACE.sm), y + Math.floor(i / 2) * (rowH + 4) * squeeze, numberOf.get(r.id) ?? 0),
      );
    }
  }

  /** The chosen student's controls: captain, move to another role, remove. */
  private buildSelected(
    m: Messages,
    view: PublicView,
    at: { x: number; y: number; w: number },
    conn: ClassConnection,
    offline: boolean,
  ): void {
    const r = view.roster.find((x) => x.id === this.selected);
    if (!r) {
      this.selected = null;
      addWrappedText(this, at.x + 8, at.y + 8, m.t('teacher.dash.select.hint'), at.w - 16, 'tiny');
      return;
    }
    const name = clip(r.name || m.t('teacher.dash.member.unnamed', { n: view.roster.indexOf(r) + 1 }), NAME_CHARS);
    const who = this.add.text(
      at.x,
      at.y + 12,
      m.t('teacher.dash.selected', { name }),
      textStyle('small', { fontStyle: 'bold', color: css(COLORS.text) }),
    );
    // A long name loses letters until it fits beside the buttons.
    fitTextWidth(who, 112, 12);
    for (let n = NAME_CHARS - 1; who.width > 112 && n > 4; n--) who.setText(m.t('teacher.dash.selected', { name: clip(name, n) }));
    const bw = 124;
    let x = at.x + at.w;
    const button = (label: string, onActivate: () => void, disabled = false): Button => {
      x -= bw + SPACE.xs;
      return this.addButton({
        x: x + SPACE.xs,
        y: at.y,
        width: bw,
        height: 44,
        label,
        fontSize: 13,
        hint: '',
        disabled: disabled || offline,
        onActivate,
      });
    };
    const confirming = performance.now() < this.confirmRemoveUntil;
    this.removeButton = button(m.t(confirming ? 'teacher.dash.remove.confirm' : 'teacher.dash.remove'), () => {
      if (performance.now() < this.confirmRemoveUntil) {
        this.confirmRemoveUntil = 0;
        this.selected = null;
        conn.send('remove', { member: r.id });
        return;
      }
      this.confirmRemoveUntil = performance.now() + CONFIRM_MS;
      this.removeButton?.setLabel(m.t('teacher.dash.remove.confirm'));
      announce(m.t('teacher.dash.remove.confirm'));
    });
    if (r.role) button(m.t('teacher.dash.unassign'), () => conn.send('assign', { member: r.id, role: null }));
    button(m.t('teacher.dash.captain'), () => conn.send('captain', { member: r.id }), !r.role || r.captain);
    // One button per other student role.
    const others = view.setup.students.filter((role) => role !== r.role);
    const mw = (at.w - (others.length - 1) * SPACE.xs) / Math.max(1, others.length);
    others.forEach((role, i) =>
      this.addButton({
        x: at.x + i * (mw + SPACE.xs),
        y: at.y + 50,
        width: mw,
        height: 40,
        label: m.t('teacher.dash.move', { role: actorName(m, role) }),
        description: m.t('teacher.dash.move.description', { name, role: actorName(m, role) }),
        fontSize: 13,
        hint: '',
        disabled: offline,
        onActivate: () => conn.send('assign', { member: r.id, role }),
      }),
    );
  }
}
