// Every screen's scene key, in one place: ui code starts screens by these
// names and never imports the scene modules (src/ui does not import
// src/scenes; the scenes side hands its loaders over at start, see
// src/scenes/lazy-loaders.ts).

export const SCENE = {
  Boot: 'Boot',
  Title: 'Title',
  /** The overlay that shows why a start link could not be used, over the Title. */
  Notice: 'Notice',
  Setup: 'Setup',
  HotseatSetup: 'HotseatSetup',
  /** The primer and the history before a game, and the epilogue after it (history helper). */
  Background: 'Background',
  Briefing: 'Briefing',
  Game: 'Game',
  PassDevice: 'PassDevice',
  Resolution: 'Resolution',
  Debrief: 'Debrief',
  SavedGames: 'SavedGames',
  ReplayViewer: 'ReplayViewer',
  BranchCompare: 'BranchCompare',
  ClassDebrief: 'ClassDebrief',
  /** A student joins a class game (code, name, role), then plays it on ClassStudent. */
  ClassJoin: 'ClassJoin',
  ClassStudent: 'ClassStudent',
  /** The teacher's class game (issue 13): its setup and the projector's dashboard. */
  ClassSetup: 'ClassSetup',
  ClassDashboard: 'ClassDashboard',
  ActorMind: 'ActorMind',
  TeacherGuide: 'TeacherGuide',
  WhatIf: 'WhatIf',
  Sources: 'Sources',
  Glossary: 'Glossary',
  DesignAssumptions: 'DesignAssumptions',
} as const;

export type SceneKey = (typeof SCENE)[keyof typeof SCENE];
