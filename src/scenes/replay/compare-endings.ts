// Compare endings: the open replay's last state beside another replay file's.
import type * as Phaser from 'phaser';
import { parseReplay } from '../../sim/replay';
import { type ReplayTimeline, replayTimeline } from '../../sim/replay-tools';
import type { GameState } from '../../sim/types';
import { announce } from '../../ui/announcer';
import type { LoadedFile } from '../../ui/files';
import { openScene } from '../../ui/lazy-scenes';
import { clip } from './verdict';

/** Opens BranchCompare with the ending of `tl` (the file `name`) and of the first of `files`; says why when it cannot. */
export function compareEndings(scene: Phaser.Scene, tl: ReplayTimeline, name: string, files: LoadedFile[]): void {
  const f = files[0];
  if (!f) return;
  const fail = (why: string) => announce(`Cannot compare with ${f.name}: ${why}.`);
  if (f.problem) {
    fail(f.problem);
    return;
  }
  const parsed = parseReplay(f.text);
  if (!parsed.ok) {
    fail(parsed.error);
    return;
  }
  const other = replayTimeline(parsed.value);
  if (!other.ok) {
    fail(other.error);
    return;
  }
  const a = tl.states[tl.states.length - 1] as GameState;
  const b = other.value.states[other.value.states.length - 1] as GameState;
  openScene(scene, 'BranchCompare', {
    original: a,
    branch: b,
    originalLabel: `${clip(name, 40)}${tl.verified ? '' : ' (NOT verified)'}`,
    branchLabel: `${clip(f.name, 40)}${other.value.verified ? '' : ' (NOT verified)'}`,
    returnTo: 'ReplayViewer',
  });
}
