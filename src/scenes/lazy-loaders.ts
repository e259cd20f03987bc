// How each screen outside the start-up code is loaded (see src/ui/lazy-scenes.ts):
// dynamic imports only, so each becomes a chunk of its own. main.ts hands this
// table to the ui side, which must not import scene modules itself.

import type { SceneLoader, SceneLoaders } from '../ui/lazy-scenes';

// The screens of a game travel together, with the engine.
const playScreens: SceneLoader = () => import('./play-screens').then((m) => ({ ...m }));

const classStudent: SceneLoader = () =>
  import('./ClassJoin').then(async (j) => ({ ClassJoin: j.ClassJoin, ClassStudent: (await import('./ClassStudent')).ClassStudent }));

export const SCENE_LOADERS: SceneLoaders = {
  Setup: playScreens,
  Briefing: playScreens,
  Game: playScreens,
  PassDevice: playScreens,
  Resolution: playScreens,
  Debrief: playScreens,
  SavedGames: () => import('./SavedGames').then((m) => ({ SavedGames: m.SavedGames })),
  ReplayViewer: () => import('./ReplayViewer').then((m) => ({ ReplayViewer: m.ReplayViewer })),
  BranchCompare: () => import('./BranchCompare').then((m) => ({ BranchCompare: m.BranchCompare })),
  // A student's class game: the join screen and the game screen travel together.
  ClassJoin: classStudent,
  ClassStudent: classStudent,
  ClassDebrief: () => import('./ClassDebrief').then((m) => ({ ClassDebrief: m.ClassDebrief })),
  ActorMind: () => import('./ActorMind').then((m) => ({ ActorMind: m.ActorMind })),
  TeacherGuide: () => import('./TeacherGuide').then((m) => ({ TeacherGuide: m.TeacherGuide })),
  WhatIf: () => import('./WhatIf').then((m) => ({ WhatIf: m.WhatIf })),
  Sources: () => import('./Sources').then((m) => ({ Sources: m.Sources })),
  Glossary: () => import('./Glossary').then((m) => ({ Glossary: m.Glossary })),
  Background: () => import('./Background').then((m) => ({ Background: m.Background })),
  DesignAssumptions: () => import('./DesignAssumptions').then((m) => ({ DesignAssumptions: m.DesignAssumptions })),
  ClassSetup: () => import('./ClassSetup').then((m) => ({ ClassSetup: m.ClassSetup })),
  ClassDashboard: () => import('./ClassDashboard').then((m) => ({ ClassDashboard: m.ClassDashboard })),
  HotseatSetup: () => import('./HotseatSetup').then((m) => ({ HotseatSetup: m.HotseatSetup })),
};
