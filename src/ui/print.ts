// Printable reports: the class debrief (a summary page, then one page per
// verified game) and a single game's page, for the Debrief's Print button.
// Built from DOM elements with textContent only (never innerHTML), shown only
// in print (see print.css, bundled by Vite), then window.print().

import './print.css';
import { guardText } from '../machines/guard-text';
import { findScenario } from '../scenarios';
import { discussionQuestions } from '../sim/debrief';
import { actionName, actorName, outcomeHeadline, postureTitle, turnDates } from '../sim/describe';
import { stateHash } from '../sim/hash';
import { scoreGame } from '../sim/scoring';
import { ACTOR_IDS, type ActorId, type GameState, type Order } from '../sim/types';
import { type ClassSummary, mean1, OUTCOME_KEYS, OUTCOME_LABEL, splitGroupTitle, splitText } from './class-summary';

export const PRINT_ROOT_ID = 'fp-print';

/** What printGame needs: a PlaySession fits ({ state, role }). */
export interface PrintableGame {
  readonly state: Readonly<GameState>;
  /** The person's role; defaults to the state's human roles. */
  readonly role?: ActorId | null;
  /** A file name or label shown under the title. */
  readonly name?: string;
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
function postureReason(order: Order): string {
  const r = order.reasons;
  const now = postureTitle(order.actor, r.posture);
  if (!r.transition) return `${now} (unchanged)`;
  return `${postureTitle(order.actor, r.transition.from)} → ${now}: ${guardText[r.transition.guard] ?? r.transition.guard}`;
}

function humansOf(g: PrintableGame): ActorId[] {
  if (g.role) return [g.role];
  return [...g.state.humans];
}

/** One page for one game: role, decisions with reasons, outcome, scores, questions. */
export function buildGamePage(g: PrintableGame): HTMLElement {
  const state = g.state as GameState;
  const scenario = findScenario(state.scenario.id);
  const page = el('section', { cls: 'fp-page' });
  page.dataset.page = 'game';
  if (!scenario) {
    page.append(
      el('h1', { text: 'Game report' }),
      el('p', { text: `This game is of a scenario this version does not have (“${state.scenario.id}”).` }),
    );
    return page;
  }
  const humans = humansOf(g);
  const roleText = humans.length ? humans.map((a) => scenario.actors[a].name).join(', ') : 'nobody: every actor was played by the computer';
  page.append(el('h1', { text: `Game report — ${scenario.title}` }));
  if (g.name) page.append(el('p', { cls: 'fp-meta', text: `File: ${g.name}` }));
  page.append(
    el('p', {
      cls: 'fp-meta',
      text: `Seed: ${state.seed} · difficulty ${state.difficulty} · ${state.turn} of ${scenario.lastTurn} turns · verification code ${stateHash(state)}`,
    }),
    el('p', { text: `Played by a person: ${roleText}.` }),
  );

  page.append(el('h2', { text: 'Outcome' }), el('p', { text: outcomeHeadline(scenario, state) }));
  const c = state.casualties;
  const killed = c.kfor.killed + c.police.killed + c.civilians.killed;
  page.append(
    el('p', {
      cls: 'fp-meta',
      text: `Final rung ${state.rung} (${scenario.ladder[state.rung]?.name ?? ''}) · peak rung ${state.peakRung} (${scenario.ladder[state.peakRung]?.name ?? ''}) · first violence: ${state.firstClashTurn === null ? 'none' : `turn ${state.firstClashTurn}`} · injured in this game: KFOR ${c.kfor.injured}, police ${c.police.injured}, civilians ${c.civilians.injured}; killed ${killed}`,
    }),
  );

  if (humans.length) {
    page.append(
      el('h2', {
        text:
          humans.length === 1
            ? `Decisions of ${actorName(scenario, humans[0] as ActorId)}, with reasons`
            : 'The players’ decisions, with reasons',
      }),
    );
    const rows: string[][] = [];
    for (const e of state.log) {
      if (e.kind !== 'decision' || !humans.includes(e.order.actor)) continue;
      rows.push([
        String(e.turn),
        turnDates(scenario, e.turn),
        `${humans.length > 1 ? `${actorName(scenario, e.order.actor)}: ` : ''}${actionName(scenario, e.order.action)}`,
        postureReason(e.order),
      ]);
    }
    page.append(
      rows.length
        ? table(['Turn', 'Dates', 'Decision', 'Posture, and what moved it'], rows, [0])
        : el('p', { text: 'No decisions were made yet.' }),
    );
  } else {
    page.append(el('h2', { text: 'What each actor did most often' }));
    const rows: string[][] = [];
    for (const a of ACTOR_IDS) {
      const counts = new Map<string, number>();
      for (const e of state.log)
        if (e.kind === 'decision' && e.order.actor === a) counts.set(e.order.action, (counts.get(e.order.action) ?? 0) + 1);
      const top = [...counts]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 3)
        .map(([id, n]) => `${actionName(scenario, id)} ×${n}`);
      rows.push([actorName(scenario, a), top.join(' · ')]);
    }
    page.append(table(['Actor', 'Most frequent decisions'], rows));
  }

  page.append(el('h2', { text: 'Scores (each actor against its own objectives, 0–100)' }));
  page.append(
    table(
      ['Actor', 'Score', 'Objectives met'],
      scoreGame(state, scenario).map((s) => [
        scenario.actors[s.actor].name,
        s.score,
        s.objectives
          .filter((o) => o.met >= 100)
          .map((o) => o.text)
          .join('; ') || '–',
      ]),
      [1],
    ),
  );

  page.append(el('h2', { text: 'Questions to discuss' }));
  page.append(
    el(
      'ol',
      {},
      discussionQuestions(scenario, state).map((q) => el('li', { text: q })),
    ),
  );
  return page;
}

/** The summary page of the class debrief. */
export function buildClassPage(summary: ClassSummary): HTMLElement {
  const page = el('section', { cls: 'fp-page' });
  page.dataset.page = 'class';
  const n = summary.games;
  page.append(
    el('h1', { text: 'Class debrief: North 2023' }),
    el('p', {
      cls: 'fp-meta',
      text: `${summary.files} file${summary.files === 1 ? '' : 's'} loaded · ${n} verified game${n === 1 ? '' : 's'} counted · ${summary.rejected.length} not counted`,
    }),
  );

  page.append(el('h2', { text: 'Outcomes' }));
  const maxOutcome = Math.max(1, ...OUTCOME_KEYS.map((k) => summary.outcomes[k]));
  const outcomeRows = OUTCOME_KEYS.filter((k) => k !== 'unfinished' || summary.outcomes[k] > 0);
  const ot = table(
    ['Outcome', 'Games', 'Share'],
    outcomeRows.map((k) => [OUTCOME_LABEL[k], summary.outcomes[k], n ? `${Math.round((summary.outcomes[k] * 100) / n)}%` : '–']),
    [1, 2],
  );
  ot.querySelectorAll('tbody tr').forEach((tr, i) => {
    const k = outcomeRows[i];
    if (k) tr.children[0]?.prepend(bar(summary.outcomes[k], maxOutcome));
  });
  page.append(ot);

  page.append(el('h2', { text: 'Highest rung reached' }));
  page.append(
    table(
      ['Rung', 'Name', 'Games'],
      summary.peakRung.map((v, i) => [i, summary.rungNames[i] ?? '', v]).filter((r) => Number(r[2]) > 0),
      [0, 2],
    ),
  );

  const fc = summary.firstClashStats;
  page.append(el('h2', { text: 'First violence and casualties' }));
  page.append(
    el('p', {
      text:
        fc.median === null
          ? `No game had violence.`
          : `First violence: median turn ${fc.median} (earliest ${fc.earliest}, latest ${fc.latest}); ${fc.none} game${fc.none === 1 ? '' : 's'} without violence.`,
    }),
  );
  const cz = summary.casualties;
  page.append(
    table(
      ['In these games', 'Total', 'Mean per game'],
      [
        ['KFOR soldiers injured', cz.kfor, mean1(cz.kfor, n)],
        ['Police officers injured', cz.police, mean1(cz.police, n)],
        ['Civilians and protesters injured', cz.civilians, mean1(cz.civilians, n)],
        ['Killed (all groups)', cz.killed, mean1(cz.killed, n)],
      ],
      [1, 2],
    ),
  );

  page.append(el('h2', { text: 'Scores (mean, and how many games fell in each band of 10 points)' }));
  const scenario = findScenario('north-2023');
  page.append(
    table(
      ['Actor', 'Mean', '0–9', '10–19', '20–29', '30–39', '40–49', '50–59', '60–69', '70–79', '80–89', '90–100'],
      ACTOR_IDS.map((a) => {
        const h = summary.scoreHist[a];
        const bins = [...h.slice(0, 9), (h[9] ?? 0) + (h[10] ?? 0)];
        return [scenario ? actorName(scenario, a) : a, summary.scoreMean[a].toFixed(1), ...bins];
      }),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    ),
  );

  page.append(el('h2', { text: 'Where the class split (games with the same seed)' }));
  if (!summary.splits.length) {
    page.append(
      el('p', {
        text: 'No two games share a seed, a difficulty and a role, so there is nothing to compare turn by turn. Give the class one seed code to see where their choices part.',
      }),
    );
  }
  for (const g of summary.splits) {
    page.append(el('p', { cls: 'fp-meta', text: splitGroupTitle(g) }));
    if (!g.points.length) page.append(el('p', { text: 'These games made the same choice on every turn.' }));
    else
      page.append(
        table(
          ['Turn and actor', 'Choices (number of games)'],
          g.points.map((p) => {
            const t = splitText(p);
            return [t.head, t.choices];
          }),
        ),
      );
  }

  page.append(el('h2', { text: 'Files not counted' }));
  if (!summary.rejected.length) page.append(el('p', { text: 'None: every file verified.' }));
  else
    page.append(
      table(
        ['File', 'Why it was not counted'],
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

/** Prints one game on one page (role, decisions with reasons, outcome, scores, questions). */
export function printGame(game: PrintableGame): void {
  showPrintView([buildGamePage(game)]);
}

/** Prints the class debrief: the summary page, then one page per verified game. */
export function printClassReport(summary: ClassSummary, games: readonly { name: string; state: GameState }[]): void {
  showPrintView([buildClassPage(summary), ...games.map((g) => buildGamePage({ state: g.state, name: g.name }))]);
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
      const li = el('li', { text: b.text.replace(/^•\s/, '') });
      if (!b.text.startsWith('•')) li.style.listStyle = 'none';
      list.append(li);
      continue;
    }
    list = null;
    if (b.kind === 'h1') page.append(el('h1', { text: b.text }));
    else if (b.kind === 'h2' || b.kind === 'h3') page.append(el('h2', { text: b.text }));
    else page.append(el('p', { text: b.text }));
  }
  if (!blocks.some((b) => b.kind === 'h1')) page.prepend(el('h1', { text: title }));
  showPrintView([page]);
}
