import { z } from 'zod';
import { RELATION_KEYS } from './relations';
import { ACTOR_IDS, CASUALTY_GROUPS, DIFFICULTIES, FLAG_IDS, type GameState, HOLDERS, METER_IDS, MUNICIPALITY_IDS } from './types';

// The schema of a saved GameState: every outside copy of a state (a save, a
// branch point) is checked against it before the engine touches it.

const int = z.number().int();
const pct = int.min(0).max(100);
const actorId = z.enum(ACTOR_IDS);
const place = z.enum(MUNICIPALITY_IDS);
const holder = z.enum(HOLDERS as [string, ...string[]]);
const record = <K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>);

const turnStats = z.strictObject({ incidents: int.min(0), armed: int.min(0), injured: int.min(0), killed: int.min(0), rungChange: int });
const transition = z.strictObject({ from: z.string().max(40), to: z.string().max(40), guard: z.string().max(60) });
const reasons = z.strictObject({
  posture: z.string().max(40),
  transition: transition.nullable(),
  weights: z.array(z.strictObject({ action: z.string().max(80), weight: int.min(0) })).max(40),
  notes: z.array(z.string().max(300)).max(20),
  roll: int.min(0).nullable(),
});
const order = z.strictObject({ actor: actorId, action: z.string().max(80), by: z.enum(['ai', 'human']), reasons });
const turn = int.min(0).max(1000);

const logEntry = z.discriminatedUnion('kind', [
  z.strictObject({ turn, kind: z.literal('decision'), order }),
  z.strictObject({ turn, kind: z.literal('void'), actor: actorId, action: z.string().max(80) }),
  z.strictObject({
    turn,
    kind: z.literal('roll'),
    actor: actorId,
    action: z.string().max(80),
    label: z.string().max(200),
    place: place.nullable(),
    chance: pct,
    roll: int.min(0).max(99),
    hit: z.boolean(),
  }),
  z.strictObject({ turn, kind: z.literal('event'), event: z.string().max(80) }),
  z.strictObject({ turn, kind: z.literal('incident'), id: z.string().max(80), armed: z.boolean(), place: place.nullable() }),
  z.strictObject({
    turn,
    kind: z.literal('casualties'),
    group: z.enum(CASUALTY_GROUPS),
    injured: int.min(0),
    killed: int.min(0),
    cause: z.string().max(80),
  }),
  z.strictObject({ turn, kind: z.literal('rung'), from: int.min(0).max(9), to: int.min(0).max(9), heat: int }),
  z.strictObject({ turn, kind: z.literal('holder'), place, from: holder, to: holder }),
  z.strictObject({ turn, kind: z.literal('flag'), flag: z.enum(FLAG_IDS), set: z.boolean() }),
  z.strictObject({ turn, kind: z.literal('end'), outcome: z.enum(['war', 'settlement', 'last-turn']) }),
]);

const actorState = z.strictObject({
  posture: z.string().max(40),
  temper: int.min(-100).max(100),
  meters: record(METER_IDS, pct),
  budget: int.min(0).max(20),
  mind: z.strictObject({
    last: z.strictObject({ turn, from: z.string().max(40), to: z.string().max(40), guard: z.string().max(60) }).nullable(),
    since: turn,
  }),
  lastAction: z.string().max(80).nullable(),
  lastStance: z.enum(['hawk', 'dove', 'neutral']).nullable(),
  usedOnce: z.array(z.string().max(80)).max(100),
});

export const gameStateSchema = z.strictObject({
  scenario: z.strictObject({ id: z.string().max(100), version: int.positive() }),
  seed: z.string().max(200),
  difficulty: z.enum(DIFFICULTIES),
  humans: z.array(actorId).max(ACTOR_IDS.length),
  turn,
  phase: z.enum(['news', 'decisions', 'resolution', 'events', 'endCheck', 'over']),
  rng: z.strictObject({ c: z.number().finite(), s0: z.number().finite(), s1: z.number().finite(), s2: z.number().finite() }),
  rung: int.min(0).max(9),
  peakRung: int.min(0).max(9),
  heat: int,
  rungFloor: int.min(0).max(9),
  thisTurn: turnStats,
  lastTurnStats: turnStats,
  municipalities: record(MUNICIPALITY_IDS, z.strictObject({ holder, unrest: pct, police: pct, kfor: pct })),
  casualties: record(CASUALTY_GROUPS, z.strictObject({ injured: int.min(0), killed: int.min(0) })),
  actors: record(ACTOR_IDS, actorState),
  relations: record(RELATION_KEYS, int.min(-100).max(100)),
  flags: record(FLAG_IDS, z.boolean()),
  incidents: int.min(0),
  armedIncidents: int.min(0),
  firstClashTurn: turn.nullable(),
  firedEvents: z.array(z.string().max(80)).max(500),
  orders: z.array(order).max(ACTOR_IDS.length),
  awaiting: z.array(actorId).max(ACTOR_IDS.length),
  lastOrders: z.array(z.string().max(80)).max(ACTOR_IDS.length),
  outcome: z.enum(['war', 'settlement', 'last-turn']).nullable(),
  log: z.array(logEntry).max(20_000),
});

// Keep the schema and the type in step: this fails to compile if they drift.
type SchemaState = z.infer<typeof gameStateSchema>;
const _sameShape: (s: SchemaState) => GameState = (s) => s as GameState;
void _sameShape;
