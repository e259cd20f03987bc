// The verdict on a replay file, drawn and written: verified or not, whose game it was.
import type * as Phaser from 'phaser';
import type { ActorId } from '../../sim/types';
import type { Messages } from '../../text/messages';
import { playerNames } from '../../ui/session';
import { COLORS } from '../../ui/theme';

/** `s` cut to `n` characters, with "…" when cut. */
export const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Draws a round badge with a check mark (verified) or a cross (not verified): shape, not only colour. */
export function drawVerdict(g: Phaser.GameObjects.Graphics, x: number, y: number, ok: boolean): void {
  const r = 20;
  g.fillStyle(ok ? COLORS.good : COLORS.bad, 1);
  g.fillCircle(x, y, r);
  g.lineStyle(4, COLORS.text, 1);
  if (ok) {
    g.beginPath();
    g.moveTo(x - 9, y + 1);
    g.lineTo(x - 3, y + 8);
    g.lineTo(x + 10, y - 7);
    g.strokePath();
  } else {
    g.lineBetween(x - 8, y - 8, x + 8, y + 8);
    g.lineBetween(x + 8, y - 8, x - 8, y + 8);
  }
}

/** Who played: "KFOR played by a person", or every actor by the computer. */
export function rolesText(m: Messages, roles: readonly string[]): string {
  if (!roles.length) return m.t('replay.roles.none');
  return m.t('replay.roles', { actors: playerNames(m, roles as ActorId[]), count: roles.length });
}
