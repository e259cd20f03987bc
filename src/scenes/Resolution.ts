import * as Phaser from 'phaser';
import { announceScene } from '../ui/announcer';
import { meterName, signed } from '../ui/effects-text';
import { activeSession, type PlaySession, type TurnReport } from '../ui/play';
import { ACTOR_STYLE, COLORS, css, FONT, FONT_FAMILY, GAME_WIDTH, RADIUS, rungColor, SPACE, STROKE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, Button, FocusGroup, HeaderBar, Panel, type ScrollBlock, ScrollText } from '../ui/widgets';
import { PHASE_TEXT } from './components/ActionDetails';

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
    addBackdrop(this);
    const role = session.role;
    const hotseat = session.isHotseat;
    new HeaderBar(this, {
      title: `What happened · Turn ${turn} of ${sc.lastTurn} · ${report.dates}`,
      right: hotseat
        ? `Hot-seat · ${session.players.length} players · seed ${clip(session.setup.seed, 24)}`
        : role
          ? `You play ${sc.actors[role].short} · seed ${clip(session.setup.seed, 24)}`
          : `Watching · seed ${clip(session.setup.seed, 24)}`,
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
        label: 'Orders and their reasons',
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
        label: 'Dice, events and news',
      }),
    );

    const by = BOTTOM + 10;
    const label = session.over ? 'See the debrief' : role ? `On to turn ${turn + 1}` : 'Back to watching';
    const hint = session.over
      ? 'The game is over: the debrief compares it with 2023.'
      : hotseat && role
        ? `Everyone may read this together. Then pass the device to ${sc.actors[role].short} for turn ${turn + 1}.`
        : 'Read why each actor acted as it did, then go on.';
    const cont = group.add(
      new Button(this, {
        x: GAME_WIDTH - 16 - 340,
        y: by,
        width: 340,
        height: 56,
        label,
        hotkey: 'c',
        hint: '[Enter]',
        variant: 'primary',
        onActivate: next,
      }),
    );
    // A problem (e.g. the turn could not be saved) takes the place of the hint: words, a "!" and colour.
    const notice = this.data_.notice ? `! ${this.data_.notice} The game goes on.` : null;
    this.add
      .text(
        16,
        by + 28,
        notice ?? hint,
        textStyle(
          'small',
          notice ? { color: css(COLORS.warn), fontStyle: 'bold', wrap: GAME_WIDTH - 16 - 340 - 32 } : { color: css(COLORS.textMuted) },
        ),
      )
      .setOrigin(0, 0.5);
    group.focusFirst(cont);
    addKeyHelp(this, 'Tab: move between the lists · arrow keys or Page Up/Down: scroll the focused list · Enter or C: continue');

    void orders;
    void outcome;
    announceScene('Resolution', `${notice ? `${notice} ` : ''}${this.summary(session, report)}`);
  }

  private orderBlocks(session: PlaySession, r: TurnReport): ScrollBlock[] {
    const blocks: ScrollBlock[] = [
      { text: 'Orders, in the order they resolved', kind: 'h3' },
      {
        text: 'All orders were revealed together, then resolved: statements first, then deployments, action on the ground, and talks.',
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
      blocks.push({ text: 'The players’ orders, revealed together:', kind: 'small', color: COLORS.info, gapBefore: 6 });
      for (const d of humans) {
        const who = ACTOR_STYLE[d.actor].tag === d.actorName ? d.actorName : `${ACTOR_STYLE[d.actor].tag} · ${d.actorName}`;
        blocks.push({ text: `${who}: ${d.actionName}`, kind: 'small', color: COLORS.info, indent: 16, gapBefore: 2 });
      }
    } else if (humans[0]) {
      const mine = humans[0];
      blocks.push({
        text: `Your order: ${mine.actionName} (resolved with ${PHASE_TEXT[mine.phase].replace(/ \(.*\)$/, '')}).`,
        kind: 'small',
        color: COLORS.info,
        gapBefore: 6,
      });
    }
    for (const d of r.decisions) {
      const you = d.by === 'human' ? (hotseat ? ' (player)' : ' (you)') : '';
      const who = ACTOR_STYLE[d.actor].tag === d.actorName ? d.actorName : `${ACTOR_STYLE[d.actor].tag} · ${d.actorName}`;
      blocks.push({
        text: `${who}${you}: ${d.actionName}`,
        kind: 'label',
        color: d.by === 'human' ? COLORS.info : COLORS.text,
        gapBefore: 12,
      });
      blocks.push({
        text: `${PHASE_TEXT[d.phase].replace(/ \(.*\)$/, '')} · posture: ${d.posture}`,
        kind: 'tiny',
        color: COLORS.textDim,
        indent: 16,
        gapBefore: 0,
      });
      blocks.push({ text: d.why, kind: 'tiny', color: COLORS.textMuted, indent: 16, gapBefore: 2 });
    }
    void session;
    return blocks;
  }

  private outcomeBlocks(session: PlaySession, r: TurnReport): ScrollBlock[] {
    const blocks: ScrollBlock[] = [];
    if (r.ending) blocks.push({ text: r.ending, kind: 'small', color: COLORS.warn }, { text: '', kind: 'tiny', gapBefore: 4 });
    blocks.push({ text: 'The dice that mattered', kind: 'h3', gapBefore: r.ending ? 6 : 0 });
    if (r.dice.length === 0)
      blocks.push({
        text: 'No dice this turn: no order carried an uncertain outcome.',
        kind: 'tiny',
        color: COLORS.textMuted,
        gapBefore: 4,
      });
    for (const d of r.dice) blocks.push({ text: d.replace(/^Dice: /, '• '), kind: 'tiny', color: COLORS.text, gapBefore: 4 });
    const happened = r.happened.filter((h) => !h.startsWith('Dice:'));
    blocks.push({ text: 'What happened', kind: 'h3', gapBefore: 14 });
    if (happened.length === 0) blocks.push({ text: 'Nothing changed on the ground.', kind: 'tiny', color: COLORS.textMuted, gapBefore: 4 });
    for (const h of happened) blocks.push({ text: `• ${h}`, kind: 'tiny', color: COLORS.text, gapBefore: 4 });
    blocks.push({ text: 'News', kind: 'h3', gapBefore: 14 });
    if (r.news.length === 0) blocks.push({ text: 'No other news.', kind: 'tiny', color: COLORS.textMuted, gapBefore: 4 });
    for (const n of r.news) blocks.push({ text: `• ${n}`, kind: 'tiny', color: COLORS.text, gapBefore: 4 });

    const prev = session.previous();
    if (prev && prev.turn === r.turn) {
      // One player: "Your numbers"; hot-seat: every player's, read together.
      for (const role of session.players) {
        const a = session.state.actors[role];
        const short = session.scenario.actors[role].short;
        const who = ACTOR_STYLE[role].tag === short ? short : `${ACTOR_STYLE[role].tag} · ${short}`;
        blocks.push({ text: session.isHotseat ? `${who}’s numbers` : `Your numbers (${short})`, kind: 'h3', gapBefore: 14 });
        for (const m of ['support', 'standing', 'special'] as const) {
          const d = Math.round(a.meters[m] - prev.meters[role][m]);
          blocks.push({
            text: `${meterName(session.scenario, role, m)}: ${Math.round(a.meters[m])}${d ? ` (${signed(d)})` : ' (no change)'}`,
            kind: 'tiny',
            color: COLORS.text,
            gapBefore: 2,
          });
        }
        blocks.push({ text: `budget for the next turn: ${a.budget}`, kind: 'tiny', color: COLORS.text, gapBefore: 2 });
      }
    }
    const c = session.state.casualties;
    blocks.push({ text: 'Casualties so far', kind: 'h3', gapBefore: 14 });
    blocks.push({
      text: `Injured: KFOR ${c.kfor.injured}, police ${c.police.injured}, civilians ${c.civilians.injured}. Killed: ${c.kfor.killed + c.police.killed + c.civilians.killed}. (Figures as each side would report them differ; these are game values.)`,
      kind: 'tiny',
      color: COLORS.text,
      gapBefore: 4,
    });
    return blocks;
  }

  /** The ladder before and after the turn, as two rungs with an arrow and words. */
  private drawLadderChange(session: PlaySession, r: TurnReport, x: number, y: number, w: number, h: number): void {
    const sc = session.scenario;
    const panel = new Panel(this, { x, y, width: w, height: h, title: 'The ladder' });
    const to = r.ladderMove ? r.ladderMove.to : session.state.rung;
    const from = r.ladderMove ? r.ladderMove.from : to;
    const verb = to > from ? 'escalated' : to < from ? 'eased' : 'held';
    const top = sc.ladder.length - 1;
    const g = this.add.graphics();
    panel.add(g);
    const boxY = 46;
    const gapW = 84;
    const boxW = (w - 32 - gapW) / 2;
    const drawRung = (bx: number, level: number, label: string, strong: boolean) => {
      g.fillStyle(strong ? COLORS.buttonSelected : COLORS.bgRaised, 1);
      g.fillRoundedRect(bx, boxY, boxW, 64, RADIUS.sm);
      g.lineStyle(strong ? STROKE.normal : STROKE.thin, strong ? COLORS.text : COLORS.panelBorder, 1);
      g.strokeRoundedRect(bx, boxY, boxW, 64, RADIUS.sm);
      g.fillStyle(rungColor(level, top), 1);
      g.fillRect(bx + 4, boxY + 4, 6, 56);
      panel.add(this.add.text(bx + 18, boxY + 4, `${label} · rung ${level}`, textStyle('tiny')));
      panel.add(
        this.add.text(bx + 18, boxY + 24, sc.ladder[level]?.name ?? '', {
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
          `Escalation pressure this turn: ${heat > 0 ? '+' : heat < 0 ? '−' : ''}${Math.abs(heat)} ${to > from ? '(+3 climbs a rung, +6 two)' : '(−3 and no violence: down one)'}`,
          textStyle('tiny', { color: css(COLORS.textMuted) }),
        ),
      );
    }
    if (session.state.peakRung > to) {
      panel.add(
        this.add
          .text(w - SPACE.md, 14, `▲ peak so far: rung ${session.state.peakRung}`, textStyle('tiny', { color: css(COLORS.warn) }))
          .setOrigin(1, 0),
      );
    }
  }

  private summary(session: PlaySession, r: TurnReport): string {
    const parts = [`What happened in turn ${r.turn}, ${r.dates}.`];
    const humans = r.decisions
      .filter((d) => d.by === 'human')
      .sort((a, b) => session.players.indexOf(a.actor) - session.players.indexOf(b.actor));
    if (session.isHotseat) {
      if (humans.length)
        parts.push(`The players’ orders, revealed together: ${humans.map((d) => `${d.actorName}, ${d.actionName}`).join('; ')}.`);
    } else if (humans[0]) parts.push(`You ordered: ${humans[0].actionName}.`);
    parts.push(r.ladder ?? `The ladder held at rung ${session.state.rung}, ${session.scenario.ladder[session.state.rung]?.name}.`);
    if (r.dice.length) parts.push(`${r.dice.length} dice ${r.dice.length === 1 ? 'roll' : 'rolls'}: ${r.dice.join(' ')}`);
    const violence = r.happened.filter((h) => /injured|killed|incident/i.test(h));
    if (violence.length) parts.push(violence.join(' '));
    if (r.news.length) parts.push(`News: ${r.news.map((n) => n.split('. ')[0]).join('; ')}.`);
    if (r.ending) parts.push(r.ending);
    const ai = r.decisions.filter((d) => d.by === 'ai');
    if (ai.length) parts.push(`Others: ${ai.map((d) => `${d.actorName}, ${d.actionName}`).join('; ')}.`);
    const first = session.role;
    parts.push(
      session.over
        ? 'Press Enter for the debrief.'
        : session.isHotseat && first
          ? `Press Enter, then pass the device to ${session.scenario.actors[first].short}.`
          : 'Press Enter to continue.',
    );
    return parts.join(' ');
  }
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
