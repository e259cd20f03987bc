import * as Phaser from 'phaser';
import { relationKey } from '../sim/relations';
import type { ActorId, LogEntry } from '../sim/types';
import { type ChangeGroup, changeGroups, groupText, ladderCauses, meterGroups, partText, placeGroups } from '../text/causes';
import { actorName, describeEntry, placeName, rungName } from '../text/describe';
import type { Messages } from '../text/messages';
import { announceScene } from '../ui/announcer';
import { meterLabel, signed } from '../ui/effects-text';
import { howChosenShown } from '../ui/how-chosen';
import { howChosenToggle } from '../ui/how-chosen-toggle';
import { activeSession, type PlaySession, type TurnReport } from '../ui/play';
import { actorTag, COLORS, css, FONT, FONT_FAMILY, GAME_WIDTH, RADIUS, rungColor, SPACE, STROKE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, FocusGroup, HeaderBar, Panel, type ScrollBlock, ScrollText } from '../ui/widgets';
import { phaseName } from './components/ActionDetails';

export interface ResolutionData {
  /** The turn to explain (default: the last one played). */
  turn?: number;
  /** A problem to show without stopping (e.g. the autosave failed). */
  notice?: string | null;
}

const LEFT_W = 740;
const RIGHT_X = 16 + LEFT_W + 12;
const RIGHT_W = GAME_WIDTH - 16 - RIGHT_X;
const TOP = 64;
const BOTTOM = 720 - 30 - 56 - 10;
/** Width of the "How the AI chose" toggle at the bottom left. */
const HOW_W = 250;

/** "What happened and why": every order of the turn with its reasons, the dice, the events, the ladder. */
export class Resolution extends Phaser.Scene {
  private data_: ResolutionData = {};

  constructor() {
    super('Resolution');
  }

  init(data: ResolutionData): void {
    this.data_ = data ?? {};
  }

  create(): void {
    const session = activeSession();
    if (!session) {
      this.scene.start('Title');
      return;
    }
    const turn = this.data_.turn ?? session.lastPlayedTurn();
    const report = session.report(turn);
    const sc = session.scenario;
    const m = session.messages;
    addBackdrop(this);
    const role = session.role;
    const hotseat = session.isHotseat;
    const seed = clip(session.setup.seed, 24);
    new HeaderBar(this, {
      title: m.t('resolution.title', { turn, last: sc.lastTurn, dates: report.dates }),
      right: hotseat
        ? m.t('resolution.right.hotseat', { players: session.players.length, seed })
        : role
          ? m.t('resolution.right.role', { actor: actorName(m, role), seed })
          : m.t('resolution.right.watch', { seed }),
    });
    const next = () => {
      if (session.over) this.scene.start('Debrief');
      // Hot-seat: the next turn starts behind the pass-the-device screen of its first player.
      else this.scene.start(hotseat ? 'PassDevice' : 'Game');
    };
    const group = new FocusGroup(this, { onEscape: next });

    // Left: the orders in resolution order, each with its reasons.
    const orders = group.add(
      new ScrollText(this, {
        x: 16,
        y: TOP,
        width: LEFT_W,
        height: BOTTOM - TOP,
        blocks: this.orderBlocks(session, report),
        label: m.t('resolution.orders.label'),
      }),
    );

    // Right, top: the ladder before and after.
    const ladderH = 150;
    this.drawLadderChange(session, report, RIGHT_X, TOP, RIGHT_W, ladderH);

    // Right: the dice, what happened, the news, your numbers.
    const outcome = group.add(
      new ScrollText(this, {
        x: RIGHT_X,
        y: TOP + ladderH + 10,
        width: RIGHT_W,
        height: BOTTOM - TOP - ladderH - 10,
        blocks: this.outcomeBlocks(session, report),
        label: m.t('resolution.outcome.label'),
      }),
    );

    const by = BOTTOM + 10;
    const label = session.over
      ? m.t('resolution.button.debrief')
      : role
        ? m.t('resolution.button.next', { turn: turn + 1 })
        : m.t('resolution.button.watch');
    const hint = session.over
      ? m.t('resolution.hint.over')
      : hotseat && role
        ? m.t('resolution.hint.pass', { actor: actorName(m, role), turn: turn + 1 })
        : m.t('resolution.hint.read');
    const cont = group.add(
      new Button(this, {
        x: GAME_WIDTH - 16 - 340,
        y: by,
        width: 340,
        height: 56,
        label,
        hotkey: 'c',
        hint: m.t('common.key.enter'),
        variant: 'primary',
        onActivate: next,
      }),
    );
    // "How the AI chose": the odds behind each AI decision, hidden until asked for (remembered).
    group.add(
      howChosenToggle(this, m, { x: 16, y: by, width: HOW_W, height: 56 }, () => orders.setBlocks(this.orderBlocks(session, report))),
    );
    // A problem (e.g. the turn could not be saved) takes the place of the hint: words, a "!" and colour.
    const notice = this.data_.notice ? m.t('resolution.notice', { notice: this.data_.notice }) : null;
    const hintX = 16 + HOW_W + 16;
    this.add
      .text(
        hintX,
        by + 28,
        notice ?? hint,
        textStyle(
          'small',
          notice
            ? { color: css(COLORS.warn), fontStyle: 'bold', wrap: GAME_WIDTH - 16 - 340 - 16 - hintX }
            : { color: css(COLORS.textMuted), wrap: GAME_WIDTH - 16 - 340 - 16 - hintX },
        ),
      )
      .setOrigin(0, 0.5);
    group.focusFirst(cont);
    addKeyHelp(this, m.t('resolution.key-help'));

    void orders;
    void outcome;
    announceScene('Resolution', `${notice ? `${notice} ` : ''}${this.summary(session, report)}`);
  }

  private orderBlocks(session: PlaySession, r: TurnReport): ScrollBlock[] {
    const m = session.messages;
    const blocks: ScrollBlock[] = [
      { text: m.t('resolution.orders.title'), kind: 'h3' },
      {
        text: m.t('resolution.orders.note'),
        kind: 'tiny',
        gapBefore: 4,
      },
    ];
    // The players' orders in the players' order (Serbia first); the full list below is in resolution order.
    const humans = r.decisions
      .filter((d) => d.by === 'human')
      .sort((a, b) => session.players.indexOf(a.actor) - session.players.indexOf(b.actor));
    const hotseat = session.isHotseat;
    if (hotseat && humans.length) {
      blocks.push({ text: m.t('resolution.orders.players'), kind: 'small', color: COLORS.info, gapBefore: 6 });
      for (const d of humans) {
        const who = tagged(m, d.actor, d.actorName);
        blocks.push({
          text: m.t('resolution.orders.player', { who, action: d.actionName }),
          kind: 'small',
          color: COLORS.info,
          indent: 16,
          gapBefore: 2,
        });
      }
    } else if (humans[0]) {
      const mine = humans[0];
      blocks.push({
        text: m.t('resolution.orders.yours', { action: mine.actionName, phase: phaseName(m, mine.phase) }),
        kind: 'small',
        color: COLORS.info,
        gapBefore: 6,
      });
    }
    for (const d of r.decisions) {
      const by = d.by === 'human' ? (hotseat ? 'player' : 'you') : 'ai';
      blocks.push({
        text: m.t('resolution.order.head', { who: tagged(m, d.actor, d.actorName), by, action: d.actionName }),
        kind: 'label',
        color: d.by === 'human' ? COLORS.info : COLORS.text,
        gapBefore: 12,
      });
      blocks.push({
        text: m.t('resolution.order.meta', { phase: phaseName(m, d.phase), posture: d.posture }),
        kind: 'tiny',
        color: COLORS.textDim,
        indent: 16,
        gapBefore: 0,
      });
      // Motives before dice: the plain reason first, the posture next, the odds only when asked for.
      if (d.motive) blocks.push({ text: d.motive, kind: 'tiny', color: COLORS.text, indent: 16, gapBefore: 2 });
      blocks.push({ text: d.reasons, kind: 'tiny', color: COLORS.textMuted, indent: 16, gapBefore: 2 });
      if (d.odds && howChosenShown()) blocks.push({ text: d.odds, kind: 'tiny', color: COLORS.textDim, indent: 16, gapBefore: 2 });
    }
    return blocks;
  }

  private outcomeBlocks(session: PlaySession, r: TurnReport): ScrollBlock[] {
    const m = session.messages;
    const bullet = (text: string) => m.t('common.bullet', { text });
    const blocks: ScrollBlock[] = [];
    if (r.ending) blocks.push({ text: r.ending, kind: 'small', color: COLORS.warn }, { text: '', kind: 'tiny', gapBefore: 4 });
    const entries = turnEntries(session, r.turn);
    const groups = changeGroups(entries);
    const sc = session.scenario;
    // One player: "Your numbers"; hot-seat: every player's, read together. Each change with its causes.
    for (const role of session.players) {
      const a = session.state.actors[role];
      if (!a) continue;
      const short = actorName(m, role);
      blocks.push({
        text: session.isHotseat
          ? m.t('resolution.numbers.player', { who: tagged(m, role, short) })
          : m.t('resolution.numbers.yours', { actor: short }),
        kind: 'h3',
        gapBefore: 14,
      });
      const mine = meterGroups(groups, role);
      for (const meter of ['support', 'standing', 'special'] as const) {
        const g = mine.find((x) => x.what === meter);
        const d = g?.total ?? 0;
        blocks.push({
          text: m.t('resolution.meter', {
            meter: meterLabel(m, role, meter),
            value: Math.round(a.meters[meter]),
            changed: d ? 'yes' : 'no',
            delta: signed(d),
          }),
          kind: 'tiny',
          color: COLORS.text,
          gapBefore: 2,
        });
        for (const p of g?.parts ?? [])
          blocks.push({ text: bullet(partText(m, sc, p)), kind: 'tiny', color: COLORS.textMuted, indent: 14, gapBefore: 1 });
      }
      blocks.push({ text: m.t('resolution.budget', { budget: a.budget }), kind: 'tiny', color: COLORS.text, gapBefore: 2 });
      blocks.push(...this.relationBlocks(session, role, groups));
    }
    // Then what happened: the dice, incidents and milestones, the news.
    const story: ScrollBlock[] = [];
    story.push({ text: m.t('resolution.dice.title'), kind: 'h3', gapBefore: 14 });
    const rolls = turnEntries(session, r.turn).filter((e) => e.kind === 'roll');
    if (rolls.length === 0)
      story.push({
        text: m.t('resolution.dice.none'),
        kind: 'tiny',
        color: COLORS.textMuted,
        gapBefore: 4,
      });
    for (const d of rolls) story.push({ text: dieText(m, d), kind: 'tiny', color: COLORS.text, gapBefore: 4 });
    const happened = r.happened.filter((h) => !r.dice.includes(h));
    story.push({ text: m.t('resolution.happened.title'), kind: 'h3', gapBefore: 14 });
    // No incident or milestone is not "nothing changed": the numbers that moved are listed below with their causes.
    if (happened.length === 0) story.push({ text: m.t('resolution.happened.quiet'), kind: 'tiny', color: COLORS.textMuted, gapBefore: 4 });
    for (const h of happened) story.push({ text: bullet(h), kind: 'tiny', color: COLORS.text, gapBefore: 4 });
    story.push({ text: m.t('resolution.news.title'), kind: 'h3', gapBefore: 14 });
    if (r.news.length === 0) story.push({ text: m.t('resolution.news.none'), kind: 'tiny', color: COLORS.textMuted, gapBefore: 4 });
    for (const n of r.news) story.push({ text: bullet(n), kind: 'tiny', color: COLORS.text, gapBefore: 4 });

    blocks.push(...story);
    // The towns: every change to unrest, police and troops, with its causes.
    blocks.push({ text: m.t('resolution.changes.towns'), kind: 'h3', gapBefore: 14 });
    const towns = placeGroups(groups, sc);
    if (towns.length === 0)
      blocks.push({ text: m.t('resolution.changes.towns.none'), kind: 'tiny', color: COLORS.textMuted, gapBefore: 4 });
    for (const town of towns) {
      const place = session.state.places[town.place];
      blocks.push({
        text: m.t('resolution.changes.town', { place: placeName(m, town.place), holder: place ? m.t(`holder.${place.holder}.label`) : '' }),
        kind: 'label',
        color: COLORS.text,
        gapBefore: 6,
      });
      for (const g of town.groups)
        blocks.push({ text: bullet(groupText(m, sc, g)), kind: 'tiny', color: COLORS.textMuted, indent: 14, gapBefore: 2 });
    }
    const ladder = ladderCauses(m, sc, entries);
    if (ladder) {
      blocks.push({ text: m.t('resolution.ladder.causes'), kind: 'h3', gapBefore: 14 });
      blocks.push({ text: ladder, kind: 'tiny', color: COLORS.text, gapBefore: 4 });
    }
    const c = session.state.casualties;
    const hurt = sc.casualtyGroups.map((g) =>
      m.t('resolution.casualties.group', { group: m.t(`casualties.${g}.group`), injured: c[g]?.injured ?? 0 }),
    );
    const killed = sc.casualtyGroups.reduce((sum, g) => sum + (c[g]?.killed ?? 0), 0);
    blocks.push({ text: m.t('resolution.casualties.title'), kind: 'h3', gapBefore: 14 });
    blocks.push({
      text: m.t('resolution.casualties', { groups: hurt.join(m.t('resolution.separator')), killed }),
      kind: 'tiny',
      color: COLORS.text,
      gapBefore: 4,
    });
    if (!r.ending && blocks[0]) blocks[0] = { ...blocks[0], gapBefore: 0 };
    return blocks;
  }

  /** A player's relations with every other actor now, with this turn's changes and their causes. */
  private relationBlocks(session: PlaySession, role: ActorId, groups: readonly ChangeGroup[]): ScrollBlock[] {
    const m = session.messages;
    const sc = session.scenario;
    const blocks: ScrollBlock[] = [
      { text: m.t('resolution.relations.title'), kind: 'label', color: COLORS.text, gapBefore: 8 },
      { text: m.t('resolution.relations.scale'), kind: 'tiny', color: COLORS.textDim, gapBefore: 1 },
    ];
    for (const other of sc.actorIds) {
      if (other === role) continue;
      const key = relationKey(role, other);
      const g = groups.find((x) => x.what === 'relation' && x.of === key);
      const d = g?.total ?? 0;
      blocks.push({
        text: m.t('resolution.relations.row', {
          actor: actorName(m, other),
          value: signed(session.state.relations[key] ?? 0),
          changed: d ? 'yes' : 'no',
          delta: signed(d),
        }),
        kind: 'tiny',
        color: d ? COLORS.text : COLORS.textMuted,
        indent: 8,
        gapBefore: 1,
      });
      for (const p of g?.parts ?? [])
        blocks.push({
          text: m.t('common.bullet', { text: partText(m, sc, p) }),
          kind: 'tiny',
          color: COLORS.textMuted,
          indent: 22,
          gapBefore: 1,
        });
    }
    return blocks;
  }

  /** The ladder before and after the turn, as two rungs with an arrow and words. */
  private drawLadderChange(session: PlaySession, r: TurnReport, x: number, y: number, w: number, h: number): void {
    const sc = session.scenario;
    const m = session.messages;
    const panel = new Panel(this, { x, y, width: w, height: h, title: m.t('resolution.ladder.title') });
    const to = r.ladderMove ? r.ladderMove.to : session.state.rung;
    const from = r.ladderMove ? r.ladderMove.from : to;
    const move = to > from ? 'up' : to < from ? 'down' : 'level';
    const verb = m.t('resolution.ladder.verb', { move });
    const top = sc.ladder.top;
    const g = this.add.graphics();
    panel.add(g);
    const boxY = 46;
    const gapW = 84;
    const boxW = (w - 32 - gapW) / 2;
    const drawRung = (bx: number, level: number, when: 'before' | 'after', strong: boolean) => {
      g.fillStyle(strong ? COLORS.buttonSelected : COLORS.bgRaised, 1);
      g.fillRoundedRect(bx, boxY, boxW, 64, RADIUS.sm);
      g.lineStyle(strong ? STROKE.normal : STROKE.thin, strong ? COLORS.text : COLORS.panelBorder, 1);
      g.strokeRoundedRect(bx, boxY, boxW, 64, RADIUS.sm);
      g.fillStyle(rungColor(level, top), 1);
      g.fillRect(bx + 4, boxY + 4, 6, 56);
      panel.add(this.add.text(bx + 18, boxY + 4, m.t('resolution.ladder.rung', { when, rung: level }), textStyle('tiny')));
      panel.add(
        this.add.text(bx + 18, boxY + 24, rungName(m, level), {
          fontFamily: FONT_FAMILY,
          fontSize: `${FONT.small}px`,
          fontStyle: 'bold',
          color: css(COLORS.text),
          wordWrap: { width: boxW - 24, useAdvancedWrap: true },
        }),
      );
    };
    drawRung(16, from, 'before', false);
    drawRung(16 + boxW + gapW, to, 'after', true);
    // Arrow: up, down or level, with the word under it.
    const ax = 16 + boxW + gapW / 2;
    const ay = boxY + 26;
    g.fillStyle(to === from ? COLORS.textMuted : to > from ? COLORS.warn : COLORS.good, 1);
    if (to > from) g.fillTriangle(ax - 12, ay + 8, ax + 12, ay + 8, ax, ay - 12);
    else if (to < from) g.fillTriangle(ax - 12, ay - 8, ax + 12, ay - 8, ax, ay + 12);
    else g.fillRect(ax - 12, ay - 3, 24, 6);
    panel.add(this.add.text(ax, ay + 16, verb, textStyle('tiny', { fontStyle: 'bold', color: css(COLORS.text) })).setOrigin(0.5, 0));
    if (r.ladderMove) {
      const heat = r.ladderMove.heat;
      panel.add(
        this.add.text(
          16,
          boxY + 70,
          m.t('resolution.ladder.pressure', { heat: heat === 0 ? '0' : signed(heat), move }),
          textStyle('tiny', { color: css(COLORS.textMuted) }),
        ),
      );
    }
    if (session.state.peakRung > to) {
      panel.add(
        this.add
          .text(
            w - SPACE.md,
            14,
            m.t('resolution.ladder.peak', { rung: session.state.peakRung }),
            textStyle('tiny', { color: css(COLORS.warn) }),
          )
          .setOrigin(1, 0),
      );
    }
  }

  private summary(session: PlaySession, r: TurnReport): string {
    const m = session.messages;
    const sep = m.t('resolution.spoken.separator');
    const ordersText = (list: TurnReport['decisions']) =>
      list.map((d) => m.t('resolution.spoken.order', { actor: d.actorName, action: d.actionName })).join(sep);
    const parts = [m.t('resolution.spoken.turn', { turn: r.turn, dates: r.dates })];
    const humans = r.decisions
      .filter((d) => d.by === 'human')
      .sort((a, b) => session.players.indexOf(a.actor) - session.players.indexOf(b.actor));
    if (session.isHotseat) {
      if (humans.length) parts.push(m.t('resolution.spoken.players', { orders: ordersText(humans) }));
    } else if (humans[0]) parts.push(m.t('resolution.spoken.yours', { action: humans[0].actionName }));
    const rung = session.state.rung;
    parts.push(r.ladder ?? m.t('resolution.spoken.held', { rung, name: rungName(m, rung) }));
    if (r.dice.length) parts.push(m.t('resolution.spoken.dice', { count: r.dice.length, dice: r.dice.join(' ') }));
    const entries = turnEntries(session, r.turn);
    const violence = entries
      .filter((e) => e.kind === 'incident' || e.kind === 'casualties')
      .map((e) => describeEntry(m, session.scenario, e));
    if (violence.length) parts.push(violence.join(' '));
    const titles = entries.flatMap((e) => (e.kind === 'event' ? [m.t(`event.${e.event}.title`)] : []));
    if (titles.length) parts.push(m.t('resolution.spoken.news', { titles: titles.join(sep) }));
    if (r.ending) parts.push(r.ending);
    const ai = r.decisions.filter((d) => d.by === 'ai');
    if (ai.length) parts.push(m.t('resolution.spoken.others', { orders: ordersText(ai) }));
    const first = session.role;
    parts.push(
      session.over
        ? m.t('resolution.spoken.debrief')
        : session.isHotseat && first
          ? m.t('resolution.spoken.pass', { actor: actorName(m, first) })
          : m.t('resolution.spoken.continue'),
    );
    return parts.join(' ');
  }
}

/** The log entries of one turn. */
function turnEntries(session: PlaySession, turn: number): LogEntry[] {
  return session.state.log.filter((e) => e.turn === turn);
}

/** One die roll as a line of "the dice that mattered". */
function dieText(m: Messages, e: Extract<LogEntry, { kind: 'roll' }>): string {
  return m.t('resolution.die', {
    label: m.t(`action.${e.action}.risk.label`),
    place: e.place ? placeName(m, e.place) : 'none',
    chance: e.chance,
    roll: e.roll,
    hit: e.hit ? 'yes' : 'no',
  });
}

/** "KSR · Kosovo Serbs", or the name alone when the tag is the name ("KFOR"). */
function tagged(m: Messages, actor: ActorId, name: string): string {
  const tag = actorTag(m, actor);
  return tag === name ? name : m.t('resolution.who', { tag, name });
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
