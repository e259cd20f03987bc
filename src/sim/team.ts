// Team or student names, typed at setup to tell a class's replay files apart.
// They are kept in the replay file and in its name, never in the game state,
// so a name never changes a game or its verification code.

/** At most this many characters (after cleaning). */
export const TEAM_MAX_CHARS = 40;

/**
 * A team name as it is kept: letters and digits of any language, spaces and
 * a few harmless signs (- _ . , ' & ( ) +); anything else (control characters,
 * slashes, angle brackets, quotes…) is dropped, runs of spaces become one, and
 * the result is cut to TEAM_MAX_CHARS. '' when nothing is left.
 */
export function cleanTeamName(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N} \-_.,'&()+]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, TEAM_MAX_CHARS)
    .trim();
}

/**
 * A name as a part of a file name: its letters and digits joined by "-"
 * (accents left off; the case kept, as a seed's case matters), '' when nothing is left.
 */
function fileNamePart(text: string, max = TEAM_MAX_CHARS): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/**
 * The name a replay file is saved under: flashpoint-<seed>-<role>-<team>.replay.json,
 * where role is the player's role, "hotseat-<roles>" for several players, or
 * "watch" when nobody played; the team part is left out when there is none.
 */
export function replayFileName(seed: string, roles: readonly string[], team?: string): string {
  const role = roles.length === 0 ? 'watch' : roles.length === 1 ? (roles[0] ?? 'watch') : `hotseat-${roles.join('-')}`;
  const parts = [fileNamePart(seed, 60) || 'game', fileNamePart(role, 60)];
  const t = team ? fileNamePart(team) : '';
  if (t) parts.push(t);
  return `flashpoint-${parts.join('-')}.replay.json`;
}
