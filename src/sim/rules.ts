// The version of the engine's rules. A replay records it beside the scenario's
// own version; the verification code of a replay can be checked only by the
// same rules. Bump it, with a note in docs/replay-format.md, whenever a change
// to src/sim alters what a game does (the golden codes test fails loudly until then).
//   1 — up to the foundation work (replays without a "rules" field);
//   2 — the generic engine: places and troops, reasons as data, no text in the state.
export const RULES_VERSION = 2;
