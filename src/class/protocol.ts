import { z } from 'zod';
import { LIMITS } from '../sim/replay';
import type { Decision } from '../sim/types';
import { DIFFICULTIES } from '../sim/types';
import type { PublicView, Refusal } from './class-game';

// The class game's wire protocol: what a client may send (each message
// checked by a schema, sizes included, before anything reads it) and what the
// server sends back. Words never travel: refusals are codes, and each screen
// says them in its reader's language.

/** The room type clients create and join. */
export const CLASS_ROOM = 'class';

/** The largest message (bytes) the socket accepts; orders are a few dozen bytes. */
export const MAX_MESSAGE_BYTES = 4096;

const id = z.string().min(1).max(80);
const role = z.string().min(1).max(40);
const token = z.string().min(16).max(64);
const name = z.string().max(LIMITS.teamChars);

export const classSetupSchema = z.strictObject({
  scenario: id,
  seed: z.string().min(1).max(LIMITS.seedChars),
  difficulty: z.enum(DIFFICULTIES as [string, ...string[]]).transform((d) => d as (typeof DIFFICULTIES)[number]),
  students: z.array(role).min(1).max(LIMITS.roles),
  timerSeconds: z.number().int().min(0).max(3600),
  length: id.optional(),
});

/** What a teacher sends to create a class game. */
export const createOptionsSchema = z.strictObject({ setup: classSetupSchema });

/** What a student or the teacher sends to join (or rejoin) a class game. */
export const joinOptionsSchema = z.strictObject({
  /** A rejoining student's or the teacher's secret. */
  token: token.optional(),
  name: name.optional(),
  role: role.nullable().optional(),
});

/** Every message a client may send after joining, by type. */
export const clientMessageSchemas = {
  propose: z.strictObject({ action: id }),
  order: z.strictObject({ action: id }),
  role: z.strictObject({ role }),
  captain: z.strictObject({ member: id }),
  // The teacher's commands.
  pause: z.strictObject({}),
  resume: z.strictObject({}),
  'end-turn': z.strictObject({}),
  computer: z.strictObject({ role, on: z.boolean() }),
  assign: z.strictObject({ member: id, role: role.nullable() }),
  remove: z.strictObject({ member: id }),
  'end-game': z.strictObject({}),
} as const;

export type ClientMessageType = keyof typeof clientMessageSchemas;
export type ClientMessage<T extends ClientMessageType> = z.infer<(typeof clientMessageSchemas)[T]>;

/** Commands only the teacher may send. */
export const TEACHER_ONLY: readonly ClientMessageType[] = ['pause', 'resume', 'end-turn', 'computer', 'assign', 'remove', 'end-game'];

export const isClientMessageType = (t: unknown): t is ClientMessageType => typeof t === 'string' && Object.hasOwn(clientMessageSchemas, t);

/** Why the server refused something: the game's own refusals and the server's. */
export type ServerRefusal =
  | Refusal
  | 'bad-message'
  | 'teacher-only'
  | 'too-many'
  | 'unknown-code'
  | 'bad-setup'
  | 'bad-token'
  | 'server-busy';

/** What the server sends, by type. */
export interface ServerMessages {
  /** The game as everyone sees it, whole: to a client that has just joined. */
  view: PublicView;
  /**
   * A turn resolved (or the game ended): the view without what never changes,
   * and only the decisions from index `from` on (a client keeps its first
   * `from` decisions and puts these after them), not the whole game so far.
   */
  turn: TurnResult;
  /**
   * What changes within a turn (an order sealed, a pause, someone joining):
   * the view's small part, laid over the last view. A turn's orders send this
   * rather than the whole view with every decision so far.
   */
  status: ClassStatus;
  /** Who you are: your member id, your rejoin secret and role (to you only). */
  you: { member: string | null; token: string; teacher: boolean };
  /** Your team's proposals this turn (member id → action). */
  team: { proposals: Record<string, string> };
  /** The finished game: its replay file (text) and verification code. */
  over: { replay: string; verification: string };
  refused: { code: ServerRefusal; about?: string };
}

export type ServerMessageType = keyof ServerMessages;

/** What a resolved turn sends (see ServerMessages.turn). */
export type TurnResult = Omit<PublicView, 'code' | 'setup' | 'decisions'> & { from: number; decisions: Decision[] };

/** The view with a resolved turn laid over it (the decisions from `from` replaced by the turn's). */
export function withTurn(view: PublicView, t: TurnResult): PublicView {
  const { from, decisions, ...rest } = t;
  return { ...view, ...rest, decisions: [...view.decisions.slice(0, from), ...decisions] };
}

/** The part of the view that changes within a turn. */
export type ClassStatus = Pick<PublicView, 'roster' | 'ordered' | 'aiRoles' | 'paused' | 'timeLeft'>;

/** The status part of a view. */
export const statusOf = (v: PublicView): ClassStatus => ({
  roster: v.roster,
  ordered: v.ordered,
  aiRoles: v.aiRoles,
  paused: v.paused,
  timeLeft: v.timeLeft,
});
