import { relationKey } from './relations';

// A version-1 state (before the engine became generic) brought to today's
// shape, so a game saved by an older build can be continued. What changed:
// municipalities → places, kfor → troops, relation keys in alphabetical order,
// the dice log no longer carries a label, and decision notes are data (the old
// English notes cannot be turned back into data, so they are dropped: the
// "why" of turns played before the update shows the posture and the weights only).
// The game then continues under the current rules.

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function migratePlaces(municipalities: unknown): unknown {
  if (!isObject(municipalities)) return municipalities;
  const out: Json = {};
  for (const [id, m] of Object.entries(municipalities)) {
    if (!isObject(m)) return municipalities;
    const { kfor, ...rest } = m;
    out[id] = { ...rest, troops: kfor };
  }
  return out;
}

function migrateRelations(relations: unknown): unknown {
  if (!isObject(relations)) return relations;
  const out: Json = {};
  for (const [key, v] of Object.entries(relations)) {
    const [a, b] = key.split('|');
    out[a !== undefined && b !== undefined ? relationKey(a, b) : key] = v;
  }
  return out;
}

function migrateOrder(order: unknown): unknown {
  if (!isObject(order) || !isObject(order.reasons)) return order;
  return { ...order, reasons: { ...order.reasons, notes: [] } };
}

function migrateEntry(entry: unknown): unknown {
  if (!isObject(entry)) return entry;
  if (entry.kind === 'roll') {
    const { label: _label, ...rest } = entry;
    return rest;
  }
  if (entry.kind === 'decision') return { ...entry, order: migrateOrder(entry.order) };
  return entry;
}

export function migrateStateV1(state: unknown): unknown {
  if (!isObject(state)) return state;
  const { municipalities, ...rest } = state;
  const scenario = isObject(state.scenario) && state.scenario.version === 1 ? { ...state.scenario, version: 2 } : state.scenario;
  return {
    ...rest,
    scenario,
    places: migratePlaces(municipalities),
    relations: migrateRelations(state.relations),
    orders: Array.isArray(state.orders) ? state.orders.map(migrateOrder) : state.orders,
    log: Array.isArray(state.log) ? state.log.map(migrateEntry) : state.log,
  };
}
