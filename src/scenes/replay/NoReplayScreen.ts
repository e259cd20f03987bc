// The replay viewer with no replay: how to open one, or why the last file could not be opened.
import type * as Phaser from 'phaser';
import type { Messages } from '../../text/messages';
import { announceScene } from '../../ui/announcer';
import { addSteps } from '../../ui/intro';
import { SCENE } from '../../ui/scene-keys';
import { clipUserText, fitTextHeight } from '../../ui/text-fit';
import { COLORS, css, GAME_WIDTH, SPACE, textStyle } from '../../ui/theme';
import { addKeyHelp, addWrappedText, Button, type FocusGroup, HeaderBar, Panel } from '../../ui/widgets';
import { clip, drawVerdict } from './verdict';

/** A file that could not be opened: its name and why. */
export interface FailedFile {
  name: string;
  error: string;
}

/** Builds the screen: the verdict on `failed` (when a file failed), how to open a replay, Open and Back. */
export function showNoReplay(scene: Phaser.Scene, m: Messages, group: FocusGroup, failed: FailedFile | null, openPicker: () => void): void {
  const header = new HeaderBar(scene, {
    title: m.t('replay.title'),
    right: failed ? clip(failed.name, 60) : m.t('replay.none.right'),
  });
  let y = header.barHeight + SPACE.lg;
  const x = 160;
  const w = GAME_WIDTH - 320;
  if (failed) {
    const why = addWrappedText(scene, 78, 82, m.t('replay.why', { why: failed.error }), w - 100, 'small');
    fitTextHeight(why, 140);
    const boxH = Math.max(130, 82 + why.height + SPACE.md);
    const box = new Panel(scene, { x, y, width: w, height: boxH, accent: COLORS.bad });
    const g = scene.add.graphics();
    drawVerdict(g, 44, 42, false);
    const t1 = scene.add.text(78, 26, m.t('replay.failed.heading'), textStyle('h3'));
    const t2 = scene.add.text(
      78,
      54,
      m.t('replay.failed.file', { name: failed.name }),
      textStyle('small', { color: css(COLORS.textMuted) }),
    );
    clipUserText(t2, w - 100);
    box.add([g, t1, t2, why]);
    y += boxH + SPACE.md;
  }
  const intro = m.t(failed ? 'replay.failed.intro' : 'replay.none.intro');
  const introText = addWrappedText(scene, 0, 0, intro, w - SPACE.md * 2, 'body');
  const panelH = 48 + introText.height + SPACE.md;
  const panel = new Panel(scene, { x, y, width: w, height: panelH, title: m.t(failed ? 'replay.failed.panel' : 'replay.none.panel') });
  introText.setPosition(panel.inner.x, panel.inner.y + 4);
  panel.add(introText);
  y += panelH + SPACE.lg;
  if (!failed) {
    addSteps(scene, x, y, w, 150, [
      { title: m.t('replay.none.step.open.title'), text: m.t('replay.none.step.open.text') },
      { title: m.t('replay.none.step.verify.title'), text: m.t('replay.none.step.verify.text') },
      { title: m.t('replay.none.step.take.title'), text: m.t('replay.none.step.take.text') },
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
      label: m.t('replay.none.button.open'),
      hotkey: 'o',
      variant: 'primary',
      onActivate: openPicker,
    }),
  );
  group.add(
    new Button(scene, {
      x,
      y: by,
      width: 180,
      height: 52,
      label: m.t('common.back'),
      hint: m.t('common.key.esc'),
      onActivate: () => scene.scene.start(SCENE.Title),
    }),
  );
  group.focusFirst(open);
  addKeyHelp(scene, m.t('replay.none.keys'));
  announceScene(
    SCENE.ReplayViewer,
    failed ? m.t('replay.failed.spoken', { name: failed.name, why: failed.error }) : m.t('replay.none.spoken'),
  );
}
