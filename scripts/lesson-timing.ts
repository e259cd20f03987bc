// How long does a careful reader take over the lesson's turns? Plays turns
// --from to --to (default 11–20, 24 May – 22 June 2023: the lesson length) for
// each playable role over several seeds and counts, with the real English
// message catalogue, the words a player reads each turn:
//   news    — the news at the start of the turn (what the last turn brought);
//   cards   — every card of the role: its name each turn; its details (summary,
//             cost line, effects, odds and warnings, or why it is not possible)
//             the first time they read so in the game — a careful reader reads
//             a card once and again only when its text changes (new odds);
//   results — the "What happened" screen: every actor's order and why, the
//             dice, what happened on the ground, the events, the ladder.
// Minutes = words / reading speed + a fixed time to decide per turn.
//
// When --from/--to are a length of the scenario (11–20: the lesson), the game
// starts there, from the state history had reached; otherwise the turns before
// --from are played as in 2023 (the historical script of the actors that have one);
// in the lesson turns the student picks a card at random among the possible
// ones (the words vary little with the choice).
//
//   npx tsx scripts/lesson-timing.ts [--from 11] [--to 20] [--seeds 20] [--wpm 200] [--decide 40]

import { north2023 } from '../src/scenarios/north-2023';
import { createGame, type Game } from '../src/sim/game';
import type { ActionOption } from '../src/sim/options';
import { randomPolicy, scriptPolicy } from '../src/sim/policies';
import { rngFromSeed } from '../src/sim/rng';
import type { ActorId, LogEntry } from '../src/sim/types';
import { describeEntry, explainOrder, postureTitle } from '../src/text/describe';
import { messagesFor } from '../src/text/messages';
import { effectPhrases, riskOutcome, riskPhrase, riskWarning, stanceText, unavailableText } from '../src/ui/effects-text';

const scenario = north2023;
const m = messagesFor(scenario, 'en');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} needs a number`);
  return v;
}

const FROM = arg('from', 11);
const TO = Math.min(arg('to', 20), scenario.lastTurn);
const SEEDS = arg('seeds', 20);
const WPM = arg('wpm', 200);
const DECIDE_S = arg('decide', 40);

/** Words as a reader counts them: runs of letters or digits ("30", "Zvečan/Zveçan" is two). */
const words = (texts: readonly string[]) => texts.reduce((n, t) => n + (t.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0), 0);

/** The news at the start of `turn`: the ladder, the events and what happened in the turn before. */
function news(entries: readonly LogEntry[]): string[] {
  const text = (e: LogEntry) => describeEntry(m, scenario, e);
  const ladder = entries.filter((e) => e.kind === 'rung').map(text);
  const events = entries.filter((e) => e.kind === 'event').map(text);
  const ground = entries.filter((e) => !['decision', 'event', 'rung', 'end', 'roll'].includes(e.kind)).map(text);
  const all = [...ladder, ...events, ...ground];
  return all.length ? all : [m.t('news.quiet')];
}

/** A card's face and details as the game shows them. */
function card(option: ActionOption, budget: number, posture: string): string[] {
  const def = option.def;
  const out = [
    m.t(`action.${def.id}.name`),
    m.t(`action.${def.id}.summary`),
    m.t('details.meta', {
      cost: def.cost,
      budget,
      stance: stanceText(m, def.stance),
      phase: m.t(`phase.${def.phase}.order`),
      once: def.once ? 'yes' : 'no',
    }),
    m.t('details.fits', { posture }),
  ];
  if (!option.available) return [out[0] ?? '', m.t('card.unavailable', { reason: unavailableText(m, option) })];
  out.push(...effectPhrases(m, scenario, def));
  const risk = riskPhrase(m, option);
  if (risk && def.risk) {
    out.push(m.t('details.risk', { risk }));
    const hit = riskOutcome(m, scenario, def);
    if (hit) out.push(m.t('details.if-it-happens', { later: 'no', outcome: hit }));
    out.push(riskWarning(m, def) ?? '');
  }
  return out;
}

/** The "What happened" screen of a finished turn. */
function results(entries: readonly LogEntry[], withWhy: boolean): string[] {
  const out: string[] = [];
  for (const e of entries) {
    if (e.kind === 'decision') {
      out.push(m.t('log.decision', { actor: m.t(`actor.${e.order.actor}.short`), action: m.t(`action.${e.order.action}.name`) }));
      if (withWhy) out.push(explainOrder(m, e.order));
    } else if (e.kind !== 'end') out.push(describeEntry(m, scenario, e));
  }
  return out;
}

interface Count {
  news: number;
  cards: number;
  results: number;
  why: number;
  turns: number;
}

/** The scenario's length that plays exactly --from to --to (the lesson), if any: then the game starts where history stood. */
const LENGTH = Object.entries(scenario.lengths ?? {}).find(([, l]) => l.firstTurn === FROM && l.lastTurn === TO)?.[0];

function playRole(role: ActorId, seed: string): Count {
  const game: Game = createGame(scenario, { seed, humans: [role], ...(LENGTH ? { length: LENGTH } : {}) });
  const script = scenario.historical[role];
  const before = script ? scriptPolicy(script) : randomPolicy(rngFromSeed(`timing-before:${seed}:${role}`));
  const during = randomPolicy(rngFromSeed(`timing:${seed}:${role}`));
  const c: Count = { news: 0, cards: 0, results: 0, why: 0, turns: 0 };
  const seen = new Set<string>();
  for (;;) {
    game.advance();
    const s = game.state;
    if (game.isOver() || s.turn > TO) break;
    const t = s.turn;
    const inLesson = t >= FROM;
    if (inLesson) {
      c.turns++;
      c.news += words(news(s.log.filter((e) => e.turn === t - 1)));
      const me = s.actors[role];
      if (!me) throw new Error(`no actor ${role}`);
      const posture = postureTitle(m, role, me.posture);
      for (const o of game.options(role)) {
        const [name, ...details] = card(o, me.budget, posture);
        c.cards += words([name ?? '']);
        for (const d of details)
          if (!seen.has(d)) {
            seen.add(d);
            c.cards += words([d]);
          }
      }
    }
    const r = game.submit(role, (inLesson ? during : before)(game, role));
    if (!r.ok) throw new Error(r.error);
    if (inLesson) {
      game.advance();
      const entries = game.state.log.filter((e) => e.turn === t);
      const all = words(results(entries, true));
      const plain = words(results(entries, false));
      c.results += plain;
      c.why += all - plain;
      if (game.isOver()) break;
    }
  }
  return c;
}

const minutes = (w: number, turns: number) => w / WPM + (turns * DECIDE_S) / 60;
const playable = scenario.actorIds.filter((a) => scenario.actors[a]?.playable);
const rows: string[][] = [];
let worst = 0;
let sumAll = 0;
let nAll = 0;
for (const role of playable) {
  const counts = Array.from({ length: SEEDS }, (_, i) => playRole(role, `timing-${i + 1}`));
  const turns = counts.reduce((n, c) => n + c.turns, 0);
  const per = (k: keyof Count) => counts.reduce((n, c) => n + c[k], 0) / turns;
  const readWords = per('news') + per('cards') + per('results');
  // Games that end early (a war) are scaled to the whole lesson: minutes per turn x its turns.
  const LESSON = TO - FROM + 1;
  const perGame = counts.map((c) => (minutes(c.news + c.cards + c.results, c.turns) * LESSON) / Math.max(1, c.turns));
  const perGameWhy = counts.map((c) => (minutes(c.news + c.cards + c.results + c.why, c.turns) * LESSON) / Math.max(1, c.turns));
  const mean = perGame.reduce((a, b) => a + b, 0) / perGame.length;
  const whole = counts.filter((c) => c.turns === LESSON).map((c) => minutes(c.news + c.cards + c.results, c.turns));
  worst = Math.max(worst, ...whole);
  sumAll += mean;
  nAll++;
  rows.push([
    m.t(`actor.${role}.short`),
    (turns / SEEDS).toFixed(1),
    per('news').toFixed(0),
    per('cards').toFixed(0),
    per('results').toFixed(0),
    readWords.toFixed(0),
    per('why').toFixed(0),
    mean.toFixed(1),
    whole.length ? Math.max(...whole).toFixed(1) : '—',
    (perGameWhy.reduce((a, b) => a + b, 0) / perGameWhy.length).toFixed(1),
  ]);
}

const head = [
  'role',
  'turns played',
  'news',
  'cards',
  'results',
  'words/turn',
  '+why',
  'min (mean)',
  'min (longest full game)',
  'min with why',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
console.log(`Turns ${FROM}–${TO}, ${SEEDS} seeds per role, ${WPM} words a minute, ${DECIDE_S} s to decide each turn.`);
console.log(
  `Words a careful reader reads per turn (mean), and minutes for all ${TO - FROM + 1} turns (a game that ended early is scaled up):`,
);
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log(
  `Mean over the roles: ${(sumAll / nAll).toFixed(1)} min of play; the longest game played to its last turn: ${worst.toFixed(1)} min.`,
);
console.log(
  '"+why": the words of every actor’s reasons on the results screen, for a reader who opens them all (not in the minutes unless "with why").',
);
