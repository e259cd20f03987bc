import * as Phaser from 'phaser';
import { type PublicView, playedGame } from '../class/class-game';
import type { ClassConnection } from '../net/class-client';
import type { Game } from '../sim/game';
import type { ActionOption } from '../sim/options';
import { scoreGame } from '../sim/scoring';
import type { MeterId, Scenario } from '../sim/types';
import { turnDates } from '../text/dates';
import { actionName, actorName, describeEntry, entriesOfTurn, outcomeHeadline, rungName } from '../text/describe';
import type { Messages } from '../text/messages';
import { reportTurn } from '../text/report';
import { announce, announceScene } from '../ui/announcer';
import { exposeTexts, storeToken, usePortraitSize } from '../ui/class-student';
import { downloadText } from '../ui/download';
import { effectPhrases, meterLabel, riskPhrase, riskTag, stanceText, unavailableText } from '../ui/effects-text';
import { messages } from '../ui/i18n';
import { openScene } from '../ui/lazy-scenes';
import { scenarioById } from '../ui/scenario-source';
import { SCENE } from '../ui/scene-keys';
import { actorColor, COLORS, css, RADIUS, rungColor, SPACE, textStyle } from '../ui/theme';
import { addBackdrop, Button, FocusGroup, type ScrollBlock, ScrollText } from '../ui/widgets';

export interface ClassStudentData {
  connection: ClassConnection;
}

type Tab = 'orders' | 'news' | 'team';
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const METERS: MeterId[] = ['support', 'standing', 'special'];

/**
 * A student's class game, on a laptop (three columns at 1280×720) or a phone
 * held upright (one column, a portrait game size, three tabs): your role and
 * team, your meters and the ladder, the latest news and last turn's results
 * (rebuilt here from the decisions, with the single game's words), the action
 * cards with their odds, your team's proposals, the captain's order, the
 * timer; at the end the results, the verification code and the replay.
 * It draws again after every message from the server.
 */
export class ClassStudent extends Phaser.Scene {
  private connection!: ClassConnection;
  private scenario!: Scenario;
  private engine: Game | null = null;
  private gameKey = '';
  private group: FocusGroup | null = null;
  private portrait = false;
  private tab: Tab = 'orders';
  private selected: string | null = null;
  private page = 0;
  private timerText: Phaser.GameObjects.Text | null = null;
  private viewAt = 0;
  private lastAnnounced = '';
  private scroller: ScrollText | null = null;
  private unsubscribe: (() => void) | null = null;
  /** The server's last refusal, in words, until the turn changes. */
  private refusal: { text: string; turn: number } | null = null;

  constructor() {
    super(SCENE.ClassStudent);
  }

  create(data: ClassStudentData): void {
    this.connection = data.connection;
    const scenario = this.connection.view ? scenarioById(this.connection.view.setup.scenario) : undefined;
    if (!scenario) {
      this.scene.start(SCENE.Title);
      return;
    }
    this.scenario = scenario;
    this.portrait = usePortraitSize(this);
    this.viewAt = Date.now();
    this.refusal = null;
    this.unsubscribe = this.connection.subscribe(() => {
      this.viewAt = Date.now();
      const refused = this.connection.lastRefusal;
      if (refused) {
        this.connection.lastRefusal = null;
        this.refusal = { text: this.m.t(`class-student.refused.${refused.code}`), turn: this.view?.turn ?? 0 };
        // Removed by the teacher: this device's seat is gone.
        if (refused.code === 'no-member' && this.view) storeToken(this.view.code, null);
        announce(this.refusal.text);
      }
      this.draw();
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.unsubscribe?.();
      if (typeof document !== 'undefined') delete document.body.dataset.verification;
    });
    this.time.addEvent({ delay: 500, loop: true, callback: () => this.tickTimer() });
    this.installDragScroll();
    this.draw();
  }

  private get m(): Messages {
    return messages(this.scenario);
  }

  private get view(): PublicView | null {
    return this.connection.view;
  }

  private get me(): string | null {
    return this.connection.you?.member ?? null;
  }

  private get role(): string | null {
    return this.view?.roster.find((r) => r.id === this.me)?.role ?? null;
  }

  private captainOf(role: string): { id: string; name: string } | null {
    const c = this.view?.roster.find((r) => r.role === role && r.captain);
    return c ? { id: c.id, name: c.name } : null;
  }

  /** The engine game rebuilt from the decisions (again only when they change). */
  private played(view: PublicView): Game {
    const key = `${view.setup.seed}|${view.decisions.length}|${view.over}`;
    if (!this.engine || key !== this.gameKey) {
      this.engine?.dispose();
      this.engine = playedGame(this.scenario, view.setup, view.decisions);
      this.gameKey = key;
    }
    return this.engine;
  }

  // ---------------------------------------------------------------------------

  private draw(): void {
    const view = this.view;
    if (!view) return;
    const focused = this.group?.focused?.label ?? null;
    this.group?.destroy();
    this.children.removeAll(true);
    this.scroller = null;
    this.timerText = null;
    addBackdrop(this);
    const group = new FocusGroup(this, { onEscape: () => this.back() });
    this.group = group;
    const game = this.played(view);
    const W = this.scale.width;
    const H = this.scale.height;
    const pad = this.portrait ? 10 : 16;
    const headBottom = this.drawHead(view, game, pad, W - pad * 2);
    if (this.portrait) {
      const tabs: Tab[] = ['orders', 'news', 'team'];
      const tw = Math.floor((W - pad * 2 - SPACE.sm * 2) / 3);
      tabs.forEach((t, i) => {
        group.add(
          new Button(this, {
            x: pad + i * (tw + SPACE.sm),
            y: headBottom,
            width: tw,
            height: 44,
            label: this.m.t(`class-student.tab.${t}`),
            hint: '',
            toggle: true,
            selected: this.tab === t,
            fontSize: 16,
            onActivate: () => {
              this.tab = t;
              this.draw();
            },
          }),
        );
      });
      const box = { x: pad, y: headBottom + 44 + SPACE.sm, w: W - pad * 2, h: H - headBottom - 44 - SPACE.sm - pad };
      if (this.tab === 'orders') this.drawOrders(view, game, box);
      else if (this.tab === 'news') this.drawNews(view, game, box);
      else this.drawTeam(view, game, box);
    } else {
      const top = headBottom + SPACE.sm;
      const h = H - top - pad;
      this.drawTeam(view, game, { x: pad, y: top, w: 340, h });
      this.drawOrders(view, game, { x: pad + 340 + SPACE.md, y: top, w: 500, h });
      const nx = pad + 340 + 500 + SPACE.md * 2;
      this.drawNews(view, game, { x: nx, y: top, w: W - nx - pad, h });
    }
    const again = focused ? this.itemsLabelled(focused) : null;
    if (again) group.focus(again);
    exposeTexts(this);
    this.announceChange(view, game);
  }

  private itemsLabelled(label: string): Button | ScrollText | null {
    const list = this.children.list;
    for (const o of list) if ((o instanceof Button || o instanceof ScrollText) && o.label === label) return o;
    return null;
  }

  private back(): void {
    if (this.selected !== null) {
      this.selected = null;
      this.draw();
      return;
    }
    if (this.portrait && this.tab !== 'orders') {
      this.tab = 'orders';
      this.draw();
    }
  }

  /** The top lines: your role and team, the turn, and what the game waits for. Returns where it ends. */
  private drawHead(view: PublicView, game: Game, x: number, width: number): number {
    const m = this.m;
    const role = this.role;
    const state = game.state;
    let y = this.portrait ? 8 : 10;
    const band = this.add.graphics();
    if (role) {
      band.fillStyle(actorColor(this.scenario, role), 1);
      band.fillRect(x, y + 2, 6, this.portrait ? 24 : 26);
    }
    const count = role ? view.roster.filter((r) => r.role === role).length : 0;
    const captain = role ? this.captainOf(role) : null;
    const title = role ? m.t('class-student.head.role', { role: actorName(m, role), count }) : m.t('class-student.status.no-role');
    const head = this.add.text(x + 14, y, title, textStyle(this.portrait ? 'h3' : 'h2', { wrap: width - 14 }));
    y += head.height + 4;
    const you = view.roster.find((r) => r.id === this.me);
    const captainLine = !role
      ? ''
      : captain?.id === this.me
        ? m.t('class-student.head.captain.you')
        : captain
          ? m.t('class-student.head.captain', { name: captain.name })
          : m.t('class-student.head.captain.none');
    const who = m.t('class-student.head.you', { name: you?.name ?? '', code: view.code });
    const lastTurn = this.scenario.lastTurn;
    const turn = Math.min(state.turn, lastTurn);
    const turnLine = m.t('class-student.head.turn', { turn, last: lastTurn, dates: turnDates(this.scenario, turn, m.locale) });
    const lines = this.portrait ? [captainLine, turnLine, who] : [[captainLine, turnLine, who].filter(Boolean).join(' · ')];
    for (const line of lines.filter(Boolean)) {
      const t = this.add.text(x, y, line, textStyle('small', { color: css(COLORS.textMuted), wrap: width }));
      y += t.height + 2;
    }
    if (this.refusal && this.refusal.turn !== view.turn) this.refusal = null;
    if (this.refusal) {
      const r = this.add.text(x, y + 2, this.refusal.text, textStyle('small', { color: css(COLORS.warn), wrap: width }));
      y += r.height + 4;
    }
    const status = this.statusLine(view, game);
    const s = this.add.text(x, y + 2, status.text, textStyle('body', { color: css(status.color), wrap: width, fontStyle: 'bold' }));
    y += s.height + 6;
    this.timerText = this.add.text(x, y, '', textStyle('small', { color: css(COLORS.info) }));
    this.tickTimer();
    y += this.timerText.height + 6;
    return y;
  }

  private statusLine(view: PublicView, game: Game): { text: string; color: number } {
    const m = this.m;
    const role = this.role;
    if (this.connection.reconnecting) return { text: m.t('class-student.status.reconnecting'), color: COLORS.warn };
    if (view.over) return { text: m.t('class-student.status.over'), color: COLORS.info };
    if (view.paused) return { text: m.t('class-student.status.paused'), color: COLORS.warn };
    if (!role) return { text: m.t('class-student.status.no-role'), color: COLORS.textMuted };
    if (view.aiRoles.includes(role)) return { text: m.t('class-student.status.computer'), color: COLORS.textMuted };
    if (view.ordered.includes(role)) {
      const total = game.awaiting().filter((r) => !view.aiRoles.includes(r)).length;
      const waiting = total - view.ordered.length;
      return {
        text: waiting > 0 ? m.t('class-student.status.ordered', { waiting, total }) : m.t('class-student.status.ordered.all'),
        color: COLORS.good,
      };
    }
    const captain = this.captainOf(role)?.id === this.me;
    return { text: m.t(captain ? 'class-student.status.order-now' : 'class-student.status.propose'), color: COLORS.text };
  }

  private tickTimer(): void {
    const view = this.view;
    if (!this.timerText || !view) return;
    if (view.timeLeft === null || view.over || this.connection.reconnecting) {
      this.timerText.setText('');
      return;
    }
    const left = view.paused ? view.timeLeft : Math.max(0, view.timeLeft - (Date.now() - this.viewAt));
    const total = Math.ceil(left / 1000);
    const text = this.m.t('class-student.timer', { minutes: Math.floor(total / 60), seconds: String(total % 60).padStart(2, '0') });
    if (this.timerText.text !== text) this.timerText.setText(text);
  }

  // ---------------------------------------------------------------------------
  // The orders: the cards (paged), one card's details with Propose / Send, or the end.

  private drawOrders(view: PublicView, game: Game, box: Box): void {
    if (view.over) {
      this.drawEnd(view, game, box);
      return;
    }
    const role = this.role;
    if (!role) return;
    const options = game.awaiting().includes(role) ? game.options(role) : [];
    const chosen = this.selected ? options.find((o) => o.def.id === this.selected) : undefined;
    if (chosen) {
      this.drawDetail(view, chosen, box);
      return;
    }
    this.selected = null;
    const m = this.m;
    let y = box.y;
    this.add.text(box.x, y, m.t('class-student.cards.label'), textStyle('label'));
    y += 24;
    const proposals = Object.entries(this.connection.proposals);
    const nameOf = (id: string) => view.roster.find((r) => r.id === id)?.name ?? '?';
    const list = proposals.length
      ? m.t('class-student.proposals', {
          list: proposals.map(([id, a]) => m.t('class-student.proposal', { name: nameOf(id), action: actionName(m, a) })).join(' · '),
        })
      : m.t('class-student.proposals.none');
    const p = this.add.text(box.x, y, list, textStyle('small', { wrap: box.w, color: css(COLORS.textMuted) }));
    y += p.height + SPACE.sm;
    const rowH = 70;
    const pagerH = 48;
    const room = box.y + box.h - y;
    const fitsAll = options.length * rowH <= room;
    const perPage = Math.max(1, fitsAll ? options.length : Math.floor((room - pagerH) / rowH));
    const pages = Math.max(1, Math.ceil(options.length / perPage));
    this.page = Math.min(this.page, pages - 1);
    const shown = options.slice(this.page * perPage, this.page * perPage + perPage);
    const ordered = view.ordered.includes(role);
    shown.forEach((o, i) => {
      const proposedBy = proposals.filter(([, a]) => a === o.def.id).map(([id]) => nameOf(id));
      const meta = [
        m.t('class-student.card.meta', { cost: o.def.cost, stance: stanceText(m, o.def.stance) }),
        o.available ? riskTag(m, o) && m.t('class-student.card.risk', { risk: riskTag(m, o) ?? '' }) : unavailableText(m, o),
        proposedBy.length ? m.t('class-student.card.proposed', { names: proposedBy.join(', ') }) : null,
      ]
        .filter(Boolean)
        .join(' · ');
      this.group?.add(
        new Button(this, {
          x: box.x,
          y,
          width: box.w,
          height: 44,
          label: actionName(m, o.def.id),
          ...(i < 9 ? { hotkey: String(i + 1) } : {}),
          description: meta,
          disabled: !o.available || ordered,
          align: 'left',
          fontSize: 17,
          onActivate: () => {
            this.selected = o.def.id;
            this.draw();
          },
        }),
      );
      const t = this.add.text(box.x + 4, y + 46, meta, textStyle('tiny', { color: css(o.available ? COLORS.textMuted : COLORS.textDim) }));
      if (t.width > box.w - 4) {
        t.setWordWrapWidth(box.w - 4, true);
        t.setMaxLines(1);
        // One line: the rest of the meta line is in the card's details and its spoken description.
        while (t.text.length > 4 && t.width > box.w - 4) t.setText(`${t.text.slice(0, -2)}…`);
      }
      y += rowH;
    });
    if (pages > 1) {
      const bw = Math.floor((box.w - SPACE.sm) / 2);
      const py = box.y + box.h - pagerH + 4;
      this.group?.add(
        new Button(this, {
          x: box.x,
          y: py,
          width: bw,
          height: 44,
          label: m.t('class-student.cards.previous'),
          disabled: this.page === 0,
          hint: '',
          fontSize: 16,
          onActivate: () => {
            this.page--;
            this.draw();
          },
        }),
      );
      this.group?.add(
        new Button(this, {
          x: box.x + bw + SPACE.sm,
          y: py,
          width: bw,
          height: 44,
          label: m.t('class-student.cards.more'),
          disabled: this.page >= pages - 1,
          hint: '',
          fontSize: 16,
          onActivate: () => {
            this.page++;
            this.draw();
          },
        }),
      );
    }
  }

  private drawDetail(view: PublicView, o: ActionOption, box: Box): void {
    const m = this.m;
    const role = this.role ?? '';
    const captain = this.captainOf(role)?.id === this.me;
    const ordered = view.ordered.includes(role);
    const name = actionName(m, o.def.id);
    const blocks: ScrollBlock[] = [
      { text: name, kind: 'h3' },
      {
        text: m.t('class-student.card.meta', { cost: o.def.cost, stance: stanceText(m, o.def.stance) }),
        kind: 'small',
        color: COLORS.textMuted,
      },
    ];
    if (m.has(`action.${o.def.id}.summary`)) blocks.push({ text: m.t(`action.${o.def.id}.summary`), kind: 'body' });
    const effects = effectPhrases(m, this.scenario, o.def);
    blocks.push({
      text: effects.length ? m.t('class-student.detail.effects', { effects: effects.join(', ') }) : m.t('card.no-effect'),
      kind: 'small',
    });
    const risk = riskPhrase(m, o);
    if (risk) blocks.push({ text: risk, kind: 'small', color: COLORS.warn });
    if (o.crossesRung) blocks.push({ text: m.t('card.crosses-rung'), kind: 'small', color: COLORS.warn });
    if (!o.available) blocks.push({ text: unavailableText(m, o), kind: 'small', color: COLORS.warn });
    const buttonsH = (44 + SPACE.sm) * 3;
    this.scroller =
      this.group?.add(new ScrollText(this, { x: box.x, y: box.y, width: box.w, height: box.h - buttonsH, blocks, label: name })) ?? null;
    let y = box.y + box.h - buttonsH + SPACE.sm;
    const can = o.available && !ordered && !view.paused;
    const propose = this.group?.add(
      new Button(this, {
        x: box.x,
        y,
        width: box.w,
        height: 44,
        label: m.t('class-student.detail.propose'),
        hotkey: 'p',
        disabled: !can,
        onActivate: () => {
          this.connection.send('propose', { action: o.def.id });
          announce(m.t('class-student.detail.proposed', { action: name }));
        },
      }),
    );
    y += 44 + SPACE.sm;
    const order = captain
      ? this.group?.add(
          new Button(this, {
            x: box.x,
            y,
            width: box.w,
            height: 44,
            label: m.t('class-student.detail.order'),
            hotkey: 'o',
            variant: 'primary',
            disabled: !can,
            onActivate: () => {
              this.connection.send('order', { action: o.def.id });
              this.selected = null;
              announce(m.t('class-student.detail.sent', { action: name }));
            },
          }),
        )
      : null;
    y += 44 + SPACE.sm;
    this.group?.add(
      new Button(this, {
        x: box.x,
        y,
        width: box.w,
        height: 44,
        label: m.t('class-student.detail.back'),
        hint: this.portrait ? '' : '[Esc]',
        onActivate: () => this.back(),
      }),
    );
    this.group?.focusFirst(order ?? propose ?? undefined);
  }

  // ---------------------------------------------------------------------------
  // Your position: meters, budget, the ladder, your team (the captain hands the captaincy on).

  private drawTeam(view: PublicView, game: Game, box: Box): void {
    const m = this.m;
    const role = this.role;
    const state = game.state;
    let y = box.y;
    if (role) {
      this.add.text(box.x, y, m.t('class-student.meters'), textStyle('label'));
      y += 24;
      const a = state.actors[role];
      const bars = this.add.graphics();
      for (const id of METERS) {
        const value = Math.round(a?.meters[id] ?? 0);
        const t = this.add.text(box.x, y, m.t('class-student.meter', { meter: meterLabel(m, role, id), value }), textStyle('small'));
        y += t.height + 2;
        bars.fillStyle(COLORS.bar, 1);
        bars.fillRoundedRect(box.x, y, box.w, 8, RADIUS.sm);
        bars.fillStyle(COLORS.info, 1);
        bars.fillRoundedRect(box.x, y, Math.max(2, (box.w * Math.max(0, Math.min(100, value))) / 100), 8, RADIUS.sm);
        y += 14;
      }
      const b = this.add.text(box.x, y, m.t('class-student.budget', { budget: a?.budget ?? 0 }), textStyle('small'));
      y += b.height + SPACE.md;
    }
    const top = this.scenario.ladder.top;
    bandRung(this, box.x, y, box.w, state.rung, top);
    const l = this.add.text(
      box.x + 12,
      y,
      m.t('class-student.ladder', { rung: state.rung, top, name: rungName(m, state.rung) }),
      textStyle('small', { wrap: box.w - 12, fontStyle: 'bold' }),
    );
    y += l.height + SPACE.md;
    if (!role) return;
    this.add.text(box.x, y, m.t('class-student.team'), textStyle('label'));
    y += 24;
    const iAmCaptain = this.captainOf(role)?.id === this.me;
    for (const r of view.roster.filter((x) => x.role === role)) {
      const t = this.add.text(
        box.x,
        y,
        m.t('class-student.member', {
          name: r.name,
          captain: r.captain ? 'yes' : 'no',
          you: r.id === this.me ? 'yes' : 'no',
          online: r.connected ? 'yes' : 'no',
        }),
        textStyle('small', { wrap: box.w }),
      );
      y += t.height + 4;
      if (iAmCaptain && r.id !== this.me && y + 44 < box.y + box.h) {
        this.group?.add(
          new Button(this, {
            x: box.x,
            y,
            width: box.w,
            height: 40,
            label: m.t('class-student.make-captain', { name: r.name }),
            hint: '',
            fontSize: 16,
            onActivate: () => {
              this.connection.send('captain', { member: r.id });
              announce(m.t('class-student.captain.made', { name: r.name }));
            },
          }),
        );
        y += 40 + SPACE.sm;
      }
    }
  }

  // ---------------------------------------------------------------------------
  // The news and last turn's results, in the single game's words.

  private drawNews(_view: PublicView, game: Game, box: Box): void {
    const m = this.m;
    const state = game.state;
    const last = state.outcome ? state.turn : state.turn - 1;
    const entries = last >= 1 ? entriesOfTurn(state, last) : [];
    const blocks: ScrollBlock[] = [{ text: m.t('class-student.news'), kind: 'h3' }];
    const news = entries.filter((e) => e.kind === 'event');
    if (news.length) for (const e of news) blocks.push({ text: describeEntry(m, this.scenario, e), kind: 'small', indent: 8 });
    else
      blocks.push({
        text: m.t(entries.length ? 'class-student.news.quiet' : 'class-student.news.none'),
        kind: 'small',
        color: COLORS.textMuted,
      });
    blocks.push({ text: m.t('class-student.results'), kind: 'h3', gapBefore: 16 });
    if (last >= 1 && entries.length) {
      for (const line of reportTurn(m, this.scenario, last, entries)) {
        if (!line.trim()) continue;
        const indent = line.startsWith('  ') ? 12 : 0;
        blocks.push({ text: line.trim(), kind: indent ? 'small' : 'label', indent, gapBefore: indent ? 2 : 8 });
      }
    } else blocks.push({ text: m.t('class-student.results.none'), kind: 'small', color: COLORS.textMuted });
    this.scroller =
      this.group?.add(
        new ScrollText(this, { x: box.x, y: box.y, width: box.w, height: box.h, blocks, label: m.t('class-student.results') }),
      ) ?? null;
  }

  // ---------------------------------------------------------------------------
  // The end: outcome, scores, the verification code, the replay.

  private drawEnd(view: PublicView, game: Game, box: Box): void {
    const m = this.m;
    const results = this.connection.results;
    let y = box.y;
    this.add.text(box.x, y, m.t('class-student.end.title'), textStyle('h2'));
    y += 36;
    const head = this.add.text(box.x, y, outcomeHeadline(m, this.scenario, game.state), textStyle('body', { wrap: box.w }));
    y += head.height + SPACE.sm;
    if (!results) {
      this.add.text(box.x, y, m.t('class-student.end.waiting'), textStyle('small', { color: css(COLORS.textMuted) }));
      return;
    }
    document.body.dataset.verification = results.verification;
    const code = this.add.text(
      box.x,
      y,
      m.t('class-student.end.code', { code: results.verification }),
      textStyle('h3', { color: css(COLORS.info), wrap: box.w }),
    );
    y += code.height + SPACE.sm;
    const scores = scoreGame(game.state as Parameters<typeof scoreGame>[0], this.scenario);
    const role = this.role;
    const mine = scores.find((s) => s.actor === role);
    if (mine) {
      const t = this.add.text(
        box.x,
        y,
        m.t('class-student.end.your-score', { score: mine.score }),
        textStyle('body', { fontStyle: 'bold' }),
      );
      y += t.height + SPACE.sm;
    }
    const buttonsH = (44 + SPACE.sm) * 3;
    const list = scores.map((s) => m.t('class-student.end.score', { actor: actorName(m, s.actor), score: s.score })).join(' · ');
    const st = this.add.text(
      box.x,
      y,
      `${m.t('class-student.end.scores')}: ${list}`,
      textStyle('small', { wrap: box.w, color: css(COLORS.textMuted) }),
    );
    if (st.y + st.height > box.y + box.h - buttonsH) st.setMaxLines(Math.max(1, Math.floor((box.y + box.h - buttonsH - y) / 24)));
    let by = box.y + box.h - buttonsH + SPACE.sm;
    const file = `flashpoint-class-${view.code}-${role ?? 'watch'}.replay.json`;
    const download = this.group?.add(
      new Button(this, {
        x: box.x,
        y: by,
        width: box.w,
        height: 44,
        label: m.t('class-student.end.download'),
        hotkey: 'd',
        variant: 'primary',
        onActivate: () => {
          downloadText(file, results.replay, 'application/json');
          announce(m.t('class-student.end.downloaded', { file }));
        },
      }),
    );
    by += 44 + SPACE.sm;
    this.group?.add(
      new Button(this, {
        x: box.x,
        y: by,
        width: box.w,
        height: 44,
        label: m.t('class-student.end.open'),
        hotkey: 'r',
        onActivate: () => openScene(this, SCENE.ReplayViewer, { text: results.replay, name: file }),
      }),
    );
    by += 44 + SPACE.sm;
    this.group?.add(
      new Button(this, {
        x: box.x,
        y: by,
        width: box.w,
        height: 44,
        label: m.t('class-student.end.title-screen'),
        hint: '',
        onActivate: () => {
          storeToken(view.code, null);
          void this.connection.leave();
          this.scene.start(SCENE.Title);
        },
      }),
    );
    this.group?.focusFirst(download ?? undefined);
  }

  // ---------------------------------------------------------------------------

  /** Says a new turn's results, the end, or a new status once (a screen reader hears what changed). */
  private announceChange(view: PublicView, game: Game): void {
    const m = this.m;
    const role = this.role;
    const status = this.statusLine(view, game).text;
    const key = `${view.turn}|${view.over}|${status}|${this.connection.results ? 1 : 0}`;
    if (key === this.lastAnnounced) return;
    const first = this.lastAnnounced === '';
    const turnChanged = !first && this.lastAnnounced.split('|')[0] !== String(view.turn);
    this.lastAnnounced = key;
    const text =
      view.over && this.connection.results
        ? m.t('class-student.announce.over', {
            headline: outcomeHeadline(m, this.scenario, game.state),
            code: this.connection.results.verification,
          })
        : turnChanged
          ? m.t('class-student.announce.turn', { turn: view.turn, results: status })
          : m.t('class-student.announce', { role: role ? actorName(m, role) : '', status });
    if (first) announceScene('ClassStudent', text);
    else announce(text);
  }

  /** Touch screens: a finger dragged over the text column scrolls it. */
  private installDragScroll(): void {
    let lastY: number | null = null;
    this.input.on(Phaser.Input.Events.POINTER_DOWN, (p: Phaser.Input.Pointer) => {
      const s = this.scroller;
      lastY = s?.getBounds().contains(p.x, p.y) ? p.y : null;
    });
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (p: Phaser.Input.Pointer) => {
      if (lastY === null || !p.isDown || !this.scroller) return;
      const lines = Math.trunc((lastY - p.y) / 24);
      if (lines !== 0) {
        this.scroller.scrollBy(lines);
        lastY -= lines * 24;
      }
    });
    this.input.on(Phaser.Input.Events.POINTER_UP, () => (lastY = null));
  }
}

/** A thin band in the rung's colour beside the ladder line (the rung's name is always written beside it). */
function bandRung(scene: Phaser.Scene, x: number, y: number, _w: number, rung: number, top: number): void {
  const g = scene.add.graphics();
  g.fillStyle(rungColor(rung, top), 1);
  g.fillRect(x, y + 2, 6, 18);
}
