// A schematic but geographically faithful map of northern Kosovo, drawn with
// Phaser Graphics from approximate WGS84 coordinates (facts.md §3), plus a
// status card per municipality: who holds the municipal building, unrest,
// police and KFOR presence.
//
// Layout (800×450 at scale 1): the map on the left (~480 px), four cards on
// the right, north to south. Every colour cue is doubled: holders have a
// shape and words, unrest has a bar and a number, presence has an icon, a
// word and a number.
//
// This file puts the layers together and redraws what changes (the areas'
// tint, the seats' shapes, the cards); the places are in map-geography.ts,
// the fixed layer in map-features.ts, the names in map-labels.ts, the key in
// map-legend.ts and the cards in map-cards.ts.

import type * as Phaser from 'phaser';
import { MUNICIPALITY_IDS, type MunicipalityId } from '../sim/types';
import { addMunicipalityCard, type MunicipalityCard, showOnCard } from './map-cards';
import { drawMapFeatures, drawMapFrame } from './map-features';
import { OUTLINE, project, pts, SEAT } from './map-geography';
import { addMapLabels } from './map-labels';
import { CARD_ORDER, LEGEND_Y } from './map-layout';
import { addMapLegend } from './map-legend';
import { fillPoly, strokePoly } from './map-paths';
import { type MapState, municipalityName, startMapState } from './map-state';
import { COLORS, drawShape, HOLDER_STYLE } from './theme';

export { project } from './map-geography';
export { drawKforIcon, drawPoliceIcon } from './map-icons';
export { MAP_HEIGHT, MAP_WIDTH } from './map-layout';
export { type MapState, type MunicipalityView, municipalityName, startMapState } from './map-state';

/**
 * The map of the north with a status card per municipality.
 * Place it with `container` (x, y, scale); feed it with `update(state)`.
 */
export class NorthMap {
  readonly container: Phaser.GameObjects.Container;
  private readonly areas: Phaser.GameObjects.Graphics;
  private readonly seats: Phaser.GameObjects.Graphics;
  private readonly cards = {} as Record<MunicipalityId, MunicipalityCard>;
  private state: MapState;

  constructor(scene: Phaser.Scene, x: number, y: number, initial: MapState = startMapState()) {
    this.state = initial;
    this.container = scene.add.container(x, y);

    const base = scene.add.graphics();
    this.areas = scene.add.graphics();
    const features = scene.add.graphics();
    this.seats = scene.add.graphics();
    this.container.add([base, this.areas, features]);

    drawMapFrame(base);
    drawMapFeatures(features);
    this.container.add(this.seats);
    addMapLabels(scene, this.container);
    for (const id of CARD_ORDER) this.cards[id] = addMunicipalityCard(scene, this.container, id, CARD_ORDER.indexOf(id));
    addMapLegend(scene, this.container, LEGEND_Y);
    this.update(initial);
  }

  /** Shows the state of every municipality; `previous` adds "(+5)"-style changes. */
  update(state: MapState, previous?: MapState): void {
    this.state = state;
    this.areas.clear();
    this.seats.clear();
    for (const id of MUNICIPALITY_IDS) {
      const m = state[id];
      const hs = HOLDER_STYLE[m.holder];
      // Area: tinted by holder (the shape at the seat and the card's words say the same).
      this.areas.fillStyle(COLORS.land, 1);
      fillPoly(this.areas, pts(OUTLINE[id]));
      this.areas.fillStyle(hs.color, 0.16);
      fillPoly(this.areas, pts(OUTLINE[id]));
      const seat = project(...SEAT[id]);
      drawShape(this.seats, hs.shape, seat.x, seat.y, 16, hs.color);
      showOnCard(this.cards[id], m, previous?.[id]);
    }
    // Borders between municipalities on top of the fills.
    this.areas.lineStyle(1.5, COLORS.panelBorder, 1);
    for (const id of MUNICIPALITY_IDS) strokePoly(this.areas, pts(OUTLINE[id]), true);
  }

  /** A sentence per municipality, for the live region. */
  describe(): string {
    return CARD_ORDER.map((id) => {
      const m = this.state[id];
      return `${municipalityName(id)}: building ${HOLDER_STYLE[m.holder].label}; unrest ${Math.round(m.unrest)}, police ${Math.round(m.police)}, KFOR ${Math.round(m.kfor)}.`;
    }).join(' ');
  }

  destroy(): void {
    this.container.destroy();
  }
}
