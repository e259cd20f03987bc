// Invariants every state of every game must satisfy, shared by the property
// tests and the soak run. Each returns a list of problems (empty = fine).
import { ACTOR_IDS, CASUALTY_GROUPS, type GameState, METER_IDS, MUNICIPALITY_IDS, type Scenario } from '../../src/sim/types';

const inRange = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;

export function stateProblems(s: Readonly<GameState>, scenario: Scenario): string[] {
  const p: string[] = [];
  if (!inRange(s.rung, 0, scenario.ladder.length - 1)) p.push(`rung ${s.rung} out of range`);
  if (s.peakRung < s.rung) p.push('peak rung below the rung');
  if (!inRange(s.turn, 0, scenario.lastTurn)) p.push(`turn ${s.turn} beyond the last turn`);
  for (const a of ACTOR_IDS) {
    for (const m of METER_IDS) if (!inRange(s.actors[a].meters[m], 0, 100)) p.push(`${a}.${m} = ${s.actors[a].meters[m]}`);
    if (!inRange(s.actors[a].budget, 0, 6)) p.push(`${a} budget ${s.actors[a].budget}`);
  }
  for (const m of MUNICIPALITY_IDS) {
    for (const k of ['unrest', 'police', 'kfor'] as const)
      if (!inRange(s.municipalities[m][k], 0, 100)) p.push(`${m}.${k} = ${s.municipalities[m][k]}`);
  }
  for (const [k, v] of Object.entries(s.relations)) if (!inRange(v, -100, 100)) p.push(`relation ${k} = ${v}`);
  if (s.outcome === 'war' && s.rung !== 9) p.push('war below the top rung');
  return p;
}

/** Problems between two consecutive turns' states. */
export function stepProblems(prev: Readonly<GameState>, s: Readonly<GameState>): string[] {
  const p: string[] = [];
  for (const g of CASUALTY_GROUPS) {
    if (s.casualties[g].injured < prev.casualties[g].injured) p.push(`${g} injured went down`);
    if (s.casualties[g].killed < prev.casualties[g].killed) p.push(`${g} killed went down`);
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
