import { z } from 'zod';
import { lengthIds } from './lengths';
import { relationKeys } from './relations';
import { DIFFICULTIES, FULL_LENGTH, type GameState, type Scenario } from './types';

// The schema of a saved GameState for one scenario: every outside copy of a
// state (a save, a branch point) is checked against it before the engine
// touches it. Built from the scenario's own lists of ids, once per scenario.

const int = z.number().int();
const pct = int.min(0).max(100);
const turn = int.min(0).max(1000);
const id = z.string().max(80);
const record = <V extends z.ZodType>(keys: readonly string[], value: V) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<string, V>);
const oneOf = (values: readonly string[]) => z.enum(values as [string, ...string[]]);

function build(scenario: Scenario) {
  const actorId = oneOf(scenario.actorIds);
  const place = oneOf(scenario.placeIds);
  const holder = oneOf(scenario.holders);
  const top = scenario.ladder.top;
  const rung = int.min(0).max(top);
  const actors = scenario.actorIds.length;
  const outcome = z.enum(['war', 'settlement', 'last-turn', 'stopped']);

  const turnStats = z.strictObject({ incidents: int.min(0), armed: int.min(0), injured: int.min(0), killed: int.min(0), rungChange: int });
  const transition = z.strictObject({ from: z.string().max(40), to: z.string().max(40), guard: z.string().max(60) });
  const note = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('boost'), action: id, boost: int.min(1).max(20), percent: int.min(0).max(10_000) }),
    z.strictObject({ kind: z.literal('temper'), temper: int.min(-100).max(100), leaning: z.enum(['hawk', 'dove']) }),
    z.strictObject({ kind: z.literal('nothing-possible') }),
  ]);
  const reasons = z.strictObject({
    posture: z.string().max(40),
    transition: transition.nullable(),
    weights: z.array(z.strictObject({ action: id, weight: int.min(0) })).max(40),
    notes: z.array(note).max(40),
    roll: int.min(0).nullable(),
    motive: id.optional(),
  });
  const order = z.strictObject({ actor: actorId, action: id, by: z.enum(['ai', 'human']), reasons });

  // Explain (issue 16): what caused a change, and the ladder rules' own share of a turn's pressure.
  const by = z.enum(['order', 'event', 'drift', 'settlement']);
  const what = z.enum(['support', 'standing', 'special', 'relation', 'unrest', 'police', 'troops', 'heat', 'floor']);
  const rule = z.strictObject({ violence: int, unrest: int, floor: rung });
  /** At most this many changes in one turn. */
  const CHANGES = 5_000;
  const logEntry = z.discriminatedUnion('kind', [
    z.strictObject({ turn, kind: z.literal('decision'), order }),
    z.strictObject({ turn, kind: z.literal('void'), actor: actorId, action: id }),
    z.strictObject({
      turn,
      kind: z.literal('roll'),
      actor: actorId,
      action: id,
      place: place.nullable(),
      chance: pct,
      roll: int.min(0).max(99),
      hit: z.boolean(),
    }),
    z.strictObject({ turn, kind: z.literal('event'), event: id }),
    z.strictObject({ turn, kind: z.literal('incident'), id, armed: z.boolean(), place: place.nullable() }),
    z.strictObject({
      turn,
      kind: z.literal('casualties'),
      group: oneOf(scenario.casualtyGroups),
      injured: int.min(0),
      killed: int.min(0),
      cause: id,
    }),
    z.strictObject({ turn, kind: z.literal('rung'), from: rung, to: rung, heat: int, rule: rule.optional() }),
    z.strictObject({ turn, kind: z.literal('holder'), place, from: holder, to: holder, by: by.optional(), cause: id.optional() }),
    z.strictObject({
      turn,
      kind: z.literal('flag'),
      flag: oneOf(scenario.flags),
      set: z.boolean(),
      by: by.optional(),
      cause: id.optional(),
    }),
    z
      .strictObject({
        turn,
        kind: z.literal('changes'),
        what: z.array(what).max(CHANGES),
        of: z.array(id).max(CHANGES),
        delta: z.array(int).max(CHANGES),
        asked: z.array(int).max(CHANGES),
        by: z.array(by).max(CHANGES),
        cause: z.array(id).max(CHANGES),
      })
      .refine((c) => [c.of, c.delta, c.asked, c.by, c.cause].every((col) => col.length === c.what.length), 'columns of unequal length'),
    z.strictObject({ turn, kind: z.literal('end'), outcome, stoppedDuring: z.literal('decisions').optional() }),
  ]);

  const actorState = z.strictObject({
    posture: z.string().max(40),
    temper: int.min(-100).max(100),
    meters: z.strictObject({ support: pct, standing: pct, special: pct }),
    budget: int.min(0).max(20),
    mind: z.strictObject({
      last: z.strictObject({ turn, from: z.string().max(40), to: z.string().max(40), guard: z.string().max(60) }).nullable(),
      since: turn,
    }),
    lastAction: id.nullable(),
    lastStance: z.enum(['hawk', 'dove', 'neutral']).nullable(),
    usedOnce: z.array(id).max(100),
  });

  return z.strictObject({
    scenario: z.strictObject({ id: z.string().max(100), version: int.positive() }),
    seed: z.string().max(200),
    difficulty: z.enum(DIFFICULTIES),
    humans: z.array(actorId).max(actors),
    turn,
    phase: z.enum(['news', 'decisions', 'resolution', 'events', 'endCheck', 'over']),
    rng: z.strictObject({ c: z.number().finite(), s0: z.number().finite(), s1: z.number().finite(), s2: z.number().finite() }),
    rung,
    peakRung: rung,
    heat: int,
    rungFloor: rung,
    thisTurn: turnStats,
    lastTurnStats: turnStats,
    places: record(scenario.placeIds, z.strictObject({ holder, unrest: pct, police: pct, troops: pct })),
    casualties: record(scenario.casualtyGroups, z.strictObject({ injured: int.min(0), killed: int.min(0) })),
    actors: record(scenario.actorIds, actorState),
    relations: record(relationKeys(scenario.actorIds), int.min(-100).max(100)),
    flags: record(scenario.flags, z.boolean()),
    incidents: int.min(0),
    armedIncidents: int.min(0),
    firstClashTurn: turn.nullable(),
    firedEvents: z.array(id).max(500),
    orders: z.array(order).max(actors),
    awaiting: z.array(actorId).max(actors),
    lastOrders: z.array(id).max(actors),
    outcome: outcome.nullable(),
    log: z.array(logEntry).max(20_000),
    length: oneOf(lengthIds(scenario).filter((l) => l !== FULL_LENGTH)).optional(),
  });
}

export type GameStateSchema = ReturnType<typeof build>;

const cache = new WeakMap<Scenario, GameStateSchema>();

/** The schema of a state of this scenario. */
export function gameStateSchema(scenario: Scenario): GameStateSchema {
  let schema = cache.get(scenario);
  if (!schema) {
    schema = build(scenario);
    cache.set(scenario, schema);
  }
  return schema;
}

// Keep the schema and the type in step: this fails to compile if they drift.
type SchemaState = z.infer<GameStateSchema>;
const _sameShape: (s: SchemaState) => GameState = (s) => s;
void _sameShape;
