import type * as Phaser from 'phaser';
import type { Messages } from '../text/messages';
import { announce } from './announcer';
import { howChosenShown, setHowChosenShown } from './how-chosen';
import { FONT } from './theme';
import { Button } from './widgets';

/**
 * The "How the AI chose" check box (key H) shared by the results and How the
 * actors think: it flips the remembered setting, says so, and lets the screen
 * redraw its reasons.
 */
export function howChosenToggle(
  scene: Phaser.Scene,
  m: Messages,
  box: { x: number; y: number; width: number; height: number },
  redraw: () => void,
): Button {
  const how: Button = new Button(scene, {
    ...box,
    label: m.t('resolution.how'),
    hotkey: 'h',
    toggle: true,
    indicator: 'check',
    selected: howChosenShown(),
    fontSize: FONT.small,
    onActivate: () => {
      setHowChosenShown(!howChosenShown());
      how.setSelected(howChosenShown());
      redraw();
      announce(m.t(howChosenShown() ? 'resolution.how.on' : 'resolution.how.off'));
    },
  });
  return how;
}
