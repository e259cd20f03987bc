import * as Phaser from 'phaser';
import { LANGUAGES } from '../../text/languages';
import { announce, currentAnnouncement } from '../../ui/announcer';
import { ensureFontsFor } from '../../ui/fonts';
import { currentLocale, messages, prepareLanguage, setLocale } from '../../ui/i18n';
import { allCards } from '../../ui/scenario-source';
import { COLORS, css, FONT, GAME_WIDTH, SPACE, textStyle } from '../../ui/theme';
import { Button, type FocusGroup, TOGGLE_W } from '../../ui/widgets';

const HEIGHT = 32;
const GAP = 6;

/**
 * The languages in a row at the top right of the title screen, each named in
 * itself. Choosing one loads its words (and fonts), remembers it, and draws
 * the title again in it; nothing else changes (games and saves hold no words).
 */
export function addLanguageChoice(scene: Phaser.Scene, group: FocusGroup, onChanged: () => void): void {
  const m = messages();
  const now = currentLocale();
  const widths = LANGUAGES.map((l) => {
    // As the button draws it: bold (a toggle), after the radio ring, with padding either side.
    const probe = scene.add.text(0, 0, l.selfName, textStyle('small', { fontStyle: 'bold' }));
    const w = Math.ceil(probe.width) + SPACE.md * 2 + TOGGLE_W + 2;
    probe.destroy();
    return w;
  });
  let x = GAME_WIDTH - SPACE.md - widths.reduce((a, b) => a + b + GAP, -GAP);
  const y = SPACE.sm;
  const label = scene.add.text(x - SPACE.sm, y + HEIGHT / 2, m.t('language.label'), textStyle('small', { color: css(COLORS.textDim) }));
  label.setOrigin(1, 0.5);
  LANGUAGES.forEach((language, i) => {
    const width = widths[i] ?? 120;
    group.add(
      new Button(scene, {
        x,
        y,
        width,
        height: HEIGHT,
        label: language.selfName,
        hint: '',
        toggle: true,
        selected: language.tag === now,
        fontSize: FONT.small,
        variant: 'quiet',
        description: m.t('language.choose', { language: language.selfName }),
        onActivate: () => {
          if (language.tag === currentLocale()) return;
          setLocale(language.tag);
          void prepareLanguage(allCards(), ensureFontsFor).then(() => {
            // The title announces itself again in the new language: the choice is said first.
            scene.events.once(Phaser.Scenes.Events.CREATE, () =>
              announce(`${messages().t('language.chosen', { language: language.selfName })} ${currentAnnouncement()}`),
            );
            onChanged();
          });
        },
      }),
    );
    x += width + GAP;
  });
}
