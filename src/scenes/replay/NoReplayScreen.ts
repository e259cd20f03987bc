// The replay viewer with no replay: how to open one, or why the last file could not be opened.
import type * as Phaser from 'phaser';
import { announceScene } from '../../ui/announcer';
import { fitOrClip } from '../../ui/fit';
import { addSteps } from '../../ui/intro';
import { COLORS, css, GAME_WIDTH, SPACE, textStyle } from '../../ui/theme';
import { addKeyHelp, addWrappedText, Button, type FocusGroup, fitTextHeight, HeaderBar, Panel } from '../../ui/widgets';
import { clip, drawVerdict } from './verdict';

/** A file that could not be opened: its name and why. */
export interface FailedFile {
  name: string;
  error: string;
}

/** Builds the screen: the verdict on `failed` (when a file failed), how to open a replay, Open and Back. */
export function showNoReplay(scene: Phaser.Scene, group: FocusGroup, failed: FailedFile | null, openPicker: () => void): void {
  const header = new HeaderBar(scene, {
    title: 'Replay viewer',
    right: failed ? clip(failed.name, 60) : 'Open a replay to step through it',
  });
  let y = header.barHeight + SPACE.lg;
  const x = 160;
  const w = GAME_WIDTH - 320;
  if (failed) {
    const why = addWrappedText(scene, 78, 82, `Why: ${failed.error}`, w - 100, 'small');
    fitTextHeight(why, 140);
    const boxH = Math.max(130, 82 + why.height + SPACE.md);
    const box = new Panel(scene, { x, y, width: w, height: boxH, accent: COLORS.bad });
    const g = scene.add.graphics();
    drawVerdict(g, 44, 42, false);
    const t1 = scene.add.text(78, 26, 'NOT VERIFIED · this file could not be opened', textStyle('h3'));
    const t2 = scene.add.text(78, 54, `File: ${failed.name}`, textStyle('small', { color: css(COLORS.textMuted) }));
    fitOrClip(t2, w - 100);
    box.add([g, t1, t2, why]);
    y += boxH + SPACE.md;
  }
  const intro = failed
    ? 'A replay file is the .json file saved at the end of a game (by the game or the command line). Choose another one, or drop it anywhere on this page.'
    : 'A replay file (.json) holds a game’s seed and the players’ decisions, nothing more. The viewer plays the game again with the same rules, checks its verification code, and shows every turn: the map, the ladder, each actor’s decision and why it made it, the dice and the events.';
  const introText = addWrappedText(scene, 0, 0, intro, w - SPACE.md * 2, 'body');
  const panelH = 48 + introText.height + SPACE.md;
  const panel = new Panel(scene, { x, y, width: w, height: panelH, title: failed ? 'Open another replay' : 'Open a replay' });
  introText.setPosition(panel.inner.x, panel.inner.y + 4);
  panel.add(introText);
  y += panelH + SPACE.lg;
  if (!failed) {
    addSteps(scene, x, y, w, 150, [
      { title: 'Open', text: 'Press Open (or O), drop the file on this page, or open a replay link.' },
      {
        title: 'Verify',
        text: 'The game is played again: ✔ verified when it gives the file’s code, ✘ NOT verified (with the reason) when it does not.',
      },
      { title: 'Step and take over', text: '← and → step through the turns. From any turn, take over one actor and play on.' },
    ]);
    y += 150 + SPACE.lg;
  }
  const by = y;
  const open = group.add(
    new Button(scene, {
      x: x + w - 320,
      y: by,
      width: 320,
      height: 52,
      label: 'Open a replay file',
      hotkey: 'o',
      variant: 'primary',
      onActivate: openPicker,
    }),
  );
  group.add(
    new Button(scene, { x, y: by, width: 180, height: 52, label: 'Back', hint: '[Esc]', onActivate: () => scene.scene.start('Title') }),
  );
  group.focusFirst(open);
  addKeyHelp(scene, 'O: open a file · or drop a file on the page · Tab or arrow keys: move · Enter: choose · Esc: back');
  announceScene(
    'ReplayViewer',
    failed
      ? `Replay viewer. ✘ NOT verified: the file ${failed.name} could not be opened. Why: ${failed.error}. You can open another file.`
      : 'Replay viewer. No replay is open. Press O to open a replay file, or drop one on the page.',
  );
}
