// The reload prompt for a new version of the game, on the title screen only:
// a slim notice under the menu with a Reload button (R). It appears when the
// title opens and a version waits, or when one arrives while the title is open;
// an update that arrives during a game waits for the title (offline-update.ts).
import * as Phaser from 'phaser';
import { announce } from './announcer';
import { messages } from './i18n';
import { type ApplyUpdate, whenUpdateWaits } from './offline-update';
import { COLORS, css, FONT, GAME_WIDTH, RADIUS, SPACE, STROKE, textStyle } from './theme';
import { Button, type FocusGroup } from './widgets';

/** Top of the prompt: under the title's menu, above its footer lines. */
const TOP = 644;
const HEIGHT = 44;
const WIDTH = 1100;
const BUTTON_W = 170;

/** Shows the prompt on this (title) scene whenever a new version waits, while the scene lives. */
export function addUpdatePrompt(scene: Phaser.Scene, group: FocusGroup): void {
  let shown = false;
  const off = whenUpdateWaits((apply) => {
    if (shown) return; // (the subscription ends when the scene shuts down)
    shown = true;
    draw(scene, group, apply);
  });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
}

function draw(scene: Phaser.Scene, group: FocusGroup, apply: ApplyUpdate): void {
  const m = messages();
  const x = Math.round((GAME_WIDTH - WIDTH) / 2);
  const pad = SPACE.md;
  const g = scene.add.graphics().setDepth(800);
  g.fillStyle(COLORS.bgRaised, 0.97);
  g.fillRoundedRect(x, TOP, WIDTH, HEIGHT, RADIUS.md);
  g.lineStyle(STROKE.normal, COLORS.info, 1);
  g.strokeRoundedRect(x + 1, TOP + 1, WIDTH - 2, HEIGHT - 2, RADIUS.md);
  const heading = m.t('offline.update.heading');
  const text = m.t('offline.update.text');
  const reload = m.t('offline.update.reload');
  const head = scene.add
    .text(x + pad, TOP + HEIGHT / 2, heading, textStyle('small', { fontStyle: 'bold', color: css(COLORS.info) }))
    .setOrigin(0, 0.5)
    .setDepth(801);
  const body = scene.add
    .text(head.x + head.width + SPACE.sm, TOP + HEIGHT / 2, text, textStyle('small'))
    .setOrigin(0, 0.5)
    .setDepth(801);
  // Longer languages: a size smaller when the line would run into the button.
  const room = WIDTH - BUTTON_W - pad - SPACE.md;
  if (head.width + SPACE.sm + body.width > room) {
    head.setFontSize(FONT.tiny);
    body.setFontSize(FONT.tiny).setX(head.x + head.width + SPACE.xs);
  }
  const button = new Button(scene, {
    x: x + WIDTH - BUTTON_W - SPACE.xs - 2,
    y: TOP + SPACE.xs,
    width: BUTTON_W,
    height: HEIGHT - SPACE.sm,
    label: reload,
    hotkey: 'r',
    variant: 'primary',
    fontSize: FONT.small,
    description: `${heading} ${text}`,
    onActivate: () => void apply(),
  });
  button.setDepth(801);
  group.add(button);
  // Said after what the screen says about itself (the title announces itself at the end of its create()).
  const spoken = m.t('offline.update.spoken', { heading, text, reload });
  const say = () => {
    const before = typeof document === 'undefined' ? '' : (document.getElementById('announcer')?.textContent ?? '');
    announce(before ? `${before} ${spoken}` : spoken);
  };
  if (scene.sys.settings.status === Phaser.Scenes.RUNNING) say();
  else scene.events.once(Phaser.Scenes.Events.CREATE, say);
}
