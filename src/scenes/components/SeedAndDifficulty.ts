import type * as Phaser from 'phaser';
import { DIFFICULTIES, type Difficulty } from '../../sim/types';
import { announce } from '../../ui/announcer';
import { copyWithFallback } from '../../ui/clipboard';
import { startLinkFor } from '../../ui/link';
import { type GameSetup, randomSeedCode, SEED_MAX_LENGTH, validateSetup } from '../../ui/session';
import { textStyle } from '../../ui/theme';
import { addWrappedText, Button, type FocusGroup, TextField } from '../../ui/widgets';

// The seed, difficulty and start-link controls shared by the single-player and hot-seat setup screens.

export const SEED_HELP = 'Any text works: the same seed and choices always give the same game.';

/** What each difficulty really changes in the simulation (src/sim/setup.ts). */
export const DIFFICULTY_TEXT: Record<Difficulty, string> = {
  easy: 'Easy: the computer’s actors lean 20 points toward de-escalation.',
  normal: 'Normal: every actor’s temperament as drawn from the seed.',
  hard: 'Hard: the computer’s actors lean 20 points toward the hard line, and you start with one budget point less.',
};

/**
 * The seed field (labelled "Seed code"), its "Random" button and the help line
 * under it, in a row `width` wide at (x, y); 82 units tall with the help line.
 */
export function addSeedRow(
  scene: Phaser.Scene,
  group: FocusGroup,
  at: { x: number; y: number; width: number },
  opts: { value: string; onChange: () => void },
): { field: TextField; help: Phaser.GameObjects.Text } {
  const field = group.add(
    new TextField(scene, {
      x: at.x,
      y: at.y,
      width: at.width - 200,
      height: 46,
      label: 'Seed code',
      value: opts.value,
      maxLength: SEED_MAX_LENGTH,
      placeholder: 'e.g. ZVECAN-4821',
      onChange: opts.onChange,
      onSubmit: () => group.next(),
    }),
  );
  addRandomSeedButton(scene, group, field, at.x + at.width - 184, at.y);
  const help = scene.add.text(at.x, at.y + 46 + 6, SEED_HELP, textStyle('tiny'));
  return { field, help };
}

/** The "Random" button beside a seed field. */
export function addRandomSeedButton(scene: Phaser.Scene, group: FocusGroup, field: TextField, x: number, y: number): Button {
  return group.add(
    new Button(scene, {
      x,
      y,
      width: 184,
      height: 46,
      label: 'Random',
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
      x: o.x + i * (bw3 + o.gap),
      y: o.y,
      width: bw3,
      height: 46,
      label: d[0]?.toUpperCase() + d.slice(1),
      toggle: true,
      selected: d === o.current,
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

export interface StartLinkControls {
  button: Button;
  /** A line beside the button saying what was copied (or what is wrong). */
  status: Phaser.GameObjects.Text;
}

/**
 * "Copy start link" (key L) beside a setup screen's Back button: copies a link
 * that opens the game `setup()` describes, for a whole class, and says what it
 * copied. When the clipboard is refused, the link is shown to copy by hand.
 */
export function addStartLinkButton(
  scene: Phaser.Scene,
  group: FocusGroup,
  at: { x: number; y: number; statusRight: number },
  what: { description: string; done: string; setup: () => GameSetup; who: (setup: GameSetup) => string },
): StartLinkControls {
  const width = 250;
  const statusX = at.x + width + 16;
  const status = addWrappedText(scene, statusX, at.y + 28, '', at.statusRight - statusX, 'tiny').setOrigin(0, 0.5);
  const copy = () => {
    const setup = what.setup();
    const clean = { ...setup, seed: setup.seed.trim() };
    const problem = validateSetup(clean);
    if (problem) {
      announce(problem);
      status.setText(`! ${problem}`);
      return;
    }
    const seed = clean.seed.length > 40 ? `${clean.seed.slice(0, 40)}…` : clean.seed;
    copyWithFallback(scene, group, startLinkFor(clean, `${location.origin}${location.pathname}`), {
      name: 'start link',
      done: what.done,
      onCopied: () => status.setText(`Link copied: ${what.who(clean)}, seed ${seed}, ${clean.difficulty}.`),
    });
  };
  const button = group.add(
    new Button(scene, {
      x: at.x,
      y: at.y,
      width,
      height: 56,
      label: 'Copy start link',
      hotkey: 'l',
      description: what.description,
      onActivate: copy,
    }),
  );
  return { button, status };
}
