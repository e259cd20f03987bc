import type * as Phaser from 'phaser';
import { classServerHere, storedClassGame } from '../../ui/class-teacher-store';
import { messages } from '../../ui/i18n';
import { openScene } from '../../ui/lazy-scenes';
import { FONT, SPACE } from '../../ui/theme';
import { Button, type FocusGroup } from '../../ui/widgets';

const HEIGHT = 40;

/**
 * "Class game" at the top left of the title screen, and "Back to my class
 * game" beside it when this browser created one that is not over: only when
 * the page came from a class server (asked once, with a short timeout; a
 * static host shows nothing new).
 */
export function addClassGameEntry(scene: Phaser.Scene, group: FocusGroup): void {
  // A timeout is asked once more (a busy start-up can be slower than it); a clear "no" is kept.
  void classServerHere()
    .then((here) => here || classServerHere())
    .then((here) => {
      if (!here || !scene.sys.isActive()) return;
      const m = messages();
      // Below the students' "Join a class game" (src/ui/class-student.ts), clear of the title.
      const x = SPACE.md;
      const y = SPACE.sm + HEIGHT + 4;
      group.add(
        new Button(scene, {
          x,
          y,
          width: 240,
          height: HEIGHT,
          label: m.t('teacher.title.button'),
          hint: '',
          fontSize: FONT.small,
          description: m.t('teacher.title.button.description'),
          onActivate: () => openScene(scene, 'ClassSetup'),
        }),
      );
      const stored = storedClassGame();
      if (stored)
        group.add(
          new Button(scene, {
            x,
            y: y + HEIGHT + 4,
            width: 240,
            height: HEIGHT,
            label: m.t('teacher.title.rejoin'),
            hint: '',
            fontSize: FONT.small,
            variant: 'primary',
            description: m.t('teacher.title.rejoin.description', { code: stored.code }),
            onActivate: () => openScene(scene, 'ClassDashboard', { code: stored.code }),
          }),
        );
    });
}
