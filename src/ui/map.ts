// A schematic but geographically faithful map of the scenario's places,
// drawn with Phaser Graphics from its approximate WGS84 coordinates
// (scenario.map), plus a status card per place: who holds the building,
// unrest, police and troop presence.
//
// Layout (800×450 at scale 1): the map on the left (~480 px), the cards on
// the right in the scenario's card order. Every colour cue is doubled:
// holders have a shape and words, unrest has a bar and a number, presence
// has an icon, a word and a number.
//
// This file puts the layers together and redraws what changes (the areas'
// tint, the seats' shapes, the cards); the projection is in map-geography.ts,
// the fixed layer in map-features.ts, the names in map-labels.ts, the key in
// map-legend.ts and the cards in map-cards.ts.

import type * as Phaser from 'phaser';
import type { PlaceId, Scenario } from '../sim/types';
import type { Messages } from '../text/messages';
import type { ShownMarker } from './danger';
import { messages } from './i18n';
import { addPlaceCard, type PlaceCard, showBadge, showOnCard } from './map-cards';
import { drawMapFeatures, drawMapFrame } from './map-features';
import { project, pts } from './map-geography';
import { addMapLabels } from './map-labels';
import { legendY } from './map-layout';
import { addMapLegend } from './map-legend';
import { drawMarkers, MarkerKey } from './map-markers';
import { fillPoly, strokePoly } from './map-paths';
import { type MapState, placeNames, startMapState } from './map-state';
import { COLORS, drawShape, holderStyle } from './theme';

export { project } from './map-geography';
export { drawPoliceIcon, drawTroopsIcon } from './map-icons';
export { MAP_HEIGHT, MAP_WIDTH } from './map-layout';
export { type MapState, type PlaceView, placeNames, startMapState } from './map-state';

/**
 * The scenario's map with a status card per place.
 * Place it with `container` (x, y, scale); feed it with `update(state)`.
 */
export class NorthMap {
  readonly container: Phaser.GameObjects.Container;
  private readonly areas: Phaser.GameObjects.Graphics;
  private readonly seats: Phaser.GameObjects.Graphics;
  private readonly markers: Phaser.GameObjects.Graphics;
  private readonly markerKey: MarkerKey;
  private shown: readonly ShownMarker[] = [];
  private readonly cards: Record<PlaceId, PlaceCard> = {};
  private readonly m: Messages;
  private state: MapState;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    private readonly scenario: Scenario,
    initial: MapState = startMapState(scenario),
  ) {
    this.m = messages(scenario);
    this.state = initial;
    this.container = scene.add.container(x, y);
    const map = scenario.map;

    const base = scene.add.graphics();
    this.areas = scene.add.graphics();
    const features = scene.add.graphics();
    this.seats = scene.add.graphics();
    this.container.add([base, this.areas, features]);

    drawMapFrame(base);
    drawMapFeatures(features, map);
    this.container.add(this.seats);
    addMapLabels(scene, this.m, this.container, map);
    this.markers = scene.add.graphics();
    this.container.add(this.markers);
    this.markerKey = new MarkerKey(scene, this.m, this.container);
    map.cardOrder.forEach((id, i) => {
      this.cards[id] = addPlaceCard(scene, this.m, this.container, id, i);
    });
    addMapLegend(scene, this.m, this.container, legendY(map.cardOrder.length));
    this.update(initial);
  }

  /** Shows the state of every place; `previous` adds "(+5)"-style changes. */
  update(state: MapState, previous?: MapState): void {
    this.state = state;
    this.areas.clear();
    this.seats.clear();
    const { map } = this.scenario;
    const pj = map.projection;
    for (const id of this.scenario.placeIds) {
      const p = state[id];
      const outline = map.outlines[id];
      const seatAt = map.seats[id];
      if (!p) continue;
      const hs = holderStyle(this.scenario, this.m, p.holder);
      // Area: tinted by holder (the shape at the seat and the card's words say the same).
      if (outline) {
        this.areas.fillStyle(COLORS.land, 1);
        fillPoly(this.areas, pts(pj, outline));
        this.areas.fillStyle(hs.color, 0.16);
        fillPoly(this.areas, pts(pj, outline));
      }
      if (seatAt) {
        const seat = project(pj, seatAt);
        drawShape(this.seats, hs.shape, seat.x, seat.y, 16, hs.color);
      }
      const card = this.cards[id];
      if (card) showOnCard(this.scenario, this.m, card, p, previous?.[id]);
    }
    // Borders between places on top of the fills.
    this.areas.lineStyle(1.5, COLORS.panelBorder, 1);
    for (const id of this.scenario.placeIds) {
      const outline = map.outlines[id];
      if (outline) strokePoly(this.areas, pts(pj, outline), true);
    }
  }

  /** Shows the danger markers (see danger.ts shownMarkers): on the map, in its key and on the place cards. */
  showDangers(markers: readonly ShownMarker[]): void {
    this.shown = markers;
    drawMarkers(this.markers, this.scenario.map, markers);
    this.markerKey.show(markers);
    for (const id of this.scenario.map.cardOrder) {
      const card = this.cards[id];
      if (!card) continue;
      const kinds = markers.flatMap((mk) => ((mk.kind === 'crowd' || mk.kind === 'clash') && mk.place === id ? [mk.kind] : []));
      showBadge(card, kinds);
    }
  }

  /** The danger markers in words ("On the map: …"), or '' when none shows. */
  describeDangers(): string {
    const m = this.m;
    const words = this.shown.map((mk) =>
      mk.kind === 'crowd' || mk.kind === 'clash'
        ? m.t(`map.marker.${mk.kind}`, { place: placeNames(m, mk.place) })
        : m.t(`map.marker.${mk.id}`),
    );
    if (!words.length) return '';
    return m.t('map.describe.markers', { markers: words.reduce((first, rest) => m.t('map.describe.list', { first, rest })) });
  }

  /** A sentence per place, then the danger markers, for the live region. */
  describe(): string {
    const places = this.describePlaces();
    const dangers = this.describeDangers();
    return dangers ? `${places} ${dangers}` : places;
  }

  private describePlaces(): string {
    const m = this.m;
    return this.scenario.map.cardOrder
      .flatMap((id) => {
        const p = this.state[id];
        if (!p) return [];
        return [
          m.t('map.describe.place', {
            place: placeNames(m, id),
            holder: holderStyle(this.scenario, m, p.holder).label,
            unrest: Math.round(p.unrest),
            police: Math.round(p.police),
            troops: m.t('map.troops'),
            troopsValue: Math.round(p.troops),
          }),
        ];
      })
      .join(' ');
  }

  destroy(): void {
    this.container.destroy();
  }
}
