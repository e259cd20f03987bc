// Danger you can see, on the game screen: the tone band under the header
// (thicker and hotter from calm to the brink), the map's danger markers, and
// a headline banner at the start of a turn after the ladder climbed or
// blood was shed (dismissible; said through the live region).
import type * as Phaser from 'phaser';
import { rungName } from '../../text/describe';
import { announce } from '../../ui/announcer';
import { climbIn, hasViolence, markersOf, TONE_IDS, toneOf, type Violence, violenceIn } from '../../ui/danger';
import type { NorthMap } from '../../ui/map';
import { drawMarker } from '../../ui/map-markers';
import { placeNames } from '../../ui/map-state';
import type { PlaySession } from '../../ui/play';
import { COLORS, GAME_WIDTH, OKABE_ITO, rungColor } from '../../ui/theme';
import { type BannerPart, type Focusable, type FocusGroup, HeadlineBanner } from '../../ui/widgets';
import { MAP_X, TOP } from './layout';

/** Headlines dismissed, per game: "turn:player" (presentation only, not part of the game state). */
const dismissed = new WeakMap<object, Set<string>>();

/** Header bar height (HeaderBar's default) and the tone band's height by tone. */
const HEADER_H = 52;
const BAND_H = [2, 4, 6, 8] as const;

export class DangerView {
  private readonly band: Phaser.GameObjects.Graphics;
  private readonly banner: HeadlineBanner;
  /** The banner's sentence for the live region ('' when none shows). */
  private headline = '';
  /** Where the keyboard goes when the banner is dismissed (the mode's first control). */
  private home: Focusable | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly session: PlaySession,
    private readonly group: FocusGroup,
    private readonly map: NorthMap,
  ) {
    const m = session.messages;
    this.band = scene.add.graphics().setDepth(10);
    this.banner = new HeadlineBanner(scene, {
      x: MAP_X + 8,
      y: TOP + 8,
      width: 800 - 16,
      group,
      dismissLabel: m.t('danger.banner.dismiss'),
      dismissHint: m.t('danger.banner.dismiss.hint'),
      dismissKey: 'x',
      onDismiss: () => this.dismiss(),
    });
  }

  /** The turn whose news shows now (0 before the first). */
  private get turn(): number {
    return this.session.lastPlayedTurn();
  }

  private get dismissKey(): string {
    return `${this.turn}:${this.session.role ?? ''}`;
  }

  /** Redraws the tone band, the map's markers and the banner from the session. */
  refresh(): void {
    const s = this.session.state;
    const sc = this.session.scenario;
    const top = sc.ladder.top;
    const tone = toneOf(s.rung, top);
    const g = this.band;
    g.clear();
    const h = BAND_H[tone];
    g.fillStyle(rungColor(s.rung, top), 1);
    g.fillRect(0, HEADER_H - 1, GAME_WIDTH, h);
    if (tone === 3) {
      // The brink: hazard stripes along the band (a shape, not only a colour).
      g.lineStyle(3, COLORS.bg, 1);
      for (let x = -8; x < GAME_WIDTH; x += 18) g.lineBetween(x, HEADER_H - 1 + h, x + h, HEADER_H - 1);
    }
    this.map.showDangers(markersOf(sc.map, s, this.turn));
    this.showBanner(violenceIn(s.log, this.turn));
  }

  /** What the banner, the tone and the map's markers say, for the screen's announcement. */
  spoken(): string {
    const m = this.session.messages;
    const s = this.session.state;
    const tone = m.t('danger.tone.spoken', { tone: TONE_IDS[toneOf(s.rung, this.session.scenario.ladder.top)] });
    return [this.headline, tone, this.map.describeDangers()].filter(Boolean).join(' ');
  }

  /** The banner's Dismiss button while it shows (to focus it first), else null. */
  get dismissButton() {
    return this.banner.isShown ? this.banner.dismissButton : null;
  }

  /** The control the keyboard goes back to when the banner is dismissed. */
  setHome(item: Focusable): void {
    this.home = item;
  }

  private dismiss(): void {
    let set = dismissed.get(this.session);
    if (!set) {
      set = new Set();
      dismissed.set(this.session, set);
    }
    set.add(this.dismissKey);
    this.banner.hide();
    this.headline = '';
    announce(this.session.messages.t('danger.banner.spoken.dismissed'));
    if (!this.group.focused) this.group.focusFirst(this.home ?? undefined);
  }

  private showBanner(violence: Violence): void {
    const s = this.session.state;
    const sc = this.session.scenario;
    const m = this.session.messages;
    const climb = climbIn(s.log, this.turn);
    const violent = hasViolence(violence);
    if ((!climb && !violent) || dismissed.get(this.session)?.has(this.dismissKey)) {
      this.banner.hide();
      this.headline = '';
      return;
    }
    const parts = this.violenceParts(violence);
    const said = parts.length ? m.t('danger.violence.spoken', { parts: parts.map((p) => p.text).join(', ') }) : '';
    if (climb) {
      const top = sc.ladder.top;
      const name = rungName(m, climb.to);
      const description = m.t(`rung.${climb.to}.description`);
      this.banner.show({
        kicker: m.t('danger.banner.kicker'),
        title: m.t('danger.banner.climb', { from: climb.from, to: climb.to, name }),
        body: description,
        parts,
        accent: rungColor(climb.to, top),
        badge: String(climb.to),
      });
      this.headline = [m.t('danger.banner.spoken.climb', { from: climb.from, to: climb.to, top, name, description }), said]
        .filter(Boolean)
        .join(' ');
    } else {
      this.banner.show({
        kicker: m.t('danger.banner.kicker.violence'),
        title: parts.map((p) => p.text).join(m.t('danger.violence.separator')),
        body: '',
        parts: [],
        accent: OKABE_ITO.vermillion,
        badge: '',
        badgeIcon: (g, x, y) => drawMarker(g, 'clash', x, y),
      });
      this.headline = [m.t('danger.banner.spoken.violence'), said].join(' ');
    }
  }

  /** The last turn's violence as icons and words: incidents, injured, killed, and where. */
  private violenceParts(v: Violence): BannerPart[] {
    const m = this.session.messages;
    const parts: BannerPart[] = [];
    if (v.incidents > 0)
      parts.push({
        icon: (g, x, y) => drawMarker(g, 'clash', x, y),
        text: m.t('danger.violence.incidents', { count: v.incidents, armed: v.armed }),
      });
    if (v.injured > 0) parts.push({ icon: drawInjured, text: m.t('danger.violence.injured', { count: v.injured }) });
    if (v.killed > 0) parts.push({ icon: drawKilled, text: m.t('danger.violence.killed', { count: v.killed }) });
    if (v.places.length)
      parts.push({
        icon: drawPin,
        text: m.t('danger.violence.where', {
          places: v.places.map((p) => placeNames(m, p)).reduce((first, rest) => m.t('danger.violence.list', { first, rest })),
        }),
      });
    return parts;
  }
}

/** Injured: a cross on a round badge. */
function drawInjured(g: Phaser.GameObjects.Graphics, x: number, y: number): void {
  g.fillStyle(COLORS.text, 1);
  g.fillCircle(x, y, 11);
  g.fillStyle(OKABE_ITO.vermillion, 1);
  g.fillRect(x - 2.5, y - 7, 5, 14);
  g.fillRect(x - 7, y - 2.5, 14, 5);
}

/** Killed: a mourning band (a dark ribbon with a light edge). */
function drawKilled(g: Phaser.GameObjects.Graphics, x: number, y: number): void {
  g.fillStyle(COLORS.text, 1);
  g.fillRoundedRect(x - 11, y - 11, 22, 22, 4);
  g.fillStyle(COLORS.bg, 1);
  g.fillRect(x - 11, y - 4, 22, 8);
}

/** Where: a map pin. */
function drawPin(g: Phaser.GameObjects.Graphics, x: number, y: number): void {
  g.fillStyle(OKABE_ITO.skyBlue, 1);
  g.fillCircle(x, y - 4, 7);
  g.fillTriangle(x - 6, y - 1, x + 6, y - 1, x, y + 10);
  g.fillStyle(COLORS.bg, 1);
  g.fillCircle(x, y - 4, 2.5);
}
