import * as Phaser from 'phaser';
import { classServerHere } from './class-teacher-store';
import { messages } from './i18n';
import { openScene } from './lazy-scenes';
import { SCENE } from './scene-keys';
import { FONT, GAME_HEIGHT, GAME_WIDTH, SPACE } from './theme';
import { Button, type FocusGroup } from './widgets';

export { normaliseJoinCode, storedToken, storeToken } from './class-student-code';

// What a student's device needs around a class game: the join code as typed
// made canonical, the rejoin token kept per code on this device, whether the
// page came from a class server at all, and a portrait game size while a
// student screen runs on a phone held upright.

/** The class server this page came from: the page's own origin (ws:// and http:// on the same port). */
export function classServerAddress(): string {
  return location.origin;
}

/** Whether the page came from a class server: one check for the whole page (src/ui/class-teacher-store.ts). */
export const fromClassServer = (): Promise<boolean> => classServerHere();

/** Whether the window is taller than wide (a phone held upright). */
function isPortrait(): boolean {
  return typeof window !== 'undefined' && window.innerHeight > window.innerWidth;
}

/** The game size for a portrait screen: about one game pixel per CSS pixel on a phone. */
function portraitSize(): { width: number; height: number } {
  const width = Math.round(Math.min(520, Math.max(360, window.innerWidth)));
  const height = Math.round((width * window.innerHeight) / window.innerWidth);
  return { width, height: Math.max(560, Math.min(1400, height)) };
}

/**
 * Switches the game to a portrait size while `scene` runs on an upright
 * screen, and back to 1280×720 when it ends. A turn of the device restarts
 * the scene in the other layout. Returns whether the scene is portrait.
 */
export function usePortraitSize(scene: Phaser.Scene): boolean {
  const portrait = isPortrait();
  const { width, height } = portrait ? portraitSize() : { width: GAME_WIDTH, height: GAME_HEIGHT };
  if (scene.scale.width !== width || scene.scale.height !== height) scene.scale.setGameSize(width, height);
  scene.cameras.main.setSize(width, height);
  const onResize = () => {
    if (isPortrait() !== portrait || (portrait && portraitSize().height !== scene.scale.height)) scene.scene.restart();
  };
  window.addEventListener('resize', onResize);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    window.removeEventListener('resize', onResize);
    if (scene.scale.width !== GAME_WIDTH || scene.scale.height !== GAME_HEIGHT) scene.scale.setGameSize(GAME_WIDTH, GAME_HEIGHT);
  });
  return portrait;
}

/** A text's size as a person sees it: font size (game px) × the canvas's scale (for the test hook). */
interface ShownText {
  text: string;
  fontSize: number;
}

/** The visible texts of a scene, containers included, with their font sizes in game pixels. */
function shownTexts(scene: Phaser.Scene): ShownText[] {
  const out: ShownText[] = [];
  const visit = (list: Phaser.GameObjects.GameObject[], visible: boolean) => {
    for (const o of list) {
      const v = visible && (o as unknown as { visible?: boolean }).visible !== false;
      if (o instanceof Phaser.GameObjects.Container) visit(o.list, v);
      else if (o instanceof Phaser.GameObjects.Text && v && o.text.trim() !== '' && o.alpha > 0)
        out.push({ text: o.text, fontSize: Number.parseFloat(String(o.style.fontSize)) * Math.abs(o.scaleY) });
    }
  };
  visit(scene.children.list, true);
  return out;
}

/** The test hook for the student screens: visible texts and the game's width (the test multiplies by the canvas's CSS width). */
export function exposeTexts(scene: Phaser.Scene): void {
  (window as unknown as { flashpointClassTexts: unknown }).flashpointClassTexts = () => ({
    gameWidth: scene.scale.width,
    gameHeight: scene.scale.height,
    texts: scene.scene.isActive() ? shownTexts(scene) : [],
  });
}

/**
 * The title screen's "Join a class game", top left: shown only when the page
 * came from a class server (asked once, with a short timeout).
 */
export function addClassJoinEntry(scene: Phaser.Scene, group: FocusGroup): void {
  void fromClassServer().then((yes) => {
    if (!yes || !scene.scene.isActive()) return;
    const m = messages();
    group.add(
      // The first of the class entries stacked at the top left (the teacher's come below: ClassGameEntry.ts).
      new Button(scene, {
        x: SPACE.md,
        y: SPACE.sm,
        width: 240,
        height: 40,
        fontSize: FONT.small,
        label: m.t('class-student.entry'),
        description: m.t('class-student.entry.description'),
        hotkey: 'j',
        variant: 'primary',
        onActivate: () => openScene(scene, SCENE.ClassJoin),
      }),
    );
  });
}
