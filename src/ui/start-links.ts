import type * as Phaser from 'phaser';
import type { MessageRef } from '../sim/types';
import { messages } from './i18n';
import { loadScene, openScene } from './lazy-scenes';
import { parseStartLink } from './link';
import { peekPendingNotice, setPendingNotice } from './notice';
import { beginSession, setActiveSession } from './play';
import { listSaves, resumeSave } from './saves';
import { scenarioById } from './scenario-source';
import { SCENE } from './scene-keys';
import { rememberSetup, SetupProblem, startGame } from './session';

// What an address with parameters opens (DESIGN §5), loaded only for such an
// address: a start link (?scenario=…&seed=…&role=…) skips the menus, a role
// going to its briefing, role=none straight to watching (speed=fast plays on
// its own to the debrief); ?resume=last continues the newest save (the crash
// screen's way back); ?screen=whatif opens What if?. A bad link opens the
// title screen with the reason on top; anything else opens the title screen.

export async function followStartLink(boot: Phaser.Scene, search: string): Promise<void> {
  const params = new URLSearchParams(search);
  if (params.get('screen') === 'whatif') {
    openScene(boot, SCENE.WhatIf);
    return;
  }
  // A class game's join link (?join=CODE): the student's join screen (src/scenes/ClassJoin.ts).
  const join = params.get('join');
  if (join !== null) {
    openScene(boot, SCENE.ClassJoin, { code: join.slice(0, 40) });
    return;
  }
  if (params.get('resume') === 'last') {
    await resumeLast(boot);
    return;
  }
  const link = parseStartLink(search);
  if (link === null) {
    // Not a start link (e.g. only ?lang=): the title, with any notice Boot left (an unknown language).
    if (peekPendingNotice() !== null) boot.scene.launch(SCENE.Notice);
    boot.scene.start(SCENE.Title);
    return;
  }
  if (!link.ok) {
    failTo(boot, link.error);
    return;
  }
  const { setup, speed } = link.value;
  await loadScene(boot.scene.manager, SCENE.Game);
  try {
    if (setup.role === 'watch') {
      const session = beginSession(rememberSetup(setup));
      session.watch = { pace: speed === 'fast' ? 'fast' : 'normal', auto: speed === 'fast' };
      boot.scene.start(SCENE.Game);
    } else {
      // A start link skips the menus, and the primer with them (the briefing opens it).
      startGame(setup, boot, { intro: false });
    }
  } catch (e) {
    const m = messages(scenarioById(setup.scenarioId) ?? null);
    const problem = e instanceof SetupProblem ? m.ref(e.problem) : (e as Error).message;
    failTo(boot, { key: 'link.problem.not-started', params: { problem } });
  }
}

async function resumeLast(boot: Phaser.Scene): Promise<void> {
  const newest = listSaves().find((e) => e.ok);
  if (!newest?.ok) {
    failTo(boot, { key: 'link.problem.no-save' });
    return;
  }
  const session = resumeSave(newest.file);
  if (!session.ok) {
    failTo(boot, session.error);
    return;
  }
  await loadScene(boot.scene.manager, SCENE.Game);
  setActiveSession(session.value);
  boot.scene.start(SCENE.Game);
}

/** Opens the title screen with the problem on top, in the reader's language. */
function failTo(boot: Phaser.Scene, problem: MessageRef | string): void {
  setPendingNotice(typeof problem === 'string' ? problem : messages().ref(problem));
  boot.scene.launch(SCENE.Notice);
  boot.scene.start(SCENE.Title);
}
