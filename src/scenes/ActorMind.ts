import * as Phaser from 'phaser';
import { type PostureEdge, type PostureGraph, type PostureNode, postureGraph } from '../machines/graph';
import type { ActorId, Scenario } from '../sim/types';
import { actionName, actorFullName, actorName, guardText, postureTitle } from '../text/describe';
import type { Messages } from '../text/messages';
import { announce, announceScene } from '../ui/announcer';
import { howChosenShown } from '../ui/how-chosen';
import { howChosenToggle } from '../ui/how-chosen-toggle';
import { messages } from '../ui/i18n';
import { defaultScenario, scenarioById } from '../ui/scenario-source';
import { returnTo } from '../ui/scene-nav';
import { fitTextHeight, fitTextWidth } from '../ui/text-fit';
import { actorColor, actorTag, COLORS, css, FONT, RADIUS, STROKE, textStyle } from '../ui/theme';
import { addBackdrop, addKeyHelp, addWrappedText, Button, Chip, FocusGroup, HeaderBar, type ScrollBlock, ScrollText } from '../ui/widgets';

/**
 * Data for ActorMind. From the game: `{ actor, posture, last }` highlights the
 * actor's current posture and the last transition it took (MindContext.last).
 */
export interface ActorMindData {
  /** The scenario whose actors are shown (default: the default scenario). */
  scenarioId?: string;
  actor?: ActorId;
  posture?: string;
  last?: { from: string; to: string; guard: string; turn?: number } | null;
  /** The motive (`Motive.id`) of the actor's latest decision, led with when its posture is marked. */
  motive?: string;
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
/** The diagram's key, centred under it: clear of the Back button (ends at x 216) and the toggle (starts at x 860). */
const LEGEND_W = 596;
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
  private scenario!: Scenario;
  /** The actors that have a posture machine, in the scenario's order. */
  private actors: ActorId[] = [];
  private actor: ActorId = '';
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
    this.scenario = (this.request.scenarioId ? scenarioById(this.request.scenarioId) : undefined) ?? defaultScenario();
    this.actors = this.scenario.actorIds.filter((id) => this.scenario.machines[id]);
    this.actor = this.request.actor && this.actors.includes(this.request.actor) ? this.request.actor : (this.actors[0] ?? '');
    this.drawn = [];
    this.buttons = new Map();
  }

  /** The reader's words (asked for at each drawing: the language can change). */
  private get m(): Messages {
    return messages(this.scenario);
  }

  /** An actor's posture graph, read from its machine. */
  private graphOf(id: ActorId): PostureGraph {
    const machine = this.scenario.machines[id];
    return machine ? postureGraph(machine) : { nodes: [], edges: [] };
  }

  create(): void {
    const m = this.m;
    addBackdrop(this);
    new HeaderBar(this, { title: m.t('minds.title'), right: m.t('minds.subtitle') });
    const backKey = this.request.returnTo ?? 'Title';
    const back = () => returnTo(this, backKey);
    const group = new FocusGroup(this, { onEscape: back });

    // Actor list (keys 1–8).
    const bx = 16;
    const bw = 244;
    this.actors.forEach((id, i) => {
      const b = new Button(this, {
        x: bx,
        y: 64 + i * 58,
        width: bw,
        height: 50,
        label: actorName(m, id),
        hotkey: String(i + 1),
        toggle: true,
        selected: id === this.actor,
        chipColor: actorColor(this.scenario, id),
        chipText: actorTag(m, id),
        fontSize: 17,
        description: actorFullName(m, id),
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
        label: m.t('minds.text.label'),
      }),
    );
    group.add(
      new Button(this, {
        x: bx,
        y: 636,
        width: 200,
        height: 48,
        label: m.t('minds.button.back'),
        hint: m.t('minds.hint.esc'),
        onActivate: back,
      }),
    );
    // "How the AI chose": the odds of each posture, hidden until asked for (remembered).
    group.add(
      howChosenToggle(this, m, { x: 860, y: 636, width: 1264 - 860, height: 48 }, () =>
        this.text?.setBlocks(this.blocks(this.actor, this.graphOf(this.actor))),
      ),
    );
    if (this.request.actor && this.request.posture) {
      this.add
        .text(
          bx + 216,
          660,
          m.t('minds.current-note', { actor: actorName(m, this.request.actor), last: this.request.last ? 'yes' : 'no' }),
          textStyle('tiny', { color: css(COLORS.text) }),
        )
        .setOrigin(0, 0.5);
    }

    this.showActor(this.actor, false);
    group.focusFirst(this.buttons.get(this.actor));
    const count = this.actors.length;
    addKeyHelp(this, m.t('minds.key-help', { count }));
    announceScene('ActorMind', m.t('minds.announce', { actor: this.spoken(this.actor, this.graphOf(this.actor)), count }));
  }

  private showActor(id: ActorId, speak: boolean): void {
    this.actor = id;
    for (const [a, b] of this.buttons) b.setSelected(a === id);
    for (const o of this.drawn) o.destroy();
    this.drawn = [];
    const graph = this.graphOf(id);
    this.drawGraph(id, graph);
    this.text?.setBlocks(this.blocks(id, graph));
    if (speak) announce(this.spoken(id, graph));
  }

  /** The posture and transition to highlight, when they belong to the shown actor. */
  private marks(): { current: string | null; last: ActorMindData['last'] } {
    if (this.request.actor !== this.actor) return { current: null, last: null };
    return { current: this.request.posture ?? null, last: this.request.last ?? null };
  }

  private drawGraph(actor: ActorId, graph: PostureGraph): void {
    const m = this.m;
    const rects = nodeRects(graph.nodes.length);
    const at = new Map<string, Rect>();
    graph.nodes.forEach((n, i) => at.set(n.id, rects[i] as Rect));
    const { current, last } = this.marks();
    const color = actorColor(this.scenario, actor);

    const title = this.add
      .text(
        AREA.x + AREA.w / 2,
        AREA.y + 2,
        m.t('minds.graph.title', { actor: actorName(m, actor), count: graph.nodes.length }),
        textStyle('h3'),
      )
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
      const st = this.add.text(cx + 14, ri.y - 30, m.t('minds.start'), textStyle('tiny', { color: css(COLORS.text) })).setOrigin(0, 0.5);
      this.drawn.push(st);
    }

    // Boxes.
    graph.nodes.forEach((n) => {
      const r = at.get(n.id);
      if (r) this.drawBox(actor, n, r, color, n.id === current);
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
    // Under the diagram, wrapped to the room between the Back button and the "how the AI chose" toggle (a long language ran over Back).
    const legend = this.add
      .text(AREA.x + AREA.w / 2, AREA.y + AREA.h + 4, m.t('minds.legend'), textStyle('tiny', { wrap: LEGEND_W, align: 'center' }))
      .setOrigin(0.5, 0);
    this.drawn.push(legend);
  }

  private drawBox(actor: ActorId, n: PostureNode, r: Rect, color: number, isCurrent: boolean): void {
    const m = this.m;
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
    const title = this.add.text(tx, r.y + 10, postureTitle(m, actor, n.id), textStyle('h3'));
    this.drawn.push(title);
    const tags: string[] = [];
    if (isCurrent) tags.push(m.t('minds.current'));
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
    const summary = addWrappedText(this, tx, r.y + 42, m.t(`posture.${actor}.${n.id}.summary`), r.w - 28, 'tiny', {
      color: css(COLORS.textMuted),
    });
    fitTextHeight(summary, r.h - 50, 12);
    this.drawn.push(summary);
  }

  /** Why an arrow may be taken: its guards in words, as alternatives. */
  private when(arrow: Arrow): string {
    const m = this.m;
    return arrow.edges.map((e) => guardText(m, e.guard)).join(m.t('minds.guards.or'));
  }

  private blocks(actor: ActorId, graph: PostureGraph): ScrollBlock[] {
    const m = this.m;
    const title = (id: string) => postureTitle(m, actor, id);
    const { current, last } = this.marks();
    const blocks: ScrollBlock[] = [
      { text: actorFullName(m, actor), kind: 'h3' },
      { text: m.t(`actor.${actor}.view`), kind: 'tiny', color: COLORS.textMuted, gapBefore: 4 },
    ];
    if (current) {
      blocks.push({ text: m.t('minds.now', { posture: title(current) }), kind: 'label', color: COLORS.text, gapBefore: 12 });
      const motive = this.request.motive ? `motive.${actor}.${this.request.motive}` : '';
      if (motive && m.has(motive)) {
        blocks.push({
          text: m.t('minds.motive.title', { actor: actorName(m, actor) }),
          kind: 'tiny',
          color: COLORS.textMuted,
          gapBefore: 4,
        });
        blocks.push({ text: m.t(motive), kind: 'small', color: COLORS.text, gapBefore: 2 });
      }
      blocks.push({
        text: last
          ? m.t('minds.last-change', {
              turn: last.turn ?? 0,
              from: title(last.from),
              to: title(last.to),
              guard: guardText(m, last.guard),
            })
          : m.t('minds.no-change'),
        kind: 'tiny',
        color: COLORS.text,
        gapBefore: 2,
      });
    }
    blocks.push({ text: m.t('minds.changes.title'), kind: 'h3', gapBefore: 16 });
    blocks.push({ text: m.t('minds.changes.intro'), kind: 'tiny', color: COLORS.textMuted, gapBefore: 4 });
    const arrows = arrowsOf(graph);
    for (const n of graph.nodes) {
      const out = arrows.filter((x) => x.from === n.id);
      blocks.push({
        text: m.t('minds.from', {
          posture: title(n.id),
          start: n.initial ? 'yes' : 'no',
          current: n.id === current ? 'yes' : 'no',
        }),
        kind: 'label',
        color: COLORS.text,
        gapBefore: 10,
      });
      if (!out.length) blocks.push({ text: m.t('minds.stays'), kind: 'tiny', color: COLORS.textMuted, gapBefore: 2, indent: 12 });
      for (const x of out) {
        const hot = !!last && last.from === x.from && last.to === x.to;
        blocks.push({
          text: m.t('minds.way-out', { n: x.n, to: title(x.to), when: this.when(x), last: hot ? 'yes' : 'no' }),
          kind: 'tiny',
          color: hot ? COLORS.text : COLORS.textMuted,
          gapBefore: 3,
          indent: 12,
        });
      }
    }
    // Motives before dice: what moves the actor in each posture (its situations' variants in order).
    blocks.push({ text: m.t('minds.motives.title', { actor: actorName(m, actor) }), kind: 'h3', gapBefore: 16 });
    for (const n of graph.nodes) {
      const motives = (this.scenario.motives?.[actor]?.[n.id] ?? []).map((x) => `motive.${actor}.${x.id}`).filter((k) => m.has(k));
      const lines = motives.length ? motives.map((k) => m.t(k)) : [m.t(`posture.${actor}.${n.id}.summary`)];
      blocks.push({ text: title(n.id), kind: 'label', color: COLORS.text, gapBefore: 10 });
      for (const line of lines)
        blocks.push({ text: m.t('common.bullet', { text: line }), kind: 'tiny', color: COLORS.textMuted, gapBefore: 2, indent: 12 });
    }
    // The odds behind each posture only when "How the AI chose" is on.
    if (!howChosenShown()) return blocks;
    blocks.push({ text: m.t('minds.how.title'), kind: 'h3', gapBefore: 16 });
    blocks.push({ text: m.t('minds.tends.intro'), kind: 'tiny', color: COLORS.textMuted, gapBefore: 4 });
    for (const n of graph.nodes) {
      const total = Object.values(n.weights).reduce((s, w) => s + w, 0) || 1;
      const list = Object.entries(n.weights)
        .sort((x, y) => y[1] - x[1])
        .map(([id, w]) => m.t('minds.weight', { action: actionName(m, id), share: w / total }))
        .join(m.t('minds.list.separator'));
      blocks.push({ text: title(n.id), kind: 'label', color: COLORS.text, gapBefore: 10 });
      blocks.push({ text: list, kind: 'tiny', color: COLORS.textMuted, gapBefore: 2, indent: 12 });
    }
    return blocks;
  }

  private spoken(actor: ActorId, graph: PostureGraph): string {
    const m = this.m;
    const title = (id: string) => postureTitle(m, actor, id);
    const { current, last } = this.marks();
    const nodes = graph.nodes
      .map((n) =>
        m.t('minds.spoken.node', {
          posture: title(n.id),
          start: n.initial ? 'yes' : 'no',
          current: n.id === current ? 'yes' : 'no',
          summary: m.t(`posture.${actor}.${n.id}.summary`),
        }),
      )
      .join(' ');
    const arrows = arrowsOf(graph)
      .map((a) => m.t('minds.spoken.arrow', { n: a.n, from: title(a.from), to: title(a.to), when: this.when(a) }))
      .join(' ');
    return m.t('minds.spoken', {
      actor: actorName(m, actor),
      count: graph.nodes.length,
      nodes,
      arrows,
      last: current && last ? 'yes' : 'no',
      from: last ? title(last.from) : '',
      to: last ? title(last.to) : '',
    });
  }
}
