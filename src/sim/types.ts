// The data of the simulation. Everything in GameState is plain JSON: no classes,
// Maps, Sets or functions, so a state can be saved, hashed and sent to a worker.

export const ACTOR_IDS = ['serbia', 'kosovo', 'serbs', 'kfor', 'eu', 'usa', 'russia', 'china'] as const;
export type ActorId = (typeof ACTOR_IDS)[number];

export const MUNICIPALITY_IDS = ['north-mitrovica', 'zvecan', 'leposavic', 'zubin-potok'] as const;
export type MunicipalityId = (typeof MUNICIPALITY_IDS)[number];

/** Who holds a municipal building. */
export type Holder =
  | 'local-serbs' // run by local Serb staff; the newly elected mayor is not in
  | 'kosovo-mayor' // the elected mayor works inside, under police guard
  | 'kfor-cordon' // KFOR troops stand between the building and the crowd
  | 'mayor-elsewhere' // the mayor works from other premises while talks go on
  | 'new-council'; // new elections held with Serb participation

export const HOLDERS: readonly Holder[] = ['local-serbs', 'kosovo-mayor', 'kfor-cordon', 'mayor-elsewhere', 'new-council'];

export const CASUALTY_GROUPS = ['kfor', 'police', 'civilians'] as const;
export type CasualtyGroup = (typeof CASUALTY_GROUPS)[number];

export const METER_IDS = ['support', 'standing', 'special'] as const;
/** support = at home, standing = abroad, special = the actor's own meter (its name is in the scenario). */
export type MeterId = (typeof METER_IDS)[number];

export const FLAG_IDS = [
  'mayorsInBuildings',
  'armyHighReadiness',
  'troopsAtLine',
  'reinforcementsDeployed',
  'reinforcementsRequested',
  'talksConvened',
  'electionsCalled',
  'electionsAgreedKosovo',
  'electionsAgreedSerbia',
  'serbsWillRun',
  'euMeasuresOnKosovo',
  'euMeasuresOnSerbia',
  'exerciseCancelled',
  'crossingsClosed',
  'leaderArrested',
  'officersDetained',
  'barricadesUp',
  'boycottHolds',
  'associationTalks',
  'unscSession',
  'settlement',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export type Difficulty = 'easy' | 'normal' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'normal', 'hard'];

export type Stance = 'hawk' | 'dove' | 'neutral';

/** The escalation ladder, rung 0 (dialogue) to the top rung (armed conflict, ends the game). */
export interface Rung {
  level: number;
  name: string;
  description: string;
}

// ---------------------------------------------------------------------------
// Conditions, effects and chances: the small declarative language of content.
// ---------------------------------------------------------------------------

export type Condition =
  | { flag: FlagId; is?: boolean }
  | { rungAtLeast: number }
  | { rungAtMost: number }
  | { turnAtLeast: number }
  | { turnAtMost: number }
  | { ordered: string } // an action id someone ordered this turn
  | { orderedLastTurn: string }
  | { holderCount: Holder; atLeast?: number; atMost?: number }
  | { meter: { actor: ActorId; meter: MeterId; atLeast?: number; atMost?: number } }
  | { maxUnrestAtLeast: number }
  | { avgUnrestAtMost: number }
  | { posture: { actor: ActorId; in: string[] } }
  | { casualtiesAtLeast: { group: CasualtyGroup | 'any'; injured: number } }
  | { incidentsAtLeast: number }
  | { eventFired: string; is?: boolean }
  | { placeKforAtLeast: number } // only inside a per-place risk
  | { placeHolder: Holder } // only inside a per-place risk
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Where a municipal effect applies. */
export type Place = MunicipalityId | 'all' | 'here' | { holder: Holder | readonly Holder[] };

export type Effect =
  | { meter: MeterId; actor?: ActorId; delta: number } // actor defaults to the one acting
  | { relation: [ActorId, ActorId]; delta: number }
  | { unrest: Place; delta: number }
  | { police: Place; delta: number }
  | { kfor: Place; delta: number }
  | { holder: Place; to: Holder }
  | { flag: FlagId; set: boolean }
  | { heat: number } // escalation pressure this turn (see ladder rules)
  | { rungFloor: number } // the ladder is at least here after this turn
  | { casualties: CasualtyGroup; injured: number; killed?: number; spread?: number } // spread: extra 0..spread injured, rolled
  | { budget: number; actor?: ActorId }
  | { incident: string; armed?: boolean } // a violent incident (armed: shots, explosives, troops); the id names it in the log
  | { if: Condition; then: Effect[]; else?: Effect[] };

/** A chance in percent, computed from the world with integer arithmetic. */
export interface Chance {
  base: number;
  /** Each signal adds floor(value * per / 100) percentage points. */
  scale?: { signal: ChanceSignal; per: number }[];
  /** Each condition that holds adds its amount (may be negative). */
  when?: { if: Condition; add: number }[];
  min?: number;
  max?: number;
}

export type ChanceSignal =
  | 'rung'
  | 'maxUnrest'
  | 'avgUnrest'
  | 'avgPolice'
  | 'avgKfor'
  | 'placeUnrest' // the municipality being rolled for (per-place risks)
  | 'placePolice'
  | 'placeKfor';

export interface Risk {
  /** Short name of what might happen, e.g. "clash at the buildings". */
  label: string;
  chance: Chance;
  /** Roll once per matching municipality instead of once. */
  perPlace?: Place;
  onHit: Effect[];
  onMiss?: Effect[];
  /** What the player is told before choosing. */
  warning: string;
}

export interface ActionDef {
  id: string;
  actor: ActorId;
  name: string;
  /** One line on what it is, in the actor's own terms. */
  summary: string;
  /** Which real step this rests on (facts.md source), when it has one. */
  source?: string;
  cost: number;
  stance: Stance;
  /** Resolution order: lower first; ties broken by actor order then action id. */
  phase: ResolutionPhase;
  requires?: Condition;
  /** Why it is unavailable, shown when `requires` fails. */
  requiresText?: string;
  effects: Effect[];
  risk?: Risk;
  /** AI-only: scale the posture weight (in percent: 300 triples, 25 quarters) when a condition holds. */
  aiBoost?: { if: Condition; percent: number; why: string }[];
  /** Can be chosen at most once per game. */
  once?: boolean;
}

export type ResolutionPhase = 'statements' | 'deployments' | 'ground' | 'talks';
export const RESOLUTION_PHASES: readonly ResolutionPhase[] = ['statements', 'deployments', 'ground', 'talks'];

export interface EventDef {
  id: string;
  title: string;
  /** The news text, in our own words. */
  text: string;
  /** facts.md source(s) the event rests on. */
  source: string;
  kind: 'scripted' | 'random';
  /** Scripted: the turn it fires (if its condition holds). */
  turn?: number;
  when?: Condition;
  /** Random: chance per turn while eligible. */
  chance?: Chance;
  effects: Effect[];
  /** Fires at most once (default true). */
  once?: boolean;
}

export type ObjectiveMeasure =
  | { meterAtLeast: { actor: ActorId; meter: MeterId; value: number } }
  | { meterGain: { actor: ActorId; meter: MeterId } } // share of a 30-point gain from the start
  | { flag: FlagId; is?: boolean }
  | { rungAtMost: number }
  | { noWar: true }
  | { holderCountAtLeast: { holder: Holder | readonly Holder[]; count: number } }
  | { casualtiesAtMost: { group: CasualtyGroup | 'any'; injured: number; killed: number } }
  | { noKilled: true }
  | { policeAtMost: number } // average police presence in the north
  | { relationAtLeast: { a: ActorId; b: ActorId; value: number } };

export interface Objective {
  id: string;
  text: string;
  weight: number;
  measure: ObjectiveMeasure;
}

export interface ActorProfile {
  id: ActorId;
  name: string;
  short: string;
  /** What the actor wants, in its own terms. */
  view: string;
  specialMeter: string;
  playable: boolean;
  /** Temperament bounds, -100 (dovish) .. 100 (hawkish). */
  temperRange: [number, number];
  objectives: Objective[];
  start: { support: number; standing: number; special: number; budget: number };
}

export interface MunicipalityProfile {
  id: MunicipalityId;
  en: string;
  sr: string;
  sq: string;
  start: { holder: Holder; unrest: number; police: number; kfor: number };
}

export interface HistoryItem {
  date: string;
  turn: number;
  text: string;
  source: string;
}

/** A scripted role: per-turn preference lists (the first possible one is played) and a default. */
export interface HistoricalScript {
  default: string[];
  turns: Record<number, string[]>;
}

export interface Scenario {
  id: string;
  version: number;
  title: string;
  /** ISO date of turn 1 and days per turn, to date the turns. */
  startDate: string;
  daysPerTurn: number;
  lastTurn: number;
  briefing: string[];
  ladder: Rung[];
  actors: Record<ActorId, ActorProfile>;
  municipalities: Record<MunicipalityId, MunicipalityProfile>;
  actions: ActionDef[];
  events: EventDef[];
  history: HistoryItem[];
  /** The real choices of some actors, as scripts (the "historical" policy). */
  historical: Partial<Record<ActorId, HistoricalScript>>;
  startFlags: FlagId[];
  startRung: number;
  startRelations: Record<string, number>;
  /** Both sides' acceptance, talks and a calm ladder settle the crisis. */
  settlement: Condition;
  sources: { label: string; url: string }[];
}

// ---------------------------------------------------------------------------
// The game state.
// ---------------------------------------------------------------------------

export interface Municipality {
  holder: Holder;
  unrest: number;
  police: number;
  kfor: number;
}

export interface Casualties {
  injured: number;
  killed: number;
}

export interface ActorState {
  posture: string;
  /** -100 dovish .. 100 hawkish, drawn from the seed at the start. */
  temper: number;
  meters: Record<MeterId, number>;
  budget: number;
  /** The posture machine's own memory (its XState context). */
  mind: MindContext;
  lastAction: string | null;
  lastStance: Stance | null;
  usedOnce: string[];
}

/** Context of an actor's posture machine: plain JSON, kept in the game state. */
export interface MindContext {
  /** The transition taken last, and the guard that allowed it. */
  last: { turn: number; from: string; to: string; guard: string } | null;
  /** The turn this posture was entered (0: the start). */
  since: number;
}

/** What every actor's machine sees of the world at the start of its decision. */
export interface WorldView {
  turn: number;
  lastTurn: number;
  rung: number;
  /** Rung change over the last turn. */
  rungChange: number;
  maxUnrest: number;
  avgUnrest: number;
  avgPolice: number;
  avgKfor: number;
  /** Buildings with the elected mayor inside. */
  mayorsIn: number;
  incidentsLastTurn: number;
  incidents: number;
  injuredLastTurn: number;
  killed: number;
  flags: Readonly<Record<FlagId, boolean>>;
  postures: Readonly<Record<ActorId, string>>;
  lastActions: Readonly<Record<ActorId, string | null>>;
}

/** What an actor's machine knows of itself. */
export interface SelfView {
  actor: ActorId;
  human: boolean;
  temper: number;
  support: number;
  standing: number;
  special: number;
  budget: number;
  lastStance: Stance | null;
}

export interface WorldEvent {
  type: 'WORLD';
  world: WorldView;
  self: SelfView;
}

export type Phase = 'news' | 'decisions' | 'resolution' | 'events' | 'endCheck' | 'over';

export interface Order {
  actor: ActorId;
  action: string;
  by: 'ai' | 'human';
  reasons: DecisionReasons;
}

export interface DecisionReasons {
  posture: string;
  /** The posture change this turn and the guard that fired, if any. */
  transition: { from: string; to: string; guard: string } | null;
  /** Candidate actions with their final weights (AI) — empty for humans. */
  weights: { action: string; weight: number }[];
  /** Why each weight was adjusted (temperament, situation). */
  notes: string[];
  /** The roll that chose among the weights (0..total), AI only. */
  roll: number | null;
}

export type LogEntry =
  | { turn: number; kind: 'decision'; order: Order }
  | {
      turn: number;
      kind: 'roll';
      actor: ActorId;
      action: string;
      label: string;
      place: MunicipalityId | null;
      chance: number;
      roll: number;
      hit: boolean;
    }
  | { turn: number; kind: 'void'; actor: ActorId; action: string } // no longer possible when its turn came
  | { turn: number; kind: 'event'; event: string }
  | { turn: number; kind: 'incident'; id: string; armed: boolean; place: MunicipalityId | null }
  | { turn: number; kind: 'casualties'; group: CasualtyGroup; injured: number; killed: number; cause: string }
  | { turn: number; kind: 'rung'; from: number; to: number; heat: number }
  | { turn: number; kind: 'holder'; place: MunicipalityId; from: Holder; to: Holder }
  | { turn: number; kind: 'flag'; flag: FlagId; set: boolean }
  | { turn: number; kind: 'end'; outcome: Outcome };

export type Outcome = 'war' | 'settlement' | 'last-turn';

export interface TurnStats {
  incidents: number;
  /** Incidents with weapons: these alone can take the ladder past clashes. */
  armed: number;
  injured: number;
  killed: number;
  rungChange: number;
}

export interface GameState {
  scenario: { id: string; version: number };
  seed: string;
  difficulty: Difficulty;
  humans: ActorId[];
  turn: number;
  phase: Phase;
  rng: { c: number; s0: number; s1: number; s2: number };
  rung: number;
  peakRung: number;
  /** Escalation pressure gathered in the current turn. */
  heat: number;
  /** The lowest rung this turn can end on (raised by violence). */
  rungFloor: number;
  /** What happened this turn so far, and over the whole previous turn. */
  thisTurn: TurnStats;
  lastTurnStats: TurnStats;
  municipalities: Record<MunicipalityId, Municipality>;
  casualties: Record<CasualtyGroup, Casualties>;
  actors: Record<ActorId, ActorState>;
  relations: Record<string, number>;
  flags: Record<FlagId, boolean>;
  incidents: number;
  armedIncidents: number;
  firstClashTurn: number | null;
  firedEvents: string[];
  /** Orders submitted in the decisions phase of the current turn (hidden until resolution). */
  orders: Order[];
  /** Human actors whose orders for this turn are still awaited. */
  awaiting: ActorId[];
  /** Action ids ordered last turn (for `orderedLastTurn`). */
  lastOrders: string[];
  outcome: Outcome | null;
  log: LogEntry[];
}

/** A human decision as a replay records it. */
export interface Decision {
  turn: number;
  actor: ActorId;
  action: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
