import type * as Phaser from 'phaser';
import { ActorMind } from './ActorMind';
import { BranchCompare } from './BranchCompare';
import { ClassDebrief } from './ClassDebrief';
import { Dialog } from './Dialog';
import { ReplayViewer } from './ReplayViewer';
import { SavedGames } from './SavedGames';
import { TeacherGuide } from './TeacherGuide';

// The classroom and replay screens. main.ts lists them in the game config:
//   scene: [Boot, Preloader, Title, Setup, Sources, Briefing, Game, ..., ...EXTRA_SCENES],
// Dialog must come after every scene that opens it (it also brings itself to the top).

export const EXTRA_SCENES = [SavedGames, ReplayViewer, BranchCompare, ClassDebrief, ActorMind, TeacherGuide, Dialog];

/** Their scene keys, in the same order. */
export const EXTRA_SCENE_KEYS = ['SavedGames', 'ReplayViewer', 'BranchCompare', 'ClassDebrief', 'ActorMind', 'TeacherGuide', 'Dialog'] as const;

const added = new Set<string>();

/**
 * Adds the extra scenes to a running game if the game config did not list
 * them (the Title calls this, so the screens work either way). Idempotent.
 */
export function ensureExtraScenes(manager: Phaser.Scenes.SceneManager): void {
  EXTRA_SCENES.forEach((SceneClass, i) => {
    const key = EXTRA_SCENE_KEYS[i] as string;
    if (added.has(key) || manager.getScene(key)) return;
    added.add(key);
    manager.add(key, SceneClass, false);
  });
}
