// Screens are loaded on first use, so the title screen comes up sooner and
// the first download is smaller: the game's own screens (with the engine) on
// New game or a start link, and the screens most players never open
// (classroom tools, replays, What if?, the guides) when they are opened.
// openScene() loads, registers and starts one.
//
// The loaders import scene modules, which ui code may not do: the scenes side
// keeps them (src/scenes/lazy-loaders.ts) and main.ts hands them over here.

import type * as Phaser from 'phaser';
import { loadAllScenarios } from './scenario-source';
import type { SceneKey } from './scene-keys';

export type SceneClass = new () => Phaser.Scene;

/** Loads a chunk and gives the scenes it registers, by key (a chunk may hold several screens). */
export type SceneLoader = () => Promise<Record<string, SceneClass>>;

export type SceneLoaders = Partial<Record<SceneKey, SceneLoader>>;

let loaders: SceneLoaders = {};
const loading = new Map<SceneLoader, Promise<void>>();

/** Called once at start with the loaders of every screen that is not in the start-up code. */
export function setSceneLoaders(table: SceneLoaders): void {
  loaders = table;
}

function loaderOf(key: string): SceneLoader | undefined {
  return Object.hasOwn(loaders, key) ? loaders[key as SceneKey] : undefined;
}

function isRegistered(manager: Phaser.Scenes.SceneManager, key: string): boolean {
  return Object.hasOwn(manager.keys, key);
}

/** Makes sure a screen's code is loaded and its scene (with the others of its chunk) registered. */
export function loadScene(manager: Phaser.Scenes.SceneManager, key: string): Promise<void> {
  const loader = loaderOf(key);
  if (!loader || isRegistered(manager, key)) return Promise.resolve();
  let p = loading.get(loader);
  if (!p) {
    // Every lazy screen works on whole scenarios (the title needs only their cards).
    p = Promise.all([loader(), loadAllScenarios()]).then(([scenes]) => {
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
  if (!loaderOf(key) || isRegistered(manager, key)) {
    from.scene.start(key, data);
    return;
  }
  void loadScene(manager, key).then(() => from.scene.start(key, data));
}
