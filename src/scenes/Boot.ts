import * as Phaser from 'phaser';
import { announceScene } from '../ui/announcer';
import { fontsReady } from '../ui/fonts';
import { openScene } from '../ui/lazy-scenes';
import { parseStartLink } from '../ui/link';
import { setPendingNotice } from '../ui/notice';
import { beginSession, setActiveSession } from '../ui/play';
import { listSaves, resumeSave } from '../ui/saves';
import { rememberSetup, startGame } from '../ui/session';

/**
 * First scene. A start link (?scenario=…&seed=…&role=…, DESIGN §5) skips the
 * menus: a role goes to its briefing, role=none straight to watching
 * (speed=fast plays on its own to the debrief). A bad link opens the title
 * screen with the reason on top; a plain page opens the menus as usual.
 * Two more: ?resume=last continues the newest save, ?screen=whatif opens What if?.
 */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    announceScene('Boot', 'Flashpoint: North Kosovo is loading.');
    // The first screen with text waits for the bundled font (loading since the page started).
    void fontsReady().then(() => this.route());
  }

  private route(): void {
    const search = typeof location === 'undefined' ? '' : location.search;
    if (this.openSpecialPage(new URLSearchParams(search))) return;
    const link = parseStartLink(search);
    if (link === null) {
      this.scene.start('Title');
      return;
    }
    if (!link.ok) {
      this.failTo(link.error);
      return;
    }
    const { setup, speed } = link.value;
    try {
      if (setup.role === 'watch') {
        const session = beginSession(rememberSetup(setup));
        session.watch = { pace: speed === 'fast' ? 'fast' : 'normal', auto: speed === 'fast' };
        this.scene.start('Game');
      } else {
        startGame(setup, this);
      }
    } catch (e) {
      this.failTo(`This game could not be started: ${(e as Error).message}`);
    }
  }

  /** ?resume=last continues the newest autosave (the crash screen's way back); ?screen=whatif opens What if?. */
  private openSpecialPage(p: URLSearchParams): boolean {
    if (p.get('screen') === 'whatif') {
      openScene(this, 'WhatIf');
      return true;
    }
    if (p.get('resume') !== 'last') return false;
    const newest = listSaves().find((e) => e.ok);
    if (!newest || !newest.ok) {
      this.failTo('There is no saved game to continue.');
      return true;
    }
    const session = resumeSave(newest.file);
    if (!session.ok) {
      this.failTo(session.error);
      return true;
    }
    setActiveSession(session.value);
    this.scene.start('Game');
    return true;
  }

  private failTo(message: string): void {
    setPendingNotice(message);
    this.scene.launch('Notice');
    this.scene.start('Title');
  }
}
