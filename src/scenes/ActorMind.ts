import * as Phaser from 'phaser';
import { type PostureEdge, type PostureGraph, type PostureNode, postureGraph } from '../machines/graph';
import { findScenario } from '../scenarios';
import { actors } from '../scenarios/north-2023/actors';
import { actionName } from '../sim/describe';
import { ACTOR_IDS, type ActorId } from '../sim/types';
import { announce, announceScene } from '../ui/announcer';
import { returnTo } from '../ui/scene-nav';
import { fitTextHeight, fitTextWidth } from '../ui/text-fit';
import { ACTOR_STYLE, COLORS, css, FONT, RADIUS, STROKE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, addWrappedText, Button, Chip, FocusGroup, HeaderBar, type ScrollBlock, ScrollText } from '../ui/widgets';

/**
 * Data for ActorMind. From the game: `{ actor, posture, last }` highlights the
 * actor's current posture and the last transition it took (MindContext.last).
 */
export interface ActorMindData {
  actor?: ActorId;
  posture?: string;
  last?: { from: string; to: string; guard: string; turn?: number } | null;
  /** Scene to go back to (default 'Title'); woken or resumed if it sleeps or is paused. */
  returnTo?: string;
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One arrow: every transition from one posture to another (several guards are alternatives). */
interface Arrow {
  n: number;
  from: string;
  to: string;
  edges: PostureEdge[];
}

const AREA = { x: 272, y: 64, w: 548, h: 562 };
const BOX_W = 226;
const BOX_H = 138;

function nodeRects(count: number): Rect[] {
  const left = AREA.x + 4;
  const right = AREA.x + AREA.w - BOX_W - 4;
  const top = AREA.y + 40;
  const bottom = AREA.y + AREA.h - BOX_H - 6;
  if (count <= 3)
    return [
      { x: left, y: top, w: BOX_W, h: BOX_H },
      { x: right, y: top, w: BOX_W, h: BOX_H },
      { x: AREA.x + (AREA.w - BOX_W) / 2, y: bottom, w: BOX_W, h: BOX_H },
    ];
  // Clockwise from the top left: machines list their postures in roughly that cycle.
  return [
    { x: left, y: top, w: BOX_W, h: BOX_H },
    { x: right, y: top, w: BOX_W, h: BOX_H },
    { x: right, y: bottom, w: BOX_W, h: BOX_H },
    { x: left, y: bottom, w: BOX_W, h: BOX_H },
  ];
}

/** Where a ray from inside `r` at `p` with direction `d` leaves `r` (parameter t). */
function exitT(r: Rect, p: { x: number; y: number }, d: { x: number; y: number }): number {
  let t = Infinity;
  if (d.x > 0) t = Math.min(t, (r.x + r.w - p.x) / d.x);
  if (d.x < 0) t = Math.min(t, (r.x - p.x) / d.x);
  if (d.y > 0) t = Math.min(t, (r.y + r.h - p.y) / d.y);
  if (d.y < 0) t = Math.min(t, (r.y - p.y) / d.y);
  return Number.isFinite(t) ? t : 0;
}

export function arrowsOf(graph: PostureGraph): Arrow[] {
  const arrows: Arrow[] = [];
  for (const e of graph.edges) {
    const a = arrows.find((x) => x.from === e.from && x.to === e.to);
    if (a) a.edges.push(e);
    else arrows.push({ n: arrows.length + 1, from: e.from, to: e.to, edges: [e] });
  }
  return arrows;
}

/** "How does Serbia think?": an actor's posture machine, drawn from its definition. */
export class ActorMind extends Phaser.Scene {
  private request: ActorMindData = {};
  private actor: ActorId = 'serbia';
  private drawn: Phaser.GameObjects.GameObject[] = [];
  private buttons = new Map<ActorId, Button>();
  private text: ScrollText | null = null;

  constructor() {
    super('ActorMind');
  }

  init(data: ActorMindData): void {
    this.request = data ?? {};
    // Phaser keeps the last start data for a later start without data: forget it once read.
    this.sys.settings.data = {};
    this.actor = this.request.actor && ACTOR_IDS.includes(this.request.actor) ? this.request.actor : 'serbia';
    this.drawn = [];
    this.buttons = new Map();
  }

  create(): void {
    addBackdrop(this);
    new HeaderBar(this, { title: 'How the actors think', right: 'Each actor’s posture machine, read from the game’s own code' });
    const backKey = this.request.returnTo ?? 'Title';
    const back = () => returnTo(this, backKey);
    const group = new FocusGroup(this, { onEscape: back });

    // Actor list (keys 1–8).
    const bx = 16;
    const bw = 244;
    ACTOR_IDS.forEach((id, i) => {
      const b = new Button(this, {
        x: bx,
        y: 64 + i * 58,
        width: bw,
        height: 50,
        label: actors[id].short,
        hotkey: String(i + 1),
        toggle: true,
        selected: id === this.actor,
        chipColor: ACTOR_STYLE[id].color,
        chipText: ACTOR_STYLE[id].tag,
        fontSize: 17,
        description: actors[id].name,
        onActivate: () => this.showActor(id, true),
      });
      this.buttons.set(id, group.add(b));
    });
    this.text = group.add(
      new ScrollText(this, {
        x: 836,
        y: 64,
        width: 1264 - 836,
        height: 562,
        blocks: [],
        label: 'How this actor changes posture, and what each posture tends to do',
      }),
    );
    group.add(new Button(this, { x: bx, y: 636, width: 200, height: 48, label: 'Back', hint: '[Esc]', onActivate: back }));
    if (this.request.actor && this.request.posture) {
      this.add
        .text(
          bx + 216,
          660,
          `${actors[this.request.actor].short}’s posture at this point of the game is marked CURRENT (thick frame)${this.request.last ? '; its last change is the thick arrow' : ''}.`,
          textStyle('tiny', { color: css(COLORS.text) }),
        )
        .setOrigin(0, 0.5);
    }

    this.showActor(this.actor, false);
    group.focusFirst(this.buttons.get(this.actor));
    addKeyHelp(this, '1–8: choose an actor · Tab or arrow keys: move · arrows scroll the text when it is focused · Esc: back');
    announceScene('ActorMind', `How the actors think. ${this.spoken(postureGraph(this.actor))} Keys 1 to 8 choose another actor.`);
  }

  private showActor(id: ActorId, speak: boolean): void {
    this.actor = id;
    for (const [a, b] of this.buttons) b.setSelected(a === id);
    for (const o of this.drawn) o.destroy();
    this.drawn = [];
    const graph = postureGraph(id);
    this.drawGraph(graph);
    this.text?.setBlocks(this.blocks(graph));
    if (speak) announce(this.spoken(graph));
  }

  /** The posture and transition to highlight, when they belong to the shown actor. */
  private marks(): { current: string | null; last: ActorMindData['last'] } {
    if (this.request.actor !== this.actor) return { current: null, last: null };
    return { current: this.request.posture ?? null, last: this.request.last ?? null };
  }

  private drawGraph(graph: PostureGraph): void {
    const rects = nodeRects(graph.nodes.length);
    const at = new Map<string, Rect>();
    graph.nodes.forEach((n, i) => at.set(n.id, rects[i] as Rect));
    const { current, last } = this.marks();
    const color = ACTOR_STYLE[graph.actor].color;

    const title = this.add
      .text(AREA.x + AREA.w / 2, AREA.y + 2, `${actors[graph.actor].short}: ${graph.nodes.length} postures`, textStyle('h3'))
      .setOrigin(0.5, 0);
    this.drawn.push(title);

    // Arrows under the boxes.
    const g = this.add.graphics();
    this.drawn.push(g);
    const arrows = arrowsOf(graph);
    const badges: { x: number; y: number; n: number; hot: boolean }[] = [];
    for (const a of arrows) {
      const ra = at.get(a.from);
      const rb = at.get(a.to);
      if (!ra || !rb) continue;
      const ca = { x: ra.x + ra.w / 2, y: ra.y + ra.h / 2 };
      const cb = { x: rb.x + rb.w / 2, y: rb.y + rb.h / 2 };
      const len = Math.hypot(cb.x - ca.x, cb.y - ca.y) || 1;
      const d = { x: (cb.x - ca.x) / len, y: (cb.y - ca.y) / len };
      const both = arrows.some((o) => o.from === a.to && o.to === a.from);
      const off = both ? 17 : 0;
      const nrm = { x: -d.y * off, y: d.x * off };
      const p = { x: ca.x + nrm.x, y: ca.y + nrm.y };
      const q = { x: cb.x + nrm.x, y: cb.y + nrm.y };
      const t0 = exitT(ra, p, d) + 3 / len;
      const back = { x: -d.x, y: -d.y };
      const t1 = exitT(rb, q, back) + 6 / len;
      const s = { x: p.x + d.x * t0, y: p.y + d.y * t0 };
      const e = { x: q.x - d.x * t1, y: q.y - d.y * t1 };
      const hot = !!last && last.from === a.from && last.to === a.to;
      g.lineStyle(hot ? 5 : 2, hot ? COLORS.text : COLORS.textMuted, 1);
      g.lineBetween(s.x, s.y, e.x, e.y);
      const head = hot ? 16 : 12;
      const wing = hot ? 9 : 7;
      g.fillStyle(hot ? COLORS.text : COLORS.textMuted, 1);
      g.fillTriangle(
        e.x + d.x * 4,
        e.y + d.y * 4,
        e.x - d.x * head - d.y * wing,
        e.y - d.y * head + d.x * wing,
        e.x - d.x * head + d.y * wing,
        e.y - d.y * head - d.x * wing,
      );
      badges.push({ x: (s.x + e.x) / 2, y: (s.y + e.y) / 2, n: a.n, hot });
    }
    // The initial posture: a dot with a short arrow into its box (as in state diagrams), and a START tag.
    const init = graph.nodes.find((n) => n.initial);
    const ri = init ? at.get(init.id) : undefined;
    if (ri) {
      const cx = ri.x + 30;
      g.fillStyle(COLORS.text, 1);
      g.fillCircle(cx, ri.y - 30, 7);
      g.lineStyle(2, COLORS.text, 1);
      g.lineBetween(cx, ri.y - 23, cx, ri.y - 8);
      g.fillTriangle(cx - 6, ri.y - 10, cx + 6, ri.y - 10, cx, ri.y - 1);
      const st = this.add.text(cx + 14, ri.y - 30, 'start', textStyle('tiny', { color: css(COLORS.text) })).setOrigin(0, 0.5);
      this.drawn.push(st);
    }

    // Boxes.
    graph.nodes.forEach((n) => {
      const r = at.get(n.id);
      if (r) this.drawBox(n, r, color, n.id === current);
    });

    // Badges on top.
    const bg = this.add.graphics();
    this.drawn.push(bg);
    for (const b of badges) {
      const r = b.hot ? 15 : 13;
      bg.fillStyle(b.hot ? COLORS.text : COLORS.panel, 1);
      bg.fillCircle(b.x, b.y, r);
      bg.lineStyle(2, b.hot ? COLORS.bg : COLORS.text, 1);
      bg.strokeCircle(b.x, b.y, r);
      const t = this.add
        .text(b.x, b.y, String(b.n), textStyle('tiny', { fontStyle: 'bold', color: css(b.hot ? COLORS.bg : COLORS.text) }))
        .setOrigin(0.5);
      this.drawn.push(t);
    }
    const legend = this.add
      .text(
        AREA.x + AREA.w / 2,
        AREA.y + AREA.h + 4,
        'Arrows: changes of posture, numbered as in the list on the right · dot: where the actor starts',
        textStyle('tiny'),
      )
      .setOrigin(0.5, 0);
    this.drawn.push(legend);
  }

  private drawBox(n: PostureNode, r: Rect, color: number, isCurrent: boolean): void {
    const g = this.add.graphics();
    this.drawn.push(g);
    g.fillStyle(COLORS.panel, 1);
    g.fillRoundedRect(r.x, r.y, r.w, r.h, RADIUS.md);
    g.fillStyle(color, 1);
    g.fillRoundedRect(r.x, r.y, 6, r.h, { tl: RADIUS.md, bl: RADIUS.md, tr: 0, br: 0 });
    if (isCurrent) {
      g.lineStyle(5, COLORS.text, 1);
      g.strokeRoundedRect(r.x - 3, r.y - 3, r.w + 6, r.h + 6, RADIUS.md + 2);
    } else {
      g.lineStyle(STROKE.thin + 0.5, COLORS.buttonBorder, 1);
      g.strokeRoundedRect(r.x, r.y, r.w, r.h, RADIUS.md);
    }
    let tx = r.x + 16;
    const title = this.add.text(tx, r.y + 10, n.title, textStyle('h3'));
    this.drawn.push(title);
    const tags: string[] = [];
    if (isCurrent) tags.push('CURRENT');
    let chipX = r.x + r.w - 10;
    for (const tag of tags) {
      const chip = new Chip(this, { x: 0, y: r.y + 12, text: tag, color: COLORS.text, fontSize: FONT.tiny - 1 });
      chipX -= chip.chipWidth;
      chip.setX(chipX);
      chipX -= 6;
      this.drawn.push(chip);
    }
    fitTextWidth(title, chipX - tx - 4);
    tx = r.x + 16;
    const summary = addWrappedText(this, tx, r.y + 42, n.summary, r.w - 28, 'tiny', { color: css(COLORS.textMuted) });
    fitTextHeight(summary, r.h - 50, 12);
    this.drawn.push(summary);
  }

  private blocks(graph: PostureGraph): ScrollBlock[] {
    const sc = findScenario('north-2023');
    const a = actors[graph.actor];
    const title = (id: string) => graph.nodes.find((n) => n.id === id)?.title ?? id;
    const { current, last } = this.marks();
    const blocks: ScrollBlock[] = [
      { text: a.name, kind: 'h3' },
      { text: a.view, kind: 'tiny', color: COLORS.textMuted, gapBefore: 4 },
    ];
    if (current) {
      blocks.push({ text: `Now: ${title(current)}`, kind: 'label', color: COLORS.text, gapBefore: 12 });
      blocks.push({
        text: last
          ? `Last change${last.turn ? ` (turn ${last.turn})` : ''}: from ${title(last.from)} to ${title(last.to)}, because ${graph.edges.find((e) => e.guard === last.guard)?.when ?? last.guard}.`
          : 'It has not changed posture yet in this game.',
        kind: 'tiny',
        color: COLORS.text,
        gapBefore: 2,
      });
    }
    blocks.push({ text: 'When it changes posture', kind: 'h3', gapBefore: 16 });
    blocks.push({
      text: `Every turn the machine looks at the world and checks the ways out of its current posture, in this order; the first that holds moves it.`,
      kind: 'tiny',
      color: COLORS.textMuted,
      gapBefore: 4,
    });
    const arrows = arrowsOf(graph);
    for (const n of graph.nodes) {
      const out = arrows.filter((x) => x.from === n.id);
      blocks.push({
        text: `From ${n.title}${n.initial ? ' (start)' : ''}${n.id === current ? ' (CURRENT)' : ''}`,
        kind: 'label',
        color: COLORS.text,
        gapBefore: 10,
      });
      if (!out.length) blocks.push({ text: 'It stays in this posture.', kind: 'tiny', color: COLORS.textMuted, gapBefore: 2, indent: 12 });
      for (const x of out) {
        const hot = !!last && last.from === x.from && last.to === x.to;
        blocks.push({
          text: `${x.n}. to ${title(x.to)} when ${x.edges.map((e) => e.when).join(', or when ')}${hot ? ' — the last change' : ''}`,
          kind: 'tiny',
          color: hot ? COLORS.text : COLORS.textMuted,
          gapBefore: 3,
          indent: 12,
        });
      }
    }
    blocks.push({ text: 'What each posture tends to do', kind: 'h3', gapBefore: 16 });
    blocks.push({
      text: 'Base chances of each action, before the actor’s temperament and the situation adjust them (the seeded dice then choose).',
      kind: 'tiny',
      color: COLORS.textMuted,
      gapBefore: 4,
    });
    for (const n of graph.nodes) {
      const total = Object.values(n.weights).reduce((s, w) => s + w, 0) || 1;
      const list = Object.entries(n.weights)
        .sort((x, y) => y[1] - x[1])
        .map(([id, w]) => `${sc ? actionName(sc, id) : id} ${Math.round((w * 100) / total)}%`)
        .join(' · ');
      blocks.push({ text: n.title, kind: 'label', color: COLORS.text, gapBefore: 10 });
      blocks.push({ text: list, kind: 'tiny', color: COLORS.textMuted, gapBefore: 2, indent: 12 });
    }
    return blocks;
  }

  private spoken(graph: PostureGraph): string {
    const title = (id: string) => graph.nodes.find((n) => n.id === id)?.title ?? id;
    const { current, last } = this.marks();
    const nodes = graph.nodes
      .map((n) => `${n.title}${n.initial ? ' (start)' : ''}${n.id === current ? ' (current)' : ''}: ${n.summary}`)
      .join(' ');
    const arrows = arrowsOf(graph)
      .map((a) => `${a.n}. From ${title(a.from)} to ${title(a.to)} when ${a.edges.map((e) => e.when).join(', or when ')}.`)
      .join(' ');
    const lastText = current && last ? ` Last change: from ${title(last.from)} to ${title(last.to)}.` : '';
    return `${actors[graph.actor].short}: ${graph.nodes.length} postures. ${nodes} Changes: ${arrows}${lastText}`;
  }
}
