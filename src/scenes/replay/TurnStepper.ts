// Which turn of a replay is shown, and the ways to change it: a button per
// turn, Turn back / Turn forward, and the ← and → keys from anywhere.
import * as Phaser from 'phaser';
import type { Scenario } from '../../sim/types';
import { turnDates } from '../../text/dates';
import type { Messages } from '../../text/messages';
import { announce } from '../../ui/announcer';
import { FONT, textStyle } from '../../ui/theme';
import { Button, type FocusGroup } from '../../ui/widgets';

export interface TurnStepperConfig {
  scenario: Scenario;
  messages: Messages;
  /** The last turn (0 is the start). */
  last: number;
  /** The row of turn buttons: its top and its right edge. */
  y: number;
  right: number;
  /** Shows turn `t`; `speak`: say it in the live region. */
  onTurn: (t: number, speak: boolean) => void;
  /** Whether the arrow keys must be left alone (e.g. a dialog is open). */
  keysBlocked: () => boolean;
}

export class TurnStepper {
  /** The turn shown (0 = the start). */
  turn = 0;
  private readonly turnButtons: Button[] = [];
  private back: Button | null = null;
  private forward: Button | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly group: FocusGroup,
    private readonly cfg: TurnStepperConfig,
  ) {
    const { y, last, scenario, messages: m } = cfg;
    scene.add.text(16, y + 19, m.t('replay.stepper.label'), textStyle('label')).setOrigin(0, 0.5);
    const x0 = 66;
    const span = cfg.right - x0;
    const slot = Math.min(48, span / (last + 1));
    for (let t = 0; t <= last; t++) {
      const b = new Button(scene, {
        x: Math.round(x0 + t * slot),
        y,
        width: Math.floor(slot - 3),
        height: 38,
        label: String(t),
        hint: '',
        fontSize: FONT.small,
        description:
          t === 0 ? m.t('replay.stepper.start') : m.t('replay.stepper.turn', { turn: t, dates: turnDates(scenario, t, m.locale) }),
        onActivate: () => this.show(t),
      });
      this.turnButtons.push(group.add(b));
    }
    this.listenForArrows();
  }

  /** The Turn back and Turn forward buttons (built with the screen's other buttons), kept in step. */
  useButtons(back: Button, forward: Button): void {
    this.back = back;
    this.forward = forward;
  }

  /** Shows the turn `delta` away from this one. */
  step(delta: number): void {
    this.show(this.turn + delta);
  }

  /** Shows turn `t`; before the start or past the end, says so instead. */
  show(t: number, speak = true): void {
    const last = this.cfg.last;
    if (t < 0 || t > last) {
      if (speak) announce(this.cfg.messages.t(t < 0 ? 'replay.stepper.no-earlier' : 'replay.stepper.no-later'));
      return;
    }
    this.turn = t;
    this.turnButtons.forEach((b, i) => b.setSelected(i === t));
    this.back?.setDisabled(t === 0);
    this.forward?.setDisabled(t === last);
    // A button that has just been disabled hands the focus to the other one.
    if (this.back && this.group.focused === this.back && t === 0) this.group.focus(this.forward);
    if (this.forward && this.group.focused === this.forward && t === last) this.group.focus(this.back);
    this.cfg.onTurn(t, speak);
  }

  private listenForArrows(): void {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      const target = e.target;
      if (target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable))
        return;
      if (!this.group.isListening() || this.cfg.keysBlocked()) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      this.step(e.key === 'ArrowLeft' ? -1 : 1);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    this.scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => window.removeEventListener('keydown', onKey, { capture: true }));
  }
}
