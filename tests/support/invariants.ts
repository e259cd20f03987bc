// Invariants every state of every game must satisfy, shared by the property
// tests and the soak run. Each returns a list of problems (empty = fine).
import { MAX_BUDGET } from '../../src/sim/effects';
import { type GameState, METER_IDS, type Scenario } from '../../src/sim/types';

const inRange = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;

export function stateProblems(s: Readonly<GameState>, scenario: Scenario): string[] {
  const p: string[] = [];
  if (!inRange(s.rung, 0, scenario.ladder.top)) p.push(`rung ${s.rung} out of range`);
  if (s.peakRung < s.rung) p.push('peak rung below the rung');
  if (!inRange(s.turn, 0, scenario.lastTurn)) p.push(`turn ${s.turn} beyond the last turn`);
  for (const a of scenario.actorIds) {
    const actor = s.actors[a];
    if (!actor) {
      p.push(`actor ${a} missing`);
      continue;
    }
    for (const m of METER_IDS) if (!inRange(actor.meters[m], 0, 100)) p.push(`${a}.${m} = ${actor.meters[m]}`);
    if (!inRange(actor.budget, 0, MAX_BUDGET)) p.push(`${a} budget ${actor.budget}`);
  }
  for (const id of scenario.placeIds) {
    const place = s.places[id];
    if (!place) {
      p.push(`place ${id} missing`);
      continue;
    }
    for (const k of ['unrest', 'police', 'troops'] as const) if (!inRange(place[k], 0, 100)) p.push(`${id}.${k} = ${place[k]}`);
  }
  for (const [k, v] of Object.entries(s.relations)) if (!inRange(v, -100, 100)) p.push(`relation ${k} = ${v}`);
  if (s.outcome === 'war' && s.rung !== scenario.ladder.top) p.push('war below the top rung');
  return p;
}

/** Problems between two consecutive turns' states. */
export function stepProblems(prev: Readonly<GameState>, s: Readonly<GameState>, scenario: Scenario): string[] {
  const p: string[] = [];
  const none = { injured: 0, killed: 0 };
  for (const g of scenario.casualtyGroups) {
    const [before, after] = [prev.casualties[g] ?? none, s.casualties[g] ?? none];
    if (after.injured < before.injured) p.push(`${g} injured went down`);
    if (after.killed < before.killed) p.push(`${g} killed went down`);
  }
  if (s.peakRung < prev.peakRung) p.push('peak rung went down');
  if (s.rung < prev.rung - 1) p.push(`climbed down ${prev.rung - s.rung} rungs in one turn`);
  if (s.turn !== prev.turn + 1) p.push(`turn jumped from ${prev.turn} to ${s.turn}`);
  if (s.log.length < prev.log.length) p.push('log entries were lost');
  return p;
}

/** Byte- and structure-level damage to a text file, driven by a list of numbers. */
export function mutateText(text: string, ops: readonly number[]): string {
  let t = text;
  for (let i = 0; i + 2 < ops.length; i += 3) {
    const kind = (ops[i] ?? 0) % 6;
    const at = t.length ? (ops[i + 1] ?? 0) % t.length : 0;
    const v = ops[i + 2] ?? 0;
    const ch = String.fromCharCode(32 + (v % 95));
    if (kind === 0)
      t = t.slice(0, at) + ch + t.slice(at + 1); // overwrite a character
    else if (kind === 1)
      t = t.slice(0, at) + t.slice(at + 1 + (v % 8)); // delete a few
    else if (kind === 2)
      t = t.slice(0, at) + ch + t.slice(at); // insert
    else if (kind === 3)
      t = t.slice(0, at); // truncate
    else if (kind === 4)
      t = t.replace(/\d/, String(v % 10)); // change a digit
    else t = t.slice(0, at) + ['"', '{', '}', '[', ']', ',', ':', 'null', '-1', '1e309', '"<script>"'][v % 11] + t.slice(at);
  }
  return t;
}
