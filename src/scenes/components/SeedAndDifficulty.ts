import type * as Phaser from 'phaser';
import { DIFFICULTIES, type Difficulty } from '../../sim/types';
import { announce } from '../../ui/announcer';
import { copyWithFallback } from '../../ui/clipboard';
import { messages } from '../../ui/i18n';
import { startLinkFor } from '../../ui/link';
import { scenarioById } from '../../ui/scenario-source';
import { type GameSetup, randomSeedCode, SEED_MAX_LENGTH, validateSetup } from '../../ui/session';
import { textStyle } from '../../ui/theme';
import { addWrappedText, Button, type FocusGroup, TextField } from '../../ui/widgets';

// The seed, difficulty and start-link controls shared by the single-player and hot-seat setup screens.

/** What each difficulty really changes in the simulation (src/sim/setup.ts), in the reader's language. */
const difficultyText = (d: Difficulty): string => messages().t(`difficulty.${d}.text`);

/**
 * The seed field (labelled "Seed code"), its "Random" button and the help line
 * (`seed.help`) under it, in a row `width` wide at (x, y); 82 units tall with the help line.
 */
export function addSeedRow(
  scene: Phaser.Scene,
  group: FocusGroup,
  at: { x: number; y: number; width: number },
  opts: { value: string; onChange: () => void },
): { field: TextField; help: Phaser.GameObjects.Text } {
  const m = messages();
  const field = group.add(
    new TextField(scene, {
      x: at.x,
      y: at.y,
      width: at.width - 200,
      height: 46,
      label: m.t('seed.label'),
      value: opts.value,
      maxLength: SEED_MAX_LENGTH,
      placeholder: m.t('seed.placeholder'),
      onChange: opts.onChange,
      onSubmit: () => group.next(),
    }),
  );
  addRandomSeedButton(scene, group, field, at.x + at.width - 184, at.y);
  const help = scene.add.text(at.x, at.y + 46 + 6, m.t('seed.help'), textStyle('tiny'));
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
      label: messages().t('seed.random'),
      onActivate: () => {
        field.setValue(randomSeedCode());
        announce(messages().t('seed.new', { seed: field.value }));
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
  const m = messages();
  const text = scene.add.text(o.x, o.y + 46 + 6, difficultyText(o.current), textStyle('tiny', { wrap: o.width }));
  DIFFICULTIES.forEach((d, i) => {
    const b = new Button(scene, {
      x: o.x + i * (bw3 + o.gap),
      y: o.y,
      width: bw3,
      height: 46,
      label: m.t(`difficulty.${d}.name`),
      toggle: true,
      selected: d === o.current,
      onActivate: () => {
        o.onChoose(d);
        for (const [k, btn] of buttons) btn.setSelected(k === d);
        text.setText(difficultyText(d));
        announce(
          messages().t('difficulty.announce', {
            difficulty: { key: 'difficulty.lower', params: { difficulty: d } },
            text: difficultyText(d),
          }),
        );
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
    const m = messages(scenarioById(clean.scenarioId) ?? null);
    const problem = validateSetup(clean);
    if (problem) {
      announce(m.ref(problem));
      status.setText(m.t('setup.problem-line', { problem }));
      return;
    }
    const seed = clean.seed.length > 40 ? `${clean.seed.slice(0, 40)}…` : clean.seed;
    copyWithFallback(scene, group, startLinkFor(clean, `${location.origin}${location.pathname}`), {
      name: m.t('start-link.name'),
      done: what.done,
      onCopied: () =>
        status.setText(
          m.t('start-link.copied', {
            who: what.who(clean),
            seed,
            difficulty: { key: 'difficulty.lower', params: { difficulty: clean.difficulty } },
          }),
        ),
    });
  };
  const button = group.add(
    new Button(scene, {
      x: at.x,
      y: at.y,
      width,
      height: 56,
      label: messages().t('start-link.label'),
      hotkey: 'l',
      description: what.description,
      onActivate: copy,
    }),
  );
  return { button, status };
}
