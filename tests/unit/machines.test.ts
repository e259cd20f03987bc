import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { north2023Machines } from '../../src/machines/north-2023';
import { NORTH_2023_FLAGS, type North2023Flag, type North2023World } from '../../src/machines/north-2023/world-reading';
import type { PostureMeta } from '../../src/machines/posture';
import { north2023 } from '../../src/scenarios/north-2023';
import type { ActorId, WorldEvent } from '../../src/sim/types';
import { en } from './helpers';

const ACTOR_IDS = north2023.actorIds;
type Holders = Record<string, number>;

// Sample worlds spanning the game's range, crossed with hawkish, dovish and
// middling selves: enough to drive every guard both ways.
// `mayorsIn` is how many places have the elected mayor inside (holder "kosovo-mayor").
function world({ mayorsIn = 0, ...over }: Partial<North2023World> & { mayorsIn?: number }, flags: North2023Flag[] = []): North2023World {
  const f = Object.fromEntries(NORTH_2023_FLAGS.map((x) => [x, flags.includes(x)])) as North2023World['flags'];
  const postures = Object.fromEntries(ACTOR_IDS.map((a) => [a, ''])) as North2023World['postures'];
  const lastActions = Object.fromEntries(ACTOR_IDS.map((a) => [a, null])) as North2023World['lastActions'];
  const holders: Holders = Object.fromEntries(north2023.holders.map((h) => [h, 0]));
  holders['kosovo-mayor'] = mayorsIn;
  holders['local-serbs'] = north2023.placeIds.length - mayorsIn;
  return {
    turn: 10,
    lastTurn: 20,
    rung: 2,
    rungChange: 0,
    maxUnrest: 20,
    avgUnrest: 15,
    avgPolice: 15,
    avgTroops: 15,
    holders,
    incidentsLastTurn: 0,
    incidents: 0,
    injuredLastTurn: 0,
    killed: 0,
    flags: f,
    postures,
    lastActions,
    ...over,
  };
}

const worlds: North2023World[] = [
  world({ rung: 0, maxUnrest: 5, avgUnrest: 5 }),
  world({ rung: 4, maxUnrest: 65, avgUnrest: 55, avgPolice: 50, mayorsIn: 2 }, ['barricadesUp', 'crossingsClosed', 'mayorsInBuildings']),
  world({ rung: 6, maxUnrest: 80, avgUnrest: 70, avgPolice: 55, mayorsIn: 3, incidentsLastTurn: 2, incidents: 3, injuredLastTurn: 40 }, [
    'reinforcementsDeployed',
    'armyHighReadiness',
    'mayorsInBuildings',
  ]),
  world({ rung: 3, maxUnrest: 30, avgUnrest: 25 }, ['talksConvened', 'electionsCalled', 'electionsAgreedKosovo', 'electionsAgreedSerbia']),
  world({ rung: 8, maxUnrest: 70, avgUnrest: 60, incidents: 4 }, ['troopsAtLine', 'armyHighReadiness', 'reinforcementsDeployed']),
  world({ rung: 5, mayorsIn: 1, incidents: 1 }, ['euMeasuresOnKosovo', 'exerciseCancelled', 'leaderArrested']),
  world({ rung: 1 }, ['reinforcementsDeployed']),
];

const selves = (actor: ActorId): WorldEvent['self'][] => [
  { actor, human: false, temper: 60, support: 70, standing: 60, special: 60, budget: 6, lastStance: 'hawk' },
  { actor, human: false, temper: -60, support: 20, standing: 20, special: 20, budget: 6, lastStance: 'dove' },
  { actor, human: false, temper: 0, support: 50, standing: 50, special: 50, budget: 3, lastStance: null },
];

const TURNS = [2, 8, 14];
const eventsFor = (actor: ActorId): WorldEvent[] =>
  worlds.flatMap((w) => TURNS.flatMap((turn) => selves(actor).map((self) => ({ type: 'WORLD' as const, world: { ...w, turn }, self }))));

const machineOf = (id: ActorId) => north2023Machines[id] as AnyStateMachine;
const postures = (id: ActorId) => Object.keys(machineOf(id).states);

function reachable(id: ActorId, from?: string): Set<string> {
  const machine = machineOf(id);
  const fromState = from ? machine.resolveState({ value: from, context: { last: null, since: 0 } }) : undefined;
  const paths = getShortestPaths(machine, {
    events: eventsFor(id),
    fromState,
    // The sample worlds come at a few different turns, so time spent in a posture varies too.
    serializeState: (s) => {
      const snap = s as { value: unknown; context: { since: number } };
      return `${String(snap.value)}|${snap.context.since}`;
    },
  });
  return new Set(paths.map((p) => String((p.state as { value: unknown }).value)));
}

describe.each(ACTOR_IDS)('the %s posture machine', (id) => {
  it('has at least three postures', () => {
    expect(postures(id).length).toBeGreaterThanOrEqual(3);
  });

  it('reaches every posture from its initial one', () => {
    expect([...reachable(id)].sort()).toEqual(postures(id).sort());
  });

  it('can leave every posture and reach every other (no posture is a trap)', () => {
    for (const p of postures(id)) expect([...reachable(id, p)].sort(), `from ${p}`).toEqual(postures(id).sort());
  });

  it('offers only its own, existing actions, with positive weights', () => {
    const ids = new Set(north2023.actions.filter((a) => a.actor === id).map((a) => a.id));
    for (const p of postures(id)) {
      const meta = (machineOf(id).states[p] as { meta?: PostureMeta }).meta;
      expect(meta, p).toBeDefined();
      for (const [action, w] of Object.entries(meta?.weights ?? {})) {
        expect(ids.has(action), `${p} offers ${action}`).toBe(true);
        expect(w).toBeGreaterThan(0);
      }
    }
  });

  it('has a plain-words reading for every guard it uses', () => {
    const used = JSON.stringify(machineOf(id).config).match(/"guard":"(\w+)"/g) ?? [];
    expect(used.length).toBeGreaterThan(0);
    for (const g of used) expect(en.has(`guard.${g.slice(9, -1)}`), g).toBe(true);
  });
});
