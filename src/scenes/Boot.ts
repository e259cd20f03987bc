import * as Phaser from 'phaser';
import { selfNameOf } from '../text/languages';
import { announceScene } from '../ui/announcer';
import { ensureFontsFor, fontsReady } from '../ui/fonts';
import { currentLocale, messages, prepareLanguage, unknownAskedLanguage } from '../ui/i18n';
import { setPendingNotice } from '../ui/notice';
import { allCards, loadAllCards, loadAllScenarios } from '../ui/scenario-source';

/**
 * First scene: waits for the bundled font and the scenarios' cards (both
 * loading since the page started), then opens the title screen. An address with parameters (a start link,
 * ?resume=last, ?screen=whatif) is followed by src/ui/start-links.ts, which
 * is loaded only then, with the engine it needs.
 */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    const m = messages();
    announceScene('Boot', m.t('boot.loading', { title: m.t('title.game') }));
    const search = typeof location === 'undefined' ? '' : location.search;
    // The reader's language (its words and fonts) loads with the cards, before the first screen draws.
    const cardsAndWords = loadAllCards().then(() => prepareLanguage(allCards(), ensureFontsFor));
    void Promise.all([fontsReady(), cardsAndWords]).then(async () => {
      // A link asking for a language the game lacks says so over the title, in the language shown instead
      // (a start link that opens a game simply goes on in that language).
      const unknown = unknownAskedLanguage();
      if (unknown !== null && !/[?&](scenario|resume|screen|replay)=/.test(search))
        setPendingNotice(messages().t('language.unknown', { tag: unknown.slice(0, 24), language: selfNameOf(currentLocale()) }));
      if (search.length <= 1) {
        this.scene.start('Title');
        return;
      }
      // A start link opens a game or a tool at once: it needs the whole scenarios.
      const [{ followStartLink }] = await Promise.all([import('../ui/start-links'), loadAllScenarios()]);
      await followStartLink(this, search);
    });
  }
}
