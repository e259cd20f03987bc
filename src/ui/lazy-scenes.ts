// Screens are loaded on first use, so the title screen comes up sooner and
// the first download is smaller: the game's own screens (with the engine) on
// New game or a start link, and the screens most players never open
// (classroom tools, replays, What if?, the guides) when they are opened.
// openScene() loads, registers and starts one.

import type * as Phaser from 'phaser';

type SceneClass = new () => Phaser.Scene;

/** The scenes a chunk registers, by key (a chunk may hold several screens). */
type Loader = () => Promise<Record<string, SceneClass>>;

const playScreens: Loader = () => import('../scenes/play-screens').then((m) => ({ ...m }));

const LOADERS: Record<string, Loader> = {
  Setup: playScreens,
  Briefing: playScreens,
  Game: playScreens,
  PassDevice: playScreens,
  Resolution: playScreens,
  Debrief: playScreens,
  SavedGames: () => import('../scenes/SavedGames').then((m) => ({ SavedGames: m.SavedGames })),
  ReplayViewer: () => import('../scenes/ReplayViewer').then((m) => ({ ReplayViewer: m.ReplayViewer })),
  BranchCompare: () => import('../scenes/BranchCompare').then((m) => ({ BranchCompare: m.BranchCompare })),
  ClassDebrief: () => import('../scenes/ClassDebrief').then((m) => ({ ClassDebrief: m.ClassDebrief })),
  ActorMind: () => import('../scenes/ActorMind').then((m) => ({ ActorMind: m.ActorMind })),
  TeacherGuide: () => import('../scenes/TeacherGuide').then((m) => ({ TeacherGuide: m.TeacherGuide })),
  WhatIf: () => import('../scenes/WhatIf').then((m) => ({ WhatIf: m.WhatIf })),
  Sources: () => import('../scenes/Sources').then((m) => ({ Sources: m.Sources })),
  HotseatSetup: () => import('../scenes/HotseatSetup').then((m) => ({ HotseatSetup: m.HotseatSetup })),
};

const loading = new Map<Loader, Promise<void>>();

function isRegistered(manager: Phaser.Scenes.SceneManager, key: string): boolean {
  return Object.hasOwn(manager.keys, key);
}

/** Makes sure a screen's code is loaded and its scene (with the others of its chunk) registered. */
export function loadScene(manager: Phaser.Scenes.SceneManager, key: string): Promise<void> {
  const loader = LOADERS[key];
  if (!loader || isRegistered(manager, key)) return Promise.resolve();
  let p = loading.get(loader);
  if (!p) {
    p = loader().then((scenes) => {
      for (const [k, cls] of Object.entries(scenes)) if (!isRegistered(manager, k)) manager.add(k, cls, false);
    });
    loading.set(loader, p);
    p.catch(() => loading.delete(loader));
  }
  return p;
}

/** Starts a screen from `from`, loading it first when needed. A failed load is an unexpected error. */
export function openScene(from: Phaser.Scene, key: string, data?: object): void {
  const manager = from.scene.manager;
  if (!LOADERS[key] || isRegistered(manager, key)) {
    from.scene.start(key, data);
    return;
  }
  void loadScene(manager, key).then(() => from.scene.start(key, data));
}
