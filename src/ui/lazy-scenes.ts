// Screens most players never open (classroom tools, replays, What if?, the
// guides) are loaded on first use, so the title screen comes up sooner and
// the first download is smaller. openScene() loads, registers and starts one.

import type * as Phaser from 'phaser';

type SceneClass = new () => Phaser.Scene;

const LOADERS: Record<string, () => Promise<SceneClass>> = {
  SavedGames: () => import('../scenes/SavedGames').then((m) => m.SavedGames),
  ReplayViewer: () => import('../scenes/ReplayViewer').then((m) => m.ReplayViewer),
  BranchCompare: () => import('../scenes/BranchCompare').then((m) => m.BranchCompare),
  ClassDebrief: () => import('../scenes/ClassDebrief').then((m) => m.ClassDebrief),
  ActorMind: () => import('../scenes/ActorMind').then((m) => m.ActorMind),
  TeacherGuide: () => import('../scenes/TeacherGuide').then((m) => m.TeacherGuide),
  WhatIf: () => import('../scenes/WhatIf').then((m) => m.WhatIf),
  Sources: () => import('../scenes/Sources').then((m) => m.Sources),
  HotseatSetup: () => import('../scenes/HotseatSetup').then((m) => m.HotseatSetup),
};

const loading = new Map<string, Promise<void>>();

function isRegistered(manager: Phaser.Scenes.SceneManager, key: string): boolean {
  return Object.hasOwn(manager.keys, key);
}

/** Makes sure a screen's code is loaded and its scene registered. */
export function loadScene(manager: Phaser.Scenes.SceneManager, key: string): Promise<void> {
  const loader = LOADERS[key];
  if (!loader || isRegistered(manager, key)) return Promise.resolve();
  let p = loading.get(key);
  if (!p) {
    p = loader().then((cls) => {
      if (!isRegistered(manager, key)) manager.add(key, cls, false);
    });
    loading.set(key, p);
    p.catch(() => loading.delete(key));
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
