import * as Phaser from 'phaser';
import { messages } from '../ui/i18n';
import { showNotice, takePendingNotice } from '../ui/notice';
import { SCENE } from '../ui/scene-keys';

/**
 * An overlay scene for the pending notice: launched next to the Title, it
 * draws the banner once the Title has drawn itself and goes away with it.
 */
export class Notice extends Phaser.Scene {
  constructor() {
    super(SCENE.Notice);
  }

  create(): void {
    const text = takePendingNotice();
    if (!text) {
      this.scene.stop();
      return;
    }
    const title = this.scene.get(SCENE.Title);
    const draw = () => {
      this.scene.bringToTop();
      // A slim banner above the title, clear of the menu, whatever the title's layout.
      showNotice(this, text, { heading: messages().t('notice.link-refused'), y: 10, width: 1200, slim: true });
      if (typeof document !== 'undefined') document.body.dataset.notice = text;
      title.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
        if (typeof document !== 'undefined') delete document.body.dataset.notice;
        this.scene.stop();
      });
    };
    if (title.sys.settings.status === Phaser.Scenes.RUNNING) draw();
    else title.events.once(Phaser.Scenes.Events.CREATE, draw);
  }
}
