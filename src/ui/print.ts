// Printable reports: the class debrief (a summary page, then one page per
// verified game) and a single game's page, for the Debrief's Print button.
// Built from DOM elements with textContent only (never innerHTML), shown only
// in print (see print.css, bundled by Vite), then window.print().

import './print.css';
import { stateHash } from '../sim/hash';
import { scoreGame } from '../sim/scoring';
import type { ActorId, GameState, Order, Scenario, ScenarioLookup } from '../sim/types';
import { scenarioYear, turnDates } from '../text/dates';
import { discussionQuestions, playedTurns, type TimelineRow, timeline } from '../text/debrief';
import { actionName, actorFullName, actorName, guardText, outcomeHeadline, postureTitle, rungName } from '../text/describe';
import type { Messages } from '../text/messages';
import { type ClassSummary, mean1, OUTCOME_KEYS, outcomeLabel, shownOutcomes, splitGroupTitle, splitText } from './class-summary';
import { messages } from './i18n';
import { scenarioById } from './scenario-source';
import { shortAddress } from './sources';

export const PRINT_ROOT_ID = 'fp-print';

/** What printGame needs: a PlaySession fits ({ state, role }). */
export interface PrintableGame {
  readonly state: Readonly<GameState>;
  /** The person's role; defaults to the state's human roles. */
  readonly role?: ActorId | null;
  /** A file name or label shown under the title. */
  readonly name?: string;
  /** The game's scenario (a PlaySession has it); looked up by the state's scenario id when absent. */
  readonly scenario?: Scenario;
  /** The words to print in; the reader's language when absent. */
  readonly messages?: Messages;
  /**
   * A student's worksheet (the Debrief's Print): a blank "why we chose this"
   * column beside the timeline and ruled space under each question. The class
   * report prints without them, with the players' posture reasons instead.
   */
  readonly worksheet?: boolean;
}

type Child = Node | string | null | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  opts: { cls?: string; text?: string } = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (opts.cls) e.className = opts.cls;
  if (opts.text !== undefined) e.textContent = opts.text;
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return e;
}

/** A real link in the printed page (a PDF keeps it clickable), its text the address to type. */
function link(url: string, text: string = url): HTMLAnchorElement {
  const a = el('a', { cls: 'fp-link', text });
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer'; // not-text: link relations
  return a;
}

/** Blank ruled lines to write on (borders, which print without background colours). */
function ruled(lines: number, cls = 'fp-ruled'): HTMLElement {
  const box = el('div', { cls });
  for (let i = 0; i < lines; i++) box.append(el('div', { cls: 'fp-rule' }));
  return box;
}

function table(head: string[], rows: (string | number)[][], numeric: number[] = []): HTMLTableElement {
  const t = el('table');
  const thead = el('thead');
  const hr = el('tr');
  head.forEach((h, i) => hr.append(el('th', { text: h, ...(numeric.includes(i) ? { cls: 'fp-num' } : {}) })));
  thead.append(hr);
  const tbody = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    row.forEach((c, i) => tr.append(el('td', { text: String(c), ...(numeric.includes(i) ? { cls: 'fp-num' } : {}) })));
    tbody.append(tr);
  }
  t.append(thead, tbody);
  return t;
}

function bar(value: number, max: number): HTMLElement {
  const b = el('span', { cls: 'fp-bar' });
  b.style.width = `${max > 0 ? Math.round((value * 30) / max) : 0}mm`;
  return b;
}

/** A player's posture that turn and, when it changed, the condition that moved it. */
function postureReason(m: Messages, order: Order): string {
  const r = order.reasons;
  const now = postureTitle(m, order.actor, r.posture);
  if (!r.transition) return m.t('print.posture.unchanged', { posture: now });
  return m.t('print.posture.changed', {
    from: postureTitle(m, order.actor, r.transition.from),
    to: now,
    guard: guardText(m, r.transition.guard),
  });
}

function humansOf(g: PrintableGame): ActorId[] {
  if (g.role) return [g.role];
  return [...g.state.humans];
}

/** One page for one game: role, decisions with reasons, outcome, scores, questions. */
export function buildGamePage(g: PrintableGame): HTMLElement {
  const state = g.state as GameState;
  const scenario = g.scenario ?? scenarioById(state.scenario.id);
  const m = g.messages ?? messages(scenario ?? null);
  const page = el('section', { cls: 'fp-page' });
  page.dataset.page = 'game';
  if (!scenario) {
    page.append(
      el('h1', { text: m.t('print.game.title.unknown') }),
      el('p', { text: m.t('print.game.unknown-scenario', { scenario: state.scenario.id }) }),
    );
    return page;
  }
  const humans = humansOf(g);
  const roles = humans.map((a) => actorFullName(m, a)).join(m.t('print.list.separator'));
  page.append(el('h1', { text: m.t('print.game.title', { scenario: m.t('scenario.title') }) }));
  if (g.name) page.append(el('p', { cls: 'fp-meta', text: m.t('print.game.file', { name: g.name }) }));
  page.append(
    el('p', {
      cls: 'fp-meta',
      text: m.t('print.game.meta', {
        seed: state.seed,
        difficulty: m.t('class.difficulty', { difficulty: state.difficulty }),
        turn: state.turn,
        lastTurn: scenario.lastTurn,
        code: stateHash(state),
      }),
    }),
    el('p', { text: m.t('print.game.played-by', { humans: humans.length, roles }) }),
  );

  if (g.worksheet) page.append(el('p', { cls: 'fp-names' }, [m.t('print.names'), el('span', { cls: 'fp-blank' })]));

  page.append(el('h2', { text: m.t('print.game.outcome') }), el('p', { text: outcomeHeadline(m, scenario, state) }));
  let killed = 0;
  const injured = scenario.casualtyGroups.map((group) => {
    killed += state.casualties[group]?.killed ?? 0;
    return m.t('print.game.injured-group', {
      group: m.t(`casualties.${group}.group`),
      count: state.casualties[group]?.injured ?? 0,
    });
  });
  page.append(
    el('p', {
      cls: 'fp-meta',
      text: m.t('print.game.ending', {
        rung: state.rung,
        rungName: rungName(m, state.rung),
        peak: state.peakRung,
        peakName: rungName(m, state.peakRung),
        clash: state.firstClashTurn ?? 0,
        injured: injured.join(m.t('print.list.separator')),
        killed,
      }),
    }),
  );

  const worksheet = g.worksheet === true;
  const played = playedTurns(state);
  if (state.outcome === null && played.last >= played.first)
    page.append(el('p', { cls: 'fp-meta', text: m.t('print.stopped-early', { turn: played.last }) }));
  // A worksheet sets the game beside 2023 with room for the reasons; the class
  // report (a page per game, for the teacher) keeps to the decisions and their reasons.
  const rows = worksheet ? timeline(m, scenario, state) : [];
  const sources = historySources(rows);
  if (worksheet) page.append(timelineSection(m, rows, sources, humans.length, scenarioYear(scenario)));
  else page.append(...decisionsSection(m, scenario, state, humans));

  page.append(el('h2', { text: m.t('print.game.scores') }));
  page.append(
    table(
      [m.t('print.col.actor'), m.t('print.col.score'), m.t('print.col.objectives-met')],
      scoreGame(state, scenario).map((s) => [
        actorFullName(m, s.actor),
        s.score,
        s.objectives
          .filter((o) => o.met >= 100)
          .map((o) => m.t(`objective.${s.actor}.${o.id}`))
          .join(m.t('print.objectives.separator')) || m.t('class.mean.none'),
      ]),
      [1],
    ),
  );

  page.append(el('h2', { text: m.t('print.game.questions') }));
  if (worksheet) page.append(el('p', { cls: 'fp-note', text: m.t('print.questions.note') }));
  page.append(
    el(
      'ol',
      { cls: worksheet ? 'fp-questions fp-answer' : 'fp-questions' }, // not-text: CSS classes
      discussionQuestions(m, scenario, state).map((q) => el('li', {}, [el('p', { text: q }), worksheet && ruled(4)])),
    ),
  );

  if (sources.length) {
    page.append(el('h2', { text: m.t('print.sources.heading', { year: scenarioYear(scenario) }) }));
    page.append(
      el(
        'ol',
        { cls: 'fp-sources' },
        sources.map((url) => el('li', {}, [link(url)])),
      ),
    );
  }
  return page;
}

/** The addresses of the real events in the timeline, each once, in order (the footnotes' numbers). */
function historySources(rows: readonly TimelineRow[]): string[] {
  const urls: string[] = [];
  for (const r of rows) for (const h of r.history) if (h.source && !urls.includes(h.source)) urls.push(h.source);
  return urls;
}

/** This game's turns beside what really happened on their dates, and a blank column for the reasons. */
/** `year`: the year of the history beside the game ("2023"). */
function timelineSection(m: Messages, rows: readonly TimelineRow[], sources: readonly string[], humans: number, year: string): HTMLElement {
  const section = el('div', { cls: 'fp-timeline-section' });
  section.append(
    el('h2', { text: m.t('print.timeline.heading', { year }) }),
    el('p', { cls: 'fp-note', text: m.t('print.timeline.note') }),
  );
  const t = el('table', { cls: 'fp-timeline fp-worksheet' }); // not-text: CSS classes
  const cols = el('colgroup');
  for (const c of ['fp-col-turn', 'fp-col-game', 'fp-col-history', 'fp-col-why']) cols.append(el('col', { cls: c }));
  const hr = el('tr');
  hr.append(
    el('th', { text: m.t('print.col.turn') }),
    el('th', { text: m.t('print.col.this-game') }),
    el('th', { text: m.t('print.col.history', { year }) }),
  );
  hr.append(el('th', { text: m.t('print.col.reasons') }));
  const body = el('tbody');
  for (const r of rows) {
    const tr = el('tr', { cls: r.played ? 'fp-played' : 'fp-not-played' });
    tr.dataset.turn = String(r.turn);
    tr.append(
      el('td', { cls: 'fp-turn' }, [el('strong', { text: String(r.turn) }), el('br'), el('span', { cls: 'fp-dates', text: r.dates })]),
    );
    const game = el('td', { cls: 'fp-game' });
    if (r.decisions.length)
      game.append(
        el('p', {
          cls: 'fp-choice',
          text: m.t('print.timeline.you-chose', { humans, decisions: r.decisions.join(m.t('print.objectives.separator')) }),
        }),
      );
    for (const line of r.game) game.append(el('p', { text: line }));
    if (r.played) game.append(el('p', { cls: 'fp-rung', text: m.t('print.timeline.rung', { rung: r.rung, name: rungName(m, r.rung) }) }));
    tr.append(game);
    const hist = el('td', { cls: 'fp-history' });
    if (!r.history.length) hist.append(el('p', { cls: 'fp-none', text: '—' })); // not-text: a dash for an empty cell
    for (const h of r.history) {
      const n = sources.indexOf(h.source) + 1;
      hist.append(
        el('p', {}, [
          el('strong', { text: m.t(`history.${h.id}.date`) }),
          m.t('print.history.text', { text: m.t(`history.${h.id}.text`) }),
          h.source ? el('span', { cls: 'fp-source' }, [m.t('print.history.source', { n }), link(h.source, shortAddress(h.source))]) : null,
        ]),
      );
    }
    tr.append(hist);
    tr.append(el('td', { cls: 'fp-why' }, [r.played ? ruled(3) : null]));
    body.append(tr);
  }
  const thead = el('thead');
  thead.append(hr);
  t.append(cols, thead, body);
  section.append(t);
  return section;
}

/** The players' decisions with the posture the game saw behind each (the class report). */
function decisionsSection(m: Messages, scenario: Scenario, state: GameState, humans: ActorId[]): HTMLElement[] {
  if (humans.length) {
    const out: HTMLElement[] = [
      el('h2', {
        text: m.t('print.game.decisions', { humans: humans.length, actor: actorName(m, humans[0] as ActorId) }),
      }),
    ];
    const rows: string[][] = [];
    for (const e of state.log) {
      if (e.kind !== 'decision' || !humans.includes(e.order.actor)) continue;
      const action = actionName(m, e.order.action);
      rows.push([
        String(e.turn),
        turnDates(scenario, e.turn, m.locale),
        humans.length > 1 ? m.t('print.game.decision-of', { actor: actorName(m, e.order.actor), action }) : action,
        postureReason(m, e.order),
      ]);
    }
    out.push(
      rows.length
        ? table([m.t('print.col.turn'), m.t('print.col.dates'), m.t('print.col.decision'), m.t('print.col.posture')], rows, [0])
        : el('p', { text: m.t('print.game.no-decisions') }),
    );
    return out;
  }
  const rows: string[][] = [];
  for (const a of scenario.actorIds) {
    const counts = new Map<string, number>();
    for (const e of state.log)
      if (e.kind === 'decision' && e.order.actor === a) counts.set(e.order.action, (counts.get(e.order.action) ?? 0) + 1);
    const top = [...counts]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 3)
      .map(([id, count]) => m.t('class.split.choice', { action: actionName(m, id), count }));
    rows.push([actorName(m, a), top.join(m.t('class.list.separator'))]);
  }
  return [el('h2', { text: m.t('print.game.most-often') }), table([m.t('print.col.actor'), m.t('print.col.most-frequent')], rows)];
}

/** The summary page of the class debrief. */
export function buildClassPage(m: Messages, scenario: Scenario, summary: ClassSummary): HTMLElement {
  const page = el('section', { cls: 'fp-page' });
  page.dataset.page = 'class';
  const n = summary.games;
  page.append(
    el('h1', { text: m.t('print.class.title', { scenario: m.t('scenario.title') }) }),
    el('p', {
      cls: 'fp-meta',
      text: m.t('print.class.meta', { files: summary.files, games: n, rejected: summary.rejected.length }),
    }),
  );

  page.append(el('h2', { text: m.t('print.class.outcomes') }));
  const maxOutcome = Math.max(1, ...OUTCOME_KEYS.map((k) => summary.outcomes[k]));
  const outcomeRows = shownOutcomes(summary.outcomes);
  const ot = table(
    [m.t('print.col.outcome'), m.t('print.col.games'), m.t('print.col.share')],
    outcomeRows.map((k) => [
      outcomeLabel(m, k),
      summary.outcomes[k],
      n ? m.t('print.share', { share: summary.outcomes[k] / n }) : m.t('class.mean.none'),
    ]),
    [1, 2],
  );
  // not-text: a CSS selector
  ot.querySelectorAll('tbody tr').forEach((tr, i) => {
    const k = outcomeRows[i];
    if (k) tr.children[0]?.prepend(bar(summary.outcomes[k], maxOutcome));
  });
  page.append(ot);

  page.append(el('h2', { text: m.t('print.class.peak') }));
  page.append(
    table(
      [m.t('print.col.rung'), m.t('print.col.name'), m.t('print.col.games')],
      summary.peakRung.map((v, i) => [i, rungName(m, i), v]).filter((r) => Number(r[2]) > 0),
      [0, 2],
    ),
  );

  const fc = summary.firstClashStats;
  page.append(el('h2', { text: m.t('print.class.clash') }));
  page.append(
    el('p', {
      text:
        fc.median === null
          ? m.t('print.class.no-violence')
          : m.t('print.class.first-violence', { median: fc.median, earliest: fc.earliest ?? 0, latest: fc.latest ?? 0, none: fc.none }),
    }),
  );
  const cz = summary.casualties;
  page.append(
    table(
      [m.t('print.col.in-these-games'), m.t('print.col.total'), m.t('print.col.mean-per-game')],
      [
        ...scenario.casualtyGroups.map((group) => {
          const v = cz.injured[group] ?? 0;
          return [m.t('class.casualties.injured', { group: { key: `casualties.${group}.group` } }), v, mean1(m, v, n)];
        }),
        [m.t('class.casualties.killed'), cz.killed, mean1(m, cz.killed, n)],
      ],
      [1, 2],
    ),
  );

  page.append(el('h2', { text: m.t('print.class.scores') }));
  const bands = Array.from({ length: 10 }, (_, i) => m.t('print.col.band', { from: i * 10, to: i === 9 ? 100 : i * 10 + 9 }));
  page.append(
    table(
      [m.t('print.col.actor'), m.t('print.col.mean'), ...bands],
      scenario.actorIds.map((a) => {
        const h = summary.scoreHist[a] ?? [];
        const bins = [...h.slice(0, 9), (h[9] ?? 0) + (h[10] ?? 0)];
        return [actorName(m, a), m.t('class.mean', { mean: summary.scoreMean[a] ?? 0 }), ...bins];
      }),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    ),
  );

  page.append(el('h2', { text: m.t('print.class.split') }));
  if (!summary.splits.length) page.append(el('p', { text: m.t('print.class.no-splits') }));
  for (const g of summary.splits) {
    page.append(el('p', { cls: 'fp-meta', text: splitGroupTitle(m, g) }));
    if (!g.points.length) page.append(el('p', { text: m.t('class.split.same-choices') }));
    else
      page.append(
        table(
          [m.t('print.col.turn-and-actor'), m.t('print.col.choices')],
          g.points.map((p) => {
            const t = splitText(m, p);
            return [t.head, t.choices];
          }),
        ),
      );
  }

  page.append(el('h2', { text: m.t('print.class.rejected') }));
  if (!summary.rejected.length) page.append(el('p', { text: m.t('print.class.none-rejected') }));
  else
    page.append(
      table(
        [m.t('print.col.file'), m.t('print.col.why')],
        summary.rejected.map((r) => [r.name, r.problem]),
      ),
    );
  return page;
}

function printRoot(): HTMLElement {
  document.getElementById(PRINT_ROOT_ID)?.remove();
  const root = el('div', { cls: 'fp-print-root' });
  root.id = PRINT_ROOT_ID;
  root.setAttribute('aria-hidden', 'true');
  document.body.append(root);
  return root;
}

/** Replaces the print view with `pages` and opens the browser's print dialog. */
export function showPrintView(pages: HTMLElement[]): HTMLElement {
  const root = printRoot();
  root.append(...pages);
  window.print();
  return root;
}

/** Prints one game as a worksheet: outcome, the timeline beside 2023 with a column for the reasons, scores, questions with space. */
export function printGame(game: PrintableGame): void {
  showPrintView([buildGamePage({ worksheet: true, ...game })]);
}

/** Prints the class debrief: the summary page, then one page per verified game. */
export function printClassReport(
  m: Messages,
  scenario: Scenario,
  scenarios: ScenarioLookup,
  summary: ClassSummary,
  games: readonly { name: string; state: GameState }[],
): void {
  const pages = games.map((g) => {
    const own = scenarios(g.state.scenario.id);
    return buildGamePage({ state: g.state, name: g.name, ...(own ? { scenario: own, messages: messages(own) } : {}) });
  });
  showPrintView([buildClassPage(m, scenario, summary), ...pages]);
}

/** A line of text with its web addresses made real links (the address stays printed). */
function withLinks(text: string): Child[] {
  const out: Child[] = [];
  let at = 0;
  for (const hit of text.matchAll(/https?:\/\/[^\s<>()]+[^\s<>().,;:!?]/g)) {
    const i = hit.index ?? 0;
    out.push(text.slice(at, i), link(hit[0]));
    at = i + hit[0].length;
  }
  out.push(text.slice(at));
  return out.filter((c) => c !== '');
}

/** Prints a document given as ScrollText-style blocks (the teacher's guide). */
export function printDocument(title: string, blocks: readonly { text: string; kind?: string; indent?: number }[]): void {
  const page = el('section', { cls: 'fp-page' });
  page.dataset.page = 'document';
  let list: HTMLUListElement | null = null;
  for (const b of blocks) {
    const isItem = (b.indent ?? 0) > 0 && /^(•|\d+[.)])\s/.test(b.text);
    if (isItem) {
      list ??= page.appendChild(el('ul'));
      const li = el('li', {}, withLinks(b.text.replace(/^•\s/, '')));
      if (!b.text.startsWith('•')) li.style.listStyle = 'none';
      list.append(li);
      continue;
    }
    list = null;
    if (b.kind === 'h1') page.append(el('h1', { text: b.text }));
    else if (b.kind === 'h2' || b.kind === 'h3') page.append(el('h2', { text: b.text }));
    else page.append(el('p', {}, withLinks(b.text)));
  }
  if (!blocks.some((b) => b.kind === 'h1')) page.prepend(el('h1', { text: title }));
  showPrintView([page]);
}
