// The data of the simulation. Everything in GameState is plain JSON: no classes,
// Maps, Sets or functions, so a state can be saved, hashed and sent to a worker.

// The engine is generic: these ids are declared by each scenario (its actors,
// places, building holders, flags and casualty groups), never by the engine.
// They are plain strings; a scenario's lists say which ones exist.

/** An actor of the scenario, e.g. "kfor". */
export type ActorId = string;
/** A place of the scenario (a municipality, a district), e.g. "zvecan". */
export type PlaceId = string;
/** Who holds a place's contested building, e.g. "local-serbs". */
export type Holder = string;
/** A yes/no fact of the scenario's world, e.g. "barricadesUp". */
export type FlagId = string;
/** A group whose casualties are counted apart, e.g. "police". */
export type CasualtyGroup = string;

export const METER_IDS = ['support', 'standing', 'special'] as const;
/** support = at home, standing = abroad, special = the actor's own meter (its name is in the scenario's messages). */
export type MeterId = (typeof METER_IDS)[number];

export type Difficulty = 'easy' | 'normal' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'normal', 'hard'];

export type Stance = 'hawk' | 'dove' | 'neutral';

/**
 * The escalation ladder, rung 0 (dialogue) to `top` (armed conflict, ends the
 * game). Rung names are messages (`rung.<n>.name`). Heat alone climbs to
 * `calmCap` without violence and `violenceCap` after it; rungs above that need
 * `brinkFlag` set; war comes only from `brink` with armed violence.
 */
export interface LadderRules {
  top: number;
  brink: number;
  calmCap: number;
  violenceCap: number;
  brinkFlag: FlagId;
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
  | { placeTroopsAtLeast: number } // only inside a per-place risk
  | { placeHolder: Holder } // only inside a per-place risk
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Where a municipal effect applies. */
export type PlaceTarget = PlaceId | 'all' | 'here' | { holder: Holder | readonly Holder[] };

export type Effect =
  | { meter: MeterId; actor?: ActorId; delta: number } // actor defaults to the one acting
  | { relation: [ActorId, ActorId]; delta: number }
  | { unrest: PlaceTarget; delta: number }
  | { police: PlaceTarget; delta: number }
  | { troops: PlaceTarget; delta: number }
  | { holder: PlaceTarget; to: Holder }
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
  | 'avgTroops'
  | 'placeUnrest' // the municipality being rolled for (per-place risks)
  | 'placePolice'
  | 'placeTroops';

/** An uncertain outcome. Its name and warning are messages: `action.<id>.risk.label` and `.risk.warning`. */
export interface Risk {
  chance: Chance;
  /** Roll once per matching place instead of once. */
  perPlace?: PlaceTarget;
  onHit: Effect[];
  onMiss?: Effect[];
}

/** An action card. Its words are messages: `action.<id>.name`, `.summary`, `.requires`, `.boost.<i>`. */
export interface ActionDef {
  id: string;
  actor: ActorId;
  /** Which real step this rests on (facts.md source), when it has one. */
  source?: string;
  cost: number;
  stance: Stance;
  /** Resolution order: lower first; ties broken by actor order then action id. */
  phase: ResolutionPhase;
  requires?: Condition;
  effects: Effect[];
  risk?: Risk;
  /** AI-only: scale the posture weight (in percent: 300 triples, 25 quarters) when a condition holds. */
  aiBoost?: { if: Condition; percent: number }[];
  /** Can be chosen at most once per game. */
  once?: boolean;
}

export type ResolutionPhase = 'statements' | 'deployments' | 'ground' | 'talks';
export const RESOLUTION_PHASES: readonly ResolutionPhase[] = ['statements', 'deployments', 'ground', 'talks'];

/** A news event. Its words are messages: `event.<id>.title` and `.text`. */
export interface EventDef {
  id: string;
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
  | { relationAtLeast: { a: ActorId; b: ActorId; value: number } }
  // balance (issue 11): the share of several flags that are set, e.g. both sides' obligations of one agreement.
  | { flagsSet: readonly FlagId[] };

/** An objective; its words are the message `objective.<actor>.<id>`. */
export interface Objective {
  id: string;
  weight: number;
  measure: ObjectiveMeasure;
  // balance (issue 11): why the actor is given this aim — a source address from
  // the scenario's facts, or DESIGNERS_ASSUMPTION. Weights are always the designers' choice.
  basis?: string;
}

/** The basis of an aim or a temperament that no source states: the designers' reading. */
export const DESIGNERS_ASSUMPTION = 'designers-assumption';

/** An actor. Its words are messages: `actor.<id>.name`, `.short`, `.view` and `.meter` (its own meter). */
export interface ActorProfile {
  id: ActorId;
  /** The colour of its chips and map marks (0xRRGGBB). */
  color: number;
  playable: boolean;
  /** Temperament bounds, -100 (dovish) .. 100 (hawkish). */
  temperRange: [number, number];
  // balance (issue 11): a source address for the temperament range, or DESIGNERS_ASSUMPTION.
  temperBasis?: string;
  objectives: Objective[];
  start: { support: number; standing: number; special: number; budget: number };
}

/** A place; its names are messages: `place.<id>.name` (in the reader's language) and `.sr` / `.sq` (local forms). */
export interface PlaceProfile {
  id: PlaceId;
  start: Place;
}

/** A step of the real crisis, placed on the game's turns; its words are the messages `history.<id>.date` and `.text`. */
export interface HistoryItem {
  id: string;
  turn: number;
  source: string;
}

/** A message with its parameters, made into text only when shown. */
export interface MessageRef {
  key: string;
  params?: Readonly<Record<string, string | number | MessageRef>>;
}

/** The posture machine of one actor: any XState machine whose states carry PostureMeta. */
export type PostureMachine = import('xstate').AnyStateMachine;

/** A scripted role: per-turn preference lists (the first possible one is played) and a default. */
export interface HistoricalScript {
  default: string[];
  turns: Record<number, string[]>;
}

/** Everything about one crisis. It holds data only; its words live in its message catalogue. */
export interface Scenario {
  id: string;
  /** Bumped whenever the scenario's rules or content change what a game does. */
  version: number;
  /** ISO date of turn 1 and days per turn, to date the turns. */
  startDate: string;
  daysPerTurn: number;
  lastTurn: number;
  /** Actors in their fixed order (resolution order within a phase, relation keys). */
  actorIds: readonly ActorId[];
  placeIds: readonly PlaceId[];
  holders: readonly Holder[];
  flags: readonly FlagId[];
  casualtyGroups: readonly CasualtyGroup[];
  /** Message keys of the briefing's paragraphs, in order. */
  briefing: readonly string[];
  ladder: LadderRules;
  actors: Readonly<Record<ActorId, ActorProfile>>;
  places: Readonly<Record<PlaceId, PlaceProfile>>;
  /** How each holder is drawn: a colour and a shape, so colour is never the only cue. */
  holderLooks: Readonly<Record<Holder, { color: number; shape: MarkShape }>>;
  /** Each actor's posture machine (see src/machines/posture.ts). */
  machines: Readonly<Record<ActorId, PostureMachine>>;
  actions: readonly ActionDef[];
  events: readonly EventDef[];
  history: readonly HistoryItem[];
  /** The real choices of some actors, as scripts (the "historical" policy). */
  historical: Readonly<Record<ActorId, HistoricalScript>>;
  startFlags: readonly FlagId[];
  startRung: number;
  startRelations: Readonly<Record<string, number>>;
  /** How places drift each turn on their own. */
  drift: Drift;
  /** When it holds, the crisis is settled; `onSettlement` is applied then. */
  settlement: Condition;
  onSettlement: readonly Effect[];
  /** Discussion questions for the debrief, fitted to a finished game. */
  debriefQuestions(state: Readonly<GameState>): MessageRef[];
  /**
   * The sources shown to players (the "Sources & about" screen), in order. Its
   * other words are messages too: `sources.about`, `sources.naming` and
   * `sources.note` (paragraphs separated by a blank line).
   */
  sources: readonly ScenarioSource[];
  /** The scenario's map: its geography as data (its words are `map.*` messages). */
  map: ScenarioMap;
  // --- history helper (issue 11 background + epilogue, issue 16 primer) ---
  /** The story around the game: a primer, the background before it, what happened after. None: those screens are skipped. */
  story?: ScenarioStory;
  /** The scenario's message catalogues at hand, by language tag ("en" always). */
  messages: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * Its other languages, each loaded on first use (its own chunk in the
   * browser): tag → loader. Serbian Cyrillic is made from "sr-Latn" by the
   * text layer. Words only: no language changes what a game does.
   */
  translations?: Readonly<Record<string, () => Promise<Readonly<Record<string, string>>>>>;
  // --- newcomer (issue 16): the scenario's glossary --------------------------
  /**
   * The scenario's own terms a newcomer meets (people, places, agreements), in
   * the order the glossary lists them; the game's own terms (posture, rung, …)
   * come with the game. Optional: a scenario without one shows only those.
   */
  glossary?: readonly GlossaryTerm[];
  /** Explain: each actor's motives by posture (words: `motive.<actor>.<id>`); without them a decision leads with its posture's summary. */
  motives?: Motives;
  // balance (issue 16): budget points every actor gains each turn (up to MAX_BUDGET); the engine's BUDGET_PER_TURN when absent.
  budgetPerTurn?: number;
  /** The lengths a game can have beside the full one (see GameLength; lesson work, issue 16). */
  lengths?: Readonly<Record<LengthId, GameLength>>;
}

/** One term of a scenario's glossary: its words are the messages `glossary.<id>.term` and `glossary.<id>.definition`. */
export interface GlossaryTerm {
  id: string;
  /** The address the definition rests on (one listed in docs/facts.md), if any. */
  source?: string;
  /** The briefing's text uses it: the briefing offers its definition. */
  briefing?: boolean;
  /** The actor it names, if any: the actor's row on the game screen offers its definition. */
  actor?: ActorId;
}

// ---------------------------------------------------------------------------
// Game lengths (issue 16): a scenario may offer shorter games that start later,
// from the state history had reached. Every scenario has the full length
// (turns 1 to lastTurn from the scenario's start); `lengths` adds others.
// ---------------------------------------------------------------------------

/** A length's id, e.g. "lesson"; "full" is every scenario's whole game. */
export type LengthId = string;
export const FULL_LENGTH: LengthId = 'full';

/** One length of game: the turns it plays and what its start differs in from the scenario's start. */
export interface GameLength {
  firstTurn: number;
  lastTurn: number;
  start?: StartOverrides;
  /** Message keys of the briefing's paragraphs for this length (default: the scenario's briefing). */
  briefing?: readonly string[];
}

/** The state a later start begins from: only what differs from the scenario's own start. */
interface StartOverrides {
  rung?: number;
  /** The flags set at the start (instead of the scenario's startFlags). */
  flags?: readonly FlagId[];
  /** Per place: the fields that differ. */
  places?: Readonly<Record<PlaceId, Partial<Place>>>;
  /** Per actor: the meters that differ. */
  meters?: Readonly<Record<ActorId, Partial<Record<MeterId, number>>>>;
  /** Relations that differ, keyed as relationKey makes them ("a|b", alphabetical). */
  relations?: Readonly<Record<string, number>>;
  /** Events that have already happened (a once-only event then does not fire again). */
  firedEvents?: readonly string[];
}

// ---------------------------------------------------------------------------
// The map: data only. Every word on it is a message of the scenario:
// `map.<kind>.<id>.name` (and `.second` for a label's second line),
// `map.outside.<id>`, `map.boundary`, `map.troops`.
// ---------------------------------------------------------------------------

/** A position in degrees (WGS84). */
export type LatLon = readonly [lat: number, lon: number];

/**
 * Where a label sits: an offset in map pixels from its anchor, the text's
 * origin (0..1 on each axis) and its look.
 */
export interface MapLabelSpot {
  dx: number;
  dy: number;
  ox: number;
  oy: number;
  look: 'bold' | 'plain' | 'muted' | 'water';
}

/** A label: its first line, an optional second line, and an optional leader line (offsets from the anchor). */
export interface MapLabel {
  first: MapLabelSpot;
  second?: MapLabelSpot;
  leader?: readonly [x1: number, y1: number, x2: number, y2: number];
}

/** A named point on the map, drawn by its kind. */
export interface MapLandmark {
  id: string;
  at: LatLon;
  kind: 'bridge' | 'crossing' | 'village';
  label: MapLabel;
}

/** A river: its course and where its name sits. */
export interface MapRiver {
  id: string;
  line: readonly LatLon[];
  labelAt: LatLon;
  label: MapLabel;
}

/** A lake: a centre line and its half-width (px) at each point, and where its name sits. */
export interface MapLake {
  id: string;
  centre: readonly LatLon[];
  halfWidths: readonly number[];
  labelAt: LatLon;
  label: MapLabel;
}

/** Equirectangular projection: the north and west edges, pixels per degree of latitude, the latitude where longitude is scaled, and the left margin (px). */
export interface MapProjection {
  north: number;
  west: number;
  pxPerLat: number;
  refLat: number;
  left: number;
}

export interface ScenarioMap {
  projection: MapProjection;
  /** Each place's seat (where its building is) and where its name sits. */
  seats: Readonly<Record<PlaceId, LatLon>>;
  seatLabels: Readonly<Record<PlaceId, MapLabel>>;
  /** Each place's schematic outline. */
  outlines: Readonly<Record<PlaceId, readonly LatLon[]>>;
  /** The boundary line drawn dashed (its name: `map.boundary`). */
  boundary: readonly LatLon[];
  rivers: readonly MapRiver[];
  lakes: readonly MapLake[];
  roads: readonly (readonly LatLon[])[];
  landmarks: readonly MapLandmark[];
  /** Names of the land outside, at map pixels (`map.outside.<id>`). */
  outside: readonly { id: string; x: number; y: number }[];
  /** The place cards beside the map, top to bottom. */
  cardOrder: readonly PlaceId[];
  /** Danger markers (barricades, closed crossings, crowds, clashes, troops): see MapDangers. */
  dangers?: MapDangers;
}

// --- danger (issue 16: danger you can see) ---------------------------------
// Which marker the map draws where, and when: data of the scenario, so the
// engine and the map stay generic. Every marker has a shape and words.

/** The kind of a marker, which says how it is drawn. */
export type MapMarkerKind = 'barricade' | 'closed-crossing' | 'troops';

/** A marker drawn at `at` while `flag` is set; its words are the message `map.marker.<id>`. */
export interface MapFlagMarker {
  id: string;
  flag: FlagId;
  kind: MapMarkerKind;
  at: LatLon;
}

/** What the map marks when the world grows dangerous. */
export interface MapDangers {
  /** Markers shown while their flag is set. */
  flags: readonly MapFlagMarker[];
  /** A place with at least this much unrest shows crowds at its seat. */
  crowdsAtUnrest: number;
  /**
   * Where a place's clash and crowd markers go: an offset in map pixels from
   * its seat (the clash there, the crowd one step to the left); default (-22, 14).
   */
  spots?: Readonly<Record<PlaceId, readonly [dx: number, dy: number]>>;
}

/** A source: the message keys of its label and of its group's heading, and its address. */
export interface ScenarioSource {
  key: string;
  group: string;
  url: string;
}

export type MarkShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon';

/** Each turn, unrest moves by the holder's drift (±3 for heavy police or troops); deployments thin out to their floors. */
export interface Drift {
  holderUnrest: Readonly<Record<Holder, number>>;
  /** While this flag is set, troops do not thin out below `atLeast`. */
  troopFloor?: { flag: FlagId; atLeast: number };
  /** Where this holder is in, police do not thin out below `atLeast`. */
  policeFloor?: { holder: Holder; atLeast: number };
}

// ---------------------------------------------------------------------------
// The game state.
// ---------------------------------------------------------------------------

/** One place: who holds its building, unrest, and police and international troops present (0..100). */
export interface Place {
  holder: Holder;
  unrest: number;
  police: number;
  troops: number;
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

/**
 * What every actor's machine sees of the world at the start of its decision.
 * A scenario's machines may name their flags (`WorldView<TheirFlag>`) so a typo is a type error.
 */
export interface WorldView<Flag extends string = FlagId> {
  turn: number;
  lastTurn: number;
  rung: number;
  /** Rung change over the last turn. */
  rungChange: number;
  maxUnrest: number;
  avgUnrest: number;
  avgPolice: number;
  avgTroops: number;
  /** How many places each holder holds. */
  holders: Readonly<Record<Holder, number>>;
  incidentsLastTurn: number;
  incidents: number;
  injuredLastTurn: number;
  killed: number;
  flags: Readonly<Record<Flag, boolean>>;
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

export interface WorldEvent<Flag extends string = FlagId> {
  type: 'WORLD';
  world: WorldView<Flag>;
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
  /** Why weights were adjusted (temperament, situation): data, put into words when shown. */
  notes: ReasonNote[];
  /** The roll that chose among the weights (0..total), AI only. */
  roll: number | null;
  /** The motive (`Motive.id`) the actor's posture and the situation gave it (AI only; absent in older saves). */
  motive?: string;
}

/** Why an AI weight changed: an action's situational boost, the actor's temperament, or nothing possible. */
export type ReasonNote =
  | { kind: 'boost'; action: string; boost: number; percent: number }
  | { kind: 'temper'; temper: number; leaning: 'hawk' | 'dove' }
  | { kind: 'nothing-possible' };

export type LogEntry =
  | { turn: number; kind: 'decision'; order: Order }
  | {
      turn: number;
      kind: 'roll';
      actor: ActorId;
      action: string;
      place: PlaceId | null;
      chance: number;
      roll: number;
      hit: boolean;
    }
  | { turn: number; kind: 'void'; actor: ActorId; action: string } // no longer possible when its turn came
  | { turn: number; kind: 'event'; event: string }
  | { turn: number; kind: 'incident'; id: string; armed: boolean; place: PlaceId | null }
  | { turn: number; kind: 'casualties'; group: CasualtyGroup; injured: number; killed: number; cause: string }
  | {
      turn: number;
      kind: 'rung';
      from: number;
      to: number;
      heat: number;
      /** The ladder rules' own parts of `heat` (violence, unrest) and the floor violence set (absent in older saves). */
      rule?: LadderParts;
    }
  | ({ turn: number; kind: 'holder'; place: PlaceId; from: Holder; to: Holder } & Partial<Cause>)
  | ({ turn: number; kind: 'flag'; flag: FlagId; set: boolean } & Partial<Cause>)
  | TurnChanges
  | { turn: number; kind: 'end'; outcome: Outcome; stoppedDuring?: 'decisions' }; // stoppedDuring: stopped while orders were open

/** 'stopped': the players ended the game early (lesson work, issue 16). */
export type Outcome = 'war' | 'settlement' | 'last-turn' | 'stopped';

// ---------------------------------------------------------------------------
// Explain (issue 16): motives before dice, causes you can see.
// ---------------------------------------------------------------------------

/**
 * Why an actor acts, in one plain sentence: the words are the message
 * `motive.<actor>.<id>`. A posture lists its motives, most particular first;
 * the first whose `when` holds (no `when`: always) is the actor's motive.
 */
export interface Motive {
  id: string;
  when?: Condition;
}

/** A scenario's motives: per actor, per posture. */
export type Motives = Readonly<Record<ActorId, Readonly<Record<string, readonly Motive[]>>>>;

/**
 * What caused a change: an order (`cause` is its action id, whose actor is known),
 * an event (its id), the world's own drift, or the scenario's settlement.
 */
export interface Cause {
  by: 'order' | 'event' | 'drift' | 'settlement';
  /** The action or event id ('' for drift). */
  cause: string;
}

/**
 * A number that changed: an actor's meter (`of` = the actor), a relation
 * (`of` = its relation key), a place's unrest, police or troops (`of` = the
 * place), the turn's escalation pressure or the floor violence set for the
 * ladder (`of` = '').
 */
export type ChangeWhat = MeterId | 'relation' | 'unrest' | 'police' | 'troops' | 'heat' | 'floor';

/**
 * Every change of one turn with its cause, as columns (change i is what[i],
 * of[i], delta[i], …): one log entry a turn, compact to store and to hash.
 * `asked` is what the effect asked for (it differs from `delta` near the ends
 * of a scale). Read it as a list with `changesIn` (src/text/causes.ts).
 */
export interface TurnChanges {
  turn: number;
  kind: 'changes';
  what: ChangeWhat[];
  of: string[];
  delta: number[];
  asked: number[];
  by: Cause['by'][];
  cause: string[];
}

/** The ladder rules' own share of a turn's pressure, and the floor the turn ended on. */
export interface LadderParts {
  violence: number;
  unrest: number;
  floor: number;
}

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
  places: Record<PlaceId, Place>;
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
  /** The game's length when not the full game (absent = full, so full games keep their codes). */
  length?: LengthId;
}

/** A human decision as a replay records it. */
export interface Decision {
  turn: number;
  actor: ActorId;
  action: string;
}

/**
 * What the menus need of a scenario before its rules load: its actors, its
 * dates and its words. A scenario's card loads with the title screen; the
 * rest (actions, events, machines) when a game or a tool opens.
 */
export type ScenarioCard = Pick<
  Scenario,
  'id' | 'actorIds' | 'actors' | 'startDate' | 'daysPerTurn' | 'lastTurn' | 'messages' | 'translations' | 'lengths'
>;

/** Finds a scenario by id (the registry handed in by an entry point). */
export type ScenarioLookup = (id: string) => Scenario | undefined;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

// ---------------------------------------------------------------------------
// The story around the game (primer, background, epilogue): data only; every
// word is a message of the scenario. A scenario without it shows none of it.
// ---------------------------------------------------------------------------

/**
 * A dated step told around the game. Its words are messages `<part>.<id>.date`,
 * `.title` and `.text` (part: `background` or `epilogue`), or `primer.date.<id>.date`
 * and `.text` for the primer's key dates.
 */
export interface StoryItem {
  id: string;
  /** When it began, as an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): the items are told in this order. */
  date: string;
  /** Message key of the heading the item is grouped under, when the part has headings. */
  era?: string;
  /** The addresses of its sources (each one listed in the scenario's fact base). */
  sources: readonly string[];
}

/** A paragraph of the primer; its words are `primer.<id>.title` and `primer.<id>.text`. */
export interface PrimerSection {
  id: string;
  sources: readonly string[];
}

/** A [longitude, latitude] pair (WGS84, approximate). */
export type LonLat = readonly [number, number];

/** A schematic locator map: rough outlines, not borders anyone should trace. Its labels are `primer.locator.<id>`. */
export interface Locator {
  /** [west, south, east, north] of the drawn area. */
  bounds: readonly [number, number, number, number];
  /** Drawn in order; `focus` is the scenario's territory, `detail` the part the game is about. */
  regions: readonly { id: string; kind: 'neighbour' | 'focus' | 'detail'; outline: readonly LonLat[]; label: LonLat }[];
  points: readonly { id: string; at: LonLat }[];
  /** Message key of the caption under the map (e.g. how the status is disputed). */
  caption: string;
}

export interface ScenarioStory {
  /** One screen for newcomers: where, who, and the key dates. */
  primer?: {
    sections: readonly PrimerSection[];
    /** Message key of the heading over the key dates (default: a counted heading of the game's own). */
    datesTitle?: string;
    dates: readonly StoryItem[];
    locator?: Locator;
  };
  /** The history before the game; `intro` is a message key. */
  background?: { intro: string; items: readonly StoryItem[] };
  /** What happened after the game's period; `intro` is a message key. */
  epilogue?: { intro: string; items: readonly StoryItem[] };
}
