// Compare endings: the open replay's last state beside another replay file's.
import type * as Phaser from 'phaser';
import { parseReplay } from '../../sim/replay';
import { type ReplayTimeline, replayTimeline } from '../../sim/replay-tools';
import type { GameState } from '../../sim/types';
import type { Messages } from '../../text/messages';
import { announce } from '../../ui/announcer';
import type { LoadedFile } from '../../ui/files';
import { openScene } from '../../ui/lazy-scenes';
import { scenarioById } from '../../ui/scenario-source';
import { SCENE } from '../../ui/scene-keys';
import { clip } from './verdict';

/** Opens BranchCompare with the ending of `tl` (the file `name`) and of the first of `files`; says why when it cannot. */
export function compareEndings(scene: Phaser.Scene, m: Messages, tl: ReplayTimeline, name: string, files: LoadedFile[]): void {
  const f = files[0];
  if (!f) return;
  const fail = (why: string) => announce(m.t('replay.compare.cannot', { name: f.name, why }));
  if (f.problem) {
    fail(f.problem);
    return;
  }
  const parsed = parseReplay(f.text);
  if (!parsed.ok) {
    fail(parsed.error);
    return;
  }
  const other = replayTimeline(parsed.value, scenarioById);
  if (!other.ok) {
    fail(other.error);
    return;
  }
  const a = tl.states[tl.states.length - 1] as GameState;
  const b = other.value.states[other.value.states.length - 1] as GameState;
  openScene(scene, SCENE.BranchCompare, {
    original: a,
    branch: b,
    originalLabel: m.t('replay.compare.label', { name: clip(name, 40), verified: tl.verified ? 'yes' : 'no' }),
    branchLabel: m.t('replay.compare.label', { name: clip(f.name, 40), verified: other.value.verified ? 'yes' : 'no' }),
    returnTo: SCENE.ReplayViewer,
  });
}
