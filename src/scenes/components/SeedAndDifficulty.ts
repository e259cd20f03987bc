import type * as Phaser from 'phaser';
import { DIFFICULTIES, type Difficulty } from '../../sim/types';
import { announce } from '../../ui/announcer';
import { randomSeedCode } from '../../ui/session';
import { textStyle } from '../../ui/theme';
import { Button, type FocusGroup, type TextField } from '../../ui/widgets';

// The seed and difficulty controls shared by the single-player and hot-seat setup screens.

export const SEED_HELP = 'Any text works: the same seed and choices always give the same game.';

/** What each difficulty really changes in the simulation (src/sim/setup.ts). */
export const DIFFICULTY_TEXT: Record<Difficulty, string> = {
  easy: 'Easy: the computer’s actors lean 20 points toward de-escalation.',
  normal: 'Normal: every actor’s temperament as drawn from the seed.',
  hard: 'Hard: the computer’s actors lean 20 points toward the hard line, and you start with one budget point less.',
};

/** The "Random" button beside a seed field. */
export function addRandomSeedButton(scene: Phaser.Scene, group: FocusGroup, field: TextField, x: number, y: number): Button {
  return group.add(
    new Button(scene, {
      x, y, width: 184, height: 46, label: 'Random',
      onActivate: () => {
        field.setValue(randomSeedCode());
        announce(`New seed code: ${field.value}`);
      },
    }),
  );
}

/** Three radio buttons for the difficulty, with the line saying what it changes under them. */
export function addDifficultyRow(
  scene: Phaser.Scene,
  group: FocusGroup,
  o: { x: number; y: number; width: number; gap: number; current: Difficulty; onChoose: (d: Difficulty) => void },
): void {
  const bw3 = (o.width - 2 * o.gap) / 3;
  const buttons = new Map<Difficulty, Button>();
  const text = scene.add.text(o.x, o.y + 46 + 6, DIFFICULTY_TEXT[o.current], textStyle('tiny', { wrap: o.width }));
  DIFFICULTIES.forEach((d, i) => {
    const b = new Button(scene, {
      x: o.x + i * (bw3 + o.gap), y: o.y, width: bw3, height: 46,
      label: d[0]?.toUpperCase() + d.slice(1), toggle: true, selected: d === o.current,
      onActivate: () => {
        o.onChoose(d);
        for (const [k, btn] of buttons) btn.setSelected(k === d);
        text.setText(DIFFICULTY_TEXT[d]);
        announce(`Difficulty: ${d}. ${DIFFICULTY_TEXT[d]}`);
      },
    });
    buttons.set(d, group.add(b));
  });
}
