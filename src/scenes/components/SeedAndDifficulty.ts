import type * as Phaser from 'phaser';
import { findLength, lengthIds, turnsOf } from '../../sim/lengths';
import { cleanTeamName, TEAM_MAX_CHARS } from '../../sim/team';
import { DIFFICULTIES, type Difficulty, type LengthId, type Scenario } from '../../sim/types';
import { announce } from '../../ui/announcer';
import { copyWithFallback } from '../../ui/clipboard';
import { messages } from '../../ui/i18n';
import { startLinkFor } from '../../ui/link';
import { scenarioById } from '../../ui/scenario-source';
import { type GameSetup, randomSeedCode, SEED_MAX_LENGTH, scenarioSpan, validateSetup } from '../../ui/session';
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
  at: { x: number; y: number; width: number; randomWidth?: number; helpWidth?: number },
  opts: { value: string; onChange: () => void },
): { field: TextField; help: Phaser.GameObjects.Text } {
  const m = messages();
  const randomWidth = at.randomWidth ?? 184;
  const field = group.add(
    new TextField(scene, {
      x: at.x,
      y: at.y,
      width: at.width - randomWidth - 16,
      height: 46,
      label: m.t('seed.label'),
      value: opts.value,
      maxLength: SEED_MAX_LENGTH,
      placeholder: m.t('seed.placeholder'),
      onChange: opts.onChange,
      onSubmit: () => group.next(),
    }),
  );
  addRandomSeedButton(scene, group, field, at.x + at.width - randomWidth, at.y, randomWidth);
  const help = scene.add.text(at.x, at.y + 46 + 6, m.t('seed.help'), textStyle('tiny', at.helpWidth ? { wrap: at.helpWidth } : {}));
  return { field, help };
}

/** The "Random" button beside a seed field. */
export function addRandomSeedButton(scene: Phaser.Scene, group: FocusGroup, field: TextField, x: number, y: number, width = 184): Button {
  return group.add(
    new Button(scene, {
      x,
      y,
      width,
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

/** A length's name and what it plays, in the reader's language (the scenario words its own lengths). */
export function lengthWords(scenario: Scenario, length: LengthId): { name: string; text: string } {
  const m = messages(scenario);
  const l = findLength(scenario, length);
  const turns = l ? turnsOf(l) : scenario.lastTurn;
  return { name: m.t(`length.${length}.name`, { turns }), text: m.t(`length.${length}.text`, { turns, span: scenarioSpan(m, scenario) }) };
}

/**
 * One radio button per length of the scenario (the full game first), with a
 * line under them saying what the chosen one plays. Nothing when the scenario
 * has only its full game. Returns the height used.
 */
export function addLengthRow(
  scene: Phaser.Scene,
  group: FocusGroup,
  o: { x: number; y: number; width: number; gap: number; scenario: Scenario; current: LengthId; onChoose: (l: LengthId) => void },
): number {
  const ids = lengthIds(o.scenario);
  if (ids.length < 2) return 0;
  const m = messages(o.scenario);
  scene.add.text(o.x, o.y, m.t('lesson.label.length'), textStyle('label'));
  const by = o.y + 24;
  const bw = (o.width - (ids.length - 1) * o.gap) / ids.length;
  const text = addWrappedText(scene, o.x, by + 46 + 6, lengthWords(o.scenario, o.current).text, o.width, 'tiny');
  const buttons = new Map<LengthId, Button>();
  ids.forEach((id, i) => {
    const b = new Button(scene, {
      x: o.x + i * (bw + o.gap),
      y: by,
      width: bw,
      height: 46,
      label: lengthWords(o.scenario, id).name,
      toggle: true,
      selected: id === o.current,
      fontSize: 17,
      onActivate: () => {
        o.onChoose(id);
        for (const [k, btn] of buttons) btn.setSelected(k === id);
        const words = lengthWords(o.scenario, id);
        text.setText(words.text);
        announce(m.t('lesson.length.announce', words));
      },
    });
    buttons.set(id, group.add(b));
  });
  return 24 + 46 + 6 + text.height;
}

/**
 * The optional team or student name field, with a line under it that says
 * what the name is for, or what was kept when characters had to go.
 */
export function addTeamField(
  scene: Phaser.Scene,
  group: FocusGroup,
  at: { x: number; y: number; width: number; labelled?: boolean; help?: boolean },
  opts: { value: string; onChange: (team: string) => void },
): { field: TextField; note: Phaser.GameObjects.Text } {
  const m = messages();
  if (at.labelled !== false) scene.add.text(at.x, at.y - 24, m.t('lesson.label.team'), textStyle('label'));
  // The note under the field: what the name is for (when there is room for it), or what was kept of it.
  const help = at.help === false ? '' : m.t('lesson.team.help');
  const note = addWrappedText(scene, at.x, at.y + 46 + 6, help, at.width, 'tiny');
  const field = group.add(
    new TextField(scene, {
      x: at.x,
      y: at.y,
      width: at.width,
      height: 46,
      label: m.t('lesson.label.team'),
      value: opts.value,
      // Room for a name with characters that will be dropped; what is kept is at most TEAM_MAX_CHARS.
      maxLength: TEAM_MAX_CHARS * 2,
      placeholder: m.t('lesson.team.placeholder'),
      onChange: (value) => {
        const clean = cleanTeamName(value);
        const typed = value.replace(/\s+/g, ' ').trim();
        note.setText(
          clean === typed
            ? help
            : typed.length > TEAM_MAX_CHARS && clean.length === TEAM_MAX_CHARS
              ? m.t('lesson.team.too-long', { max: TEAM_MAX_CHARS, team: clean })
              : m.t('lesson.team.cleaned', { team: clean }),
        );
        opts.onChange(clean);
      },
      onSubmit: () => group.next(),
    }),
  );
  return { field, note };
}
