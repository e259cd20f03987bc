import * as Phaser from 'phaser';
import { announceScene } from '../ui/announcer';
import { parseStartLink } from '../ui/link';
import { setPendingNotice } from '../ui/notice';
import { beginSession } from '../ui/play';
import { rememberSetup, startGame } from '../ui/session';
import { COLORS } from '../ui/theme';

/**
 * First scene. A start link (?scenario=…&seed=…&role=…, DESIGN §5) skips the
 * menus: a role goes to its briefing, role=none straight to watching
 * (speed=fast plays on its own to the debrief). A bad link opens the title
 * screen with the reason on top; a plain page opens the menus as usual.
 */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLORS.bg);
    announceScene('Boot', 'Flashpoint: North Kosovo is loading.');
    const link = typeof location === 'undefined' ? null : parseStartLink(location.search);
    if (link === null) {
      this.scene.start('Preloader');
      return;
    }
    if (!link.ok) {
      setPendingNotice(link.error);
      this.scene.launch('Notice');
      this.scene.start('Preloader');
      return;
    }
    // Nothing to preload yet (fonts load before the game starts), so the link goes straight in.
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
      setPendingNotice(`This game could not be started: ${(e as Error).message}`);
      this.scene.launch('Notice');
      this.scene.start('Preloader');
    }
  }
}
