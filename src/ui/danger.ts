// Danger you can see: what the game screen shows of the crisis's danger,
// worked out from the state (pure: no Phaser, no words). The tone of the
// screen by rung, a climb of the ladder in the last turn, the last turn's
// violence, and which of the scenario's map markers show.

import type { ActionOption } from '../sim/options';
import type { FlagId, GameState, LatLon, LogEntry, MapMarkerKind, Place, PlaceId, ScenarioMap } from '../sim/types';

/** The screen's tone, from calm to the brink: 0 calm, 1 tense, 2 violent, 3 brink. */
export type DangerTone = 0 | 1 | 2 | 3;
export const TONE_IDS = ['calm', 'tense', 'violent', 'brink'] as const;

/**
 * The tone of a rung on a ladder of `top` rungs, in the same four bands as the
 * ladder's colours (rungColor): the lowest quarter calm, then tense, violent,
 * and the top quarter the brink.
 */
export function toneOf(rung: number, top: number): DangerTone {
  const t = top <= 0 ? 0 : rung / top;
  if (t < 0.25) return 0;
  if (t < 0.5) return 1;
  if (t < 0.75) return 2;
  return 3;
}

/** The ladder's move in `turn`, when it climbed; null when it stayed or fell (or the turn has no record). */
export function climbIn(log: readonly LogEntry[], turn: number): { from: number; to: number } | null {
  for (const e of log) if (e.turn === turn && e.kind === 'rung' && e.to > e.from) return { from: e.from, to: e.to };
  return null;
}

/** The violence of one turn: incidents (and how many armed), casualties, and the places the incidents were at. */
export interface Violence {
  incidents: number;
  armed: number;
  injured: number;
  killed: number;
  /** Places with an incident, in the order they happened (each once). */
  places: PlaceId[];
}

export function violenceIn(log: readonly LogEntry[], turn: number): Violence {
  const v: Violence = { incidents: 0, armed: 0, injured: 0, killed: 0, places: [] };
  for (const e of log) {
    if (e.turn !== turn) continue;
    if (e.kind === 'incident') {
      v.incidents++;
      if (e.armed) v.armed++;
      if (e.place !== null && !v.places.includes(e.place)) v.places.push(e.place);
    } else if (e.kind === 'casualties') {
      v.injured += e.injured;
      v.killed += e.killed;
    }
  }
  return v;
}

export const hasViolence = (v: Violence): boolean => v.incidents > 0 || v.injured > 0 || v.killed > 0;

/** A marker the map shows now. Flag markers carry their scenario id (their words: `map.marker.<id>`). */
export type ShownMarker =
  | { kind: MapMarkerKind; id: string; at: LatLon }
  | { kind: 'crowd'; place: PlaceId; at: LatLon }
  | { kind: 'clash'; place: PlaceId; at: LatLon };

/** What the map needs to place its danger markers. */
export interface DangerWorld {
  flags: Readonly<Record<FlagId, boolean>>;
  places: Readonly<Record<PlaceId, Place>>;
  /** Places where the last turn had an incident. */
  clashes: readonly PlaceId[];
}

/**
 * The markers to show, from the scenario's map data: each flag marker while
 * its flag is set, crowds at the seat of every place whose unrest reached the
 * scenario's threshold, a clash at the seat of every place with an incident
 * last turn. In the map's card order, so the description reads north to south.
 */
export function shownMarkers(map: ScenarioMap, world: DangerWorld): ShownMarker[] {
  const dangers = map.dangers;
  if (!dangers) return [];
  const out: ShownMarker[] = [];
  for (const f of dangers.flags) if (world.flags[f.flag]) out.push({ kind: f.kind, id: f.id, at: f.at });
  for (const place of map.cardOrder) {
    const seat = map.seats[place];
    const p = world.places[place];
    if (!seat || !p) continue;
    if (p.unrest >= dangers.crowdsAtUnrest) out.push({ kind: 'crowd', place, at: seat });
    if (world.clashes.includes(place)) out.push({ kind: 'clash', place, at: seat });
  }
  return out;
}

/** The markers of a state whose last played turn is `turn` (clashes from that turn's incidents). */
export function markersOf(map: ScenarioMap, state: Pick<GameState, 'flags' | 'places' | 'log'>, turn: number): ShownMarker[] {
  return shownMarkers(map, { flags: state.flags, places: state.places, clashes: violenceIn(state.log, turn).places });
}

/** The action ids available in a list of cards. */
export const availableIds = (options: readonly ActionOption[]): string[] => options.filter((o) => o.available).map((o) => o.def.id);

/**
 * The cards that unlocked: available now, but held back by their conditions
 * (or not offered) when the previous turn's cards were dealt. A card that was
 * only too dear, or is the same as before, is not new. With nothing known of
 * the previous turn (the first turn, a game just loaded), nothing is new.
 */
export function unlockedCards(previous: PreviousCards | null, now: readonly ActionOption[]): string[] {
  if (!previous) return [];
  return now
    .filter((o) => o.available && !previous.available.includes(o.def.id) && !previous.tooDear.includes(o.def.id))
    .map((o) => o.def.id);
}

/** What the previous turn's cards were: those available, and those that were only too dear. */
export interface PreviousCards {
  available: readonly string[];
  tooDear: readonly string[];
}

export function cardsNow(options: readonly ActionOption[]): PreviousCards {
  return { available: availableIds(options), tooDear: options.filter((o) => o.reason?.kind === 'cost').map((o) => o.def.id) };
}

/** The cards with the unlocked ones first (both groups keep their order). */
export function newFirst<T extends { def: { id: string } }>(options: readonly T[], unlocked: readonly string[]): T[] {
  return [...options.filter((o) => unlocked.includes(o.def.id)), ...options.filter((o) => !unlocked.includes(o.def.id))];
}
